//! Before creating an action: its scope and reports from an accepted solution, a meeting
//! decision or a quartier, and the members who may carry it.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::solutions::ActionSource;
use crate::domain::{Action, Principal, ReportId, Scope, SolutionId};
use crate::services::{ServiceError, ServiceResult};
use crate::store::quartiers;

/// Before making an accepted solution an action: its scope and reports, if she may.
pub async fn plan_from_solution(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: SolutionId,
) -> ServiceResult<(Scope, Vec<ReportId>)> {
    let s = crate::store::solutions::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    if s.status != crate::domain::solutions::SolutionStatus::Accepted {
        return Err(ServiceError::Stale);
    }
    let q = quartiers::get(&mut *conn, s.quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    if !principal.may(Action::CreateAction(q.scope())) {
        return Err(ServiceError::NotAllowed);
    }
    Ok((q.scope(), crate::store::solutions::reports(conn, id).await?))
}

/// Before making an action from an accepted solution or a meeting decision: its scope
/// and reports, if she may.
pub async fn plan_from(
    conn: &mut SqliteConnection,
    principal: &Principal,
    from: ActionSource,
) -> ServiceResult<(Scope, Vec<ReportId>)> {
    match from {
        ActionSource::Solution(id) => plan_from_solution(conn, principal, id).await,
        ActionSource::Decision(id) => {
            let (scope, d) =
                crate::services::meeting_actions::decision(conn, principal, id).await?;
            Ok((scope, d.reports))
        }
        ActionSource::Quartier(q) => Ok((
            crate::services::new_action::scope(conn, principal, q).await?,
            vec![],
        )),
    }
}

/// Who may carry an action over `scope`: the quartier's relays, facilitators and local
/// actors, and the city's coordinators and élus (with their first name, for the buttons
/// of whoever creates the action).
pub async fn carriers(
    conn: &mut SqliteConnection,
    scope: Scope,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<crate::domain::Member>> {
    let mut all = crate::store::roles::members(&mut *conn, scope, now).await?;
    if scope.quartier().is_some() {
        all.extend(crate::store::roles::members(conn, Scope::City(scope.city()), now).await?);
    }
    all.retain(|m| m.role != crate::domain::Role::Mother);
    all.dedup_by_key(|m| m.person);
    Ok(all)
}
