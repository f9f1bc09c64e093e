//! After a report is made: the text validated for partners, redaction, the safeguarding
//! flag, and questions to the reporter with her answers.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{category_of, status_of};
use crate::domain::report::{Category, ReportStatus};
use crate::domain::{PersonId, QuartierId, QuestionId, ReportId};

/// Replaces the raw text of a report (redaction: names of third parties removed…).
pub async fn redact(conn: &mut SqliteConnection, report: ReportId, text: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE report SET content_text = ? WHERE id = ?")
        .bind(text)
        .bind(report.0)
        .execute(conn)
        .await
        .map(drop)
}

/// Keeps only these photos of a report (none: `NULL`).
pub async fn set_photos(
    conn: &mut SqliteConnection,
    report: ReportId,
    photos: &[String],
) -> sqlx::Result<()> {
    let json = (!photos.is_empty()).then(|| serde_json::to_string(photos).expect("strings"));
    sqlx::query("UPDATE report SET photo_file_ids = ? WHERE id = ?")
        .bind(json)
        .bind(report.0)
        .execute(conn)
        .await
        .map(drop)
}

/// The text partners will read, without identity; the report's public id (the one
/// exports show) is drawn now if it has none, so that an export draws none.
pub async fn validate(
    conn: &mut SqliteConnection,
    report: ReportId,
    text: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE report SET partner_text = ?, validated_at = ? WHERE id = ?")
        .bind(text)
        .bind(now)
        .bind(report.0)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT OR IGNORE INTO report_public_id (report_id, public_id)
         VALUES (?, lower(hex(randomblob(12))))",
    )
    .bind(report.0)
    .execute(conn)
    .await
    .map(drop)
}

pub async fn set_safeguarding(
    conn: &mut SqliteConnection,
    report: ReportId,
    on: bool,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE report SET safeguarding = ? WHERE id = ?")
        .bind(on)
        .bind(report.0)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn safeguarding(conn: &mut SqliteConnection, report: ReportId) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT safeguarding FROM report WHERE id = ?")
        .bind(report.0)
        .fetch_one(conn)
        .await
}

/// A report as partners read it: validated text, no identity, never a safeguarding one.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerView {
    pub reference: String,
    pub category: Category,
    pub status: ReportStatus,
    pub text: String,
}

pub async fn validated(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    limit: i64,
) -> sqlx::Result<Vec<PartnerView>> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT reference, category, status, partner_text FROM report
         WHERE quartier_id = ? AND validated_at IS NOT NULL AND partner_text IS NOT NULL AND safeguarding = 0
         ORDER BY validated_at DESC, id DESC LIMIT ?",
    )
    .bind(quartier.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(reference, category, status, text)| {
            Ok(PartnerView {
                reference,
                category: category_of(&category)?,
                status: status_of(&status)?,
                text,
            })
        })
        .collect()
}

pub async fn ask(
    conn: &mut SqliteConnection,
    report: ReportId,
    by: PersonId,
    question: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<QuestionId> {
    sqlx::query_scalar("INSERT INTO report_question (report_id, asked_by, question, asked_at) VALUES (?, ?, ?, ?) RETURNING id")
        .bind(report.0)
        .bind(by.0)
        .bind(question)
        .bind(now)
        .fetch_one(conn)
        .await
        .map(QuestionId)
}

/// A question waiting for the reporter's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub report: ReportId,
    pub reference: String,
    pub question: String,
    pub asked_by: Option<PersonId>,
}

/// The unanswered questions about her reports.
pub async fn open_questions(
    conn: &mut SqliteConnection,
    reporter: PersonId,
) -> sqlx::Result<Vec<Question>> {
    let rows: Vec<(i64, i64, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT q.id, q.report_id, r.reference, q.question, q.asked_by FROM report_question q
         JOIN report r ON r.id = q.report_id
         WHERE r.reporter_id = ? AND q.answer IS NULL AND q.question IS NOT NULL ORDER BY q.id",
    )
    .bind(reporter.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, report, reference, question, asked_by)| Question {
            id: QuestionId(id),
            report: ReportId(report),
            reference,
            question,
            asked_by: asked_by.map(PersonId),
        })
        .collect())
}

/// Records her answer; false if the question is not hers or was answered already.
pub async fn answer(
    conn: &mut SqliteConnection,
    question: QuestionId,
    reporter: PersonId,
    text: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE report_question SET answer = ?, answered_at = ?
         WHERE id = ? AND answer IS NULL
           AND report_id IN (SELECT id FROM report WHERE reporter_id = ?)",
    )
    .bind(text)
    .bind(now)
    .bind(question.0)
    .bind(reporter.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
