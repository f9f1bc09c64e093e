//! Reports: creation with a reference allocated in the same transaction, and the
//! reporter's own list; who is told, reading for triage, status changes and erasure in
//! sub-modules.

mod erasure;
mod read;
mod readers;
mod status;

pub use erasure::*;
pub use read::*;
pub use readers::*;
pub use status::*;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::report::{Audience, Category, Cell, ReportStatus, When, reference};
use crate::domain::{PersonId, QuartierId, ReportId};
use crate::store::{category_of, status_of};

/// Where the moment happens, as she gave it.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Text(String),
    Location { latitude: f64, longitude: f64 },
}

/// A report ready to be saved.
#[derive(Debug, Clone)]
pub struct NewReport<'a> {
    pub quartier: QuartierId,
    pub prefix: &'a str,
    pub reporter: PersonId,
    pub anonymous: bool,
    pub category: Category,
    pub when: &'a When,
    pub cell: Cell,
    pub place: Option<&'a Place>,
    pub text: Option<&'a str>,
    pub voice: Option<&'a str>,
    pub photos: &'a [String],
    pub audience: Audience,
}

/// Saves a report; returns its id and reference. The number is the next in its quartier,
/// read and written in the caller's (immediate) transaction, so two reports never share one.
pub async fn create(
    conn: &mut SqliteConnection,
    r: &NewReport<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<(ReportId, String)> {
    let (place_text, lat, lon) = match r.place {
        Some(Place::Text(t)) => (Some(t.as_str()), None, None),
        Some(Place::Location {
            latitude,
            longitude,
        }) => (None, Some(*latitude), Some(*longitude)),
        None => (None, None, None),
    };
    let photos = (!r.photos.is_empty()).then(|| serde_json::to_string(r.photos).expect("strings"));
    // One round trip (see BENCHMARKS.md): the number, the report and its first event. The
    // reference is written as `domain::report::reference` writes it (checked below).
    let rows: Vec<(i64, i64, String)> = sqlx::query_as(
        "INSERT INTO report (quartier_id, number, reference, reporter_id, anonymous, category,
             when_kind, cell_weekdays, cell_slot, place_text, latitude, longitude, content_text,
             voice_file_id, photo_file_ids, audience, created_at)
         SELECT ?1, n, ?2 || '-' || printf('%04d', n), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,
             ?12, ?13, ?14, ?15, ?16
         FROM (SELECT COALESCE(MAX(number), 0) + 1 AS n FROM report WHERE quartier_id = ?1)
         RETURNING id, number, reference;
         INSERT INTO report_event (report_id, actor_id, at, to_status, note)
         VALUES (last_insert_rowid(), ?17, ?16, 'new', 'created')",
    )
    .bind(r.quartier.0)
    .bind(r.prefix)
    .bind(r.reporter.0)
    .bind(r.anonymous)
    .bind(r.category.as_str())
    .bind(r.when.kind().as_str())
    .bind(i64::from(r.cell.weekdays))
    .bind(r.cell.slot.as_str())
    .bind(place_text)
    .bind(lat)
    .bind(lon)
    .bind(r.text)
    .bind(r.voice)
    .bind(photos)
    .bind(r.audience.as_str())
    .bind(now)
    // The audit trail of an anonymous report does not name its reporter.
    .bind((!r.anonymous).then_some(r.reporter.0))
    // All the rows, so that the statement after the one that returns them runs too.
    .fetch_all(conn)
    .await?;
    let (id, number, written) = rows.into_iter().next().ok_or(sqlx::Error::RowNotFound)?;
    let reference = reference(r.prefix, number);
    debug_assert_eq!(written, reference);
    Ok((ReportId(id), reference))
}

/// One line of her own list.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnReport {
    pub reference: String,
    pub category: Category,
    pub status: ReportStatus,
    pub created_at: DateTime<Utc>,
}

/// Her reports, newest first.
pub async fn of_reporter(
    conn: &mut SqliteConnection,
    person: PersonId,
    limit: i64,
) -> sqlx::Result<Vec<OwnReport>> {
    let rows: Vec<(String, String, String, DateTime<Utc>)> = sqlx::query_as(
        "SELECT reference, category, status, created_at FROM report
         WHERE reporter_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
    )
    .bind(person.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(reference, category, status, created_at)| {
            Ok(OwnReport {
                reference,
                category: category_of(&category)?,
                status: status_of(&status)?,
                created_at,
            })
        })
        .collect()
}

/// How many reports she made since `since` (for the daily limit).
pub async fn count_since(
    conn: &mut SqliteConnection,
    person: PersonId,
    since: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM report WHERE reporter_id = ? AND created_at >= ?")
        .bind(person.0)
        .bind(since)
        .fetch_one(conn)
        .await
}

/// What `/report` needs to know of a reporter, read in one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ReporterRecord {
    /// Her reports since the given time.
    pub recent: i64,
    /// She made a report once.
    pub ever: bool,
    /// She never answered the discreet-mode offer.
    pub offer_pending: bool,
}

/// Her reports since `since`, whether she ever made one, and whether the discreet-mode
/// offer awaits her answer.
pub async fn reporter_record(
    conn: &mut SqliteConnection,
    person: PersonId,
    since: DateTime<Utc>,
) -> sqlx::Result<ReporterRecord> {
    sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM report WHERE reporter_id = ?1 AND created_at >= ?2) AS recent,
                EXISTS (SELECT 1 FROM report WHERE reporter_id = ?1) AS ever,
                EXISTS (SELECT 1 FROM person WHERE id = ?1 AND discreet_offer_answered_at IS NULL)
                    AS offer_pending",
    )
    .bind(person.0)
    .bind(since)
    .fetch_one(conn)
    .await
}
