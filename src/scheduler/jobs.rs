//! What each kind of job does.

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

use super::JobKind;
use crate::{outbox, store};

/// What jobs may use.
pub struct JobContext {
    pub pool: SqlitePool,
    pub dialogue_ttl: chrono::Duration,
    pub outbox_retention: chrono::Duration,
    /// Raw content of a closed report is erased after this, unless its city chose.
    pub report_retention: chrono::Duration,
    /// Accounts silent this long are told they will be erased…
    pub inactive_warning: chrono::Duration,
    /// …and are erased after this.
    pub inactive_erasure: chrono::Duration,
    /// Who opened a named report is kept this long.
    pub access_log_retention: chrono::Duration,
    /// Broadcast texts and voice notes are kept this long after delivery.
    pub broadcast_retention: chrono::Duration,
    /// When and how widely "did it get calmer?" asks.
    pub calmer: crate::domain::calmer::CalmerSettings,
}

impl JobContext {
    /// The retention periods of RELIABILITY.md, for tests and tools.
    pub fn with_defaults(pool: SqlitePool) -> Self {
        JobContext {
            pool,
            dialogue_ttl: chrono::Duration::hours(48),
            outbox_retention: chrono::Duration::days(30),
            report_retention: chrono::Duration::days(183),
            inactive_warning: chrono::Duration::days(365),
            inactive_erasure: chrono::Duration::days(395),
            access_log_retention: chrono::Duration::days(365),
            broadcast_retention: chrono::Duration::days(365),
            calmer: Default::default(),
        }
    }
}

/// Raw content of a report still open is erased after 24 months all the same.
pub const OPEN_REPORT_RETENTION_DAYS: i64 = 730;
/// A discreet dialogue ends before Telegram stops allowing its messages to be deleted (48 h).
pub const DISCREET_LIMIT_HOURS: i64 = 40;
/// In discreet mode, what a view showed (`/myreports`) is deleted this long after it.
pub const DISCREET_VIEW_MINUTES: i64 = 5;
/// The dialogue row of a chat that belongs to no member goes a week after its last
/// message (an unfinished `/start` is told it expired if she comes back sooner).
pub const STRANGER_CHAT_DAYS: i64 = 7;
/// The link between an anonymous report and its reporter goes 30 days after closing.
pub const ANONYMOUS_LINK_DAYS: i64 = 30;

/// Runs one job; a job that erases something ends with a checkpoint, so that what it
/// erased leaves the database files too.
pub async fn run(
    ctx: &JobContext,
    kind: JobKind,
    payload: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    match kind {
        JobKind::ExpireDialogues => expire_dialogues(ctx, now).await?,
        JobKind::Broadcast => release_broadcast(ctx, payload, now).await?,
        JobKind::BroadcastRetention => broadcast_retention(ctx, now).await?,
        JobKind::GroupDoor => {
            let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
            let count = crate::services::groups::sweep(&mut tx, now).await?;
            tx.commit().await?;
            if count > 0 {
                tracing::info!(count, "removals from quartier groups queued");
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
            let since = now - chrono::Duration::hours(24);
            let sent = crate::services::reports::daily_roundup(&mut conn, since, now).await?;
            tracing::info!(count = sent, "daily round-ups queued");
        }
        JobKind::ReportRetention => report_retention(ctx, now).await?,
        JobKind::InactiveAccounts => inactive_accounts(ctx, now).await?,
        JobKind::AccessLogRetention => {
            let mut conn = ctx.pool.acquire().await?;
            let before = now - ctx.access_log_retention;
            let erased = store::personal_data::erase_access_log(&mut conn, before).await?;
            tracing::info!(erased, "access log retention");
        }
        JobKind::OutboxReport => outbox_report(ctx, now).await?,
        JobKind::MeetingReminder => meeting_reminder(ctx, payload, now).await?,
        JobKind::DigestPlanner => {
            let mut conn = ctx.pool.acquire().await?;
            let planned = crate::services::digest_delivery::plan(&mut conn, now).await?;
            if planned > 0 {
                tracing::info!(count = planned, "weekly digests planned");
            }
        }
        JobKind::CityDigest => city_digest(ctx, payload, now).await?,
        JobKind::ActionReminder | JobKind::CalmerRound => {
            super::solutions::run(ctx, kind, payload, now).await?
        }
    }
    if kind.erases() {
        crate::db::checkpoint(&ctx.pool).await?;
    }
    Ok(())
}

/// Dialogues past their time to live, discreet dialogues at Telegram's deletion limit,
/// discreet views she left, and the chats of nobody — in one transaction: a dialogue is
/// expired and its discreet messages are queued for deletion together, or not at all.
async fn expire_dialogues(ctx: &JobContext, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut tx = ctx.pool.begin().await?;
    // Chats of nobody registered (a stranger who never finished /start, a group, someone
    // erased) are forgotten a week after their last message.
    let strangers = store::chat_state::forget_strangers(
        &mut tx,
        now - chrono::Duration::days(STRANGER_CHAT_DAYS),
    )
    .await?;
    if strangers > 0 {
        tracing::info!(count = strangers, "chats of no member forgotten");
    }
    let chats = store::chat_state::expire(&mut tx, now - ctx.dialogue_ttl, now).await?;
    if !chats.is_empty() {
        tracing::info!(count = chats.len(), "dialogues expired");
    }
    for chat in chats {
        erase_discreet(&mut tx, chat, now).await?;
    }
    // Telegram deletes messages only within 48 hours: a discreet dialogue whose first
    // message is 40 hours old ends now, whatever its time to live.
    let before = now - chrono::Duration::hours(DISCREET_LIMIT_HOURS);
    for chat in store::chat_messages::first_before(&mut tx, before).await? {
        store::chat_state::expire_chat(&mut tx, chat, now).await?;
        erase_discreet(&mut tx, chat, now).await?;
    }
    // A discreet view she left (`/myreports`, a question) goes a few minutes later.
    let before = now - chrono::Duration::minutes(DISCREET_VIEW_MINUTES);
    for (chat, in_dialogue) in store::chat_messages::quiet_since(&mut tx, before).await? {
        if !in_dialogue {
            erase_discreet(&mut tx, chat, now).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// A scheduled broadcast (payload: its id) goes into the outbox; late, it goes at once.
async fn release_broadcast(
    ctx: &JobContext,
    payload: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let id = serde_json::from_str::<serde_json::Value>(payload)?["broadcast"]
        .as_i64()
        .ok_or_else(|| anyhow::anyhow!("a broadcast job without its id"))?;
    let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
    let rows =
        crate::services::broadcasts::release(&mut tx, crate::domain::BroadcastId(id), now).await?;
    tx.commit().await?;
    tracing::info!(broadcast = id, rows, "scheduled broadcast released");
    Ok(())
}

/// The texts and voice notes of broadcasts past their retention.
async fn broadcast_retention(ctx: &JobContext, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = ctx.pool.acquire().await?;
    let erased = store::broadcasts::erase_before(&mut conn, now - ctx.broadcast_retention).await?;
    if erased > 0 {
        tracing::info!(count = erased, "broadcast versions erased");
    }
    Ok(())
}

/// Raw content of reports past their city's retention, and the link to an anonymous
/// reporter 30 days after closing.
async fn report_retention(ctx: &JobContext, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut conn = ctx.pool.acquire().await?;
    let open_before = now - chrono::Duration::days(OPEN_REPORT_RETENTION_DAYS);
    let mut erased = 0;
    for (city, months) in store::privacy::retention_by_city(&mut conn).await? {
        let closed_before = match months {
            Some(m) => now
                .checked_sub_months(chrono::Months::new(u32::from(m.get())))
                .unwrap_or(now),
            None => now - ctx.report_retention,
        };
        erased +=
            store::reports::erase_raw_content(&mut conn, city, closed_before, open_before, now)
                .await?;
    }
    let unlinked = store::reports::unlink_anonymous(
        &mut conn,
        now - chrono::Duration::days(ANONYMOUS_LINK_DAYS),
    )
    .await?;
    tracing::info!(erased, unlinked, "report retention");
    Ok(())
}

/// Members silent too long are warned, then erased (as by `/forget`).
async fn inactive_accounts(ctx: &JobContext, now: DateTime<Utc>) -> anyhow::Result<()> {
    let mut tx = ctx.pool.begin().await?;
    let (told, erased) = crate::services::privacy::inactive_accounts(
        &mut tx,
        ctx.inactive_warning,
        ctx.inactive_erasure,
        now,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    tx.commit().await?;
    tracing::info!(told, erased, "inactive accounts");
    Ok(())
}

/// The outbox's counts per kind and the age of its oldest queued message, to the logs.
async fn outbox_report(ctx: &JobContext, now: DateTime<Utc>) -> anyhow::Result<()> {
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
    Ok(())
}

/// An abandoned discreet report: its messages are deleted from her chat (queued in the
/// caller's transaction).
async fn erase_discreet(
    conn: &mut sqlx::SqliteConnection,
    chat: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    match store::persons::of_chat(&mut *conn, chat).await? {
        Some(person) => {
            let key = format!("expired:{chat}:{}", now.timestamp());
            outbox::queue_discreet_deletion(conn, chat, person, None, key, now).await?;
        }
        // Nobody to send to any more: nothing of the chat stays remembered.
        None => drop(store::chat_messages::take(conn, chat).await?),
    }
    Ok(())
}

/// A meeting's reminder: rows for those who did not decline, in one transaction (the
/// meeting's own rules say when it is skipped).
async fn meeting_reminder(
    ctx: &JobContext,
    payload: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    #[derive(serde::Deserialize)]
    struct Payload {
        meeting: i64,
        offset: String,
        sequence: i64,
    }
    let p: Payload = serde_json::from_str(payload)?;
    let offset = crate::domain::meeting::ReminderOffset::parse(&p.offset)
        .ok_or_else(|| anyhow::anyhow!("bad reminder offset"))?;
    let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
    let id = crate::domain::MeetingId(p.meeting);
    let done = crate::services::meetings::remind(&mut tx, id, offset, p.sequence, now).await?;
    tx.commit().await?;
    tracing::info!(meeting = p.meeting, outcome = ?done, "meeting reminder");
    Ok(())
}

/// A city's weekly digest, queued for its élus and coordinators in one transaction.
async fn city_digest(ctx: &JobContext, payload: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    let due: crate::services::digest_delivery::Due = serde_json::from_str(payload)?;
    let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
    let outcome = crate::services::digest_delivery::deliver(&mut tx, due, now).await?;
    tx.commit().await?;
    match outcome {
        Ok(count) => tracing::info!(city = %due.city, count, "weekly digest queued"),
        Err(why) => tracing::info!(city = %due.city, reason = ?why, "weekly digest skipped"),
    }
    Ok(())
}
