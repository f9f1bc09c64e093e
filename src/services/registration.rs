//! Joining the Agenda: checking an invitation, registering a person with her first role,
//! and adding a role to a member who uses another invitation.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult, people::place_name};
use crate::domain::{
    FirstName, Grant, Invitation, InvitationCode, InvitationProblem, Locale, PersonId, Role, Scope,
    TelegramUserId,
};
use crate::store::{invitations, persons, roles};

/// An invitation that can be used now.
pub async fn usable_invitation(
    conn: &mut SqliteConnection,
    code: &str,
    now: DateTime<Utc>,
) -> ServiceResult<Invitation> {
    let code = InvitationCode::parse(code)
        .map_err(|_| ServiceError::Invitation(InvitationProblem::Unknown))?;
    let invitation = invitations::by_code(conn, &code)
        .await?
        .ok_or(ServiceError::Invitation(InvitationProblem::Unknown))?;
    invitation.check(now).map_err(ServiceError::Invitation)?;
    Ok(invitation)
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
    now: DateTime<Utc>,
) -> ServiceResult<(PersonId, Option<Joined>)> {
    let invitation = match invitation {
        Some(code) => Some(usable_invitation(&mut *conn, code, now).await?),
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
    now: DateTime<Utc>,
) -> ServiceResult<Joined> {
    let invitation = usable_invitation(&mut *conn, code, now).await?;
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
    let place = place_name(&mut *conn, inv.scope).await?;
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
    if !invitations::record_use(&mut *conn, inv.id, person, now).await? {
        // Used up, revoked or expired between the check and now, or already used by her.
        return Err(ServiceError::Invitation(InvitationProblem::UsedUp));
    }
    roles::add(conn, person, grant, inv.created_by, now).await?;
    joined.is_new = true;
    Ok(joined)
}
