//! Members of a quartier as a coordinator manages them: list, end a role, change a role.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;
use strum::IntoEnumIterator;

use super::{ServiceError, ServiceResult};
use crate::domain::{Action, AssignmentId, Grant, Member, PersonId, Principal, Role, Scope};
use crate::store::roles::{self, Assignment};

/// Members of a scope, for someone who may manage it.
pub async fn list(
    conn: &mut SqliteConnection,
    principal: &Principal,
    scope: Scope,
    now: DateTime<Utc>,
) -> ServiceResult<Vec<Member>> {
    if !principal.may(Action::ManageMembers(scope)) {
        return Err(ServiceError::NotAllowed);
    }
    Ok(roles::members(conn, scope, now).await?)
}

/// An active assignment that `principal` may manage.
pub async fn managed_assignment(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: AssignmentId,
    now: DateTime<Utc>,
) -> ServiceResult<Assignment> {
    let assignment = roles::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    let manage = Action::ManageRole {
        role: assignment.grant.role,
        scope: assignment.grant.scope,
    };
    if !principal.may(manage) {
        return Err(ServiceError::NotAllowed);
    }
    if assignment.ends_at.is_some_and(|end| end <= now) {
        return Err(ServiceError::Duplicate("members-role-already-ended"));
    }
    Ok(assignment)
}

/// Ends a member's role now.
pub async fn end_role(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: AssignmentId,
    now: DateTime<Utc>,
) -> ServiceResult<Assignment> {
    let assignment = managed_assignment(&mut *conn, principal, id, now).await?;
    if !roles::end(conn, id, now).await? {
        return Err(ServiceError::Duplicate("members-role-already-ended"));
    }
    Ok(assignment)
}

/// Replaces a member's role by another over the same scope (the old one ends now).
pub async fn change_role(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    id: AssignmentId,
    role: Role,
    now: DateTime<Utc>,
) -> ServiceResult<Assignment> {
    let assignment = managed_assignment(&mut *conn, principal, id, now).await?;
    let scope = assignment.grant.scope;
    if !principal.may_grant(role, scope) {
        return Err(ServiceError::NotAllowed);
    }
    if role == assignment.grant.role {
        return Ok(assignment);
    }
    roles::end(&mut *conn, id, now).await?;
    let grant = Grant { role, scope };
    if !roles::holds(&mut *conn, assignment.person, grant, now).await? {
        roles::add(conn, assignment.person, grant, Some(by), now).await?;
    }
    Ok(assignment)
}

/// The roles a manager may give instead of the current one.
pub fn replacement_roles(principal: &Principal, current: Role, scope: Scope) -> Vec<Role> {
    Role::iter()
        .filter(|r| *r != current && principal.may_grant(*r, scope))
        .collect()
}
