//! An update's write transaction, on the process's one connection, in as few round trips
//! as possible: each statement sent to sqlx's SQLite thread is a round trip that costs
//! more than the statement itself (see BENCHMARKS.md). So `BEGIN IMMEDIATE` goes with the
//! first reads (her chat's row; the person who wrote, marked seen), and `COMMIT` with the
//! last write (her dialogue with the update id). The transaction is opened and closed by
//! plain statements; one dropped while still open (a cancelled update) closes the
//! connection, which rolls it back, and the pool opens a new one. sqlx does not know of
//! this transaction: inside it, a savepoint is `savepoint` / `release`, never
//! `Connection::begin` (which would send a second `BEGIN`, an error).

use chrono::{DateTime, Utc};
use sqlx::pool::PoolConnection;
use sqlx::sqlite::SqliteRow;
use sqlx::{FromRow, Row, Sqlite, SqliteConnection, SqlitePool};

use super::chat_state::{self, Dialogue, Stored, load_sql, save_sql};
use super::persons;
use crate::domain::{Person, TelegramUserId};

/// The person behind a Telegram account (`?3`), marked last seen (`?2`), no longer warned
/// of inactivity and reachable again if she had blocked the bot.
macro_rules! seen_sql {
    () => {
        "UPDATE person SET last_seen_at = ?2, inactivity_warned_at = NULL, unreachable_at = NULL
         WHERE id = (SELECT person_id FROM telegram_account WHERE telegram_user_id = ?3)
         RETURNING id, first_name, locale, discreet"
    };
}

/// The outbox's last row, read when the update begins and again before it commits: the
/// sender is woken only when the update queued a message (each wake-up costs it a claim,
/// four round trips on the one connection).
macro_rules! outbox_last_sql {
    () => {
        "SELECT max(id) AS outbox_last FROM outbox"
    };
}

const BEGIN_FROM_PERSON: &str = concat!(
    "BEGIN IMMEDIATE; ",
    load_sql!(),
    "; ",
    seen_sql!(),
    "; ",
    outbox_last_sql!()
);
const BEGIN_FROM_CHAT: &str = concat!("BEGIN IMMEDIATE; ", load_sql!(), "; ", outbox_last_sql!());
const SAVE_AND_COMMIT: &str = concat!(save_sql!(), "; ", outbox_last_sql!(), "; COMMIT");
const COMMIT: &str = concat!(outbox_last_sql!(), "; COMMIT");

/// What an update finds when it arrives.
#[derive(Debug, Default)]
pub struct Arrival {
    /// Her chat's row.
    pub stored: Option<Stored>,
    /// The person who wrote, if registered, now marked seen.
    pub person: Option<Person>,
}

/// Whether the outbox's last row changed between two readings (if unreadable, yes: a
/// needless wake-up costs less than a late message).
fn queued(before: Option<i64>, rows: &[SqliteRow]) -> bool {
    let after = rows
        .iter()
        .map(|row| row.try_get::<Option<i64>, _>("outbox_last"))
        .next_back();
    !matches!(after, Some(Ok(after)) if after == before)
}

/// An open update transaction.
pub struct UpdateTx {
    conn: PoolConnection<Sqlite>,
    open: bool,
    /// The outbox's last row when the update began.
    outbox_last: Option<i64>,
}

impl Drop for UpdateTx {
    fn drop(&mut self) {
        if self.open {
            self.conn.close_on_drop();
        }
    }
}

/// Takes the connection, opens the transaction, reads her chat's row and marks the
/// sender seen — one round trip.
pub async fn begin(
    pool: &SqlitePool,
    chat_id: i64,
    sender: Option<TelegramUserId>,
    now: DateTime<Utc>,
) -> sqlx::Result<(UpdateTx, Arrival)> {
    let conn = pool.acquire().await?;
    let mut tx = UpdateTx {
        conn,
        open: true,
        outbox_last: None,
    };
    let found = tx.arrive(chat_id, sender, now).await;
    match found {
        Ok(found) => Ok((tx, found)),
        Err(e) => {
            tx.rollback().await;
            Err(e)
        }
    }
}

impl UpdateTx {
    /// The connection, for the update's statements.
    pub fn conn(&mut self) -> &mut SqliteConnection {
        &mut self.conn
    }

    async fn arrive(
        &mut self,
        chat_id: i64,
        sender: Option<TelegramUserId>,
        now: DateTime<Utc>,
    ) -> sqlx::Result<Arrival> {
        let query = match sender {
            Some(user) => sqlx::query(BEGIN_FROM_PERSON)
                .bind(chat_id)
                .bind(now)
                .bind(user.0),
            None => sqlx::query(BEGIN_FROM_CHAT).bind(chat_id),
        };
        let rows = query.fetch_all(&mut *self.conn).await?;
        let mut found = Arrival::default();
        // The rows of the statements come in order; each is told by its columns.
        for row in rows {
            if row.try_column("outbox_last").is_ok() {
                self.outbox_last = row.try_get("outbox_last")?;
            } else if row.try_column("last_update_id").is_ok() {
                found.stored = Some(Stored::from_row(&row)?);
            } else {
                found.person = Some(persons::person(FromRow::from_row(&row)?));
            }
        }
        Ok(found)
    }

    /// Rolls back what was written, and opens a new transaction for the same update
    /// (after a person's mistake, its bookkeeping is done again).
    pub async fn again(
        &mut self,
        chat_id: i64,
        sender: Option<TelegramUserId>,
        now: DateTime<Utc>,
    ) -> sqlx::Result<Arrival> {
        sqlx::query("ROLLBACK").execute(&mut *self.conn).await?;
        self.arrive(chat_id, sender, now).await
    }

    /// Stores her dialogue with the update id, and commits — one round trip. Returns
    /// whether the update queued a message in the outbox.
    pub async fn save_and_commit(
        self,
        chat_id: i64,
        dialogue: Dialogue<'_>,
        update_id: i64,
        now: DateTime<Utc>,
    ) -> sqlx::Result<bool> {
        let query = sqlx::query(SAVE_AND_COMMIT);
        let query = chat_state::bind_save(query, chat_id, dialogue, update_id, now);
        self.finish(query).await
    }

    /// Commits (after `/forget`, nothing of her chat is stored); returns whether the
    /// update queued a message in the outbox.
    pub async fn commit(self) -> sqlx::Result<bool> {
        self.finish(sqlx::query(COMMIT)).await
    }

    /// Runs the statements that end with `COMMIT`; if one fails, rolls back.
    async fn finish<'q>(
        mut self,
        query: sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    ) -> sqlx::Result<bool> {
        match query.fetch_all(&mut *self.conn).await {
            Ok(rows) => {
                self.open = false;
                Ok(queued(self.outbox_last, &rows))
            }
            Err(e) => {
                self.rollback().await;
                Err(e)
            }
        }
    }

    /// Rolls back (a replayed update, an unexpected error); if even that fails, the
    /// connection is closed when dropped, which rolls back.
    pub async fn rollback(mut self) {
        if sqlx::query("ROLLBACK")
            .execute(&mut *self.conn)
            .await
            .is_ok()
        {
            self.open = false;
        }
    }
}

/// Opens a savepoint in the update's transaction (one at a time).
pub async fn savepoint(conn: &mut SqliteConnection) -> sqlx::Result<()> {
    sqlx::query("SAVEPOINT nested")
        .execute(conn)
        .await
        .map(drop)
}

/// Closes the savepoint, keeping what was written since if `keep`, else undoing it.
pub async fn release(conn: &mut SqliteConnection, keep: bool) -> sqlx::Result<()> {
    let sql = if keep {
        "RELEASE nested"
    } else {
        "ROLLBACK TO nested; RELEASE nested"
    };
    sqlx::query(sql).execute(conn).await.map(drop)
}
