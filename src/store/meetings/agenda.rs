//! SQL of a meeting's agenda: its items, and the lines as everyone invited may read them.

use sqlx::SqliteConnection;

use crate::domain::{MeetingId, QuartierId, ReportId};

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
