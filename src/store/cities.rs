//! Cities.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{City, CityId, CityName, PersonId, time::parse_time_zone};

/// A stored city; a time zone no version would accept is an error, never read as Paris.
fn city((id, name, tz): (i64, String, String)) -> sqlx::Result<City> {
    Ok(City {
        id: CityId(id),
        name,
        tz: parse_time_zone(&tz).map_err(|_| super::undecodable("time zone", &tz))?,
    })
}

pub async fn create(
    conn: &mut SqliteConnection,
    name: &CityName,
    tz: chrono_tz::Tz,
    by: Option<PersonId>,
    now: DateTime<Utc>,
) -> sqlx::Result<CityId> {
    sqlx::query_scalar(
        "INSERT INTO city (name, timezone, created_by, created_at) VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(name.as_str())
    .bind(tz.name())
    .bind(by.map(|p| p.0))
    .bind(now)
    .fetch_one(conn)
    .await
    .map(CityId)
}

pub async fn get(conn: &mut SqliteConnection, id: CityId) -> sqlx::Result<Option<City>> {
    let row = sqlx::query_as("SELECT id, name, timezone FROM city WHERE id = ?")
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(city).transpose()
}

/// The time zone dates of a city are shown in (Paris for a city that is gone).
pub async fn time_zone(conn: &mut SqliteConnection, id: CityId) -> sqlx::Result<chrono_tz::Tz> {
    Ok(get(conn, id)
        .await?
        .map_or(chrono_tz::Europe::Paris, |c| c.tz))
}

pub async fn all(conn: &mut SqliteConnection) -> sqlx::Result<Vec<City>> {
    let rows = sqlx::query_as("SELECT id, name, timezone FROM city ORDER BY name")
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(city).collect()
}
