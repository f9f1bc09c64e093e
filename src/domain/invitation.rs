//! Invitations: an unguessable code that lets someone join a scope with a role, until it
//! expires, is used up or is revoked.

use chrono::{DateTime, Duration, Utc};
use rand::Rng;

use super::{DomainError, InvitationId, PersonId, Role, Scope, digits::normalize_digits};

/// Letters and digits that cannot be confused when read aloud or copied from paper
/// (no 0/O, 1/I/L).
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 12;

/// An invitation code: 12 characters from a 31-letter alphabet (about 59 bits).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InvitationCode(String);

impl InvitationCode {
    pub fn generate(rng: &mut impl Rng) -> Self {
        let code = (0..CODE_LEN)
            .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
            .collect();
        InvitationCode(code)
    }

    /// Reads a code as people type it: any case, with spaces or dashes, Arabic-Indic digits.
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let code: String = normalize_digits(text)
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_ascii_uppercase();
        if code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b)) {
            Ok(InvitationCode(code))
        } else {
            Err(DomainError::BadInvitationCode)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why an invitation cannot be used now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvitationProblem {
    Unknown,
    Expired,
    UsedUp,
    Revoked,
    /// Whoever created it may no longer invite to its role there (her role ended, she
    /// erased her account).
    Withdrawn,
    /// Her role there was ended after the invitation was made: an old code does not
    /// bring it back, she needs a new invitation.
    RoleEnded,
}

impl InvitationProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            InvitationProblem::Unknown => "invite-problem-unknown",
            InvitationProblem::Expired => "invite-problem-expired",
            InvitationProblem::UsedUp => "invite-problem-used-up",
            InvitationProblem::Revoked => "invite-problem-revoked",
            InvitationProblem::Withdrawn => "invite-problem-withdrawn",
            InvitationProblem::RoleEnded => "invite-problem-role-ended",
        }
    }
}

/// An invitation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: InvitationId,
    pub code: InvitationCode,
    pub role: Role,
    pub scope: Scope,
    pub created_by: Option<PersonId>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub max_uses: i64,
    pub uses: i64,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Invitation {
    /// How long a new invitation is valid, and how many may use it, by role: a poster for
    /// mothers at a school gate serves many; an invitation for an élu serves one.
    pub fn defaults_for(role: Role) -> (Duration, i64) {
        match role {
            Role::Mother => (Duration::days(30), 200),
            Role::Actor | Role::Relay | Role::Facilitator => (Duration::days(14), 5),
            Role::Coordinator | Role::Elected => (Duration::days(7), 1),
        }
    }

    /// Whether the invitation can be used at `now`.
    pub fn check(&self, now: DateTime<Utc>) -> Result<(), InvitationProblem> {
        if self.revoked_at.is_some() {
            Err(InvitationProblem::Revoked)
        } else if now >= self.expires_at {
            Err(InvitationProblem::Expired)
        } else if self.uses >= self.max_uses {
            Err(InvitationProblem::UsedUp)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::CityId;

    fn invitation(now: DateTime<Utc>) -> Invitation {
        Invitation {
            id: InvitationId(1),
            code: InvitationCode::parse("ABCD-EFGH-JKMN").unwrap(),
            role: Role::Mother,
            scope: Scope::City(CityId(1)),
            created_by: None,
            created_at: now,
            expires_at: now + Duration::days(1),
            max_uses: 2,
            uses: 0,
            revoked_at: None,
        }
    }

    #[test]
    fn generated_codes_parse_and_differ() {
        let mut rng = rand::rng();
        let a = InvitationCode::generate(&mut rng);
        let b = InvitationCode::generate(&mut rng);
        assert_ne!(a, b);
        assert_eq!(InvitationCode::parse(a.as_str()), Ok(a.clone()));
        assert_eq!(InvitationCode::parse(&a.as_str().to_lowercase()), Ok(a));
    }

    #[test]
    fn codes_are_read_as_typed() {
        let code = InvitationCode::parse("abcd efgh ٢٣٤٥").unwrap();
        assert_eq!(code.as_str(), "ABCDEFGH2345");
        assert!(
            InvitationCode::parse("ABCDEFGH0000").is_err(),
            "0 is not in the alphabet"
        );
        assert!(InvitationCode::parse("short").is_err());
        assert!(InvitationCode::parse("'; DROP TABLE person; --").is_err());
    }

    #[test]
    fn an_invitation_expires_is_used_up_or_revoked() {
        let now = Utc::now();
        let mut inv = invitation(now);
        assert_eq!(inv.check(now), Ok(()));
        assert_eq!(
            inv.check(now + Duration::days(1)),
            Err(InvitationProblem::Expired)
        );
        inv.uses = 2;
        assert_eq!(inv.check(now), Err(InvitationProblem::UsedUp));
        inv.revoked_at = Some(now);
        assert_eq!(inv.check(now), Err(InvitationProblem::Revoked));
    }
}
