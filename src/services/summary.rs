//! `/summary` on demand and `/export` from the chat: who may ask for which area, the
//! digest computed for it, and the export file — every permission checked here against
//! roles read now, whatever button was pressed.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::digest::{self, Area, Digest};
use super::export::{self, ExportPeriod, Format};
use super::{ServiceError, ServiceResult};
use crate::domain::digest::Period;
use crate::domain::{Action, CityId, Principal, QuartierId, Role, Scope};
use crate::i18n::Localizer;
use crate::store::{cities, quartiers};

/// What a button names: a city or a quartier (its city is read from the database).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    City(CityId),
    Quartier(QuartierId),
}

/// An area she may ask a summary of, with its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub target: Target,
    pub name: String,
}

/// The areas she may ask about: whole cities and their quartiers for élus and
/// coordinators, their own quartiers for relays and facilitators.
pub async fn choices(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<Choice>> {
    let mut out = vec![];
    for city in cities::all(&mut *conn).await? {
        if principal.may(Action::AskSummary(Scope::City(city.id))) {
            out.push(Choice {
                target: Target::City(city.id),
                name: city.name.clone(),
            });
        }
        for q in quartiers::of_city(&mut *conn, city.id).await? {
            if principal.may(Action::AskSummary(q.scope())) {
                out.push(Choice {
                    target: Target::Quartier(q.id),
                    name: q.name,
                });
            }
        }
    }
    Ok(out)
}

/// The scope, name and time zone of a target; `Stale` for one that no longer exists.
async fn resolve(
    conn: &mut SqliteConnection,
    target: Target,
) -> ServiceResult<(Scope, String, chrono_tz::Tz)> {
    match target {
        Target::City(c) => {
            let city = cities::get(&mut *conn, c)
                .await?
                .ok_or(ServiceError::Stale)?;
            Ok((Scope::City(c), city.name, city.tz))
        }
        Target::Quartier(q) => {
            let quartier = quartiers::get(&mut *conn, q)
                .await?
                .ok_or(ServiceError::Stale)?;
            let tz = cities::time_zone(&mut *conn, quartier.city).await?;
            Ok((quartier.scope(), quartier.name, tz))
        }
    }
}

/// The digest of a target over a period, if she may ask for it.
pub async fn on_demand(
    conn: &mut SqliteConnection,
    principal: &Principal,
    target: Target,
    period: Period,
    now: DateTime<Utc>,
) -> ServiceResult<Digest> {
    let (scope, name, tz) = resolve(&mut *conn, target).await?;
    if !principal.may(Action::AskSummary(scope)) {
        return Err(ServiceError::NotAllowed);
    }
    let area = Area {
        city: scope.city(),
        quartier: scope.quartier(),
    };
    Ok(digest::compute(conn, area, name, period, now, tz).await?)
}

/// Whether one of her roles may ask summaries (`/help` and the menu name `/summary`);
/// the areas themselves are checked by `choices`.
pub fn asks_summaries(principal: &Principal) -> bool {
    [
        Role::Elected,
        Role::Coordinator,
        Role::Relay,
        Role::Facilitator,
    ]
    .iter()
    .any(|r| principal.has_role(*r))
}

/// Whether she coordinates a city (`/help` and the menu name `/export`).
pub fn exports(principal: &Principal) -> bool {
    principal.has_role(Role::Coordinator)
}

/// Whether she may ask any summary at all (`/summary` answers "not allowed" otherwise).
pub async fn may_ask(conn: &mut SqliteConnection, principal: &Principal) -> ServiceResult<bool> {
    Ok(!choices(conn, principal).await?.is_empty())
}

/// The cities she may export and set the digest of.
pub async fn export_cities(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<crate::domain::City>> {
    Ok(cities::all(conn)
        .await?
        .into_iter()
        .filter(|c| principal.may(Action::ExportReports(c.id)))
        .collect())
}

/// `NotAllowed` unless she may export the reports of `city`.
pub fn may_export(principal: &Principal, city: CityId) -> ServiceResult<()> {
    if principal.may(Action::ExportReports(city)) {
        Ok(())
    } else {
        Err(ServiceError::NotAllowed)
    }
}

/// A city's validated reports of a period up to yesterday: the file's name and bytes —
/// the same function as `agenda-mmm export`.
pub async fn export_file(
    conn: &mut SqliteConnection,
    principal: &Principal,
    l: &Localizer,
    request: (CityId, Format, ExportPeriod),
    now: DateTime<Utc>,
) -> ServiceResult<(String, Vec<u8>)> {
    let (city, format, period) = request;
    may_export(principal, city)?;
    let tz = cities::time_zone(&mut *conn, city).await?;
    let yesterday = now.with_timezone(&tz).date_naive() - chrono::Days::new(1);
    let first = match period {
        ExportPeriod::Everything => export::first_day(&mut *conn, city, tz).await?,
        _ => None,
    };
    let (from, to) = period.days(yesterday, first);
    let bytes = export::export(conn, l, city, format, from, to).await?;
    Ok((format.file_name(from, to), bytes))
}
