//! SQL, one file per aggregate. Functions take a `&mut SqliteConnection` so that callers
//! compose them inside one transaction. All values are bound parameters.

pub mod broadcasts;
pub mod chat_messages;
pub mod chat_state;
pub mod cities;
pub mod city_language;
pub mod digest;
pub mod export;
pub mod export_raw;
pub mod followup;
pub mod groups;
pub mod invitations;
pub mod meetings;
pub mod personal_data;
pub mod persons;
pub mod privacy;
pub mod quartiers;
pub mod reports;
pub mod roles;
pub mod update_tx;
// Solutions and actions (issue 17).
pub mod actions;
pub mod calmer;
pub mod health;
pub mod solutions;

use crate::domain::report::{AlertSetting, Audience, Category, ReportStatus, WhenKind};
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

/// A stored value no version of the code wrote: an error, never a row silently dropped
/// or read as something else.
pub(crate) fn undecodable(what: &str, value: &str) -> sqlx::Error {
    sqlx::Error::Decode(format!("unknown {what} {value:?} in the database").into())
}

pub(crate) fn alert_setting_of(name: &str) -> Result<AlertSetting, sqlx::Error> {
    AlertSetting::parse(name).ok_or_else(|| undecodable("alert setting", name))
}

pub(crate) fn category_of(name: &str) -> Result<Category, sqlx::Error> {
    Category::parse(name).ok_or_else(|| undecodable("category", name))
}

pub(crate) fn status_of(name: &str) -> Result<ReportStatus, sqlx::Error> {
    ReportStatus::parse(name).ok_or_else(|| undecodable("report status", name))
}

pub(crate) fn when_kind_of(name: &str) -> Result<WhenKind, sqlx::Error> {
    WhenKind::parse(name).ok_or_else(|| undecodable("when", name))
}

pub(crate) fn audience_of(name: &str) -> Result<Audience, sqlx::Error> {
    Audience::parse(name).ok_or_else(|| undecodable("audience", name))
}

/// Whether a write failed on a UNIQUE constraint (a duplicate name or prefix).
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}
