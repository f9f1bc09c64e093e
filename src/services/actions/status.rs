//! Status changes by whoever carries an action (started, done, blocked, new date), and
//! "you said, we did" to the reporters of its linked reports once it is done.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::calmer::schedule_calmer;
use super::reminders::schedule_reminders;
use super::{Update, bounded};
use crate::domain::calmer::CalmerSettings;
use crate::domain::report::ReportStatus;
use crate::domain::solutions::ActionStatus;
use crate::domain::{Action, ActionId, PersonId, Principal, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::services::{ServiceError, ServiceResult};
use crate::store::actions::{self, ActionRow};
use crate::store::{persons, reports};

/// The action, if she may update it: she carries it, or she may create actions there.
pub async fn updatable(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    id: ActionId,
) -> ServiceResult<ActionRow> {
    let a = actions::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    let scope = scope_of(&a);
    if a.carrier == Some(person) && principal.may(Action::OwnAction(scope))
        || principal.may(Action::CreateAction(scope))
    {
        return Ok(a);
    }
    Err(ServiceError::NotAllowed)
}

pub fn scope_of(a: &ActionRow) -> Scope {
    match a.quartier {
        Some(q) => Scope::Quartier(a.city, q),
        None => Scope::City(a.city),
    }
}

/// Applies an update; done tells the reporters, resolves the reports and schedules
/// "did it get calmer?".
pub async fn update(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    id: ActionId,
    update: Update,
    calmer: &CalmerSettings,
    now: DateTime<Utc>,
) -> ServiceResult<ActionRow> {
    let a = updatable(&mut *conn, principal, person, id).await?;
    let (to, note) = match &update {
        Update::Started => (ActionStatus::Started, None),
        Update::Done(n) => (ActionStatus::Done, Some(bounded(n)?)),
        Update::Blocked(n) => (ActionStatus::Blocked, Some(bounded(n)?)),
        Update::NewDate(at) => return new_date(conn, a, *at, now).await,
    };
    let to = a.status.transition(to).ok_or(ServiceError::Stale)?;
    if !actions::set_status(&mut *conn, id, a.status, to, note.as_deref(), now).await? {
        return Err(ServiceError::Stale);
    }
    let said = note.as_deref().unwrap_or_default();
    crate::services::action_news::tell_coordinators(&mut *conn, &a, person, to, said, now).await?;
    if to == ActionStatus::Done {
        let done = note.clone().unwrap_or_else(|| a.what.clone());
        said_we_did(&mut *conn, &a, person, &done, now).await?;
        schedule_calmer(&mut *conn, &a, calmer, now).await?;
    }
    tracing::info!(action = %id, status = to.as_str(), "action updated");
    Ok(a)
}

async fn new_date(
    conn: &mut SqliteConnection,
    a: ActionRow,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ServiceResult<ActionRow> {
    if at <= now {
        return Err(ServiceError::Duplicate("actions-error-date-past"));
    }
    if !a.status.is_pending() || !actions::set_due(&mut *conn, a.id, at, now).await? {
        return Err(ServiceError::Stale);
    }
    schedule_reminders(conn, a.id, at, now).await?;
    Ok(a)
}

/// "You said, we did": each linked report still open is resolved (audit trail: who,
/// what was done) and its reporter told — in discreet mode only "news, open /myreports".
async fn said_we_did(
    conn: &mut SqliteConnection,
    a: &ActionRow,
    actor: PersonId,
    done: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    for id in actions::reports(&mut *conn, a.id).await? {
        let Some(r) = reports::get(&mut *conn, id).await? else {
            continue;
        };
        let event = match r.status.transition(ReportStatus::Resolved) {
            Ok(to) => {
                let note = format!("action {}: {done}", a.id);
                reports::set_status(&mut *conn, id, r.status, to, actor, Some(&note), now).await?
            }
            Err(_) => None,
        };
        let Some(reporter) = r.reporter else { continue };
        let msg = if persons::get(&mut *conn, reporter).await?.discreet {
            Msg::new("report-news-discreet")
        } else {
            Msg::new("actions-said-did")
                .plain("reference", r.reference.clone())
                .user("done", done)
        };
        let key = match event {
            Some(e) => reports::status_key(id, e),
            None => format!("said-did:{}:{id}", a.id),
        };
        outbox::tell(&mut *conn, key, "report_status", reporter, msg, now).await?;
    }
    Ok(())
}
