//! Members of a quartier as a coordinator manages them: list, end a role, change a role.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;
use strum::IntoEnumIterator;

use super::{ServiceError, ServiceResult};
use crate::domain::{
    Action, AssignmentId, City, Grant, Member, PersonId, Principal, Quartier, Role, Scope,
};
use crate::store::roles::{self, Assignment};
use crate::store::{cities, quartiers};

/// The cities whose members she manages, by name, each with its quartiers: every city for
/// the operator; for a coordinator, the cities of her grants (not every city scanned).
pub async fn manageable(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> sqlx::Result<Vec<(City, Vec<Quartier>)>> {
    let candidates = if principal.is_admin {
        cities::all(&mut *conn).await?
    } else {
        let mut ids: Vec<_> = principal.grants.iter().map(|g| g.scope.city()).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut found = vec![];
        for id in ids {
            found.extend(cities::get(&mut *conn, id).await?);
        }
        // As `cities::all` orders them (the name is compared without case).
        found.sort_by_key(|c: &City| c.name.to_lowercase());
        found
    };
    let mut out = vec![];
    for city in candidates {
        if principal.may(Action::ManageMembers(Scope::City(city.id))) {
            let list = quartiers::of_city(&mut *conn, city.id).await?;
            out.push((city, list));
        }
    }
    Ok(out)
}

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
