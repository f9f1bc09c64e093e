//! SQL of what happens after a meeting: attendance, minutes, decisions, and the meetings
//! held with who came, for the élus' digest.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::MinutesFile;
use crate::domain::{CityId, DecisionId, MeetingId, PersonId, QuartierId, ReportId, Role};

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
