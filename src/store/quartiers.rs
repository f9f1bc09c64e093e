//! Quartiers of a city, and the Telegram group linked to each.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{CityId, PersonId, Quartier, QuartierId, QuartierName, QuartierPrefix, Scope};

type Row = (i64, i64, String, String, Option<i64>);

/// A stored quartier; a prefix no version would accept is an error, never read as another.
fn quartier((id, city, name, prefix, group): Row) -> sqlx::Result<Quartier> {
    Ok(Quartier {
        id: QuartierId(id),
        city: CityId(city),
        name,
        prefix: QuartierPrefix::parse(&prefix)
            .map_err(|_| super::undecodable("quartier prefix", &prefix))?,
        group_chat: group,
    })
}

const COLUMNS: &str = "SELECT id, city_id, name, prefix, group_chat_id FROM quartier";

pub async fn create(
    conn: &mut SqliteConnection,
    city: CityId,
    prefix: &QuartierPrefix,
    name: &QuartierName,
    by: Option<PersonId>,
    now: DateTime<Utc>,
) -> sqlx::Result<QuartierId> {
    sqlx::query_scalar(
        "INSERT INTO quartier (city_id, name, prefix, created_by, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(city.0)
    .bind(name.as_str())
    .bind(prefix.as_str())
    .bind(by.map(|p| p.0))
    .bind(now)
    .fetch_one(conn)
    .await
    .map(QuartierId)
}

pub async fn get(conn: &mut SqliteConnection, id: QuartierId) -> sqlx::Result<Option<Quartier>> {
    let row = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(quartier).transpose()
}

/// A quartier with its city's time zone, in one statement (saving a report needs both).
pub async fn with_time_zone(
    conn: &mut SqliteConnection,
    id: QuartierId,
) -> sqlx::Result<Option<(Quartier, chrono_tz::Tz)>> {
    let row: Option<(i64, i64, String, String, Option<i64>, String)> = sqlx::query_as(
        "SELECT q.id, q.city_id, q.name, q.prefix, q.group_chat_id, c.timezone
         FROM quartier q JOIN city c ON c.id = q.city_id WHERE q.id = ?",
    )
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    let Some((id, city, name, prefix, group, tz)) = row else {
        return Ok(None);
    };
    let tz = crate::domain::time::parse_time_zone(&tz)
        .map_err(|_| super::undecodable("time zone", &tz))?;
    Ok(Some((quartier((id, city, name, prefix, group))?, tz)))
}

pub async fn of_city(conn: &mut SqliteConnection, city: CityId) -> sqlx::Result<Vec<Quartier>> {
    let rows = sqlx::query_as(&format!("{COLUMNS} WHERE city_id = ? ORDER BY prefix"))
        .bind(city.0)
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(quartier).collect()
}

/// The quartiers these scopes cover (a city covers all of its quartiers), each once, by
/// city name then prefix: one query for a person's grants, not one per city.
pub async fn covered_by(
    conn: &mut SqliteConnection,
    scopes: &[Scope],
) -> sqlx::Result<Vec<Quartier>> {
    let ids = |f: fn(&Scope) -> Option<i64>| {
        serde_json::to_string(&scopes.iter().filter_map(f).collect::<Vec<i64>>()).expect("numbers")
    };
    let cities = ids(|s| match s {
        Scope::City(c) => Some(c.0),
        Scope::Quartier(..) => None,
    });
    let quartiers = ids(|s| s.quartier().map(|q| q.0));
    let rows = sqlx::query_as(
        "SELECT q.id, q.city_id, q.name, q.prefix, q.group_chat_id
         FROM quartier q JOIN city c ON c.id = q.city_id
         WHERE q.city_id IN (SELECT value FROM json_each(?1))
            OR q.id IN (SELECT value FROM json_each(?2))
         ORDER BY c.name, q.prefix",
    )
    .bind(cities)
    .bind(quartiers)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(quartier).collect()
}

pub async fn by_prefix(
    conn: &mut SqliteConnection,
    prefix: &QuartierPrefix,
) -> sqlx::Result<Vec<Quartier>> {
    let rows = sqlx::query_as(&format!("{COLUMNS} WHERE prefix = ? ORDER BY city_id"))
        .bind(prefix.as_str())
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(quartier).collect()
}

/// The quartiers a Telegram group chat is linked to (one at most).
pub async fn by_group(conn: &mut SqliteConnection, chat_id: i64) -> sqlx::Result<Vec<Quartier>> {
    let rows = sqlx::query_as(&format!("{COLUMNS} WHERE group_chat_id = ? ORDER BY id"))
        .bind(chat_id)
        .fetch_all(conn)
        .await?;
    rows.into_iter().map(quartier).collect()
}

/// Links a Telegram group chat to a quartier (a group serves one quartier at most).
pub async fn link_group(
    conn: &mut SqliteConnection,
    id: QuartierId,
    chat_id: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE quartier SET group_chat_id = NULL WHERE group_chat_id = ?")
        .bind(chat_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE quartier SET group_chat_id = ? WHERE id = ?")
        .bind(chat_id)
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}
