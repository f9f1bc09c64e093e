//! Status changes with their audit trail, and the outbox keys of the notices.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::report::ReportStatus;
use crate::domain::{PersonId, QuestionId, ReportId};

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
