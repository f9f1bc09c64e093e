//! The digest to élus: a struct of sections computed from store queries, and its text
//! as messages rendered in the reader's language. Nothing in it names a person or a
//! place smaller than a quartier; small figures are suppressed (`MIN_CELL`).

use chrono::Weekday;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use strum::IntoEnumIterator;

use crate::domain::digest::{self, HeatMap, Period, Shown, Span, Trend};
use crate::domain::report::{Category, Cell, ReportStatus, TimeSlot, WEEKDAYS, weekday_message_id};
use crate::domain::{Locale, Role};
use crate::i18n::{Arg, Localizer, Msg};
use crate::store::digest as store;
pub use crate::store::digest::Area;

/// How many excerpts a digest quotes at most.
pub const EXCERPTS: usize = 3;
/// How many busiest cells the text names.
pub const BUSIEST: usize = 3;

/// One category's new reports, and against the previous period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryLine {
    pub category: Category,
    pub count: u32,
    pub previous: u32,
}

/// Reports of the period by where they stand now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statuses {
    pub resolved: u32,
    pub in_progress: u32,
    pub waiting: u32,
}

/// Meetings held in the period and who came — mothers and local actors apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meetings {
    pub held: u32,
    pub mothers: u32,
    pub actors: u32,
}

/// "Did it get calmer?" — the answers about the area's actions in the period; `None`
/// while fewer than 3 answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calmer {
    pub calmer: u32,
    pub same: u32,
    pub worse: u32,
}

/// Everything a digest says, figures only (the area's name is the only text besides the
/// validated excerpts). Serialisable: a queued digest is rendered at send time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    pub area_name: String,
    pub period: Period,
    /// `[start, end)` as RFC 3339 in UTC.
    pub start: chrono::DateTime<chrono::Utc>,
    pub end: chrono::DateTime<chrono::Utc>,
    pub tz: String,
    pub total: u32,
    pub previous_total: u32,
    pub categories: Vec<CategoryLine>,
    /// Counts per weekday (Monday first) × slot (in `TimeSlot` order).
    pub heat: Vec<Vec<u32>>,
    pub statuses: Statuses,
    pub median_triage_minutes: Option<i64>,
    pub excerpts: Vec<String>,
    pub broadcasts: u32,
    pub broadcast_copies: u32,
    pub meetings: Option<Meetings>,
    pub calmer: Option<Calmer>,
}

impl Digest {
    pub fn heat_map(&self) -> HeatMap {
        let mut map = HeatMap::default();
        for (day, row) in WEEKDAYS.iter().zip(&self.heat) {
            for (slot, n) in TimeSlot::iter().zip(row) {
                let bit = crate::domain::report::slot::weekday_bit(*day);
                map.add(
                    Cell {
                        weekdays: bit,
                        slot,
                    },
                    *n,
                );
            }
        }
        map
    }

    pub fn time_zone(&self) -> Tz {
        self.tz.parse().unwrap_or(chrono_tz::Europe::Paris)
    }
}

fn statuses(groups: &[store::Group]) -> Statuses {
    let mut s = Statuses::default();
    for g in groups {
        match g.status {
            ReportStatus::Resolved => s.resolved += g.count,
            ReportStatus::Acknowledged | ReportStatus::OnAgenda | ReportStatus::InProgress => {
                s.in_progress += g.count
            }
            ReportStatus::New => s.waiting += g.count,
            ReportStatus::Duplicate | ReportStatus::Rejected => {}
        }
    }
    s
}

fn by_category(groups: &[store::Group]) -> Vec<(Category, u32)> {
    Category::iter()
        .map(|c| {
            let n = groups
                .iter()
                .filter(|g| g.category == c)
                .map(|g| g.count)
                .sum();
            (c, n)
        })
        .collect()
}

fn heat_rows(map: &HeatMap) -> Vec<Vec<u32>> {
    WEEKDAYS
        .iter()
        .map(|d| TimeSlot::iter().map(|s| map.count(*d, s)).collect())
        .collect()
}

/// Computes the digest of `area` for the period that ended at the start of today.
pub async fn compute(
    conn: &mut SqliteConnection,
    area: Area,
    area_name: String,
    period: Period,
    now: chrono::DateTime<chrono::Utc>,
    tz: Tz,
) -> sqlx::Result<Digest> {
    let (span, previous) = digest::spans(period, now, tz);
    let groups = store::groups(&mut *conn, area, span).await?;
    let before = store::groups(&mut *conn, area, previous).await?;
    let mut heat = HeatMap::default();
    for g in &groups {
        heat.add(g.cell, g.count);
    }
    let before_by = by_category(&before);
    let categories = by_category(&groups)
        .into_iter()
        .zip(before_by)
        .filter(|((_, n), (_, p))| *n > 0 || *p > 0)
        .map(|((category, count), (_, previous))| CategoryLine {
            category,
            count,
            previous,
        })
        .collect();
    let triage = store::minutes_to_first_triage(&mut *conn, area, span).await?;
    let excerpts = excerpts(&mut *conn, area, span, &heat).await?;
    let (broadcasts, broadcast_copies) = store::broadcasts_sent(&mut *conn, area, span).await?;
    let meetings = meetings_held(&mut *conn, area, span).await?;
    let calmer = crate::services::calmer::results_of_area(
        &mut *conn,
        area.city,
        area.quartier,
        span.start,
        span.end,
    )
    .await?
    .map(|t| Calmer {
        calmer: u32::try_from(t.better).unwrap_or(0),
        same: u32::try_from(t.same).unwrap_or(0),
        worse: u32::try_from(t.worse).unwrap_or(0),
    });
    Ok(Digest {
        area_name,
        period,
        start: span.start,
        end: span.end,
        tz: tz.name().to_owned(),
        total: groups.iter().map(|g| g.count).sum(),
        previous_total: before.iter().map(|g| g.count).sum(),
        categories,
        heat: heat_rows(&heat),
        statuses: statuses(&groups),
        median_triage_minutes: digest::median(triage),
        excerpts,
        broadcasts,
        broadcast_copies,
        meetings: Some(meetings),
        calmer,
    })
}

/// Meetings held in the period, and who came: mothers and relays on one side, local
/// actors and élus on the other ("equal footing" as a figure).
async fn meetings_held(
    conn: &mut SqliteConnection,
    area: Area,
    span: digest::Span,
) -> sqlx::Result<Meetings> {
    let held =
        crate::store::meetings::held(conn, area.city, area.quartier, span.start, span.end).await?;
    let count = |roles: &[Role]| -> u32 {
        let n: i64 = roles.iter().filter_map(|r| held.attendance.get(r)).sum();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    Ok(Meetings {
        held: u32::try_from(held.meetings).unwrap_or(u32::MAX),
        mothers: count(&[Role::Mother, Role::Relay]),
        actors: count(&[Role::Actor, Role::Elected]),
    })
}

/// Validated texts of the period whose every cell holds at least `MIN_CELL` reports.
async fn excerpts(
    conn: &mut SqliteConnection,
    area: Area,
    span: Span,
    heat: &HeatMap,
) -> sqlx::Result<Vec<String>> {
    let texts = store::validated_texts(conn, area, span, 50).await?;
    let mut out: Vec<String> = vec![];
    for v in texts.into_iter().filter(|v| heat.may_quote(v.cell)) {
        if !out.contains(&v.text) && out.len() < EXCERPTS {
            out.push(v.text);
        }
    }
    Ok(out)
}

/// A figure as shown: the number, or "fewer than 3".
fn figure(n: u32) -> Arg {
    match Shown::of(n) {
        Shown::Few => Arg::Msg("digest-few".into()),
        Shown::Zero | Shown::Count(_) => Arg::Num(i64::from(n)),
    }
}

fn trend(current: u32, previous: u32) -> Msg {
    match Trend::of(current, previous) {
        Trend::New => Msg::new("digest-trend-new"),
        Trend::Up(p) => Msg::new("digest-trend-up").num("percent", i64::from(p)),
        Trend::Down(p) => Msg::new("digest-trend-down").num("percent", i64::from(p)),
        Trend::Steady => Msg::new("digest-trend-steady"),
        Trend::Hidden => Msg::new("digest-trend-hidden"),
    }
}

fn nested(m: Msg) -> Arg {
    Arg::Nested(Box::new(m))
}

/// The period's dates, as the reader reads them.
fn head(d: &Digest, locale: &Locale) -> Msg {
    let tz = d.time_zone();
    let last_day = d.end - chrono::Duration::hours(12);
    Msg::new("digest-title")
        .user("area", d.area_name.clone())
        .msg("period", d.period.message_id())
        .plain("from", crate::domain::time::format_day(d.start, tz, locale))
        .plain("to", crate::domain::time::format_day(last_day, tz, locale))
        .arg("total", figure(d.total))
        .arg("trend", nested(trend(d.total, d.previous_total)))
}

fn category_lines(d: &Digest) -> Vec<Msg> {
    d.categories
        .iter()
        .map(|c| {
            Msg::new("digest-category")
                .msg("category", c.category.message_id())
                .arg("count", figure(c.count))
                .arg("trend", nested(trend(c.count, c.previous)))
        })
        .collect()
}

/// The busiest cells in words: the text equivalent of the picture.
fn busiest_lines(d: &Digest) -> Vec<Msg> {
    let cells = d.heat_map().busiest(BUSIEST);
    if cells.is_empty() {
        return vec![Msg::new("digest-busiest-none")];
    }
    let mut lines = vec![Msg::new("digest-busiest-title")];
    lines.extend(
        cells
            .into_iter()
            .map(|(day, slot, n)| busiest(day, slot, n)),
    );
    lines
}

fn busiest(day: Weekday, slot: TimeSlot, n: u32) -> Msg {
    Msg::new("digest-busiest-cell")
        .msg("day", weekday_message_id(day))
        .msg("slot", slot.message_id())
        .num("count", i64::from(n))
}

fn follow_lines(d: &Digest) -> Vec<Msg> {
    let s = d.statuses;
    let mut lines = vec![
        Msg::new("digest-statuses")
            .arg("resolved", figure(s.resolved))
            .arg("progress", figure(s.in_progress))
            .arg("waiting", figure(s.waiting)),
    ];
    lines.push(match d.median_triage_minutes {
        Some(m) => Msg::new("digest-triage-median").num("hours", (m + 30) / 60),
        None => Msg::new("digest-triage-none"),
    });
    if let Some(m) = d.meetings {
        lines.push(
            Msg::new("digest-meetings")
                .num("held", i64::from(m.held))
                .arg("mothers", figure(m.mothers))
                .arg("actors", figure(m.actors)),
        );
    }
    if let Some(c) = d.calmer {
        lines.push(
            Msg::new("digest-calmer")
                .arg("calmer", figure(c.calmer))
                .arg("same", figure(c.same))
                .arg("worse", figure(c.worse)),
        );
    }
    lines.push(
        Msg::new("digest-broadcasts")
            .num("count", i64::from(d.broadcasts))
            .num("copies", i64::from(d.broadcast_copies)),
    );
    lines
}

fn excerpt_lines(d: &Digest) -> Vec<Msg> {
    if d.excerpts.is_empty() {
        return vec![];
    }
    let mut lines = vec![Msg::new("digest-excerpts-title")];
    lines.extend(
        d.excerpts
            .iter()
            .map(|t| Msg::new("digest-excerpt").user("text", t.clone())),
    );
    lines
}

/// The digest's text, one message per line, in the reader's language.
pub fn lines(d: &Digest, locale: &Locale) -> Vec<Msg> {
    let mut lines = vec![head(d, locale)];
    lines.extend(category_lines(d));
    lines.extend(busiest_lines(d));
    lines.extend(follow_lines(d));
    lines.extend(excerpt_lines(d));
    lines
}

/// The digest's whole text, rendered (HTML, user text escaped).
pub fn text(d: &Digest, localizer: &Localizer, locale: &Locale) -> String {
    lines(d, locale)
        .iter()
        .map(|m| localizer.render(locale, m))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The outbox kind of a digest's rows (resolved at send time, `outbox::digest`).
pub const KIND: &str = "digest";

/// The two rows of a digest to one person: the photo (with the text as its caption when
/// it fits) and the text (sent only when it did not fit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Photo,
    Text,
}

impl Part {
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Photo => "photo",
            Part::Text => "text",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Part::Photo, Part::Text]
            .into_iter()
            .find(|p| p.as_str() == name)
    }
}

/// Lines as one message (for a photo's caption), each on its own line.
pub fn as_one(lines: Vec<Msg>) -> Msg {
    let mut rev = lines.into_iter().rev();
    let last = rev
        .next()
        .unwrap_or_else(|| Msg::new("digest-busiest-none"));
    rev.fold(last, |rest, first| {
        Msg::new("digest-join")
            .arg("first", nested(first))
            .arg("rest", nested(rest))
    })
}

/// The message an outbox row of a digest carries: the digest itself, rendered when sent.
pub fn carrier(d: &Digest, part: Part) -> Msg {
    Msg::new("digest-carrier")
        .plain(
            "digest",
            serde_json::to_string(d).expect("a digest serialises"),
        )
        .plain("part", part.as_str())
}
