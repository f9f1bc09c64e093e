//! A coordinator's health view of her city, read in a few aggregate queries: actions
//! overdue, reports waiting for a first triage and for how long, the time from a report
//! to its first triage, meetings ended without minutes; and for `/health` the city's
//! members (active, unreachable), its reports of the last 30 days and its last meeting.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqliteConnection;

use crate::domain::CityId;

/// The figures of the health view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Health {
    pub actions_open: i64,
    pub actions_overdue: i64,
    pub reports_waiting: i64,
    /// How long the oldest report waiting for a first triage has waited.
    pub oldest_waiting: Option<Duration>,
    /// The median time from a report to its first triage (the last 500 triaged).
    pub median_to_triage: Option<Duration>,
    /// Meetings of the city that have ended (start + duration), not called off, with no
    /// minutes (neither text nor a photo).
    pub meetings_without_minutes: i64,
}

pub async fn of_city(
    conn: &mut SqliteConnection,
    city: CityId,
    now: DateTime<Utc>,
) -> sqlx::Result<Health> {
    let (actions_open, actions_overdue): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(due_at < ?2), 0) FROM action
         WHERE city_id = ?1 AND status <> 'done'",
    )
    .bind(city.0)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let (reports_waiting, oldest): (i64, Option<DateTime<Utc>>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(created_at) FROM report
         WHERE status = 'new' AND quartier_id IN (SELECT id FROM quartier WHERE city_id = ?)",
    )
    .bind(city.0)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Health {
        actions_open,
        actions_overdue,
        reports_waiting,
        oldest_waiting: oldest.map(|at| now - at),
        median_to_triage: median_to_triage(conn, city).await?,
        meetings_without_minutes: meetings_without_minutes(conn, city, now).await?,
    })
}

async fn meetings_without_minutes(
    conn: &mut SqliteConnection,
    city: CityId,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM meeting
         WHERE city_id = ? AND status <> 'cancelled'
           AND minutes_text IS NULL AND minutes_file_id IS NULL
           AND unixepoch(starts_at) + duration_minutes * 60 <= ?",
    )
    .bind(city.0)
    .bind(now.timestamp())
    .fetch_one(conn)
    .await
}

/// The median time from a report to the first change of its status.
async fn median_to_triage(
    conn: &mut SqliteConnection,
    city: CityId,
) -> sqlx::Result<Option<Duration>> {
    let pairs: Vec<(DateTime<Utc>, DateTime<Utc>)> = sqlx::query_as(
        "SELECT r.created_at, MIN(e.at) FROM report r
         JOIN report_event e ON e.report_id = r.id AND e.from_status = 'new'
         WHERE r.quartier_id IN (SELECT id FROM quartier WHERE city_id = ?)
         GROUP BY r.id ORDER BY r.id DESC LIMIT 500",
    )
    .bind(city.0)
    .fetch_all(conn)
    .await?;
    let mut waits: Vec<Duration> = pairs
        .into_iter()
        .map(|(made, first)| first - made)
        .collect();
    waits.sort_unstable();
    Ok(waits.get(waits.len() / 2).copied())
}

/// The city's people and pace, for `/health`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Community {
    /// People with a current role in the city.
    pub members: i64,
    /// Of them, those seen by the bot in the last 30 days.
    pub active: i64,
    /// Of them, those the bot cannot reach (they blocked it).
    pub unreachable: i64,
    /// Reports made in the city's quartiers in the last 30 days.
    pub reports_30_days: i64,
    /// The start of the city's last meeting held (started, not called off).
    pub last_meeting: Option<DateTime<Utc>>,
}

pub async fn community(
    conn: &mut SqliteConnection,
    city: CityId,
    now: DateTime<Utc>,
) -> sqlx::Result<Community> {
    let month_ago = now - Duration::days(30);
    let (members, active, unreachable): (i64, i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(p.last_seen_at >= ?3), 0),
                COALESCE(SUM(p.unreachable_at IS NOT NULL), 0)
         FROM person p
         WHERE p.id IN (SELECT person_id FROM role_assignment
                        WHERE city_id = ?1 AND starts_at <= ?2
                          AND (ends_at IS NULL OR ends_at > ?2))",
    )
    .bind(city.0)
    .bind(now)
    .bind(month_ago)
    .fetch_one(&mut *conn)
    .await?;
    let reports_30_days = sqlx::query_scalar(
        "SELECT COUNT(*) FROM report
         WHERE quartier_id IN (SELECT id FROM quartier WHERE city_id = ?) AND created_at >= ?",
    )
    .bind(city.0)
    .bind(month_ago)
    .fetch_one(&mut *conn)
    .await?;
    let last_meeting = sqlx::query_scalar(
        "SELECT MAX(starts_at) FROM meeting
         WHERE city_id = ? AND status <> 'cancelled' AND starts_at <= ?",
    )
    .bind(city.0)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Community {
        members,
        active,
        unreachable,
        reports_30_days,
        last_meeting,
    })
}
