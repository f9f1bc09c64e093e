//! Erasure: a report's raw content (retention, `/forget`) and an anonymous reporter's link.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::CityId;

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
