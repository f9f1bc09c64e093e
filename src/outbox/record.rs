//! What a send came to, recorded by RELIABILITY.md's rules.

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use super::retry::{Outcome, RetryPolicy};
use super::{Delivery, settle_after};

/// Records what a send came to, by RELIABILITY.md's rules.
pub async fn record(
    pool: &SqlitePool,
    delivery: &Delivery,
    outcome: &Outcome,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let attempts = delivery.attempts + 1;
    match outcome {
        Outcome::Sent => {
            sqlx::query(
                "UPDATE outbox SET status = 'sent', sent_at = ?, chat_id = ?, attempts = ?,
                     lease_until = NULL WHERE id = ?",
            )
            .bind(now)
            .bind(delivery.chat_id)
            .bind(attempts)
            .bind(delivery.id)
            .execute(&mut *tx)
            .await?;
        }
        Outcome::RetryAfter(_) => release(&mut tx, delivery.id, now).await?,
        Outcome::Unreachable(error) => {
            settle_after(
                &mut tx,
                delivery.id,
                "unreachable",
                Some(error),
                Some(attempts),
                now,
            )
            .await?;
            if let Some(q) = delivery.quartier.filter(|_| delivery.door.is_none()) {
                // The bot was removed from the group: unlink it rather than try for ever
                // (a door row marks the link broken instead, see `door::after_record`).
                sqlx::query("UPDATE quartier SET group_chat_id = NULL WHERE id = ?")
                    .bind(q.0)
                    .execute(&mut *tx)
                    .await?;
            }
            sqlx::query(
                "UPDATE person SET unreachable_at = ? WHERE id = (SELECT person_id FROM outbox WHERE id = ?)",
            )
            .bind(now)
            .bind(delivery.id)
            .execute(&mut *tx)
            .await?;
        }
        Outcome::Migrated(new_chat) => {
            if let Some(q) = delivery.quartier {
                crate::store::quartiers::link_group(&mut tx, q, *new_chat).await?;
            }
            release(&mut tx, delivery.id, now).await?;
        }
        Outcome::Transient(error) => match policy
            .next_delay(attempts)
            .or_else(|| deletion_still_allowed(delivery, policy, now))
        {
            Some(delay) => {
                let later =
                    now + chrono::Duration::from_std(delay).unwrap_or(chrono::Duration::MAX);
                sqlx::query(
                    "UPDATE outbox SET attempts = ?, last_error = ?, not_before = ?, lease_until = NULL
                     WHERE id = ?",
                )
                .bind(attempts)
                .bind(error)
                .bind(later)
                .bind(delivery.id)
                .execute(&mut *tx)
                .await?;
            }
            None => fail(&mut tx, delivery.id, error, attempts, now).await?,
        },
        Outcome::Permanent(error) => fail(&mut tx, delivery.id, error, attempts, now).await?,
    }
    super::door::after_record(&mut tx, delivery, now).await?;
    tx.commit().await
}

/// A deletion from her chat (discreet mode) is retried past the usual number of attempts
/// while Telegram still allows it: its messages are at most 40 hours old when it is
/// queued, and Telegram deletes them until they are 48 hours old.
fn deletion_still_allowed(
    delivery: &Delivery,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) -> Option<std::time::Duration> {
    let window = chrono::Duration::hours(48 - crate::scheduler::DISCREET_LIMIT_HOURS);
    (!delivery.delete_ids.is_empty() && delivery.queued_at.is_some_and(|at| now < at + window))
        .then_some(policy.max)
}

async fn fail(
    conn: &mut SqliteConnection,
    id: i64,
    error: &str,
    attempts: u32,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    settle_after(conn, id, "failed", Some(error), Some(attempts), now).await
}

async fn release(conn: &mut SqliteConnection, id: i64, now: DateTime<Utc>) -> sqlx::Result<()> {
    defer(conn, id, now).await
}

/// Gives a claimed row back to the queue, due at `at`.
pub async fn defer(conn: &mut SqliteConnection, id: i64, at: DateTime<Utc>) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE outbox SET lease_until = NULL, not_before = MAX(not_before, ?) WHERE id = ?",
    )
    .bind(at)
    .bind(id)
    .execute(conn)
    .await
    .map(drop)
}
