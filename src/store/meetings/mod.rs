//! SQL of meetings: the meeting itself (creation, change, cancellation, her upcoming
//! ones); its agenda, its invitees with their answers, and what happens after it
//! (attendance, minutes, decisions, the figures the élus' digest reads) in sub-modules.

mod after;
mod agenda;
mod invitees;

pub use after::*;
pub use agenda::*;
pub use invitees::*;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::{FileKind, MeetingKind, MinutesFile, ReminderOffset};
use crate::domain::{Audience, CityId, MeetingId, PersonId, QuartierId, ReportId};

/// A meeting as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub id: MeetingId,
    pub city: CityId,
    pub organiser: Option<PersonId>,
    pub kind: MeetingKind,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i64,
    pub place: Option<String>,
    pub location: Option<(f64, f64)>,
    pub audience: Audience,
    pub reminders: Vec<ReminderOffset>,
    pub sequence: i64,
    pub cancelled: bool,
    pub guests_without_bot: i64,
    pub minutes_text: Option<String>,
    /// The minutes' files (a document, photos), in the order received.
    pub minutes_files: Vec<MinutesFile>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    city_id: i64,
    organiser_id: Option<i64>,
    kind: String,
    title: String,
    starts_at: DateTime<Utc>,
    duration_minutes: i64,
    place: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    audience: String,
    reminders: String,
    sequence: i64,
    status: String,
    guests_without_bot: i64,
    minutes_text: Option<String>,
    minutes_file_id: Option<String>,
    minutes_files: Option<String>,
}

const COLUMNS: &str = "id, city_id, organiser_id, kind, title, starts_at, duration_minutes,
    place, latitude, longitude, audience, reminders, sequence, status, guests_without_bot,
    minutes_text, minutes_file_id, minutes_files";

impl TryFrom<Row> for Meeting {
    type Error = sqlx::Error;
    fn try_from(r: Row) -> Result<Self, Self::Error> {
        let bad = |what: &str| sqlx::Error::Decode(format!("bad meeting {what}").into());
        Ok(Meeting {
            id: MeetingId(r.id),
            city: CityId(r.city_id),
            organiser: r.organiser_id.map(PersonId),
            kind: r.kind.parse().map_err(|_| bad("kind"))?,
            title: r.title,
            starts_at: r.starts_at,
            duration_minutes: r.duration_minutes,
            place: r.place,
            location: r.latitude.zip(r.longitude),
            audience: serde_json::from_str(&r.audience).map_err(|_| bad("audience"))?,
            reminders: parse_reminders(&r.reminders),
            sequence: r.sequence,
            cancelled: r.status == "cancelled",
            guests_without_bot: r.guests_without_bot,
            minutes_text: r.minutes_text,
            minutes_files: minutes_files(r.minutes_files.as_deref(), r.minutes_file_id),
        })
    }
}

/// The files as stored; a photo of the first version (its file id alone) reads as one.
fn minutes_files(json: Option<&str>, legacy: Option<String>) -> Vec<MinutesFile> {
    match json.and_then(|j| serde_json::from_str(j).ok()) {
        Some(files) => files,
        None => legacy
            .map(|file_id| MinutesFile {
                kind: FileKind::Photo,
                file_id,
            })
            .into_iter()
            .collect(),
    }
}

fn parse_reminders(codes: &str) -> Vec<ReminderOffset> {
    codes.split(',').filter_map(ReminderOffset::parse).collect()
}

fn reminders_code(offsets: &[ReminderOffset]) -> String {
    offsets
        .iter()
        .map(|o| o.code())
        .collect::<Vec<_>>()
        .join(",")
}

/// What a new meeting is made of.
#[derive(Debug, Clone)]
pub struct NewMeeting<'a> {
    pub city: CityId,
    pub organiser: PersonId,
    pub kind: MeetingKind,
    pub title: &'a str,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i64,
    pub place: Option<&'a str>,
    pub location: Option<(f64, f64)>,
    pub audience: &'a Audience,
    pub reminders: &'a [ReminderOffset],
    pub agenda_reports: &'a [ReportId],
    pub agenda_texts: &'a [String],
}

pub async fn create(
    conn: &mut SqliteConnection,
    m: &NewMeeting<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<MeetingId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO meeting (city_id, organiser_id, kind, title, starts_at, duration_minutes,
             place, latitude, longitude, audience, reminders, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(m.city.0)
    .bind(m.organiser.0)
    .bind(m.kind.as_str())
    .bind(m.title)
    .bind(m.starts_at)
    .bind(m.duration_minutes)
    .bind(m.place)
    .bind(m.location.map(|l| l.0))
    .bind(m.location.map(|l| l.1))
    .bind(serde_json::to_string(m.audience).expect("an audience serialises"))
    .bind(reminders_code(m.reminders))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for q in &m.audience.quartiers {
        sqlx::query(
            "INSERT OR IGNORE INTO meeting_quartier (meeting_id, quartier_id) VALUES (?, ?)",
        )
        .bind(id)
        .bind(q.0)
        .execute(&mut *conn)
        .await?;
    }
    let items = m.agenda_reports.iter().map(|r| (Some(r.0), None));
    let items = items.chain(m.agenda_texts.iter().map(|t| (None, Some(t.as_str()))));
    for (position, (report, text)) in items.enumerate() {
        sqlx::query(
            "INSERT INTO meeting_agenda_item (meeting_id, position, report_id, text) VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(report)
        .bind(text)
        .execute(&mut *conn)
        .await?;
    }
    Ok(MeetingId(id))
}

pub async fn get(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<Option<Meeting>> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM meeting WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(Meeting::try_from).transpose()
}

/// Meetings she is invited to or organises, not over yet (starting after `since`).
pub async fn upcoming_for(
    conn: &mut SqliteConnection,
    person: PersonId,
    since: DateTime<Utc>,
) -> sqlx::Result<Vec<Meeting>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM meeting WHERE starts_at > ?2 AND status = 'planned'
           AND (organiser_id = ?1 OR id IN (SELECT meeting_id FROM meeting_invitee WHERE person_id = ?1))
         ORDER BY starts_at LIMIT 20"
    ))
    .bind(person.0)
    .bind(since)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(Meeting::try_from).collect()
}

/// A new time and/or place (words, pin): the iCalendar SEQUENCE goes up by one.
pub async fn change(
    conn: &mut SqliteConnection,
    id: MeetingId,
    starts_at: DateTime<Utc>,
    place: Option<&str>,
    location: Option<(f64, f64)>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE meeting SET starts_at = ?, place = ?, latitude = ?, longitude = ?,
             sequence = sequence + 1 WHERE id = ?",
    )
    .bind(starts_at)
    .bind(place)
    .bind(location.map(|l| l.0))
    .bind(location.map(|l| l.1))
    .bind(id.0)
    .execute(conn)
    .await
    .map(drop)
}

pub async fn cancel(
    conn: &mut SqliteConnection,
    id: MeetingId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meeting SET status = 'cancelled', cancelled_at = ?, sequence = sequence + 1
         WHERE id = ? AND status = 'planned'",
    )
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// `/forget`: her answers and needs go; the row stays without her, for the counts.
pub async fn forget_person(conn: &mut SqliteConnection, person: PersonId) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE meeting_invitee SET person_id = NULL, rsvp = NULL, interpreting_locale = NULL,
             children = NULL, answered_at = NULL WHERE person_id = ?",
    )
    .bind(person.0)
    .execute(conn)
    .await
    .map(drop)
}

/// The quartiers of a meeting (empty: the whole city).
pub async fn quartiers(
    conn: &mut SqliteConnection,
    id: MeetingId,
) -> sqlx::Result<Vec<QuartierId>> {
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT quartier_id FROM meeting_quartier WHERE meeting_id = ?")
            .bind(id.0)
            .fetch_all(conn)
            .await?;
    Ok(ids.into_iter().map(QuartierId).collect())
}

/// Withdraws the reminders of a meeting not yet run (a change or a cancellation).
pub async fn withdraw_reminders(
    conn: &mut SqliteConnection,
    id: MeetingId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE job SET status = 'skipped', last_error = 'withdrawn', finished_at = ?
         WHERE kind = 'meeting_reminder' AND status = 'pending'
           AND json_extract(payload, '$.meeting') = ?",
    )
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
