//! Reports: creation with a reference allocated in the same transaction, and the
//! reporter's own list.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::report::{Audience, Category, Cell, ReportStatus, When, reference};
use crate::domain::{PersonId, QuartierId};

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

fn when_kind(when: &When) -> &'static str {
    match when {
        When::Now => "now",
        When::EarlierToday { .. } => "earlier_today",
        When::Regularly { .. } => "regularly",
    }
}

/// Saves a report; returns its id and reference. The number is the next in its quartier,
/// read and written in the caller's (immediate) transaction, so two reports never share one.
pub async fn create(
    conn: &mut SqliteConnection,
    r: &NewReport<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<(i64, String)> {
    let number: i64 =
        sqlx::query_scalar("SELECT COALESCE(MAX(number), 0) + 1 FROM report WHERE quartier_id = ?")
            .bind(r.quartier.0)
            .fetch_one(&mut *conn)
            .await?;
    let reference = reference(r.prefix, number);
    let (place_text, lat, lon) = match r.place {
        Some(Place::Text(t)) => (Some(t.as_str()), None, None),
        Some(Place::Location {
            latitude,
            longitude,
        }) => (None, Some(*latitude), Some(*longitude)),
        None => (None, None, None),
    };
    let photos = (!r.photos.is_empty()).then(|| serde_json::to_string(r.photos).expect("strings"));
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO report (quartier_id, number, reference, reporter_id, anonymous, category,
             when_kind, cell_weekdays, cell_slot, place_text, latitude, longitude, content_text,
             voice_file_id, photo_file_ids, audience, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(r.quartier.0)
    .bind(number)
    .bind(&reference)
    .bind(r.reporter.0)
    .bind(r.anonymous)
    .bind(r.category.as_str())
    .bind(when_kind(r.when))
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
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO report_event (report_id, actor_id, at, to_status, note) VALUES (?, ?, ?, 'new', 'created')")
        .bind(id)
        .bind(r.reporter.0)
        .bind(now)
        .execute(conn)
        .await?;
    Ok((id, reference))
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
    Ok(rows
        .into_iter()
        .filter_map(|(reference, category, status, created_at)| {
            Some(OwnReport {
                reference,
                category: Category::parse(&category)?,
                status: ReportStatus::parse(&status)?,
                created_at,
            })
        })
        .collect())
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
