//! Who is told of a new report, and the daily round-up's counts.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::report::{AlertSetting, Audience};
use crate::domain::{PersonId, Quartier, Role};
use crate::store::alert_setting_of;

/// The query of [`new_report_readers`] (`?1` now, `?2` the reporter, `?3` the city, `?4`
/// coordinator, `?5` relays allowed, `?6`..`?7` relay and facilitator, `?8` the quartier),
/// public for its plan's test.
pub const READERS_SQL: &str = "
    SELECT p.id, p.alerts FROM role_assignment r JOIN person p ON p.id = r.person_id
    WHERE r.city_id = ?3 AND r.role = ?4
      AND r.starts_at <= ?1 AND (r.ends_at IS NULL OR r.ends_at > ?1) AND p.id <> ?2
    UNION
    SELECT p.id, p.alerts FROM role_assignment r JOIN person p ON p.id = r.person_id
    WHERE ?5 AND r.city_id = ?3 AND r.role IN (?6, ?7) AND r.quartier_id = ?8
      AND r.starts_at <= ?1 AND (r.ends_at IS NULL OR r.ends_at > ?1) AND p.id <> ?2
    ORDER BY 1";

/// Those who may read a new report of `quartier` raw, with their alert setting (the
/// reporter excluded): the coordinators of its city and, if she allowed them, the relays
/// and facilitators of the quartier. Each part is a lookup of the role index
/// `(city_id, role, quartier_id)`, so that the mothers of the city are not read.
pub async fn new_report_readers(
    conn: &mut SqliteConnection,
    quartier: &Quartier,
    audience: Audience,
    reporter: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(PersonId, AlertSetting)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(READERS_SQL)
        .bind(now)
        .bind(reporter.0)
        .bind(quartier.city.0)
        .bind(Role::Coordinator.as_str())
        .bind(audience.relays_allowed())
        .bind(Role::Relay.as_str())
        .bind(Role::Facilitator.as_str())
        .bind(quartier.id.0)
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|(id, alerts)| Ok((PersonId(id), alert_setting_of(&alerts)?)))
        .collect()
}

/// The daily round-up in one grouped query: for each person who chose it, how many
/// reports made in `[since, now)` she may read raw — every report of the cities she
/// coordinates, and those of her quartiers whose reporter allowed the relays — never her
/// own. Only people with at least one are listed. A relay's grant is narrowed to her
/// quartier before its reports are joined, so that each grant reads only the reports it
/// covers, through the index `report(quartier_id, created_at)`.
pub async fn roundup_counts(
    conn: &mut SqliteConnection,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(PersonId, i64)>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT p.id, COUNT(DISTINCT r.id) FROM person p
         JOIN role_assignment a ON a.person_id = p.id
              AND a.starts_at <= ?2 AND (a.ends_at IS NULL OR a.ends_at > ?2)
         JOIN quartier q ON q.city_id = a.city_id
              AND (a.role = ?4 OR (a.role IN (?5, ?6) AND q.id = a.quartier_id))
         JOIN report r ON r.quartier_id = q.id AND r.created_at >= ?1 AND r.created_at < ?2
              AND (r.reporter_id IS NULL OR r.reporter_id <> p.id)
              AND (a.role = ?4 OR r.audience = ?7)
         WHERE p.alerts = ?3
         GROUP BY p.id ORDER BY p.id",
    )
    .bind(since)
    .bind(now)
    .bind(AlertSetting::Daily.as_str())
    .bind(Role::Coordinator.as_str())
    .bind(Role::Relay.as_str())
    .bind(Role::Facilitator.as_str())
    .bind(Audience::WithRelays.as_str())
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(p, n)| (PersonId(p), n)).collect())
}
