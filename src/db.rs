//! The SQLite database: connection settings, migrations run by RELIABILITY.md's rules,
//! and a consistent backup of a live database.

use std::str::FromStr;
use std::time::Duration;

use anyhow::{Context, bail};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, SqliteConnection, SqlitePool};

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

fn options(url: &str) -> anyhow::Result<SqliteConnectOptions> {
    Ok(SqliteConnectOptions::from_str(url)
        .with_context(|| "DATABASE_URL is not a SQLite URL")?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .pragma("secure_delete", "ON")
        .busy_timeout(Duration::from_secs(5)))
}

/// Applies pending migrations on a dedicated connection with foreign keys off (so that a
/// table rebuild cannot cascade deletes), then requires `foreign_key_check` to be clean.
pub async fn migrate(url: &str) -> anyhow::Result<()> {
    let mut conn = SqliteConnection::connect_with(&options(url)?.foreign_keys(false))
        .await
        .context("cannot open the database")?;
    MIGRATOR
        .run(&mut conn)
        .await
        .context("a database migration failed")?;
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&mut conn)
        .await?;
    if !broken.is_empty() {
        bail!("after migration, foreign keys are broken in: {broken:?}");
    }
    conn.close().await?;
    Ok(())
}

/// Migrates, then opens the pool the bot uses.
pub async fn connect(url: &str) -> anyhow::Result<SqlitePool> {
    migrate(url).await?;
    // One connection, taken in turn by every transaction of the process. SQLite admits
    // one writer at a time anyway, and nearly every transaction here writes: with several
    // connections, a writer that finds the database locked sleeps in SQLite's busy
    // handler in growing steps (1, 2, 5 … 100 ms) instead of waking when the lock frees,
    // which turned a queue of writers into a latency tail of tens of milliseconds (see
    // BENCHMARKS.md). The pool's queue wakes the next one at once, first come first served.
    // Its statements run on the thread that sends them (`inline`, our patch of sqlx-sqlite:
    // vendor/sqlx-sqlite/PATCH.md), so an update's statements stay on the update line's
    // thread instead of waking sqlx's worker thread and being woken back, twice each.
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .test_before_acquire(false)
        .connect_with(options(url)?.inline(true))
        .await
        .context("cannot open the database")?;
    Ok(pool)
}

/// Copies the write-ahead log into the database file and empties it
/// (`wal_checkpoint(TRUNCATE)`). Run after an erasure: `secure_delete` overwrites erased
/// data in the database file, but until a checkpoint older copies of the same pages still
/// lie in `-wal`. Returns false when a reader held it back (the next erasure, or the
/// clean shutdown, completes it).
pub async fn checkpoint(pool: &SqlitePool) -> anyhow::Result<bool> {
    let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(pool)
        .await
        .context("the WAL checkpoint failed")?;
    if busy != 0 {
        tracing::warn!("WAL checkpoint held back by a reader");
    }
    Ok(busy == 0)
}

/// Writes a consistent copy of the live database to `path` (SQLite's `VACUUM INTO`).
pub async fn backup(pool: &SqlitePool, path: &std::path::Path) -> anyhow::Result<()> {
    if path.exists() {
        bail!(
            "{} already exists: choose a new file for the backup",
            path.display()
        );
    }
    sqlx::query("VACUUM INTO ?")
        .bind(path.to_string_lossy().into_owned())
        .execute(pool)
        .await
        .context("the backup failed")?;
    Ok(())
}
