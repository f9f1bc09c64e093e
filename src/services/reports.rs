//! Reporting a moment d'incohésion: where she may report, saving a report (permission,
//! heat-map cell in the city's time zone, reference), her own list, and the danger alert.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::report::{AlertSetting, Audience, Category, When, cell_of};
use crate::domain::{Action, Person, PersonId, Principal, Quartier, QuartierId, Role, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::reports::{self, Place};
use crate::store::{cities, quartiers, roles};

/// The window of the daily report limit.
pub const LIMIT_WINDOW_HOURS: i64 = 24;

/// Whether she already made `max_per_day` reports in the last 24 hours: then she may not
/// start or save another one until the oldest of them is 24 hours old.
pub async fn over_daily_limit(
    conn: &mut SqliteConnection,
    reporter: PersonId,
    max_per_day: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    Ok(reports::count_since(conn, reporter, window_start(now)).await? >= max_per_day)
}

/// The start of the daily limit's window ending `now`.
fn window_start(now: DateTime<Utc>) -> DateTime<Utc> {
    now - chrono::Duration::hours(LIMIT_WINDOW_HOURS)
}

/// What `/report` may do for her now.
#[derive(Debug, Clone, PartialEq)]
pub enum Opening {
    /// She reached the daily limit.
    OverLimit { max: i64 },
    /// She belongs to no quartier where she may report.
    NoQuartier,
    /// She may report in these quartiers; `offer_discreet` when this is her first report,
    /// discreet mode is off and she never answered the offer.
    Ready {
        quartiers: Vec<Quartier>,
        offer_discreet: bool,
    },
}

/// Opens a report dialogue: the daily limit, where she may report, and whether discreet
/// mode is offered again.
pub async fn open(
    conn: &mut SqliteConnection,
    principal: &Principal,
    reporter: &Person,
    max_per_day: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<Opening> {
    let record = reports::reporter_record(&mut *conn, reporter.id, window_start(now)).await?;
    if record.recent >= max_per_day {
        return Ok(Opening::OverLimit { max: max_per_day });
    }
    let quartiers = reportable_quartiers(&mut *conn, principal).await?;
    if quartiers.is_empty() {
        return Ok(Opening::NoQuartier);
    }
    let offer_discreet = !reporter.discreet && !record.ever && record.offer_pending;
    Ok(Opening::Ready {
        quartiers,
        offer_discreet,
    })
}

/// The quartiers where she may report: her own, or every quartier of a city she coordinates.
pub async fn reportable_quartiers(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> sqlx::Result<Vec<Quartier>> {
    let mut out: Vec<Quartier> = vec![];
    for grant in &principal.grants {
        let candidates = match grant.scope {
            Scope::Quartier(_, q) => quartiers::get(&mut *conn, q).await?.into_iter().collect(),
            Scope::City(c) => quartiers::of_city(&mut *conn, c).await?,
        };
        for q in candidates {
            if principal.may(Action::Report(q.scope())) && !out.iter().any(|o| o.id == q.id) {
                out.push(q);
            }
        }
    }
    Ok(out)
}

/// What she said, ready to be saved.
#[derive(Debug, Clone)]
pub struct Submission {
    pub quartier: QuartierId,
    pub category: Category,
    pub when: When,
    /// The date of the message that said "now", or of the confirmation.
    pub told_at: DateTime<Utc>,
    pub place: Option<Place>,
    pub text: Option<String>,
    pub voice: Option<String>,
    pub photos: Vec<String>,
    pub audience: Audience,
    pub anonymous: bool,
}

/// What became of a confirmed report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submitted {
    /// Saved, with its reference.
    Saved(String),
    /// Not saved: she reached the daily limit meanwhile.
    OverLimit { max: i64 },
}

/// Saves a report if she may report in that quartier and is under the daily limit.
pub async fn submit(
    conn: &mut SqliteConnection,
    principal: &Principal,
    reporter: PersonId,
    s: &Submission,
    max_per_day: i64,
    now: DateTime<Utc>,
) -> ServiceResult<Submitted> {
    if over_daily_limit(&mut *conn, reporter, max_per_day, now).await? {
        return Ok(Submitted::OverLimit { max: max_per_day });
    }
    let (quartier, tz) = quartiers::with_time_zone(&mut *conn, s.quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    if !principal.may(Action::Report(quartier.scope())) {
        return Err(ServiceError::NotAllowed);
    }
    let new = reports::NewReport {
        quartier: quartier.id,
        prefix: quartier.prefix.as_str(),
        reporter,
        anonymous: s.anonymous,
        category: s.category,
        when: &s.when,
        cell: cell_of(&s.when, s.told_at, tz),
        place: s.place.as_ref(),
        text: s.text.as_deref(),
        voice: s.voice.as_deref(),
        // The draft refuses more; a report never keeps more than this.
        photos: &s.photos[..s.photos.len().min(crate::domain::report::MAX_PHOTOS)],
        audience: s.audience,
    };
    let (_, reference) = reports::create(&mut *conn, &new, now).await?;
    alert_new_report(conn, &quartier, s, reporter, &reference, now).await?;
    Ok(Submitted::Saved(reference))
}

/// "Someone is in danger now": the coordinators of her cities are alerted through the
/// outbox — with the quartier's name only (the city's, for a city-wide role), nothing
/// about her. She is not alerted about herself. Returns how many alerts were queued, so
/// that she is told "the coordinator was alerted" only when one was.
pub async fn alert_danger(
    conn: &mut SqliteConnection,
    principal: &Principal,
    herself: Option<PersonId>,
    key: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let mut sent = 0;
    let mut told: Vec<PersonId> = herself.into_iter().collect();
    for grant in &principal.grants {
        let msg = match grant.scope {
            Scope::Quartier(_, q) => {
                let name = quartiers::get(&mut *conn, q).await?.map(|q| q.name);
                Msg::new("alert-danger").user("quartier", name.unwrap_or_default())
            }
            Scope::City(c) => {
                let name = cities::get(&mut *conn, c).await?.map(|c| c.name);
                Msg::new("alert-danger-city").user("city", name.unwrap_or_default())
            }
        };
        for coordinator in
            roles::holders_in_city(&mut *conn, Role::Coordinator, grant.scope, now).await?
        {
            if told.contains(&coordinator) {
                continue;
            }
            told.push(coordinator);
            let key = format!("{key}:{coordinator}");
            if outbox::tell(
                &mut *conn,
                key,
                "danger_alert",
                coordinator,
                msg.clone(),
                now,
            )
            .await?
            {
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// Tells those who triage, at once, of a new report they may read: its reference, quartier
/// and category — never its content nor who made it.
pub async fn alert_new_report(
    conn: &mut SqliteConnection,
    quartier: &Quartier,
    s: &Submission,
    reporter: PersonId,
    reference: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let readers = reports::new_report_readers(&mut *conn, quartier, s.audience, reporter, now);
    for (person, setting) in readers.await? {
        if setting != AlertSetting::Immediate {
            continue;
        }
        let msg = Msg::new("alert-new-report")
            .plain("reference", reference)
            .user("quartier", quartier.name.clone())
            .msg("category", s.category.message_id());
        let key = format!("new-report:{reference}:{}:{person}", quartier.id);
        outbox::tell(&mut *conn, key, "report_alert", person, msg, now).await?;
    }
    Ok(())
}

/// The daily round-up: to each person who chose it, how many new reports she may read
/// arrived since `since` (none of her own).
pub async fn daily_roundup(
    conn: &mut SqliteConnection,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    for (person, count) in reports::roundup_counts(&mut *conn, since, now).await? {
        let msg = Msg::new("alert-roundup").num("count", count);
        let key = format!("roundup:{}:{person}", now.date_naive());
        if outbox::tell(&mut *conn, key, "report_roundup", person, msg, now).await? {
            sent += 1;
        }
    }
    Ok(sent)
}
