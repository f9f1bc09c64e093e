//! Reading reports for triage: one by id or reference, and lists with filters.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use strum::IntoEnumIterator;

use crate::domain::report::{Audience, Category, ReportStatus, WhenKind};
use crate::domain::{PersonId, QuartierId, ReportId};
use crate::store::{audience_of, category_of, status_of, when_kind_of};

/// A report as those who triage it read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub id: ReportId,
    pub quartier: QuartierId,
    pub reference: String,
    pub reporter: Option<PersonId>,
    pub anonymous: bool,
    pub category: Category,
    /// Once (now, earlier today) or regularly, as she said it.
    pub when_kind: WhenKind,
    pub cell_weekdays: u8,
    pub cell_slot: String,
    pub place_text: Option<String>,
    pub location: Option<(f64, f64)>,
    pub text: Option<String>,
    pub voice: Option<String>,
    pub photos: Vec<String>,
    pub audience: Audience,
    pub status: ReportStatus,
    pub created_at: DateTime<Utc>,
    /// Its raw content was erased (retention, or its reporter's `/forget`).
    pub content_erased: bool,
}

#[derive(sqlx::FromRow)]
struct ReportRow {
    id: i64,
    quartier_id: i64,
    reference: String,
    reporter_id: Option<i64>,
    anonymous: bool,
    category: String,
    when_kind: String,
    cell_weekdays: i64,
    cell_slot: String,
    place_text: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    content_text: Option<String>,
    voice_file_id: Option<String>,
    photo_file_ids: Option<String>,
    audience: String,
    status: String,
    created_at: DateTime<Utc>,
    content_erased: bool,
}

const REPORT_COLUMNS: &str = "SELECT id, quartier_id, reference, reporter_id, anonymous, category,
    when_kind, cell_weekdays, cell_slot, place_text, latitude, longitude, content_text, voice_file_id,
    photo_file_ids, audience, status, created_at,
    content_erased_at IS NOT NULL AS content_erased FROM report";

/// A stored report; a value no version wrote is an error, never a report dropped.
fn report(r: ReportRow) -> sqlx::Result<Report> {
    Ok(Report {
        id: ReportId(r.id),
        quartier: QuartierId(r.quartier_id),
        reference: r.reference,
        reporter: r.reporter_id.map(PersonId),
        anonymous: r.anonymous,
        category: category_of(&r.category)?,
        when_kind: when_kind_of(&r.when_kind)?,
        cell_weekdays: r.cell_weekdays as u8,
        cell_slot: r.cell_slot,
        place_text: r.place_text,
        location: r.latitude.zip(r.longitude),
        text: r.content_text,
        voice: r.voice_file_id,
        photos: match r.photo_file_ids {
            Some(json) => serde_json::from_str(&json).map_err(|e| sqlx::Error::Decode(e.into()))?,
            None => vec![],
        },
        audience: audience_of(&r.audience)?,
        status: status_of(&r.status)?,
        created_at: r.created_at,
        content_erased: r.content_erased,
    })
}

pub async fn get(conn: &mut SqliteConnection, id: ReportId) -> sqlx::Result<Option<Report>> {
    let row: Option<ReportRow> = sqlx::query_as(&format!("{REPORT_COLUMNS} WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(report).transpose()
}

pub async fn by_reference(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    reference: &str,
) -> sqlx::Result<Option<Report>> {
    let row: Option<ReportRow> = sqlx::query_as(&format!(
        "{REPORT_COLUMNS} WHERE quartier_id = ? AND reference = ?"
    ))
    .bind(quartier.0)
    .bind(reference)
    .fetch_optional(conn)
    .await?;
    row.map(report).transpose()
}

/// Which reports a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Open,
    Closed,
    Status(ReportStatus),
}

/// A page of a quartier's reports, newest first; `relays_only` keeps those whose
/// reporter allowed the relays.
pub async fn list(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    filter: Filter,
    category: Option<Category>,
    relays_only: bool,
    limit: i64,
    offset: i64,
) -> sqlx::Result<(Vec<Report>, i64)> {
    // Statuses are bound as a JSON array of their names, never formatted into the SQL.
    let statuses: Vec<&str> = ReportStatus::iter()
        .filter(|s| match filter {
            Filter::Open => !s.is_closed(),
            Filter::Closed => s.is_closed(),
            Filter::Status(one) => *s == one,
        })
        .map(ReportStatus::as_str)
        .collect();
    let statuses = serde_json::to_string(&statuses).expect("strings");
    let filter_sql = "WHERE quartier_id = ?1 AND (?2 IS NULL OR category = ?2)
         AND status IN (SELECT value FROM json_each(?3)) AND (NOT ?4 OR audience = ?5)";
    let category = category.map(Category::as_str);
    let relays = Audience::WithRelays.as_str();
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM report {filter_sql}"))
        .bind(quartier.0)
        .bind(category)
        .bind(&statuses)
        .bind(relays_only)
        .bind(relays)
        .fetch_one(&mut *conn)
        .await?;
    let rows: Vec<ReportRow> = sqlx::query_as(&format!(
        "{REPORT_COLUMNS} {filter_sql} ORDER BY created_at DESC, id DESC LIMIT ?6 OFFSET ?7"
    ))
    .bind(quartier.0)
    .bind(category)
    .bind(&statuses)
    .bind(relays_only)
    .bind(relays)
    .bind(limit)
    .bind(offset)
    .fetch_all(conn)
    .await?;
    let reports = rows.into_iter().map(report).collect::<sqlx::Result<_>>()?;
    Ok((reports, total))
}
