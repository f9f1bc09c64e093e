//! Updates' write transactions, on the process's one connection, in as few round trips
//! as possible: each statement sent to sqlx's SQLite thread is a round trip that costs
//! more than the statement itself (see BENCHMARKS.md).
//!
//! Updates that arrive together are written in one transaction, a *batch* (group commit):
//! each update in a savepoint of its own, so that a person's mistake or a failure undoes
//! only that update's writes, and one `COMMIT` for all, before any of them is answered.
//! An update takes one round trip of its own: its savepoint opened with her chat's row and
//! the person who wrote (marked seen). Her dialogue saved with the update id and the
//! savepoint released are kept (`Tail`) and sent with the next round trip: the next
//! update's reads, or the batch's `COMMIT`. `BEGIN IMMEDIATE` goes with the first
//! update's reads.
//!
//! The transaction is opened and closed by plain statements; a batch dropped while still
//! open (cancelled) closes the connection, which rolls it back, and the pool opens a new
//! one. sqlx does not know of this transaction: inside it, a savepoint is `savepoint` /
//! `release`, never `Connection::begin` (which would send a second `BEGIN`, an error).

use std::sync::LazyLock;

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

/// The first update of a batch begins the transaction and reads the outbox's last row.
macro_rules! begin_sql {
    () => {
        concat!("BEGIN IMMEDIATE; ", outbox_last_sql!(), "; ")
    };
}

/// An update opens its savepoint and reads what it finds: (from a person, from a chat
/// without sender).
const ARRIVE: (&str, &str) = (
    concat!("SAVEPOINT update_tx; ", load_sql!(), "; ", seen_sql!()),
    concat!("SAVEPOINT update_tx; ", load_sql!()),
);
const ARRIVE_FIRST: (&str, &str) = (
    concat!(
        begin_sql!(),
        "SAVEPOINT update_tx; ",
        load_sql!(),
        "; ",
        seen_sql!()
    ),
    concat!(begin_sql!(), "SAVEPOINT update_tx; ", load_sql!()),
);
const AGAIN: (&str, &str) = (
    concat!("ROLLBACK TO update_tx; ", load_sql!(), "; ", seen_sql!()),
    concat!("ROLLBACK TO update_tx; ", load_sql!()),
);
const SAVE_AND_RELEASE: &str = concat!(save_sql!(), "; RELEASE update_tx");
const UNDO: &str = "ROLLBACK TO update_tx; RELEASE update_tx";
const COMMIT: &str = concat!(outbox_last_sql!(), "; COMMIT");

/// The end of the update before goes with the next update's reads, in one round trip: its
/// dialogue saved (parameters after the reads' three: `?4`…`?9`) or only its savepoint
/// released. (From a person, from a chat without sender.)
static ARRIVE_AFTER_SAVE: LazyLock<(String, String)> = LazyLock::new(|| {
    let save = shifted(SAVE_AND_RELEASE, 3);
    (
        format!("{save}; {}", ARRIVE.0),
        format!("{save}; {}", ARRIVE.1),
    )
});
const ARRIVE_AFTER_RELEASE: (&str, &str) = (
    concat!(
        "RELEASE update_tx; SAVEPOINT update_tx; ",
        load_sql!(),
        "; ",
        seen_sql!()
    ),
    concat!("RELEASE update_tx; SAVEPOINT update_tx; ", load_sql!()),
);
/// … or with `COMMIT`.
const COMMIT_AFTER_SAVE: &str = concat!(
    save_sql!(),
    "; RELEASE update_tx; ",
    outbox_last_sql!(),
    "; COMMIT"
);
const COMMIT_AFTER_RELEASE: &str = concat!("RELEASE update_tx; ", outbox_last_sql!(), "; COMMIT");

/// `sql` with each numbered parameter `?N` renumbered `?N+by`.
fn shifted(sql: &str, by: u32) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut rest = sql;
    while let Some(at) = rest.find('?') {
        out.push_str(&rest[..=at]);
        rest = &rest[at + 1..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if let Ok(n) = rest[..digits].parse::<u32>() {
            out.push_str(&(n + by).to_string());
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    out
}

/// What the last update left to write when it ended, sent with the next round trip.
enum Tail {
    /// Her dialogue, saved with the update id; then the savepoint released.
    Save(Saved),
    /// The savepoint released (after `/forget`, nothing of her chat is stored).
    Release,
}

/// A dialogue to save, owned.
struct Saved {
    chat_id: i64,
    json: String,
    in_dialogue: bool,
    keeps_messages: bool,
    update_id: i64,
    now: DateTime<Utc>,
}

impl Saved {
    fn bind<'q>(
        &'q self,
        query: sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    ) -> sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>> {
        let dialogue = Dialogue {
            json: &self.json,
            in_dialogue: self.in_dialogue,
            keeps_messages: self.keeps_messages,
        };
        chat_state::bind_save(query, self.chat_id, dialogue, self.update_id, self.now)
    }
}

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

/// The transaction of a batch of updates, on the connection it holds.
pub struct Batch {
    conn: PoolConnection<Sqlite>,
    /// `BEGIN` was sent (with the first update).
    begun: bool,
    /// A statement of the bookkeeping failed: the transaction can only be rolled back.
    broken: bool,
    /// The outbox's last row when the batch began.
    outbox_last: Option<i64>,
    /// What the last update left to write.
    tail: Option<Tail>,
}

impl Drop for Batch {
    fn drop(&mut self) {
        if self.begun {
            self.conn.close_on_drop();
        }
    }
}

/// Takes the connection for a batch (the transaction begins with its first update).
pub async fn batch(pool: &SqlitePool) -> sqlx::Result<Batch> {
    Ok(Batch {
        conn: pool.acquire().await?,
        begun: false,
        broken: false,
        outbox_last: None,
        tail: None,
    })
}

impl Batch {
    /// Opens an update's savepoint, reads her chat's row and marks the sender seen — one
    /// round trip (with `BEGIN IMMEDIATE` for the first update).
    pub async fn update(
        &mut self,
        chat_id: i64,
        sender: Option<TelegramUserId>,
        now: DateTime<Utc>,
    ) -> sqlx::Result<(UpdateTx<'_>, Arrival)> {
        let tail = self.tail.take();
        let person = sender.is_some();
        let pick = |(from_person, from_chat): (&'static str, &'static str)| {
            if person { from_person } else { from_chat }
        };
        let sql = match &tail {
            None if self.begun => pick(ARRIVE),
            None => pick(ARRIVE_FIRST),
            Some(Tail::Release) => pick(ARRIVE_AFTER_RELEASE),
            Some(Tail::Save(_)) => {
                let (from_person, from_chat) = &*ARRIVE_AFTER_SAVE;
                pick((from_person.as_str(), from_chat.as_str()))
            }
        };
        let first = !self.begun;
        self.begun = true;
        let saved = match &tail {
            Some(Tail::Save(saved)) => Some(saved),
            _ => None,
        };
        match self.arrive(sql, chat_id, sender, now, first, saved).await {
            Ok(found) => Ok((UpdateTx { batch: self }, found)),
            Err(e) => {
                self.broken = true;
                Err(e)
            }
        }
    }

    /// The reads take `?1`–`?3` (her chat; now and the sender, if any); the dialogue the
    /// update before left to save, if any, `?4`–`?9`.
    async fn arrive(
        &mut self,
        sql: &'static str,
        chat_id: i64,
        sender: Option<TelegramUserId>,
        now: DateTime<Utc>,
        first: bool,
        saved: Option<&Saved>,
    ) -> sqlx::Result<Arrival> {
        let mut query = sqlx::query(sql)
            .bind(chat_id)
            .bind(now)
            .bind(sender.map(|user| user.0));
        if let Some(saved) = saved {
            query = saved.bind(query);
        }
        let rows = query.fetch_all(&mut *self.conn).await?;
        let mut found = Arrival::default();
        // The rows of the statements come in order; each is told by its columns.
        for row in rows {
            if row.try_column("outbox_last").is_ok() {
                if first {
                    self.outbox_last = row.try_get("outbox_last")?;
                }
            } else if row.try_column("last_update_id").is_ok() {
                found.stored = Some(Stored::from_row(&row)?);
            } else {
                found.person = Some(persons::person(FromRow::from_row(&row)?));
            }
        }
        Ok(found)
    }

    /// Whether a statement of the bookkeeping failed (the batch can only be rolled back).
    pub fn broken(&self) -> bool {
        self.broken
    }

    /// Commits every update of the batch; returns whether one queued a message in the
    /// outbox. A broken batch is rolled back and reported as an error.
    pub async fn commit(mut self) -> sqlx::Result<bool> {
        if !self.begun {
            return Ok(false);
        }
        if self.broken {
            self.rollback().await;
            return Err(sqlx::Error::Protocol(
                "a batch of updates was rolled back".into(),
            ));
        }
        let tail = self.tail.take();
        let query = match &tail {
            None => sqlx::query(COMMIT),
            Some(Tail::Release) => sqlx::query(COMMIT_AFTER_RELEASE),
            Some(Tail::Save(saved)) => saved.bind(sqlx::query(COMMIT_AFTER_SAVE)),
        };
        let rows = query.fetch_all(&mut *self.conn).await;
        match rows {
            Ok(rows) => {
                self.begun = false;
                Ok(queued(self.outbox_last, &rows))
            }
            Err(e) => {
                self.rollback().await;
                Err(e)
            }
        }
    }

    /// Rolls the whole batch back; if even that fails, the connection is closed when
    /// dropped, which rolls back.
    pub async fn rollback(&mut self) {
        self.tail = None;
        if self.begun
            && sqlx::query("ROLLBACK")
                .execute(&mut *self.conn)
                .await
                .is_ok()
        {
            self.begun = false;
        }
    }

    /// Runs a statement of an update's bookkeeping; if it fails, the batch is broken.
    async fn bookkeeping<'q>(
        &mut self,
        query: sqlx::query::Query<'q, Sqlite, sqlx::sqlite::SqliteArguments<'q>>,
    ) -> sqlx::Result<()> {
        let done = query.execute(&mut *self.conn).await;
        if done.is_err() {
            self.broken = true;
        }
        done.map(drop)
    }
}

/// An update's savepoint in its batch.
pub struct UpdateTx<'b> {
    batch: &'b mut Batch,
}

impl UpdateTx<'_> {
    /// The connection, for the update's statements.
    pub fn conn(&mut self) -> &mut SqliteConnection {
        &mut self.batch.conn
    }

    /// Undoes what the update wrote, and reads again what it finds (after a person's
    /// mistake, its bookkeeping is done again) — one round trip.
    pub async fn again(
        &mut self,
        chat_id: i64,
        sender: Option<TelegramUserId>,
        now: DateTime<Utc>,
    ) -> sqlx::Result<Arrival> {
        let sql = if sender.is_some() { AGAIN.0 } else { AGAIN.1 };
        let found = self
            .batch
            .arrive(sql, chat_id, sender, now, false, None)
            .await;
        if found.is_err() {
            self.batch.broken = true;
        }
        found
    }

    /// Stores her dialogue with the update id, and releases the savepoint: sent with the
    /// next round trip of the batch (the next update's reads, or `COMMIT`).
    pub fn save_and_release(
        self,
        chat_id: i64,
        dialogue: Dialogue<'_>,
        update_id: i64,
        now: DateTime<Utc>,
    ) {
        self.batch.tail = Some(Tail::Save(Saved {
            chat_id,
            json: dialogue.json.to_owned(),
            in_dialogue: dialogue.in_dialogue,
            keeps_messages: dialogue.keeps_messages,
            update_id,
            now,
        }));
    }

    /// Releases the savepoint, keeping what the update wrote (after `/forget`, nothing of
    /// her chat is stored): sent with the next round trip of the batch.
    pub fn release(self) {
        self.batch.tail = Some(Tail::Release);
    }

    /// Undoes what the update wrote (a replayed update, an unexpected error).
    pub async fn undo(self) {
        let _ = self.batch.bookkeeping(sqlx::query(UNDO)).await;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_parameters_are_shifted_and_nothing_else_changes() {
        assert_eq!(
            shifted("VALUES (?1, ?2, ?10) WHERE a = ?3 AND b = '?'", 3),
            "VALUES (?4, ?5, ?13) WHERE a = ?6 AND b = '?'"
        );
        assert_eq!(shifted("SELECT 1", 3), "SELECT 1");
    }

    #[test]
    fn the_dialogue_saved_with_the_next_reads_takes_the_parameters_after_theirs() {
        let (from_person, _) = &*ARRIVE_AFTER_SAVE;
        let save = from_person.split("; RELEASE").next().unwrap();
        for n in 4..=9 {
            assert!(save.contains(&format!("?{n}")), "?{n} in {save}");
        }
        assert!(!save.contains("?1,") && !save.contains("?3,"));
    }
}
