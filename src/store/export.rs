//! What an export reads: a city's reports validated for partners (never a safeguarding
//! report, nothing of the reporter), with a public number drawn at random on first export.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::export_raw::{self, Param};
use super::{category_of, status_of, undecodable};
use crate::domain::CityId;
use crate::domain::digest::Span;
use crate::domain::report::{Category, ReportStatus, TimeSlot};

/// One exported report.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub public_id: String,
    pub reference: String,
    pub quartier: String,
    pub category: Category,
    pub weekdays: u8,
    pub slot: TimeSlot,
    pub status: ReportStatus,
    pub partner_text: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub created_at: DateTime<Utc>,
    /// Every status change after `new`, oldest first.
    pub changes: Vec<(ReportStatus, DateTime<Utc>)>,
}

const FILTER: &str = "r.quartier_id IN (SELECT id FROM quartier WHERE city_id = ?1)
    AND r.created_at >= ?2 AND r.created_at < ?3
    AND r.partner_text IS NOT NULL AND r.safeguarding = 0";

/// Gives every report to export a random public number, once.
pub async fn assign_public_ids(
    conn: &mut SqliteConnection,
    city: CityId,
    span: Span,
) -> sqlx::Result<u64> {
    let sql = format!(
        "INSERT OR IGNORE INTO report_public_id (report_id, public_id)
         SELECT r.id, lower(hex(randomblob(12))) FROM report r
         WHERE {FILTER} AND NOT EXISTS (SELECT 1 FROM report_public_id p WHERE p.report_id = r.id)"
    );
    let done = sqlx::query(&sql)
        .bind(city.0)
        .bind(span.start)
        .bind(span.end)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// When the city's first report validated for partners was made, if any.
pub async fn first_validated(
    conn: &mut SqliteConnection,
    city: CityId,
) -> sqlx::Result<Option<DateTime<Utc>>> {
    sqlx::query_scalar(
        "SELECT MIN(r.created_at) FROM report r
         WHERE r.quartier_id IN (SELECT id FROM quartier WHERE city_id = ?1)
           AND r.partner_text IS NOT NULL AND r.safeguarding = 0",
    )
    .bind(city.0)
    .fetch_one(conn)
    .await
}

type Raw = (
    String,
    String,
    String,
    String,
    i64,
    String,
    String,
    String,
    Option<f64>,
    Option<f64>,
    DateTime<Utc>,
    Option<String>,
);

fn changes(joined: Option<&str>) -> sqlx::Result<Vec<(ReportStatus, DateTime<Utc>)>> {
    let mut out = vec![];
    for part in joined
        .unwrap_or_default()
        .split(';')
        .filter(|p| !p.is_empty())
    {
        let (status, at) = part
            .split_once('@')
            .ok_or_else(|| undecodable("status change", part))?;
        let at = DateTime::parse_from_rfc3339(at).map_err(|_| undecodable("date", at))?;
        out.push((status_of(status)?, at.with_timezone(&Utc)));
    }
    out.sort_by_key(|(_, at)| *at);
    Ok(out)
}

fn row(r: Raw) -> sqlx::Result<Row> {
    let (
        public_id,
        reference,
        quartier,
        category,
        weekdays,
        slot,
        status,
        text,
        lat,
        lon,
        at,
        joined,
    ) = r;
    Ok(Row {
        public_id,
        reference,
        quartier,
        category: category_of(&category)?,
        weekdays: (weekdays & 0x7f) as u8,
        slot: TimeSlot::parse(&slot).ok_or_else(|| undecodable("time slot", &slot))?,
        status: status_of(&status)?,
        partner_text: text,
        latitude: lat,
        longitude: lon,
        created_at: at,
        changes: changes(joined.as_deref())?,
    })
}

/// The export's query (`?1` the city, `?2`..`?3` the span), public for its plan's test.
pub fn rows_sql() -> String {
    format!(
        "SELECT p.public_id, r.reference, q.name, r.category, r.cell_weekdays, r.cell_slot, r.status,
             r.partner_text, r.latitude, r.longitude, r.created_at,
             (SELECT group_concat(e.to_status || '@' || e.at, ';')
              FROM report_event e INDEXED BY report_event_change
              WHERE e.report_id = r.id AND e.from_status IS NOT NULL AND e.to_status IS NOT NULL)
         FROM report r INDEXED BY report_export JOIN quartier q ON q.id = r.quartier_id
         JOIN report_public_id p ON p.report_id = r.id
         WHERE {FILTER} ORDER BY r.created_at, r.id"
    )
}

/// The validated reports of a city made in `span`, oldest first (call
/// `assign_public_ids` first, in the same transaction). Reads the covering indexes of
/// migration 0017: `report_export` in its order (no sort, no table page), and
/// `report_event_change` for the status changes — both named, since the bot runs no
/// `ANALYZE` and without statistics SQLite picks `report_validated` (a sort and a table
/// page per report) and `report_event_report` (a table page per event). The span is
/// scanned for every city's validated reports; other cities' are skipped in the index.
pub async fn rows(conn: &mut SqliteConnection, city: CityId, span: Span) -> sqlx::Result<Vec<Row>> {
    let sql = rows_sql();
    let (start, end) = (text_of(span.start), text_of(span.end));
    let params = [Param::Int(city.0), Param::Text(&start), Param::Text(&end)];
    let mut out = vec![];
    export_raw::for_each_row(conn, &sql, &params, |r| {
        out.push(row(raw(r)?)?);
        Ok(())
    })
    .await?;
    Ok(out)
}

/// A time as sqlx binds it (RFC 3339, `+00:00`), so that texts compare alike.
fn text_of(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false)
}

fn raw(r: &export_raw::Row<'_>) -> sqlx::Result<Raw> {
    let text = |i| -> sqlx::Result<String> {
        Ok(r.text(i)?
            .ok_or_else(|| undecodable("NULL", "export column"))?
            .to_owned())
    };
    let at = text(10)?;
    let at = DateTime::parse_from_rfc3339(&at).map_err(|_| undecodable("date", &at))?;
    Ok((
        text(0)?,
        text(1)?,
        text(2)?,
        text(3)?,
        r.int(4),
        text(5)?,
        text(6)?,
        text(7)?,
        r.real(8),
        r.real(9),
        at.with_timezone(&Utc),
        r.text(11)?.map(str::to_owned),
    ))
}
