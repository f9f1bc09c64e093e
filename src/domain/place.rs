//! The people and places of the Agenda as the rest of the code sees them.

use chrono_tz::Tz;

use super::{
    AssignmentId, CityId, FirstName, Locale, PersonId, QuartierId, QuartierPrefix, Role, Scope,
};

/// A person, apart from her Telegram account.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub id: PersonId,
    pub first_name: Option<FirstName>,
    pub locale: Locale,
    /// Discreet mode: report dialogues are erased from the chat and notifications carry no content.
    pub discreet: bool,
}

/// A city running the Agenda.
#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub id: CityId,
    pub name: String,
    pub tz: Tz,
}

/// A quartier of a city.
#[derive(Debug, Clone, PartialEq)]
pub struct Quartier {
    pub id: QuartierId,
    pub city: CityId,
    pub name: String,
    pub prefix: QuartierPrefix,
    pub group_chat: Option<i64>,
}

impl Quartier {
    pub fn scope(&self) -> Scope {
        Scope::Quartier(self.city, self.id)
    }
}

/// A member as a coordinator sees her in a list: one active role.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub assignment: AssignmentId,
    pub person: PersonId,
    pub first_name: Option<String>,
    pub role: Role,
    pub scope: Scope,
}
