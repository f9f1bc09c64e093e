//! What a digest to élus reads: a city's (or a quartier's) reports of a period grouped
//! by cell, category and status; the time to first triage; validated texts; broadcasts;
//! and each city's delivery setting. Safeguarding reports and duplicates are left out.

use chrono::{DateTime, Utc, Weekday};
use sqlx::SqliteConnection;

use super::{category_of, status_of, undecodable};
use crate::domain::digest::Span;
use crate::domain::report::{Category, Cell, ReportStatus, TimeSlot};
use crate::domain::{CityId, QuartierId};

/// A city, or one quartier of it: what a digest covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub city: CityId,
    pub quartier: Option<QuartierId>,
}

/// The quartiers of the area, as SQL bound by `?1` (city) and `?2` (quartier or NULL).
const AREA: &str =
    "r.quartier_id IN (SELECT id FROM quartier WHERE city_id = ?1 AND (?2 IS NULL OR id = ?2))";

/// Reports of one cell, category and status.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Group {
    pub cell: Cell,
    pub category: Category,
    pub status: ReportStatus,
    pub count: u32,
}

fn slot_of(name: &str) -> sqlx::Result<TimeSlot> {
    TimeSlot::parse(name).ok_or_else(|| undecodable("time slot", name))
}

/// The reports made in `span`, grouped (no safeguarding report, no duplicate).
pub async fn groups(
    conn: &mut SqliteConnection,
    area: Area,
    span: Span,
) -> sqlx::Result<Vec<Group>> {
    let sql = format!(
        "SELECT r.cell_weekdays, r.cell_slot, r.category, r.status, COUNT(*) FROM report r
         WHERE {AREA} AND r.created_at >= ?3 AND r.created_at < ?4
           AND r.safeguarding = 0 AND r.status <> 'duplicate'
         GROUP BY r.cell_weekdays, r.cell_slot, r.category, r.status"
    );
    let rows: Vec<(i64, String, String, String, i64)> = sqlx::query_as(&sql)
        .bind(area.city.0)
        .bind(area.quartier.map(|q| q.0))
        .bind(span.start)
        .bind(span.end)
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|(days, slot, category, status, n)| {
            Ok(Group {
                cell: Cell {
                    weekdays: (days & 0x7f) as u8,
                    slot: slot_of(&slot)?,
                },
                category: category_of(&category)?,
                status: status_of(&status)?,
                count: n as u32,
            })
        })
        .collect()
}

/// For each report made in `span` that left `new`, the minutes from the report to it.
pub async fn minutes_to_first_triage(
    conn: &mut SqliteConnection,
    area: Area,
    span: Span,
) -> sqlx::Result<Vec<i64>> {
    let sql = format!(
        "SELECT CAST(ROUND((julianday(MIN(e.at)) - julianday(r.created_at)) * 1440) AS INTEGER)
         FROM report r JOIN report_event e ON e.report_id = r.id AND e.from_status = 'new'
         WHERE {AREA} AND r.created_at >= ?3 AND r.created_at < ?4
           AND r.safeguarding = 0 AND r.status <> 'duplicate'
         GROUP BY r.id"
    );
    sqlx::query_scalar(&sql)
        .bind(area.city.0)
        .bind(area.quartier.map(|q| q.0))
        .bind(span.start)
        .bind(span.end)
        .fetch_all(conn)
        .await
}

/// A text validated for partners, with the cell of its report.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    pub cell: Cell,
    pub text: String,
}

/// The latest texts validated for partners among the reports made in `span` (never a
/// safeguarding report), newest first.
pub async fn validated_texts(
    conn: &mut SqliteConnection,
    area: Area,
    span: Span,
    limit: u32,
) -> sqlx::Result<Vec<Validated>> {
    let sql = format!(
        "SELECT r.cell_weekdays, r.cell_slot, r.partner_text FROM report r
         WHERE {AREA} AND r.created_at >= ?3 AND r.created_at < ?4
           AND r.partner_text IS NOT NULL AND r.safeguarding = 0 AND r.status <> 'duplicate'
         ORDER BY r.validated_at DESC, r.id DESC LIMIT ?5"
    );
    let rows: Vec<(i64, String, String)> = sqlx::query_as(&sql)
        .bind(area.city.0)
        .bind(area.quartier.map(|q| q.0))
        .bind(span.start)
        .bind(span.end)
        .bind(limit)
        .fetch_all(conn)
        .await?;
    rows.into_iter()
        .map(|(days, slot, text)| {
            Ok(Validated {
                cell: Cell {
                    weekdays: (days & 0x7f) as u8,
                    slot: slot_of(&slot)?,
                },
                text,
            })
        })
        .collect()
}

/// How many broadcasts of the city went out in `span`, and how many copies.
pub async fn broadcasts_sent(
    conn: &mut SqliteConnection,
    area: Area,
    span: Span,
) -> sqlx::Result<(u32, u32)> {
    // A quartier's digest counts the broadcasts that reached it: those sent to the whole
    // city (no quartier chosen) and those whose chosen quartiers include it.
    let (n, copies): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(recipients), 0) FROM broadcast
         WHERE city_id = ?1 AND status IN ('sending', 'done') AND sent_at >= ?3 AND sent_at < ?4
           AND (?2 IS NULL
                OR COALESCE(json_array_length(audience, '$.quartiers'), 0) = 0
                OR ?2 IN (SELECT value FROM json_each(audience, '$.quartiers')))",
    )
    .bind(area.city.0)
    .bind(area.quartier.map(|q| q.0))
    .bind(span.start)
    .bind(span.end)
    .fetch_one(conn)
    .await?;
    Ok((n as u32, copies as u32))
}

/// When a city's weekly digest goes out, in its time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Schedule {
    pub weekday: Weekday,
    pub hour: u32,
    pub enabled: bool,
}

impl Default for Schedule {
    /// Monday 08:00.
    fn default() -> Self {
        Schedule {
            weekday: Weekday::Mon,
            hour: 8,
            enabled: true,
        }
    }
}

/// The city's setting, the default when she never changed it.
pub async fn schedule(conn: &mut SqliteConnection, city: CityId) -> sqlx::Result<Schedule> {
    let row: Option<(i64, i64, bool)> =
        sqlx::query_as("SELECT weekday, hour, enabled FROM digest_setting WHERE city_id = ?")
            .bind(city.0)
            .fetch_optional(conn)
            .await?;
    Ok(
        row.map_or_else(Schedule::default, |(day, hour, enabled)| Schedule {
            weekday: Weekday::try_from(day as u8).unwrap_or(Weekday::Mon),
            hour: hour as u32,
            enabled,
        }),
    )
}

pub async fn set_schedule(
    conn: &mut SqliteConnection,
    city: CityId,
    s: Schedule,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO digest_setting (city_id, weekday, hour, enabled, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (city_id) DO UPDATE SET weekday = excluded.weekday, hour = excluded.hour,
             enabled = excluded.enabled, updated_at = excluded.updated_at",
    )
    .bind(city.0)
    .bind(s.weekday.num_days_from_monday())
    .bind(s.hour)
    .bind(s.enabled)
    .bind(now)
    .execute(conn)
    .await
    .map(|_| ())
}
