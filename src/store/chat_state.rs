//! Per-chat dialogue state and the last processed update, kept together so that an
//! update's effect and the record of having processed it commit in one transaction.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// A chat's stored row: the state as JSON, the last update id, and when it changed.
pub struct Stored {
    pub state: String,
    pub last_update_id: i64,
    pub updated_at: DateTime<Utc>,
}

pub async fn load(conn: &mut SqliteConnection, chat_id: i64) -> sqlx::Result<Option<Stored>> {
    let row: Option<(String, i64, DateTime<Utc>)> = sqlx::query_as(
        "SELECT state, last_update_id, updated_at FROM chat_state WHERE chat_id = ?",
    )
    .bind(chat_id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|(state, last_update_id, updated_at)| Stored {
        state,
        last_update_id,
        updated_at,
    }))
}

pub async fn save(
    conn: &mut SqliteConnection,
    chat_id: i64,
    state: &str,
    update_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO chat_state (chat_id, state, last_update_id, updated_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (chat_id) DO UPDATE SET state = ?2,
             last_update_id = MAX(last_update_id, ?3), updated_at = ?4",
    )
    .bind(chat_id)
    .bind(state)
    .bind(update_id)
    .bind(now)
    .execute(conn)
    .await
    .map(drop)
}

/// Replaces dialogues in progress untouched since `before` by `expired` (their content
/// is erased); returns the chats concerned.
pub async fn expire(
    conn: &mut SqliteConnection,
    expired: &str,
    idle: &str,
    before: DateTime<Utc>,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "UPDATE chat_state SET state = ?1
         WHERE state <> ?1 AND state <> ?3 AND updated_at < ?2 RETURNING chat_id",
    )
    .bind(expired)
    .bind(before)
    .bind(idle)
    .fetch_all(conn)
    .await
}

/// Deletes the rows of chats that belong to no registered person and were left alone
/// since `before`; returns how many.
pub async fn forget_strangers(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "DELETE FROM chat_state WHERE updated_at < ?
           AND chat_id NOT IN (SELECT chat_id FROM telegram_account)",
    )
    .bind(before)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Replaces a chat's dialogue (its update id and time stay).
pub async fn set_state(conn: &mut SqliteConnection, chat_id: i64, state: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE chat_state SET state = ? WHERE chat_id = ?")
        .bind(state)
        .bind(chat_id)
        .execute(conn)
        .await
        .map(drop)
}
