//! The roles of the Agenda (DESIGN.md): four held per quartier, two per city.
//! The operator (`admin`) is not a role in the database: she is named in the configuration.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr, VariantArray};

use super::DomainError;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
    EnumString,
    VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Role {
    /// A registered mother of a quartier.
    Mother,
    /// A mother recognised as a link between her quartier and the town hall.
    Relay,
    /// A trained woman who runs the mothers' workshops.
    Facilitator,
    /// Police, justice, school, social worker, landlord, association…
    Actor,
    /// Runs the Agenda for a city.
    Coordinator,
    /// Elected official of the city.
    Elected,
}

impl Role {
    /// Whether the role is held over a quartier (else over a whole city).
    pub fn is_quartier_role(self) -> bool {
        matches!(
            self,
            Role::Mother | Role::Relay | Role::Facilitator | Role::Actor
        )
    }

    /// The stable name stored in the database and used in message ids (`role-mother`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Result<Self, DomainError> {
        name.parse().map_err(|_| DomainError::UnknownRole)
    }

    /// The Fluent message id of the role's localized name.
    pub fn message_id(self) -> &'static str {
        match self {
            Role::Mother => "role-mother",
            Role::Relay => "role-relay",
            Role::Facilitator => "role-facilitator",
            Role::Actor => "role-actor",
            Role::Coordinator => "role-coordinator",
            Role::Elected => "role-elected",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::iter() {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert!(Role::parse("admin").is_err());
    }
}
