//! What the outbox holds: counts per status for a batch or per kind, the oldest waiting
//! message, and the `agenda-mmm outbox` table.

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;

/// Counts by status, for a batch or for everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub queued: i64,
    pub sent: i64,
    pub unreachable: i64,
    pub failed: i64,
    pub cancelled: i64,
}

impl Counts {
    fn add(&mut self, status: &str, n: i64) {
        match status {
            "queued" => self.queued += n,
            "sent" => self.sent += n,
            "unreachable" => self.unreachable += n,
            "failed" => self.failed += n,
            _ => self.cancelled += n,
        }
    }
}

/// The state of one batch (a broadcast reports from this).
pub async fn batch_counts(pool: &SqlitePool, batch: &str) -> sqlx::Result<Counts> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM outbox WHERE batch = ? GROUP BY status")
            .bind(batch)
            .fetch_all(pool)
            .await?;
    let mut counts = Counts::default();
    for (status, n) in rows {
        counts.add(&status, n);
    }
    Ok(counts)
}

/// Counts per kind, and how long the oldest due message has been waiting.
pub async fn report(
    pool: &SqlitePool,
    now: DateTime<Utc>,
) -> sqlx::Result<(Vec<(String, Counts)>, Option<chrono::Duration>)> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT kind, status, COUNT(*) FROM outbox GROUP BY kind, status ORDER BY kind",
    )
    .fetch_all(pool)
    .await?;
    let mut kinds: Vec<(String, Counts)> = vec![];
    for (kind, status, n) in rows {
        if kinds.last().is_none_or(|(k, _)| *k != kind) {
            kinds.push((kind.clone(), Counts::default()));
        }
        kinds.last_mut().expect("just pushed").1.add(&status, n);
    }
    let oldest: Option<DateTime<Utc>> = sqlx::query_scalar(
        "SELECT MIN(not_before) FROM outbox WHERE status = 'queued' AND not_before <= ?",
    )
    .bind(now)
    .fetch_one(pool)
    .await?;
    Ok((kinds, oldest.map(|o| now - o)))
}

/// `agenda-mmm outbox`: the figures, as a table on standard output.
pub async fn print_report(pool: &SqlitePool) -> anyhow::Result<()> {
    let (kinds, oldest) = report(pool, Utc::now()).await?;
    println!(
        "{:<20} {:>8} {:>8} {:>12} {:>8} {:>10}",
        "kind", "queued", "sent", "unreachable", "failed", "cancelled"
    );
    for (kind, c) in &kinds {
        println!(
            "{:<20} {:>8} {:>8} {:>12} {:>8} {:>10}",
            kind, c.queued, c.sent, c.unreachable, c.failed, c.cancelled
        );
    }
    match oldest {
        Some(age) => println!("oldest queued message: {} s", age.num_seconds()),
        None => println!("no queued message"),
    }
    Ok(())
}
