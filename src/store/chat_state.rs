//! Per-chat dialogue state and the last processed update, kept together so that an
//! update's effect and the record of having processed it commit in one transaction.
//! Expiry reads its own markers (`in_dialogue`, `keeps_messages`, `expired_at`), never
//! the dialogue's JSON: the store does not know what the states are called.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

/// A dialogue as stored: its JSON, and the markers expiry reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialogue<'a> {
    pub json: &'a str,
    /// Something is in progress: the expiry job erases it after its time to live.
    pub in_dialogue: bool,
    /// Discreet mode: its messages stay remembered until it ends.
    pub keeps_messages: bool,
}

/// A chat's stored row.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Stored {
    /// The dialogue's JSON; `None` once the expiry job erased it.
    pub state: Option<String>,
    pub last_update_id: i64,
    pub updated_at: DateTime<Utc>,
    /// When the expiry job erased the dialogue, until she is told (her next update).
    pub expired_at: Option<DateTime<Utc>>,
}

/// A chat's row (`?1`: the chat), also read in the update's first round trip (see
/// `update_tx`).
macro_rules! load_sql {
    () => {
        "SELECT state, last_update_id, updated_at, expired_at FROM chat_state WHERE chat_id = ?1"
    };
}
pub(super) use load_sql;

pub async fn load(conn: &mut SqliteConnection, chat_id: i64) -> sqlx::Result<Option<Stored>> {
    sqlx::query_as(load_sql!())
        .bind(chat_id)
        .fetch_optional(conn)
        .await
}

/// The statement of `save` (`?1`…`?6`), also run in the update's last round trip, with
/// its COMMIT (see `update_tx`).
macro_rules! save_sql {
    () => {
        "INSERT INTO chat_state
             (chat_id, state, last_update_id, updated_at, in_dialogue, keeps_messages)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (chat_id) DO UPDATE SET state = ?2,
             last_update_id = MAX(last_update_id, ?3), updated_at = ?4,
             in_dialogue = ?5, keeps_messages = ?6, expired_at = NULL"
    };
}
pub(super) use save_sql;

/// Binds `save_sql!`'s parameters.
pub(super) fn bind_save<'q>(
    query: sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    chat_id: i64,
    dialogue: Dialogue<'q>,
    update_id: i64,
    now: DateTime<Utc>,
) -> sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>> {
    query
        .bind(chat_id)
        .bind(dialogue.json)
        .bind(update_id)
        .bind(now)
        .bind(dialogue.in_dialogue)
        .bind(dialogue.keeps_messages)
}

/// Stores a chat's dialogue with the update that led to it; an expiry she was told of is
/// cleared.
pub async fn save(
    conn: &mut SqliteConnection,
    chat_id: i64,
    dialogue: Dialogue<'_>,
    update_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    bind_save(sqlx::query(save_sql!()), chat_id, dialogue, update_id, now)
        .execute(conn)
        .await
        .map(drop)
}

/// What expiring a dialogue writes: its content erased, the marker set.
const EXPIRE: &str = "UPDATE chat_state
    SET state = NULL, in_dialogue = 0, keeps_messages = 0, expired_at = ?1";

/// Expires the dialogues in progress untouched since `before` (their content is erased);
/// returns the chats concerned.
pub async fn expire(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(&format!(
        "{EXPIRE} WHERE in_dialogue = 1 AND updated_at < ?2 RETURNING chat_id"
    ))
    .bind(now)
    .bind(before)
    .fetch_all(conn)
    .await
}

/// Expires one chat's dialogue now, whatever it was (a discreet dialogue at Telegram's
/// deletion limit).
pub async fn expire_chat(
    conn: &mut SqliteConnection,
    chat_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(&format!("{EXPIRE} WHERE chat_id = ?2"))
        .bind(now)
        .bind(chat_id)
        .execute(conn)
        .await
        .map(drop)
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
