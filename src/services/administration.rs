//! Setting the Agenda up: cities (operator), quartiers (coordinator or operator),
//! invitations (by who may grant what), and a quartier's Telegram group.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::SqliteConnection;
use strum::IntoEnumIterator;

use super::{ServiceError, ServiceResult};
use crate::domain::{
    Action, CityId, CityName, Invitation, InvitationCode, InvitationId, PersonId, Principal,
    QuartierId, QuartierName, QuartierPrefix, Role, Scope,
};
use crate::store::{self, cities, invitations, quartiers};

fn require(principal: &Principal, action: Action) -> ServiceResult<()> {
    if principal.may(action) {
        Ok(())
    } else {
        Err(ServiceError::NotAllowed)
    }
}

pub async fn create_city(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    name: &CityName,
    tz: Tz,
    now: DateTime<Utc>,
) -> ServiceResult<CityId> {
    require(principal, Action::CreateCity)?;
    cities::create(conn, name, tz, Some(by), now)
        .await
        .map_err(|e| duplicate_or(e, "newcity-duplicate"))
}

pub async fn create_quartier(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    city: CityId,
    prefix: &QuartierPrefix,
    name: &QuartierName,
    now: DateTime<Utc>,
) -> ServiceResult<QuartierId> {
    require(principal, Action::CreateQuartier(city))?;
    if cities::get(&mut *conn, city).await?.is_none() {
        return Err(ServiceError::Stale);
    }
    quartiers::create(conn, city, prefix, name, Some(by), now)
        .await
        .map_err(|e| duplicate_or(e, "newquartier-duplicate"))
}

fn duplicate_or(e: sqlx::Error, message_id: &'static str) -> ServiceError {
    if store::is_unique_violation(&e) {
        ServiceError::Duplicate(message_id)
    } else {
        e.into()
    }
}

/// The scopes where `principal` may invite for `role`: the cities or quartiers that exist.
pub async fn scopes_for_invitation(
    conn: &mut SqliteConnection,
    principal: &Principal,
    role: Role,
) -> sqlx::Result<Vec<(Scope, String)>> {
    let mut scopes = vec![];
    for city in cities::all(&mut *conn).await? {
        if role.is_quartier_role() {
            for q in quartiers::of_city(&mut *conn, city.id).await? {
                if principal.may_grant(role, q.scope()) {
                    scopes.push((q.scope(), format!("{} ({})", q.name, city.name)));
                }
            }
        } else if principal.may_grant(role, Scope::City(city.id)) {
            scopes.push((Scope::City(city.id), city.name.clone()));
        }
    }
    Ok(scopes)
}

/// The roles `principal` may invite for somewhere.
pub async fn grantable_roles(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> sqlx::Result<Vec<Role>> {
    let mut out = vec![];
    for role in Role::iter() {
        if !scopes_for_invitation(&mut *conn, principal, role)
            .await?
            .is_empty()
        {
            out.push(role);
        }
    }
    Ok(out)
}

pub async fn create_invitation(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    role: Role,
    scope: Scope,
    now: DateTime<Utc>,
    code: InvitationCode,
) -> ServiceResult<Invitation> {
    require(principal, Action::Invite { role, scope })?;
    let exists = match scope.quartier() {
        Some(q) => quartiers::get(&mut *conn, q)
            .await?
            .is_some_and(|q| q.city == scope.city()),
        None => cities::get(&mut *conn, scope.city()).await?.is_some(),
    };
    if !exists {
        return Err(ServiceError::Stale);
    }
    let (valid_for, max_uses) = Invitation::defaults_for(role);
    let mut invitation = Invitation {
        id: InvitationId(0),
        code,
        role,
        scope,
        created_by: Some(by),
        created_at: now,
        expires_at: now + valid_for,
        max_uses,
        uses: 0,
        revoked_at: None,
    };
    invitation.id = invitations::insert(conn, &invitation).await?;
    Ok(invitation)
}

/// Revokes an invitation: its creator, or whoever manages its scope.
pub async fn revoke_invitation(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    id: InvitationId,
    now: DateTime<Utc>,
) -> ServiceResult<Invitation> {
    let invitation = invitations::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let own = invitation.created_by == Some(by);
    if !own && !principal.may(Action::ManageMembers(invitation.scope)) {
        return Err(ServiceError::NotAllowed);
    }
    if !invitations::revoke(conn, id, now).await? {
        return Err(ServiceError::Duplicate("invite-already-revoked"));
    }
    Ok(invitation)
}

/// The cities where `principal` may create a quartier.
pub async fn cities_for_quartier(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> sqlx::Result<Vec<(CityId, String)>> {
    Ok(cities::all(conn)
        .await?
        .into_iter()
        .filter(|c| principal.may(Action::CreateQuartier(c.id)))
        .map(|c| (c.id, c.name))
        .collect())
}
