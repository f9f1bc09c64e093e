//! Messages of a discreet report dialogue, remembered to be deleted when it ends.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

pub async fn remember(
    conn: &mut SqliteConnection,
    chat: i64,
    message_id: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("INSERT OR IGNORE INTO chat_message (chat_id, message_id, at) VALUES (?, ?, ?)")
        .bind(chat)
        .bind(message_id)
        .bind(now)
        .execute(conn)
        .await
        .map(drop)
}

/// Takes (and forgets) the remembered messages of a chat.
pub async fn take(conn: &mut SqliteConnection, chat: i64) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("DELETE FROM chat_message WHERE chat_id = ? RETURNING message_id")
        .bind(chat)
        .fetch_all(conn)
        .await
}
