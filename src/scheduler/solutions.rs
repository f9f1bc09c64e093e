//! The jobs of solutions and actions: an action's reminders and the rounds of "did it get
//! calmer?". Each runs in one immediate transaction; its outbox rows have unique keys, so
//! a job run again after a crash sends nothing twice.

use chrono::{DateTime, Utc};

use super::{JobContext, JobKind};
use crate::domain::ActionId;
use crate::services::{actions, calmer};

fn field(payload: &serde_json::Value, name: &str) -> anyhow::Result<i64> {
    payload[name]
        .as_i64()
        .ok_or_else(|| anyhow::anyhow!("a job without its {name}"))
}

pub async fn run(
    ctx: &JobContext,
    kind: JobKind,
    payload: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let payload: serde_json::Value = serde_json::from_str(payload)?;
    let action = ActionId(field(&payload, "action")?);
    let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
    match kind {
        JobKind::ActionReminder => {
            let which = payload["which"].as_str().unwrap_or("before");
            let due = field(&payload, "due")?;
            let sent = actions::remind(&mut tx, action, which, due, now).await?;
            tracing::info!(action = %action, which, sent, "action reminder");
        }
        _ => {
            let round = field(&payload, "round")?;
            // When the round was due (the slot's start), to tell a late run.
            let due_at = DateTime::from_timestamp(field(&payload, "at")?, 0).unwrap_or(now);
            calmer::ask_round(&mut tx, action, round, due_at, &ctx.calmer, now).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
