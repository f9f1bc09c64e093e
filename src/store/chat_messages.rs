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

/// Chats whose first remembered message is older than `before` (Telegram deletes
/// messages only within 48 hours).
pub async fn first_before(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar("SELECT chat_id FROM chat_message GROUP BY chat_id HAVING MIN(at) < ?")
        .bind(before)
        .fetch_all(conn)
        .await
}

/// Chats whose remembered messages were all sent before `before`, and whether their
/// dialogue still keeps its messages (a report being written) — a view she left does not.
pub async fn quiet_since(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
) -> sqlx::Result<Vec<(i64, bool)>> {
    sqlx::query_as(
        "SELECT m.chat_id, COALESCE(MAX(s.keeps_messages), 0) FROM chat_message m
         LEFT JOIN chat_state s ON s.chat_id = m.chat_id
         GROUP BY m.chat_id HAVING MAX(m.at) < ?",
    )
    .bind(before)
    .fetch_all(conn)
    .await
}
