//! SQL, one file per aggregate. Functions take a `&mut SqliteConnection` so that callers
//! compose them inside one transaction. All values are bound parameters.

pub mod broadcasts;
pub mod chat_messages;
pub mod chat_state;
pub mod cities;
pub mod followup;
pub mod groups;
pub mod invitations;
pub mod personal_data;
pub mod persons;
pub mod privacy;
pub mod quartiers;
pub mod reports;
pub mod roles;

use crate::domain::{CityId, QuartierId, Role, Scope};

/// Maps a role's city and quartier columns to a scope.
pub(crate) fn scope_of(city: i64, quartier: Option<i64>) -> Scope {
    match quartier {
        Some(q) => Scope::Quartier(CityId(city), QuartierId(q)),
        None => Scope::City(CityId(city)),
    }
}

pub(crate) fn role_of(name: &str) -> Result<Role, sqlx::Error> {
    Role::parse(name).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// Whether a write failed on a UNIQUE constraint (a duplicate name or prefix).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}
