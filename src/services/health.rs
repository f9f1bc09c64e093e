//! The coordinator's health view of her city: actions overdue, reports waiting for a
//! first triage and for how long, the median time to a first triage — and the city's
//! actions not done yet, soonest due first; for `/health`, also the city's members and
//! pace.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{Action, CityId, Principal};
use crate::store::actions::{self, ActionRow};
use crate::store::health::{self, Community, Health};

/// One city's view.
pub struct View {
    pub city: String,
    pub health: Health,
    pub actions: Vec<ActionRow>,
}

/// One city's people and pace, for `/health`.
pub struct CityHealth {
    pub city: CityId,
    pub name: String,
    pub health: Health,
    pub community: Community,
}

/// The cities whose health she may see (the operator: all).
async fn cities_of(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> sqlx::Result<Vec<(CityId, String)>> {
    let all = crate::store::cities::all(conn).await?;
    Ok(all
        .into_iter()
        .filter(|c| principal.may(Action::SeeHealth(c.id)))
        .map(|c| (c.id, c.name))
        .collect())
}

pub async fn views(
    conn: &mut SqliteConnection,
    principal: &Principal,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<View>> {
    let mut out = vec![];
    for (city, name) in cities_of(&mut *conn, principal).await? {
        let health = health::of_city(&mut *conn, city, now).await?;
        // Not done first, soonest due first; then the last done, with their results.
        let list = actions::of_city(&mut *conn, city, 10).await?;
        out.push(View {
            city: name,
            health,
            actions: list,
        });
    }
    Ok(out)
}

/// `/health`: the figures of every city whose health she may see.
pub async fn cities(
    conn: &mut SqliteConnection,
    principal: &Principal,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<CityHealth>> {
    let mut out = vec![];
    for (city, name) in cities_of(&mut *conn, principal).await? {
        out.push(CityHealth {
            city,
            name,
            health: health::of_city(&mut *conn, city, now).await?,
            community: health::community(&mut *conn, city, now).await?,
        });
    }
    Ok(out)
}
