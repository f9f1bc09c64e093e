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
}

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
        }
        JobKind::EraseOutboxContent => {
            let erased = outbox::erase_content(&ctx.pool, now - ctx.outbox_retention).await?;
            if erased > 0 {
                tracing::info!(count = erased, "delivered messages erased");
            }
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
