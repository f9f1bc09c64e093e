//! Reporting a moment d'incohésion: where she may report, saving a report (permission,
//! heat-map cell in the city's time zone, reference), her own list, and the danger alert.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::report::{Audience, Category, When, cell_of};
use crate::domain::{Action, PersonId, Principal, Quartier, QuartierId, Role, Scope};
use crate::i18n::Msg;
use crate::outbox::{self, NewMessage};
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
    let tz = cities::get(&mut *conn, quartier.city)
        .await?
        .map_or(chrono_tz::Europe::Paris, |c| c.tz);
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
        photos: &s.photos,
        audience: s.audience,
    };
    let (_, reference) = reports::create(conn, &new, now).await?;
    Ok(reference)
}

/// "Someone is in danger now": the coordinators of her cities are alerted through the
/// outbox — with the quartier's name only, nothing about her.
pub async fn alert_danger(
    conn: &mut SqliteConnection,
    principal: &Principal,
    key: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let mut sent = 0;
    let mut told: Vec<PersonId> = vec![];
    for grant in &principal.grants {
        let place = match grant.scope {
            Scope::Quartier(_, q) => quartiers::get(&mut *conn, q).await?.map(|q| q.name),
            Scope::City(c) => cities::get(&mut *conn, c).await?.map(|c| c.name),
        }
        .unwrap_or_default();
        for coordinator in
            roles::holders_in_city(&mut *conn, Role::Coordinator, grant.scope, now).await?
        {
            if told.contains(&coordinator) {
                continue;
            }
            told.push(coordinator);
            let msg = Msg::new("alert-danger").user("quartier", place.clone());
            let m = NewMessage::to_person(
                format!("{key}:{coordinator}"),
                "danger_alert",
                coordinator,
                msg,
                now,
            );
            if outbox::enqueue(&mut *conn, &m, now).await? {
                sent += 1;
            }
        }
    }
    Ok(sent)
}
