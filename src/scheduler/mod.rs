//! The scheduler: work due at a time is a row with its kind, payload and a unique key;
//! it is claimed atomically and runs once, also across restarts. Each kind says what
//! happens when its time passed while the bot was down: run late, or skip (logged).

mod jobs;
mod solutions;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

pub use jobs::{DISCREET_LIMIT_HOURS, JobContext};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Erase dialogues left alone longer than their time to live.
    ExpireDialogues,
    /// Erase the content of delivered messages after the retention period.
    EraseOutboxContent,
    /// Log the outbox's figures (ids and counts only).
    OutboxReport,
    /// The daily round-up of new reports for those who chose it.
    ReportRoundup,
    /// Erase raw report content and anonymous reporters' links after their retention.
    ReportRetention,
    /// Tell people silent for a year, then erase their accounts as `/forget` does.
    InactiveAccounts,
    /// Erase the log of who opened a named report after its retention.
    AccessLogRetention,
    /// Take out of quartier groups those the bot let in whose role has ended.
    GroupDoor,
    /// Send a scheduled broadcast (payload: its id); late, it is sent at once.
    Broadcast,
    /// Erase the texts and voice notes of broadcasts after their retention.
    BroadcastRetention,
    /// Remind a meeting's invitees (payload: meeting, offset, sequence); late, it is sent
    /// if the meeting has not started, else skipped and logged.
    MeetingReminder,
    /// Schedule this week's digest of each city on its day and hour.
    DigestPlanner,
    /// Send a city's weekly digest (payload: city, day, hour); late, the same day only.
    CityDigest,
    /// Remind an action's carrier before its due date or when overdue (payload: action,
    /// which, due); sent once, and only if the action is pending with that due date.
    ActionReminder,
    /// Ask a round of "did it get calmer?" (payload: action, round) at the cell's slot.
    CalmerRound,
}

/// What to do with a job whose time passed while the bot was down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LatePolicy {
    RunLate,
    /// Skip (and log) a job more than this late.
    SkipIfLaterThan(chrono::Duration),
}

impl JobKind {
    pub const ALL: [JobKind; 15] = [
        JobKind::ExpireDialogues,
        JobKind::EraseOutboxContent,
        JobKind::OutboxReport,
        JobKind::ReportRoundup,
        JobKind::ReportRetention,
        JobKind::InactiveAccounts,
        JobKind::AccessLogRetention,
        JobKind::GroupDoor,
        JobKind::Broadcast,
        JobKind::BroadcastRetention,
        JobKind::MeetingReminder,
        JobKind::DigestPlanner,
        JobKind::CityDigest,
        JobKind::ActionReminder,
        JobKind::CalmerRound,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::ExpireDialogues => "expire_dialogues",
            JobKind::EraseOutboxContent => "erase_outbox_content",
            JobKind::OutboxReport => "outbox_report",
            JobKind::ReportRoundup => "report_roundup",
            JobKind::ReportRetention => "report_retention",
            JobKind::InactiveAccounts => "inactive_accounts",
            JobKind::AccessLogRetention => "access_log_retention",
            JobKind::GroupDoor => "group_door",
            JobKind::Broadcast => "broadcast",
            JobKind::BroadcastRetention => "broadcast_retention",
            JobKind::MeetingReminder => "meeting_reminder",
            JobKind::DigestPlanner => "digest_planner",
            JobKind::CityDigest => "city_digest",
            JobKind::ActionReminder => "action_reminder",
            JobKind::CalmerRound => "calmer_round",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        JobKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn late_policy(self) -> LatePolicy {
        match self {
            JobKind::ExpireDialogues
            | JobKind::EraseOutboxContent
            | JobKind::ReportRoundup
            | JobKind::ReportRetention
            | JobKind::InactiveAccounts
            | JobKind::AccessLogRetention
            | JobKind::GroupDoor
            | JobKind::Broadcast
            | JobKind::BroadcastRetention
            | JobKind::ActionReminder
            // A late round moves itself to the next occurrence of its cell.
            | JobKind::CalmerRound => LatePolicy::RunLate,
            JobKind::MeetingReminder => LatePolicy::RunLate,
            JobKind::DigestPlanner | JobKind::CityDigest => LatePolicy::RunLate,
            JobKind::OutboxReport => LatePolicy::SkipIfLaterThan(chrono::Duration::minutes(1)),
        }
    }

    /// Whether the job erases personal data (and so checkpoints the WAL after it, so
    /// that what it erased leaves the database files too).
    pub fn erases(self) -> bool {
        match self {
            JobKind::ExpireDialogues
            | JobKind::EraseOutboxContent
            | JobKind::ReportRetention
            | JobKind::InactiveAccounts
            | JobKind::AccessLogRetention
            | JobKind::BroadcastRetention => true,
            JobKind::OutboxReport
            | JobKind::ReportRoundup
            | JobKind::GroupDoor
            | JobKind::Broadcast
            | JobKind::ActionReminder
            | JobKind::CalmerRound => false,
            JobKind::MeetingReminder => false,
            JobKind::DigestPlanner | JobKind::CityDigest => false,
        }
    }

    /// How often a recurring kind comes back.
    pub fn every(self) -> Option<chrono::Duration> {
        Some(match self {
            JobKind::Broadcast
            | JobKind::MeetingReminder
            | JobKind::CityDigest
            | JobKind::ActionReminder
            | JobKind::CalmerRound => return None,
            JobKind::DigestPlanner => chrono::Duration::minutes(10),
            JobKind::ExpireDialogues | JobKind::GroupDoor => chrono::Duration::minutes(10),
            JobKind::EraseOutboxContent => chrono::Duration::hours(24),
            JobKind::OutboxReport => chrono::Duration::minutes(1),
            JobKind::ReportRoundup
            | JobKind::ReportRetention
            | JobKind::InactiveAccounts
            | JobKind::AccessLogRetention
            | JobKind::BroadcastRetention => chrono::Duration::hours(24),
        })
    }
}

/// Schedules a job; returns false if one with this key exists already.
pub async fn schedule(
    conn: &mut SqliteConnection,
    kind: JobKind,
    key: &str,
    due_at: DateTime<Utc>,
    payload: &serde_json::Value,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT OR IGNORE INTO job (dedup_key, kind, due_at, payload) VALUES (?, ?, ?, ?)",
    )
    .bind(key)
    .bind(kind.as_str())
    .bind(due_at)
    .bind(payload.to_string())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

fn occurrence_key(kind: JobKind, at: DateTime<Utc>) -> String {
    format!("{}@{}", kind.as_str(), at.timestamp())
}

/// Makes sure every recurring kind has a pending occurrence (at start-up).
pub async fn ensure_recurring(pool: &SqlitePool, now: DateTime<Utc>) -> sqlx::Result<()> {
    let mut conn = pool.acquire().await?;
    for kind in JobKind::ALL.into_iter().filter(|k| k.every().is_some()) {
        let pending: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM job WHERE kind = ? AND status = 'pending'")
                .bind(kind.as_str())
                .fetch_one(&mut *conn)
                .await?;
        if pending == 0 {
            schedule(
                &mut conn,
                kind,
                &occurrence_key(kind, now),
                now,
                &serde_json::json!({}),
            )
            .await?;
        }
    }
    Ok(())
}

/// At start-up (one bot process per database): jobs claimed by a process that died are
/// due again.
pub async fn release_leases(pool: &SqlitePool) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE job SET lease_until = NULL WHERE status = 'pending' AND lease_until IS NOT NULL",
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// What became of a job.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    Done,
    Skipped,
    Failed,
}

/// Runs the jobs due at `now`; returns each job's kind and what became of it.
pub async fn tick(ctx: &JobContext, now: DateTime<Utc>) -> sqlx::Result<Vec<(JobKind, Ran)>> {
    let claimed: Vec<(i64, String, DateTime<Utc>, String)> = sqlx::query_as(
        "UPDATE job SET lease_until = ?1, attempts = attempts + 1
         WHERE id IN (SELECT id FROM job WHERE status = 'pending' AND due_at <= ?2
                        AND (lease_until IS NULL OR lease_until <= ?2)
                      ORDER BY due_at, id LIMIT 100)
         RETURNING id, kind, due_at, payload",
    )
    .bind(now + chrono::Duration::minutes(10))
    .bind(now)
    .fetch_all(&ctx.pool)
    .await?;
    let mut ran = vec![];
    for (id, kind, due_at, payload) in claimed {
        let Some(kind) = JobKind::parse(&kind) else {
            tracing::error!(job = id, "unknown job kind; marked failed");
            finish(&ctx.pool, id, "failed", Some("unknown kind"), now).await?;
            continue;
        };
        let outcome = match kind.late_policy() {
            LatePolicy::SkipIfLaterThan(limit) if now - due_at > limit => {
                tracing::info!(
                    job = id,
                    kind = kind.as_str(),
                    late_secs = (now - due_at).num_seconds(),
                    "job too late: skipped"
                );
                finish(&ctx.pool, id, "skipped", None, now).await?;
                Ran::Skipped
            }
            _ => match jobs::run(ctx, kind, &payload, now).await {
                Ok(()) => {
                    finish(&ctx.pool, id, "done", None, now).await?;
                    Ran::Done
                }
                Err(e) => {
                    tracing::error!(job = id, kind = kind.as_str(), error = %format!("{e:#}"), "job failed");
                    finish(&ctx.pool, id, "failed", Some(&e.to_string()), now).await?;
                    Ran::Failed
                }
            },
        };
        if let Some(every) = kind.every() {
            let mut next = due_at + every;
            if next <= now {
                next = now + every;
            }
            let mut conn = ctx.pool.acquire().await?;
            schedule(
                &mut conn,
                kind,
                &occurrence_key(kind, next),
                next,
                &serde_json::json!({}),
            )
            .await?;
        }
        ran.push((kind, outcome));
    }
    Ok(ran)
}

async fn finish(
    pool: &SqlitePool,
    id: i64,
    status: &str,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE job SET status = ?, last_error = ?, finished_at = ?, lease_until = NULL WHERE id = ?")
        .bind(status)
        .bind(error)
        .bind(now)
        .bind(id)
        .execute(pool)
        .await
        .map(drop)
}

/// Production's loop: a tick every second, at the bot's clock.
pub async fn run(ctx: Arc<JobContext>, clock: crate::clock::Clock) {
    let mut every = tokio::time::interval(Duration::from_secs(1));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) = tick(&ctx, clock.now()).await {
            tracing::error!(error = %e, "scheduler tick failed");
        }
    }
}
