//! The durable outbox: every message the bot sends on its own initiative is a row first,
//! written in the transaction of the change that caused it, then delivered by the sender
//! within Telegram's limits. A message is stored as an id with arguments and rendered at
//! send time in the recipient's current language.

mod broadcast;
pub mod door;
pub mod limiter;
mod record;
pub mod retry;
pub mod sender;
mod status;

pub use record::{defer, record};
pub use status::{Counts, batch_counts, print_report, report};

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use crate::domain::{Locale, PersonId, QuartierId};
use crate::i18n::{Localizer, Msg};

/// Who receives a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    Person(PersonId),
    /// The Telegram group linked to a quartier.
    Group(QuartierId),
}

/// A message to queue.
#[derive(Debug, Clone)]
pub struct NewMessage {
    /// Enqueueing the same key twice sends once.
    pub key: String,
    pub kind: &'static str,
    pub batch: Option<String>,
    pub to: Recipient,
    pub message: Msg,
    pub attachment: Option<Vec<u8>>,
    pub not_before: DateTime<Utc>,
    /// Instead of sending: delete these messages from her chat (discreet mode).
    pub delete_ids: Vec<i64>,
    /// The person the message speaks of (her name, her answer), so that `/forget` can
    /// erase it; not its recipient.
    pub about: Option<PersonId>,
}

impl NewMessage {
    /// A message to a person, to be sent as soon as possible.
    pub fn to_person(
        key: String,
        kind: &'static str,
        person: PersonId,
        message: Msg,
        now: DateTime<Utc>,
    ) -> Self {
        NewMessage {
            key,
            kind,
            batch: None,
            to: Recipient::Person(person),
            message,
            attachment: None,
            not_before: now,
            delete_ids: vec![],
            about: None,
        }
    }

    /// The same message, marked as carrying the data of `person`.
    pub fn about(self, person: PersonId) -> Self {
        NewMessage {
            about: Some(person),
            ..self
        }
    }

    /// Deletes messages from a person's chat (the content is a neutral message id, kept
    /// only so that the row reads like the others).
    pub fn delete(key: String, person: PersonId, ids: Vec<i64>, now: DateTime<Utc>) -> Self {
        NewMessage {
            delete_ids: ids,
            ..NewMessage::to_person(
                key,
                "discreet_delete",
                person,
                Msg::new("report-discreet-receipt"),
                now,
            )
        }
    }
}

/// The kind of a row that publishes a person's "/" command list instead of a message.
pub const COMMANDS_KIND: &str = "commands";

impl NewMessage {
    /// Publishes her chat's "/" command list: these commands, described when sent in her
    /// language of that moment.
    pub fn commands(key: String, person: PersonId, names: &[&str], now: DateTime<Utc>) -> Self {
        let message = Msg::new("commands").plain("names", names.join(" "));
        NewMessage::to_person(key, COMMANDS_KIND, person, message, now)
    }
}

/// The command names a `commands` row carries.
fn command_names(message: &Msg) -> Vec<&str> {
    message
        .args
        .iter()
        .find_map(|(name, arg)| match arg {
            crate::i18n::Arg::Plain(names) if name == "names" => Some(names.split(' ')),
            _ => None,
        })
        .into_iter()
        .flatten()
        .filter(|n| !n.is_empty())
        .collect()
}

/// Queues a message; returns false if a message with this key was already queued.
pub async fn enqueue(
    conn: &mut SqliteConnection,
    m: &NewMessage,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let (person, quartier) = match m.to {
        Recipient::Person(p) => (Some(p.0), None),
        Recipient::Group(q) => (None, Some(q.0)),
    };
    let message = serde_json::to_string(&m.message).expect("a message serialises");
    let done = sqlx::query(
        "INSERT OR IGNORE INTO outbox (dedup_key, kind, batch, person_id, quartier_id, message,
             attachment, not_before, created_at, delete_ids, about_person_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&m.key)
    .bind(m.kind)
    .bind(&m.batch)
    .bind(person)
    .bind(quartier)
    .bind(message)
    .bind(&m.attachment)
    .bind(m.not_before)
    .bind(now)
    .bind((!m.delete_ids.is_empty()).then(|| serde_json::to_string(&m.delete_ids).expect("ids")))
    .bind(m.about.map(|p| p.0))
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Discreet mode: the remembered messages of her chat (and `also`, her current message)
/// are queued for deletion, in the caller's transaction; nothing of them stays remembered.
/// Returns whether a deletion was queued.
pub async fn queue_discreet_deletion(
    conn: &mut SqliteConnection,
    chat: i64,
    person: PersonId,
    also: Option<i64>,
    key: String,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let mut ids = crate::store::chat_messages::take(&mut *conn, chat).await?;
    ids.extend(also);
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(false);
    }
    enqueue(conn, &NewMessage::delete(key, person, ids, now), now).await
}

/// Queues a message to a person, sent as soon as possible; false if `key` was queued.
pub async fn tell(
    conn: &mut SqliteConnection,
    key: String,
    kind: &'static str,
    person: PersonId,
    message: Msg,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    enqueue(
        conn,
        &NewMessage::to_person(key, kind, person, message, now),
        now,
    )
    .await
}

/// A claimed row, resolved and rendered for sending.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: i64,
    pub chat_id: i64,
    pub text: String,
    pub attachment: Option<Vec<u8>>,
    pub attempts: u32,
    pub quartier: Option<QuartierId>,
    /// Messages to delete instead of sending `text`.
    pub delete_ids: Vec<i64>,
    /// When the row was queued (a deletion is retried while Telegram allows it).
    pub queued_at: Option<DateTime<Utc>>,
    /// Instead of sending `text`: her chat's "/" command list, with descriptions.
    pub commands: Option<Vec<(String, String)>>,
    /// Instead of sending `text`: keep the door of a quartier's group.
    pub door: Option<door::DoorAction>,
    /// A voice note Telegram already has, sent by its file id with `text` as caption.
    pub voice: Option<String>,
    /// One button under the message: (label, callback data).
    pub button: Option<(String, String)>,
}

type ClaimedRow = (
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<Vec<u8>>,
    i64,
    Option<String>,
    DateTime<Utc>,
    String,
);

/// Claims up to `limit` due rows for `lease`, and resolves each: her chat and current
/// language (a person unreachable or gone is settled here, without sending).
pub async fn claim(
    pool: &SqlitePool,
    localizer: &Localizer,
    now: DateTime<Utc>,
    lease: chrono::Duration,
    limit: i64,
) -> sqlx::Result<Vec<Delivery>> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let rows: Vec<ClaimedRow> = sqlx::query_as(
        "UPDATE outbox SET lease_until = ?1
         WHERE id IN (SELECT id FROM outbox
                      WHERE status = 'queued' AND not_before <= ?2
                        AND (lease_until IS NULL OR lease_until <= ?2)
                      ORDER BY not_before, id LIMIT ?3)
         RETURNING id, person_id, quartier_id, message, attachment, attempts, delete_ids,
             created_at, kind",
    )
    .bind(now + lease)
    .bind(now)
    .bind(limit)
    .fetch_all(&mut *tx)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, person, quartier, message, attachment, attempts, delete_ids, created_at, kind) in rows
    {
        let target = match (person, quartier) {
            (Some(p), _) => person_target(&mut tx, PersonId(p)).await?,
            (None, Some(q)) => {
                group_target(&mut tx, QuartierId(q), localizer.default_locale()).await?
            }
            (None, None) => Err("no recipient"),
        };
        let message: Option<Msg> = message.and_then(|m| serde_json::from_str(&m).ok());
        let copy = match (&target, &message) {
            (Ok((_, locale)), Some(m)) if kind == crate::services::broadcasts::KIND => {
                Some(broadcast::copy(&mut tx, localizer, m, person, locale, now).await?)
            }
            _ => None,
        };
        let target = match copy {
            Some(Err(why)) => Err(why),
            _ => target,
        };
        match (target, message) {
            (Ok((chat_id, locale)), Some(message)) => {
                let (text, voice, button) = match copy {
                    Some(Ok(c)) => (c.text, c.voice, c.button),
                    _ => (
                        match kind.as_str() {
                            COMMANDS_KIND
                            | door::APPROVE_KIND
                            | door::DECLINE_KIND
                            | door::REMOVE_KIND => String::new(),
                            _ => localizer.render(&locale, &message),
                        },
                        None,
                        None,
                    ),
                };
                out.push(Delivery {
                    id,
                    chat_id,
                    door: door::action(&kind, &message),
                    text,
                    commands: (kind == COMMANDS_KIND)
                        .then(|| localizer.commands(&locale, command_names(&message))),
                    attachment,
                    attempts: attempts as u32,
                    quartier: quartier.map(QuartierId),
                    delete_ids: delete_ids
                        .and_then(|d| serde_json::from_str(&d).ok())
                        .unwrap_or_default(),
                    queued_at: Some(created_at),
                    voice,
                    button,
                })
            }
            (Err("unreachable"), _) => {
                settle(&mut tx, id, "unreachable", Some("blocked the bot"), now).await?
            }
            (Err(why), _) => settle(&mut tx, id, "cancelled", Some(why), now).await?,
            (Ok(_), None) => settle(&mut tx, id, "cancelled", Some("content erased"), now).await?,
        }
    }
    tx.commit().await?;
    Ok(out)
}

async fn person_target(
    conn: &mut SqliteConnection,
    person: PersonId,
) -> sqlx::Result<Result<(i64, Locale), &'static str>> {
    let row: Option<(Option<i64>, String, Option<String>)> = sqlx::query_as(
        "SELECT a.chat_id, p.locale, p.unreachable_at FROM person p
         LEFT JOIN telegram_account a ON a.person_id = p.id WHERE p.id = ?",
    )
    .bind(person.0)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        None | Some((None, _, _)) => Err("no account"),
        Some((_, _, Some(_))) => Err("unreachable"),
        Some((Some(chat), locale, None)) => Locale::parse(&locale)
            .map(|l| (chat, l))
            .map_err(|_| "bad locale"),
    })
}

async fn group_target(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    locale: &Locale,
) -> sqlx::Result<Result<(i64, Locale), &'static str>> {
    let chat: Option<Option<i64>> =
        sqlx::query_scalar("SELECT group_chat_id FROM quartier WHERE id = ?")
            .bind(quartier.0)
            .fetch_optional(conn)
            .await?;
    Ok(chat
        .flatten()
        .map(|c| (c, locale.clone()))
        .ok_or("no linked group"))
}

/// Settles a row for good; `attempts` counts the attempt just made, if any.
async fn settle(
    conn: &mut SqliteConnection,
    id: i64,
    status: &str,
    error: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    settle_after(conn, id, status, error, None, now).await
}

pub(crate) async fn settle_after(
    conn: &mut SqliteConnection,
    id: i64,
    status: &str,
    error: Option<&str>,
    attempts: Option<u32>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE outbox SET status = ?, last_error = ?, lease_until = NULL, sent_at = ?,
             attempts = COALESCE(?, attempts) WHERE id = ?",
    )
    .bind(status)
    .bind(error)
    .bind(now)
    .bind(attempts)
    .bind(id)
    .execute(conn)
    .await
    .map(drop)
}

/// At start-up (one bot process per database): rows leased by a process that died are
/// due again at once. Returns how many.
pub async fn release_leases(pool: &SqlitePool) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET lease_until = NULL WHERE status = 'queued' AND lease_until IS NOT NULL",
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// She wrote to the bot: she can be reached again.
pub async fn mark_reachable(conn: &mut SqliteConnection, person: PersonId) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE person SET unreachable_at = NULL WHERE id = ? AND unreachable_at IS NOT NULL",
    )
    .bind(person.0)
    .execute(conn)
    .await
    .map(drop)
}

/// Cancels a person's pending messages (for `/forget`).
pub async fn cancel_for_person(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'cancelled', message = NULL, attachment = NULL, sent_at = ?,
             lease_until = NULL WHERE person_id = ? AND status = 'queued'",
    )
    .bind(now)
    .bind(person.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Erases the content of messages settled before `before`; returns how many.
pub async fn erase_content(pool: &SqlitePool, before: DateTime<Utc>) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET message = NULL, attachment = NULL
         WHERE status <> 'queued' AND sent_at < ? AND (message IS NOT NULL OR attachment IS NOT NULL)",
    )
    .bind(before)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
