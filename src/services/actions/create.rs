//! Creating an action: the checks on who may carry it and which reports it links, and the
//! message that gives it to its carrier.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::reminders::{due_text, schedule_reminders};
use super::{ASSIGNED_KIND, Carrier, Plan, bounded};
use crate::domain::{Action, ActionId, PersonId, Principal, ReportId, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::services::{ServiceError, ServiceResult, people};
use crate::store::actions::{self, NewAction};
use crate::store::{quartiers, reports};

/// Creates an action (checked: her right over its scope, a carrier who may carry it,
/// reports of that scope), tells the carrier with the update buttons and schedules the
/// reminders. A decision already made an action returns that action: one call from the
/// meetings side, safe to repeat.
pub async fn create(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    plan: Plan,
    now: DateTime<Utc>,
) -> ServiceResult<ActionId> {
    if !principal.may(Action::CreateAction(plan.scope)) {
        return Err(ServiceError::NotAllowed);
    }
    if let Some(existing) = match plan.decision {
        Some(d) => actions::of_decision(&mut *conn, d).await?,
        None => None,
    } {
        return Ok(existing);
    }
    let what = bounded(&plan.what)?;
    let (carrier, org) = match &plan.carrier {
        Carrier::Person(p) => {
            check_carrier(&mut *conn, *p, plan.scope, now).await?;
            (Some(*p), None)
        }
        Carrier::Organisation(name) => (None, Some(bounded(name)?)),
    };
    check_reports(&mut *conn, plan.scope, &plan.reports).await?;
    let new = NewAction {
        city: plan.scope.city(),
        quartier: plan.scope.quartier(),
        what: &what,
        carrier,
        carrier_org: org.as_deref(),
        due_at: plan.due_at,
        solution: plan.solution,
        meeting_decision: plan.decision,
        reports: &plan.reports,
        created_by: by,
    };
    let id = actions::create(&mut *conn, &new, now).await?;
    if let Some(person) = carrier {
        let due = due_text(&mut *conn, plan.scope.city(), plan.due_at).await?;
        let msg = card(id, &what, &due);
        let key = format!("action-assigned:{id}");
        outbox::tell(&mut *conn, key, ASSIGNED_KIND, person, msg, now).await?;
    }
    schedule_reminders(conn, id, plan.due_at, now).await?;
    tracing::info!(action = %id, "action created");
    Ok(id)
}

/// The carrier must be allowed to carry actions there.
pub async fn check_carrier(
    conn: &mut SqliteConnection,
    person: PersonId,
    scope: Scope,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let theirs = people::principal(conn, Some(person), false, now).await?;
    if !theirs.may(Action::OwnAction(scope)) {
        return Err(ServiceError::Duplicate("actions-error-carrier"));
    }
    Ok(())
}

/// Linked reports must belong to the action's scope.
async fn check_reports(
    conn: &mut SqliteConnection,
    scope: Scope,
    ids: &[ReportId],
) -> ServiceResult<()> {
    for id in ids {
        let r = reports::get(&mut *conn, *id)
            .await?
            .ok_or(ServiceError::Stale)?;
        let q = quartiers::get(&mut *conn, r.quartier)
            .await?
            .ok_or(ServiceError::Stale)?;
        let inside = match scope {
            Scope::City(c) => q.city == c,
            Scope::Quartier(_, id) => q.id == id,
        };
        if !inside {
            return Err(ServiceError::NotAllowed);
        }
    }
    Ok(())
}

/// The message that gives an action to its carrier (the buttons come with it).
fn card(id: ActionId, what: &str, due: &str) -> Msg {
    Msg::new("actions-assigned")
        .num("action", id.0)
        .user("what", what)
        .plain("due", due)
}
