//! Who is acting: a person's principal (roles read now, admin from configuration).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{Grant, PersonId, Principal, Scope};
use crate::store::{cities, quartiers, roles};

/// Her active roles at `now`, and whether the configuration names her operator.
pub async fn principal(
    conn: &mut SqliteConnection,
    person: Option<PersonId>,
    is_admin: bool,
    now: DateTime<Utc>,
) -> sqlx::Result<Principal> {
    let grants: Vec<Grant> = match person {
        Some(p) => roles::active_grants(conn, p, now)
            .await?
            .into_iter()
            .map(|(_, g)| g)
            .collect(),
        None => vec![],
    };
    Ok(Principal { grants, is_admin })
}

/// A human name for a scope: "Belleville (Paris)" or "Paris".
pub async fn place_name(conn: &mut SqliteConnection, scope: Scope) -> sqlx::Result<String> {
    let city = cities::get(&mut *conn, scope.city())
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    Ok(match scope.quartier() {
        Some(q) => {
            let quartier = quartiers::get(conn, q)
                .await?
                .map(|q| q.name)
                .unwrap_or_default();
            format!("{quartier} ({city})")
        }
        None => city,
    })
}
