//! Reports: creation with a reference allocated in the same transaction, and the
//! reporter's own list.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use strum::IntoEnumIterator;

use super::{alert_setting_of, audience_of, category_of, status_of, when_kind_of};
use crate::domain::report::{
    AlertSetting, Audience, Category, Cell, ReportStatus, When, WhenKind, reference,
};
use crate::domain::{CityId, PersonId, Quartier, QuartierId, QuestionId, ReportId, Role};

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

/// Those who may read a new report of `quartier` raw, with their alert setting (the
/// reporter excluded): the coordinators of its city and, if she allowed them, the relays
/// and facilitators of the quartier. Filtered by city first, so that the role index
/// `(city_id, quartier_id)` serves both.
pub async fn new_report_readers(
    conn: &mut SqliteConnection,
    quartier: &Quartier,
    audience: Audience,
    reporter: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(PersonId, AlertSetting)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT p.id, p.alerts FROM role_assignment r JOIN person p ON p.id = r.person_id
         WHERE r.city_id = ?3 AND r.starts_at <= ?1 AND (r.ends_at IS NULL OR r.ends_at > ?1)
           AND p.id <> ?2
           AND (r.role = ?4 OR (?5 AND r.role IN (?6, ?7) AND r.quartier_id = ?8))
         ORDER BY p.id",
    )
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

/// Changes a report's status (the caller checked the transition) and records who did it;
/// returns the event's id.
pub async fn set_status(
    conn: &mut SqliteConnection,
    id: ReportId,
    from: ReportStatus,
    to: ReportStatus,
    actor: PersonId,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<i64>> {
    let closed_at = to.is_closed().then_some(now);
    let done = sqlx::query("UPDATE report SET status = ?, closed_at = COALESCE(?, closed_at) WHERE id = ? AND status = ?")
        .bind(to.as_str())
        .bind(closed_at)
        .bind(id.0)
        .bind(from.as_str())
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(None);
    }
    log(conn, id, Some(actor), Some(from), Some(to), note, now)
        .await
        .map(Some)
}

/// Adds a line to a report's audit trail.
pub async fn log(
    conn: &mut SqliteConnection,
    id: ReportId,
    actor: Option<PersonId>,
    from: Option<ReportStatus>,
    to: Option<ReportStatus>,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO report_event (report_id, actor_id, at, from_status, to_status, note)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(id.0)
    .bind(actor.map(|p| p.0))
    .bind(now)
    .bind(from.map(ReportStatus::as_str))
    .bind(to.map(ReportStatus::as_str))
    .bind(note)
    .fetch_one(conn)
    .await
}

/// Retention: erases the raw content (text, voice, photos, place, location) of a city's
/// reports closed before `closed_before` or still open but made before `open_before`, with
/// the questions asked about them and the answers; keeps
/// category, cell, quartier and status for statistics. Returns how many.
pub async fn erase_raw_content(
    conn: &mut SqliteConnection,
    city: CityId,
    closed_before: DateTime<Utc>,
    open_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE report SET content_text = NULL, voice_file_id = NULL, photo_file_ids = NULL,
             place_text = NULL, latitude = NULL, longitude = NULL, content_erased_at = ?
         WHERE content_erased_at IS NULL
           AND quartier_id IN (SELECT id FROM quartier WHERE city_id = ?)
           AND ((closed_at IS NOT NULL AND closed_at < ?) OR (closed_at IS NULL AND created_at < ?))",
    )
    .bind(now)
    .bind(city.0)
    .bind(closed_before)
    .bind(open_before)
    .execute(&mut *conn)
    .await?;
    // Questions to the reporter and her answers are content of the report too.
    sqlx::query(
        "UPDATE report_question SET question = NULL, answer = NULL
         WHERE (question IS NOT NULL OR answer IS NOT NULL)
           AND report_id IN (SELECT id FROM report WHERE content_erased_at IS NOT NULL)",
    )
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// The outbox key of the notice to a reporter that her report changed status.
pub fn status_key(report: ReportId, event: i64) -> String {
    format!("status:{report}:{event}")
}

/// The outbox key of a question to a reporter.
pub fn question_key(question: QuestionId) -> String {
    format!("question:{question}")
}

/// The outbox key of a reporter's answer passed on to whoever asked.
pub fn answer_key(question: QuestionId) -> String {
    format!("answer:{question}")
}

/// Retention: 30 days after closing, an anonymous report forgets its reporter — and so
/// does every row that tied her to it: the notices and questions sent to her about it
/// (status:, question:) are deleted, her answers passed on no longer say whose they
/// are, and no event of its trail names her. Returns how many reports were unlinked.
pub async fn unlink_anonymous(
    conn: &mut SqliteConnection,
    closed_before: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let due: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT id, reporter_id FROM report
         WHERE anonymous = 1 AND reporter_id IS NOT NULL AND closed_at IS NOT NULL AND closed_at < ?",
    )
    .bind(closed_before)
    .fetch_all(&mut *conn)
    .await?;
    for (report, reporter) in &due {
        let questions = "SELECT id FROM report_question WHERE report_id = ?2";
        sqlx::query(&format!(
            "DELETE FROM outbox WHERE person_id = ?1
               AND (dedup_key LIKE 'status:' || ?2 || ':%'
                    OR dedup_key IN (SELECT 'question:' || id FROM ({questions})))"
        ))
        .bind(reporter)
        .bind(report)
        .execute(&mut *conn)
        .await?;
        sqlx::query(&format!(
            "UPDATE outbox SET about_person_id = NULL WHERE about_person_id = ?1
               AND dedup_key IN (SELECT 'answer:' || id FROM ({questions}))"
        ))
        .bind(reporter)
        .bind(report)
        .execute(&mut *conn)
        .await?;
        sqlx::query("UPDATE report_event SET actor_id = NULL WHERE report_id = ? AND actor_id = ?")
            .bind(report)
            .bind(reporter)
            .execute(&mut *conn)
            .await?;
        sqlx::query("UPDATE report SET reporter_id = NULL WHERE id = ?")
            .bind(report)
            .execute(&mut *conn)
            .await?;
    }
    Ok(due.len() as u64)
}
