//! Joining the Agenda: checking an invitation, registering a person with her first role,
//! and adding a role to a member who uses another invitation.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult, people};
use crate::domain::{
    Action, FirstName, Grant, Invitation, InvitationCode, InvitationProblem, Locale, PersonId,
    Role, Scope, TelegramUserId,
};
use crate::store::{invitations, persons, roles};

/// The operators, named by Telegram user id in the configuration.
pub type Admins = HashSet<TelegramUserId>;

/// An invitation that can be used now: checked again at each use — still valid, and its
/// creator still holding the right to invite to that role there.
pub async fn usable_invitation(
    conn: &mut SqliteConnection,
    code: &str,
    admins: &Admins,
    now: DateTime<Utc>,
) -> ServiceResult<Invitation> {
    let code = InvitationCode::parse(code)
        .map_err(|_| ServiceError::Invitation(InvitationProblem::Unknown))?;
    let invitation = invitations::by_code(&mut *conn, &code)
        .await?
        .ok_or(ServiceError::Invitation(InvitationProblem::Unknown))?;
    invitation.check(now).map_err(ServiceError::Invitation)?;
    if !creator_may_still_invite(conn, &invitation, admins, now).await? {
        return Err(ServiceError::Invitation(InvitationProblem::Withdrawn));
    }
    Ok(invitation)
}

/// Whether whoever created the invitation may still invite to its role and scope now.
async fn creator_may_still_invite(
    conn: &mut SqliteConnection,
    inv: &Invitation,
    admins: &Admins,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let Some(creator) = inv.created_by else {
        return Ok(false);
    };
    let is_admin = persons::telegram_user(&mut *conn, creator)
        .await?
        .is_some_and(|u| admins.contains(&u));
    let principal = people::principal(conn, Some(creator), is_admin, now).await?;
    Ok(principal.may(Action::Invite {
        role: inv.role,
        scope: inv.scope,
    }))
}

/// What joining did, for the confirmation and the notice to the inviter.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    pub person: PersonId,
    pub role: Role,
    pub scope: Scope,
    pub place: String,
    /// The person who created the invitation, to tell her.
    pub inviter: Option<PersonId>,
    /// False when she already held this role there (nothing changed).
    pub is_new: bool,
}

/// A new person and what she chose during onboarding.
pub struct Registration<'a> {
    pub telegram_user: TelegramUserId,
    pub chat_id: i64,
    pub locale: &'a Locale,
    pub first_name: Option<&'a FirstName>,
    pub discreet: bool,
}

/// Registers a new person; with an invitation she receives its role, without one she is
/// registered with no role (the operator's own account).
pub async fn register(
    conn: &mut SqliteConnection,
    new: Registration<'_>,
    invitation: Option<&str>,
    admins: &Admins,
    now: DateTime<Utc>,
) -> ServiceResult<(PersonId, Option<Joined>)> {
    let invitation = match invitation {
        Some(code) => Some(usable_invitation(&mut *conn, code, admins, now).await?),
        None => None,
    };
    let person = persons::create(
        &mut *conn,
        persons::NewPerson {
            telegram_user: new.telegram_user,
            chat_id: new.chat_id,
            locale: new.locale,
            first_name: new.first_name,
            discreet: new.discreet,
        },
        now,
    )
    .await?;
    let joined = match invitation {
        Some(inv) => Some(accept(conn, person, &inv, now).await?),
        None => None,
    };
    Ok((person, joined))
}

/// A member uses another invitation (`/start <code>`): she gains its role.
pub async fn join(
    conn: &mut SqliteConnection,
    person: PersonId,
    code: &str,
    admins: &Admins,
    now: DateTime<Utc>,
) -> ServiceResult<Joined> {
    let invitation = usable_invitation(&mut *conn, code, admins, now).await?;
    accept(conn, person, &invitation, now).await
}

async fn accept(
    conn: &mut SqliteConnection,
    person: PersonId,
    inv: &Invitation,
    now: DateTime<Utc>,
) -> ServiceResult<Joined> {
    let grant = Grant {
        role: inv.role,
        scope: inv.scope,
    };
    let place = people::place_name(&mut *conn, inv.scope).await?;
    let mut joined = Joined {
        person,
        role: inv.role,
        scope: inv.scope,
        place,
        inviter: inv.created_by.filter(|p| *p != person),
        is_new: false,
    };
    if roles::holds(&mut *conn, person, grant, now).await? {
        joined.inviter = None;
        return Ok(joined);
    }
    // An ended role is not restored by an old code: not by the one she joined with, nor
    // by any made before it ended. She needs a new invitation.
    if invitations::used_by(&mut *conn, inv.id, person).await?
        || roles::ended_since(&mut *conn, person, grant, inv.created_at, now).await?
    {
        return Err(ServiceError::Invitation(InvitationProblem::RoleEnded));
    }
    if !invitations::record_use(&mut *conn, inv.id, person, now).await? {
        // Used up, revoked or expired between the check and now, or already used by her.
        return Err(ServiceError::Invitation(InvitationProblem::UsedUp));
    }
    roles::add(conn, person, grant, inv.created_by, now).await?;
    joined.is_new = true;
    Ok(joined)
}
