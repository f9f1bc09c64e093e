//! Reporting a moment d'incohésion: where she may report, saving a report (permission,
//! heat-map cell in the city's time zone, reference), her own list, and the danger alert.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::report::{Audience, Category, When, cell_of};
use crate::domain::{Action, PersonId, Principal, Quartier, QuartierId, Role, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::reports::{self, Place};
use crate::store::{cities, quartiers, roles};

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

/// Saves a report if she may report in that quartier; returns its reference.
pub async fn submit(
    conn: &mut SqliteConnection,
    principal: &Principal,
    reporter: PersonId,
    s: &Submission,
    now: DateTime<Utc>,
) -> ServiceResult<String> {
    let quartier = quartiers::get(&mut *conn, s.quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    if !principal.may(Action::Report(quartier.scope())) {
        return Err(ServiceError::NotAllowed);
    }
    let tz = cities::time_zone(&mut *conn, quartier.city).await?;
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
    Ok(reference)
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

/// How a person who triages wants to hear of new reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum AlertSetting {
    Immediate,
    Daily,
    Off,
}

impl AlertSetting {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(text: &str) -> Self {
        text.parse().unwrap_or(AlertSetting::Immediate)
    }

    /// The next setting when she presses the button.
    pub fn next(self) -> Self {
        match self {
            AlertSetting::Immediate => AlertSetting::Daily,
            AlertSetting::Daily => AlertSetting::Off,
            AlertSetting::Off => AlertSetting::Immediate,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            AlertSetting::Immediate => "alerts-immediate",
            AlertSetting::Daily => "alerts-daily",
            AlertSetting::Off => "alerts-off",
        }
    }
}

/// Those who may read a new report raw, with their alert setting (the reporter excluded).
async fn triagers(
    conn: &mut SqliteConnection,
    quartier: &Quartier,
    audience: Audience,
    reporter: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(PersonId, AlertSetting)>> {
    let mut roles = vec![Role::Coordinator];
    if audience == Audience::WithRelays {
        roles.extend([Role::Relay, Role::Facilitator]);
    }
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT p.id, p.alerts FROM role_assignment r JOIN person p ON p.id = r.person_id
         WHERE r.starts_at <= ?1 AND (r.ends_at IS NULL OR r.ends_at > ?1) AND p.id <> ?2
           AND ((r.role = 'coordinator' AND r.city_id = ?3)
             OR (?4 AND r.role IN ('relay', 'facilitator') AND r.quartier_id = ?5))",
    )
    .bind(now)
    .bind(reporter.0)
    .bind(quartier.city.0)
    .bind(roles.len() > 1)
    .bind(quartier.id.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, alerts)| (PersonId(id), AlertSetting::parse(&alerts)))
        .collect())
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
    for (person, setting) in triagers(&mut *conn, quartier, s.audience, reporter, now).await? {
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
/// arrived since `since`.
pub async fn daily_roundup(
    conn: &mut SqliteConnection,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let people: Vec<i64> = sqlx::query_scalar("SELECT id FROM person WHERE alerts = 'daily'")
        .fetch_all(&mut *conn)
        .await?;
    let mut sent = 0;
    for id in people {
        let person = PersonId(id);
        let principal = super::people::principal(&mut *conn, Some(person), false, now).await?;
        let mut count = 0;
        for (q, relays_only) in super::triage::quartiers(&mut *conn, &principal).await? {
            let audience = if relays_only {
                "AND audience = 'relays'"
            } else {
                ""
            };
            let n: i64 = sqlx::query_scalar(&format!(
                "SELECT COUNT(*) FROM report WHERE quartier_id = ? AND created_at >= ? AND created_at < ?
                 AND (reporter_id IS NULL OR reporter_id <> ?) {audience}"
            ))
            .bind(q.id.0)
            .bind(since)
            .bind(now)
            .bind(person.0)
            .fetch_one(&mut *conn)
            .await?;
            count += n;
        }
        if count > 0 {
            let msg = Msg::new("alert-roundup").num("count", count);
            let key = format!("roundup:{}:{person}", now.date_naive());
            if outbox::tell(&mut *conn, key, "report_roundup", person, msg, now).await? {
                sent += 1;
            }
        }
    }
    Ok(sent)
}
