//! What each kind of job does.

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

use super::JobKind;
use crate::bot::state::State;
use crate::{outbox, store};

/// What jobs may use.
pub struct JobContext {
    pub pool: SqlitePool,
    pub dialogue_ttl: chrono::Duration,
    pub outbox_retention: chrono::Duration,
    /// Raw content of a closed report is erased after this.
    pub report_retention: chrono::Duration,
}

/// Raw content of a report still open is erased after 24 months all the same.
pub const OPEN_REPORT_RETENTION_DAYS: i64 = 730;
/// A discreet dialogue ends before Telegram stops allowing its messages to be deleted (48 h).
pub const DISCREET_LIMIT_HOURS: i64 = 40;
/// The link between an anonymous report and its reporter goes 30 days after closing.
pub const ANONYMOUS_LINK_DAYS: i64 = 30;

pub async fn run(
    ctx: &JobContext,
    kind: JobKind,
    _payload: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    match kind {
        JobKind::ExpireDialogues => {
            let mut conn = ctx.pool.acquire().await?;
            let chats = store::chat_state::expire(
                &mut conn,
                &State::Expired.to_json(),
                &State::Idle.to_json(),
                now - ctx.dialogue_ttl,
            )
            .await?;
            if !chats.is_empty() {
                tracing::info!(count = chats.len(), "dialogues expired");
            }
            for chat in chats {
                erase_discreet(&mut conn, chat, now).await?;
            }
            // Telegram deletes messages only within 48 hours: a discreet dialogue whose
            // first message is 40 hours old ends now, whatever its time to live.
            let old: Vec<i64> = sqlx::query_scalar(
                "SELECT chat_id FROM chat_message GROUP BY chat_id HAVING MIN(at) < ?",
            )
            .bind(now - chrono::Duration::hours(DISCREET_LIMIT_HOURS))
            .fetch_all(&mut *conn)
            .await?;
            for chat in old {
                sqlx::query("UPDATE chat_state SET state = ? WHERE chat_id = ?")
                    .bind(State::Expired.to_json())
                    .bind(chat)
                    .execute(&mut *conn)
                    .await?;
                erase_discreet(&mut conn, chat, now).await?;
            }
        }
        JobKind::EraseOutboxContent => {
            let erased = outbox::erase_content(&ctx.pool, now - ctx.outbox_retention).await?;
            if erased > 0 {
                tracing::info!(count = erased, "delivered messages erased");
            }
        }
        JobKind::ReportRoundup => {
            let mut conn = ctx.pool.acquire().await?;
            let sent = crate::services::reports::daily_roundup(
                &mut conn,
                now - chrono::Duration::hours(24),
                now,
            )
            .await?;
            tracing::info!(count = sent, "daily round-ups queued");
        }
        JobKind::ReportRetention => {
            let mut conn = ctx.pool.acquire().await?;
            let erased = store::reports::erase_raw_content(
                &mut conn,
                now - ctx.report_retention,
                now - chrono::Duration::days(OPEN_REPORT_RETENTION_DAYS),
                now,
            )
            .await?;
            let unlinked = store::reports::unlink_anonymous(
                &mut conn,
                now - chrono::Duration::days(ANONYMOUS_LINK_DAYS),
            )
            .await?;
            tracing::info!(erased, unlinked, "report retention");
        }
        JobKind::OutboxReport => {
            let (kinds, oldest) = outbox::report(&ctx.pool, now).await?;
            for (kind, c) in kinds {
                tracing::debug!(
                    kind,
                    queued = c.queued,
                    sent = c.sent,
                    unreachable = c.unreachable,
                    failed = c.failed,
                    cancelled = c.cancelled,
                    "outbox"
                );
            }
            tracing::debug!(
                oldest_queued_secs = oldest.map(|d| d.num_seconds()),
                "outbox"
            );
        }
    }
    Ok(())
}

/// An abandoned discreet report: its messages are deleted from her chat.
async fn erase_discreet(
    conn: &mut sqlx::SqliteConnection,
    chat: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let ids = store::chat_messages::take(&mut *conn, chat).await?;
    if ids.is_empty() {
        return Ok(());
    }
    let person: Option<i64> =
        sqlx::query_scalar("SELECT person_id FROM telegram_account WHERE chat_id = ?")
            .bind(chat)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(person) = person {
        let key = format!("expired:{chat}:{}", now.timestamp());
        let message = outbox::NewMessage::delete(key, crate::domain::PersonId(person), ids, now);
        outbox::enqueue(conn, &message, now).await?;
    }
    Ok(())
}
