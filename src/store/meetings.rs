//! SQL of meetings: the meeting, its quartiers and agenda, invitees with their answers
//! and attendance, minutes, decisions, and the figures the élus' digest reads.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::{FileKind, MeetingKind, MinutesFile, ReminderOffset, Rsvp};
use crate::domain::{
    Audience, CityId, DecisionId, MeetingId, PersonId, QuartierId, ReportId, Role,
};

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

/// An agenda item: a report or free text, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgendaItem {
    Report(ReportId),
    Text(String),
}

pub async fn agenda(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<Vec<AgendaItem>> {
    let rows: Vec<(Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT report_id, text FROM meeting_agenda_item WHERE meeting_id = ? ORDER BY position",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(r, t)| match (r, t) {
            (Some(r), _) => Some(AgendaItem::Report(ReportId(r))),
            (None, Some(t)) => Some(AgendaItem::Text(t)),
            (None, None) => None,
        })
        .collect())
}

/// The people an audience names at ?1 in city ?2 (roles ?3, quartiers ?4; city roles
/// too), with a Telegram account, ?5 excepted — each once, under her first role in it.
const AUDIENCE: &str = "SELECT p.id AS person_id, (SELECT r.role FROM role_assignment r
        WHERE r.person_id = p.id AND r.city_id = ?2 AND r.starts_at <= ?1
          AND (r.ends_at IS NULL OR r.ends_at > ?1)
          AND r.role IN (SELECT value FROM json_each(?3))
          AND (json_array_length(?4) = 0 OR r.quartier_id IS NULL
               OR r.quartier_id IN (SELECT value FROM json_each(?4)))
        ORDER BY r.id LIMIT 1) AS role
    FROM person p JOIN telegram_account a ON a.person_id = p.id
    WHERE p.id <> ?5";

fn audience_args(audience: &Audience) -> (String, String) {
    let roles: Vec<&str> = audience.roles().into_iter().map(|r| r.as_str()).collect();
    (
        serde_json::to_string(&roles).expect("roles"),
        serde_json::to_string(&audience.quartiers).expect("ids"),
    )
}

/// How many people `invite_audience` would invite now.
pub async fn count_audience(
    conn: &mut SqliteConnection,
    city: CityId,
    audience: &Audience,
    except: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    let (roles, quartiers) = audience_args(audience);
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM ({AUDIENCE}) WHERE role IS NOT NULL"
    ))
    .bind(now)
    .bind(city.0)
    .bind(roles)
    .bind(quartiers)
    .bind(except.0)
    .fetch_one(conn)
    .await
}

/// Invites everyone the audience names at `now` (active role, a Telegram account), the
/// organiser excepted, each once, under her first role in the audience; returns who.
pub async fn invite_audience(
    conn: &mut SqliteConnection,
    id: MeetingId,
    city: CityId,
    audience: &Audience,
    except: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let (roles, quartiers) = audience_args(audience);
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "INSERT OR IGNORE INTO meeting_invitee (meeting_id, person_id, role)
         SELECT ?6, person_id, role FROM ({AUDIENCE}) WHERE role IS NOT NULL ORDER BY person_id
         RETURNING person_id"
    ))
    .bind(now)
    .bind(city.0)
    .bind(roles)
    .bind(quartiers)
    .bind(except.0)
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// One invitee's answer, needs and attendance.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InviteeRow {
    pub id: i64,
    pub person_id: Option<i64>,
    pub role: String,
    pub rsvp: Option<String>,
    pub interpreting_locale: Option<String>,
    pub children: Option<i64>,
    pub attended: bool,
    pub first_name: Option<String>,
}

impl InviteeRow {
    pub fn rsvp(&self) -> Option<Rsvp> {
        self.rsvp.as_deref().and_then(|r| r.parse().ok())
    }
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role).ok()
    }
}

const INVITEE: &str = "SELECT i.id, i.person_id, i.role, i.rsvp, i.interpreting_locale,
    i.children, i.attended, p.first_name
    FROM meeting_invitee i LEFT JOIN person p ON p.id = i.person_id";

pub async fn invitees(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<Vec<InviteeRow>> {
    sqlx::query_as(&format!("{INVITEE} WHERE i.meeting_id = ? ORDER BY i.id"))
        .bind(id.0)
        .fetch_all(conn)
        .await
}

pub async fn invitee(
    conn: &mut SqliteConnection,
    id: MeetingId,
    person: PersonId,
) -> sqlx::Result<Option<InviteeRow>> {
    sqlx::query_as(&format!(
        "{INVITEE} WHERE i.meeting_id = ? AND i.person_id = ?"
    ))
    .bind(id.0)
    .bind(person.0)
    .fetch_optional(conn)
    .await
}

/// Among `persons`, those invited to the meeting: her answer and the role invited as (one
/// query, for the outbox's claim).
pub async fn invitees_among(
    conn: &mut SqliteConnection,
    id: MeetingId,
    persons: &[PersonId],
) -> sqlx::Result<Vec<(PersonId, Option<Rsvp>, Option<Role>)>> {
    let ids: Vec<i64> = persons.iter().map(|p| p.0).collect();
    let rows: Vec<(i64, Option<String>, String)> = sqlx::query_as(
        "SELECT person_id, rsvp, role FROM meeting_invitee
         WHERE meeting_id = ? AND person_id IN (SELECT value FROM json_each(?))",
    )
    .bind(id.0)
    .bind(serde_json::to_string(&ids).expect("ids"))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(p, rsvp, role)| {
            let rsvp = rsvp.and_then(|r| r.parse().ok());
            (PersonId(p), rsvp, Role::parse(&role).ok())
        })
        .collect())
}

/// Those still concerned by news of the meeting: invited, not declined, still here.
pub async fn not_declined(
    conn: &mut SqliteConnection,
    id: MeetingId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT person_id FROM meeting_invitee
         WHERE meeting_id = ? AND person_id IS NOT NULL AND (rsvp IS NULL OR rsvp <> 'no')
         ORDER BY person_id",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Records her answer (and what goes with it); the other needs are cleared.
pub async fn set_rsvp(
    conn: &mut SqliteConnection,
    id: MeetingId,
    person: PersonId,
    rsvp: Rsvp,
    interpreting: Option<&str>,
    children: Option<i64>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meeting_invitee SET rsvp = ?, interpreting_locale = ?, children = ?, answered_at = ?
         WHERE meeting_id = ? AND person_id = ?",
    )
    .bind(rsvp.as_str())
    .bind(interpreting)
    .bind(children)
    .bind(now)
    .bind(id.0)
    .bind(person.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
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

/// Ticks or unticks one invitee as present.
pub async fn set_attended(
    conn: &mut SqliteConnection,
    id: MeetingId,
    invitee: i64,
    attended: bool,
) -> sqlx::Result<bool> {
    let done =
        sqlx::query("UPDATE meeting_invitee SET attended = ? WHERE id = ? AND meeting_id = ?")
            .bind(attended)
            .bind(invitee)
            .bind(id.0)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn set_guests(
    conn: &mut SqliteConnection,
    id: MeetingId,
    guests: i64,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE meeting SET guests_without_bot = ? WHERE id = ?")
        .bind(guests)
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn set_minutes(
    conn: &mut SqliteConnection,
    id: MeetingId,
    text: Option<&str>,
    files: &[MinutesFile],
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let json = (!files.is_empty()).then(|| serde_json::to_string(files).expect("files"));
    sqlx::query(
        "UPDATE meeting SET minutes_text = ?, minutes_file_id = ?, minutes_files = ?,
             minutes_at = ? WHERE id = ?",
    )
    .bind(text)
    .bind(files.first().map(|f| f.file_id.as_str()))
    .bind(json)
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await
    .map(drop)
}

pub async fn add_decision(
    conn: &mut SqliteConnection,
    id: MeetingId,
    text: &str,
    reports: &[ReportId],
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<DecisionId> {
    let decision: i64 = sqlx::query_scalar(
        "INSERT INTO meeting_decision (meeting_id, text, created_by, created_at)
         VALUES (?, ?, ?, ?) RETURNING id",
    )
    .bind(id.0)
    .bind(text)
    .bind(by.0)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for r in reports {
        sqlx::query(
            "INSERT OR IGNORE INTO meeting_decision_report (decision_id, report_id) VALUES (?, ?)",
        )
        .bind(decision)
        .bind(r.0)
        .execute(&mut *conn)
        .await?;
    }
    Ok(DecisionId(decision))
}

/// A decision with the reports it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub id: DecisionId,
    pub meeting: MeetingId,
    pub text: String,
    pub reports: Vec<ReportId>,
}

pub async fn decisions(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<Vec<Decision>> {
    let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as(
        "SELECT d.id, d.text, (SELECT json_group_array(report_id) FROM meeting_decision_report
                               WHERE decision_id = d.id)
         FROM meeting_decision d WHERE d.meeting_id = ? ORDER BY d.id",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(d, text, reports)| Decision {
            id: DecisionId(d),
            meeting: id,
            text,
            reports: reports
                .and_then(|r| serde_json::from_str::<Vec<i64>>(&r).ok())
                .unwrap_or_default()
                .into_iter()
                .map(ReportId)
                .collect(),
        })
        .collect())
}

/// Meetings held (not cancelled, started in `[from, to)`) in a city or one of its
/// quartiers, and who came: by role, and those who came without the bot.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Held {
    pub meetings: i64,
    pub attendance: BTreeMap<Role, i64>,
    pub without_bot: i64,
}

pub async fn held(
    conn: &mut SqliteConnection,
    city: CityId,
    quartier: Option<QuartierId>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Held> {
    const HELD: &str = "SELECT id FROM meeting WHERE city_id = ?1 AND status = 'planned'
        AND starts_at >= ?3 AND starts_at < ?4
        AND (?2 IS NULL OR id IN (SELECT meeting_id FROM meeting_quartier WHERE quartier_id = ?2))";
    let (meetings, without_bot): (i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(*), COALESCE(SUM(guests_without_bot), 0) FROM meeting WHERE id IN ({HELD})"
    ))
    .bind(city.0)
    .bind(quartier.map(|q| q.0))
    .bind(from)
    .bind(to)
    .fetch_one(&mut *conn)
    .await?;
    let by_role: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT role, COUNT(*) FROM meeting_invitee WHERE attended = 1 AND meeting_id IN ({HELD})
         GROUP BY role"
    ))
    .bind(city.0)
    .bind(quartier.map(|q| q.0))
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let attendance = by_role
        .into_iter()
        .filter_map(|(r, n)| Some((Role::parse(&r).ok()?, n)))
        .collect();
    Ok(Held {
        meetings,
        attendance,
        without_bot,
    })
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

/// An agenda line as everyone invited may read it: a report's reference with its text
/// validated for partners (nothing raw, nothing of a safeguarding report), or free text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AgendaLine {
    pub reference: Option<String>,
    pub partner_text: Option<String>,
    pub text: Option<String>,
}

pub async fn agenda_lines(
    conn: &mut SqliteConnection,
    id: MeetingId,
) -> sqlx::Result<Vec<AgendaLine>> {
    sqlx::query_as(
        "SELECT r.reference,
                CASE WHEN r.validated_at IS NOT NULL AND r.safeguarding = 0 THEN r.partner_text END
                    AS partner_text,
                i.text
         FROM meeting_agenda_item i LEFT JOIN report r ON r.id = i.report_id
         WHERE i.meeting_id = ? AND (i.text IS NOT NULL OR r.id IS NOT NULL)
         ORDER BY i.position",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await
}

/// A report `on_agenda` with this reference in one of `quartiers`.
pub async fn on_agenda_report(
    conn: &mut SqliteConnection,
    quartiers: &[QuartierId],
    reference: &str,
) -> sqlx::Result<Option<ReportId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM report WHERE reference = ? AND status = 'on_agenda'
           AND quartier_id IN (SELECT value FROM json_each(?))",
    )
    .bind(reference)
    .bind(serde_json::to_string(quartiers).expect("ids"))
    .fetch_optional(conn)
    .await?;
    Ok(id.map(ReportId))
}

/// A report with this reference in one of `quartiers`, whatever its status (a decision).
pub async fn report_in(
    conn: &mut SqliteConnection,
    quartiers: &[QuartierId],
    reference: &str,
) -> sqlx::Result<Option<ReportId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM report WHERE reference = ?
           AND quartier_id IN (SELECT value FROM json_each(?))",
    )
    .bind(reference)
    .bind(serde_json::to_string(quartiers).expect("ids"))
    .fetch_optional(conn)
    .await?;
    Ok(id.map(ReportId))
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

/// One decision, with the reports it concerns.
pub async fn decision(
    conn: &mut SqliteConnection,
    id: DecisionId,
) -> sqlx::Result<Option<Decision>> {
    let meeting: Option<i64> =
        sqlx::query_scalar("SELECT meeting_id FROM meeting_decision WHERE id = ?")
            .bind(id.0)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(meeting) = meeting else {
        return Ok(None);
    };
    let all = decisions(conn, MeetingId(meeting)).await?;
    Ok(all.into_iter().find(|d| d.id == id))
}
