//! The durable outbox: every message the bot sends on its own initiative is a row first,
//! written in the transaction of the change that caused it, then delivered by the sender
//! within Telegram's limits. A message is stored as an id with arguments and rendered at
//! send time in the recipient's current language.

mod broadcast;
mod buttons;
mod claim;
mod digest;
pub mod door;
pub mod limiter;
mod meeting;
mod meeting_send;
mod record;
pub mod retry;
pub mod sender;
mod status;

pub use claim::claim;
pub use digest::fits as digest_caption_fits;
pub use record::{defer, record};
pub use status::{Counts, batch_counts, print_report, report};

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};

use crate::domain::{PersonId, QuartierId};
use crate::i18n::Msg;

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

/// Queues `message` (of `kind`, in `batch`) to many people in one statement, each under
/// her own key (a key already queued is skipped), to be sent as soon as possible; returns
/// how many were queued. For a broadcast's thousands of rows, written in the confirming
/// transaction.
pub async fn enqueue_to_people(
    conn: &mut SqliteConnection,
    kind: &'static str,
    batch: &str,
    message: &Msg,
    people: &[(String, PersonId)],
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let message = serde_json::to_string(message).expect("a message serialises");
    let pairs: Vec<(&str, i64)> = people.iter().map(|(k, p)| (k.as_str(), p.0)).collect();
    let done = sqlx::query(
        "INSERT OR IGNORE INTO outbox (dedup_key, kind, batch, person_id, message, not_before,
             created_at)
         SELECT json_extract(value, '$[0]'), ?1, ?2, json_extract(value, '$[1]'), ?3, ?4, ?4
         FROM json_each(?5)",
    )
    .bind(kind)
    .bind(batch)
    .bind(message)
    .bind(now)
    .bind(serde_json::to_string(&pairs).expect("keys and ids serialise"))
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
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

/// The people of a claim's rows, by the id that their message's argument `name` names
/// (a broadcast's, a meeting's): what a per-claim cache reads once per id.
fn people_by_id<'a>(
    rows: impl Iterator<Item = (&'a str, Option<i64>)>,
    name: &str,
) -> std::collections::BTreeMap<i64, Vec<PersonId>> {
    let mut people: std::collections::BTreeMap<i64, Vec<PersonId>> = Default::default();
    for (message, person) in rows {
        let id = serde_json::from_str::<Msg>(message).ok().and_then(|m| {
            m.args.iter().find_map(|(n, arg)| match arg {
                crate::i18n::Arg::Num(v) if n == name => Some(*v),
                _ => None,
            })
        });
        if let Some(id) = id {
            people.entry(id).or_default().extend(person.map(PersonId));
        }
    }
    people
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
    /// Rows of buttons under the message (a meeting's RSVP), instead of `button`.
    pub keyboard: Vec<Vec<(String, String)>>,
    /// A file sent as a document, with `text` as its caption (a meeting's `.ics`).
    pub document: Option<(String, Vec<u8>)>,
    /// A pin sent after the message (a meeting's last reminder).
    pub location: Option<(f64, f64)>,
    /// Files Telegram already has, by file id, with `text` as caption (minutes: a
    /// document, photos).
    pub files: Vec<crate::domain::meeting::MinutesFile>,
    /// More buttons, one per line (an action's updates, the answers to a question).
    pub buttons: Vec<(String, String)>,
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
