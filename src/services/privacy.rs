//! Privacy: a city's settings (controller, contact, retention), what `/privacy` shows,
//! `/mydata` (everything held about her), `/forget`, and the erasure of inactive accounts.

use chrono::{DateTime, Utc};
use serde_json::Value;
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::{
    Action, City, CityId, ControllerName, PersonId, Principal, PrivacyContact, PrivacyField,
    PrivacySettings, RetentionMonths,
};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::{cities, personal_data, privacy};

/// The cities whose privacy notice concerns her: those where she holds a role (all of
/// them for the operator).
pub async fn her_cities(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<(City, PrivacySettings)>> {
    let mut ids: Vec<CityId> = principal.grants.iter().map(|g| g.scope.city()).collect();
    if principal.is_admin && ids.is_empty() {
        ids = cities::all(&mut *conn)
            .await?
            .iter()
            .map(|c| c.id)
            .collect();
    }
    ids.sort_by_key(|c| c.0);
    ids.dedup();
    let mut out = vec![];
    for id in ids {
        if let Some(city) = cities::get(&mut *conn, id).await? {
            out.push((city, privacy::get(&mut *conn, id).await?));
        }
    }
    Ok(out)
}

/// The cities whose settings she may change.
pub async fn cities_to_set(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<City>> {
    Ok(cities::all(conn)
        .await?
        .into_iter()
        .filter(|c| principal.may(Action::SetPrivacy(c.id)))
        .collect())
}

/// The cities she may set whose controller nobody has named yet (to remind her).
pub async fn controller_not_named(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<City>> {
    let mut out = vec![];
    for city in cities_to_set(&mut *conn, principal).await? {
        if privacy::get(&mut *conn, city.id)
            .await?
            .controller
            .is_none()
        {
            out.push(city);
        }
    }
    Ok(out)
}

/// A city's settings, for whoever may change them.
pub async fn settings(
    conn: &mut SqliteConnection,
    principal: &Principal,
    city: CityId,
) -> ServiceResult<(City, PrivacySettings)> {
    if !principal.may(Action::SetPrivacy(city)) {
        return Err(ServiceError::NotAllowed);
    }
    let c = cities::get(&mut *conn, city)
        .await?
        .ok_or(ServiceError::Stale)?;
    Ok((c, privacy::get(conn, city).await?))
}

/// Sets the controller's name, address or data-protection contact as typed.
pub async fn set_text(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    city: CityId,
    field: PrivacyField,
    text: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    settings(&mut *conn, principal, city).await?;
    let value = match field {
        PrivacyField::Controller => ControllerName::parse(text)?.as_str().to_owned(),
        PrivacyField::Address | PrivacyField::DpoContact => {
            PrivacyContact::parse(text)?.as_str().to_owned()
        }
    };
    privacy::set_text(conn, city, field, &value, actor, now).await?;
    Ok(())
}

/// Town hall ↔ association (and so the legal basis).
pub async fn switch_kind(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    city: CityId,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let (_, current) = settings(&mut *conn, principal, city).await?;
    privacy::set_kind(conn, city, current.kind.other(), actor, now).await?;
    Ok(())
}

/// The next allowed retention of raw report content (3, 6, 12 months, the default).
pub async fn cycle_retention(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    city: CityId,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let (_, current) = settings(&mut *conn, principal, city).await?;
    let next = RetentionMonths::cycle(current.report_retention);
    privacy::set_retention(conn, city, next, actor, now).await?;
    Ok(())
}

/// What `/mydata` sends: the whole document, and the figures of its readable summary.
pub struct HerData {
    pub document: Value,
    pub summary: Summary,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub first_name: Option<String>,
    pub roles: usize,
    pub reports: usize,
    pub questions: usize,
    pub messages: usize,
    pub since: Option<String>,
    /// The quartiers whose groups the bot let her into.
    pub groups: Vec<String>,
}

pub async fn her_data(conn: &mut SqliteConnection, person: PersonId) -> ServiceResult<HerData> {
    let document = personal_data::export(conn, person).await?;
    let count = |table: &str| document[table].as_array().map_or(0, Vec::len);
    let me = &document["person"][0];
    let summary = Summary {
        first_name: me["first_name"].as_str().map(str::to_owned),
        roles: count("role_assignment"),
        reports: count("report"),
        questions: count("report_question"),
        messages: count("outbox"),
        since: me["created_at"].as_str().map(str::to_owned),
        groups: crate::store::groups::admitted_names(conn, person).await?,
    };
    Ok(HerData { document, summary })
}

/// `/forget`: erases her; returns how many of her reports remain as statistics.
pub async fn forget(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> ServiceResult<u64> {
    // Out of every group the bot let her in (the removal is queued before her account
    // goes: it carries her Telegram id until it is done, then forgets it).
    super::groups::take_out(&mut *conn, person, true, &[], now).await?;
    let kept = personal_data::erase(conn, person, now).await?;
    tracing::info!(person = person.0, kept, "person erased on request");
    Ok(kept)
}

/// Inactive accounts: told after `warn_after` of silence, erased (as by `/forget`) after
/// `erase_after`, if told at least `erase_after - warn_after` before. Returns
/// (told, erased).
pub async fn inactive_accounts(
    conn: &mut SqliteConnection,
    warn_after: chrono::Duration,
    erase_after: chrono::Duration,
    now: DateTime<Utc>,
) -> ServiceResult<(usize, usize)> {
    let notice = erase_after - warn_after;
    let gone = personal_data::to_erase(&mut *conn, now - erase_after, now - notice).await?;
    for person in &gone {
        super::groups::take_out(&mut *conn, *person, true, &[], now).await?;
        personal_data::erase(&mut *conn, *person, now).await?;
    }
    let told = personal_data::to_warn(&mut *conn, now - warn_after).await?;
    for person in &told {
        let msg = Msg::new("inactive-warning").num("days", notice.num_days());
        let key = format!("inactive:{}:{}", person.0, now.date_naive());
        outbox::tell(&mut *conn, key, "inactive_warning", *person, msg, now).await?;
        personal_data::mark_warned(&mut *conn, *person, now).await?;
    }
    Ok((told.len(), gone.len()))
}
