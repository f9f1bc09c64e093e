//! Broadcasts: the announcement, its language versions, who understood it, and the
//! figures of its outbox rows (batch `broadcast:<id>`).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{Audience, BroadcastId, CityId, Locale, PersonId, QuartierId, Version};

mod audience;

pub use audience::{any_recipient, recipients, still_recipients};

/// The outbox batch of a broadcast's rows.
pub fn batch(id: BroadcastId) -> String {
    format!("broadcast:{id}")
}

/// The unique key of one person's copy.
pub fn person_key(id: BroadcastId, person: PersonId) -> String {
    format!("broadcast:{id}:p{person}")
}

/// The unique key of one quartier group's copy.
pub fn group_key(id: BroadcastId, quartier: QuartierId) -> String {
    format!("broadcast:{id}:g{quartier}")
}

/// A broadcast as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Broadcast {
    pub id: BroadcastId,
    pub city: CityId,
    pub author: Option<PersonId>,
    pub author_chat: Option<i64>,
    pub audience: Audience,
    pub default_locale: Locale,
    pub status: String,
    pub send_at: DateTime<Utc>,
    pub recipients: i64,
    pub understood: i64,
    pub progress_message: Option<i64>,
    pub progress_text: Option<String>,
    /// When the live report was last sent or edited.
    pub progress_at: Option<DateTime<Utc>>,
}

type Row = (
    i64,
    i64,
    Option<i64>,
    Option<i64>,
    String,
    String,
    String,
    DateTime<Utc>,
    i64,
    i64,
    Option<i64>,
    Option<String>,
    Option<DateTime<Utc>>,
);

const COLUMNS: &str = "SELECT id, city_id, author_id, author_chat_id, audience, default_locale,
    status, send_at, recipients, understood, progress_message_id, progress_text, progress_at
    FROM broadcast";

fn broadcast(r: Row) -> Broadcast {
    Broadcast {
        id: BroadcastId(r.0),
        city: CityId(r.1),
        author: r.2.map(PersonId),
        author_chat: r.3,
        audience: serde_json::from_str(&r.4).unwrap_or_default(),
        default_locale: Locale::parse(&r.5).unwrap_or_else(|_| Locale::parse("fr").expect("fr")),
        status: r.6,
        send_at: r.7,
        recipients: r.8,
        understood: r.9,
        progress_message: r.10,
        progress_text: r.11,
        progress_at: r.12,
    }
}

/// What `create` stores.
pub struct NewBroadcast<'a> {
    pub author: PersonId,
    pub author_chat: i64,
    pub audience: &'a Audience,
    pub city: CityId,
    pub default_locale: &'a Locale,
    pub versions: &'a [Version],
    pub send_at: DateTime<Utc>,
}

pub async fn create(
    conn: &mut SqliteConnection,
    b: &NewBroadcast<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<BroadcastId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO broadcast (city_id, author_id, author_chat_id, audience, default_locale,
             send_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(b.city.0)
    .bind(b.author.0)
    .bind(b.author_chat)
    .bind(serde_json::to_string(b.audience).expect("an audience serialises"))
    .bind(b.default_locale.as_str())
    .bind(b.send_at)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for v in b.versions.iter().filter(|v| !v.is_empty()) {
        let Some(locale) = &v.locale else { continue };
        sqlx::query(
            "INSERT INTO broadcast_version (broadcast_id, locale, text, voice_file_id)
             VALUES (?, ?, ?, ?)",
        )
        .bind(id)
        .bind(locale.as_str())
        .bind(&v.text)
        .bind(&v.voice)
        .execute(&mut *conn)
        .await?;
    }
    Ok(BroadcastId(id))
}

pub async fn get(conn: &mut SqliteConnection, id: BroadcastId) -> sqlx::Result<Option<Broadcast>> {
    let row: Option<Row> = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(broadcast))
}

/// Her most recent broadcasts, newest first.
pub async fn by_author(
    conn: &mut SqliteConnection,
    author: PersonId,
    limit: i64,
) -> sqlx::Result<Vec<Broadcast>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE author_id = ? ORDER BY id DESC LIMIT ?"
    ))
    .bind(author.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(broadcast).collect())
}

/// Broadcasts being delivered whose author has a chat (the live report follows them).
pub async fn sending(conn: &mut SqliteConnection) -> sqlx::Result<Vec<Broadcast>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE status = 'sending' AND author_chat_id IS NOT NULL ORDER BY id"
    ))
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(broadcast).collect())
}

pub async fn versions(conn: &mut SqliteConnection, id: BroadcastId) -> sqlx::Result<Vec<Version>> {
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT locale, text, voice_file_id FROM broadcast_version
         WHERE broadcast_id = ? ORDER BY locale",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(locale, text, voice)| Version {
            locale: Locale::parse(&locale).ok(),
            text,
            voice,
        })
        .collect())
}

/// The broadcast's rows were written: it is being delivered.
pub async fn mark_sending(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    recipients: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE broadcast SET status = 'sending', sent_at = ?, recipients = ?
         WHERE id = ? AND status = 'scheduled'",
    )
    .bind(now)
    .bind(recipients)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Cancels a scheduled or sending broadcast: its rows not yet sent are withdrawn.
/// Returns how many were withdrawn, or `None` if it was already over.
pub async fn cancel(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<u64>> {
    let done = sqlx::query(
        "UPDATE broadcast SET status = 'cancelled', cancelled_at = ?, finished_at = ?
         WHERE id = ? AND status IN ('scheduled', 'sending')",
    )
    .bind(now)
    .bind(now)
    .bind(id.0)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(None);
    }
    let withdrawn = sqlx::query(
        "UPDATE outbox SET status = 'cancelled', last_error = 'broadcast cancelled', sent_at = ?,
             lease_until = NULL WHERE batch = ? AND status = 'queued'",
    )
    .bind(now)
    .bind(batch(id))
    .execute(conn)
    .await?;
    Ok(Some(withdrawn.rows_affected()))
}

/// The figures of a broadcast's rows: (recipient's language, or None for a group;
/// status; count). A row leased to the sender counts as queued.
pub async fn figures(
    conn: &mut SqliteConnection,
    id: BroadcastId,
) -> sqlx::Result<Vec<(Option<String>, String, i64)>> {
    sqlx::query_as(
        "SELECT p.locale, o.status, COUNT(*) FROM outbox o LEFT JOIN person p ON p.id = o.person_id
         WHERE o.batch = ? GROUP BY p.locale, o.status ORDER BY p.locale, o.status",
    )
    .bind(batch(id))
    .fetch_all(conn)
    .await
}

/// Records "understood" once for a person who received the broadcast; false if she had
/// already said so, or never received it (a forged tap).
pub async fn acknowledge(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT OR IGNORE INTO broadcast_ack (broadcast_id, person_id, acked_at)
         SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM outbox
             WHERE dedup_key = ?4 AND status = 'sent')",
    )
    .bind(id.0)
    .bind(person.0)
    .bind(now)
    .bind(person_key(id, person))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("UPDATE broadcast SET understood = understood + 1 WHERE id = ?")
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(true)
}

/// People who received the broadcast and have not said they understood: (person, her
/// quartiers' ids).
pub async fn not_understood(
    conn: &mut SqliteConnection,
    id: BroadcastId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT o.person_id FROM outbox o WHERE o.batch = ?1 AND o.status = 'sent'
           AND o.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM broadcast_ack k
             WHERE k.broadcast_id = ?2 AND k.person_id = o.person_id)
         ORDER BY o.person_id",
    )
    .bind(batch(id))
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Remembers the author's live report message and what it shows.
pub async fn set_progress(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    message_id: i64,
    text: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE broadcast SET progress_message_id = ?, progress_text = ?, progress_at = ?
         WHERE id = ?",
    )
    .bind(message_id)
    .bind(text)
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await
    .map(drop)
}

/// Every row settled: the broadcast is done.
pub async fn finish(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE broadcast SET status = 'done', finished_at = ? WHERE id = ? AND status = 'sending'",
    )
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await
    .map(drop)
}

/// `/forget` of an author: her broadcasts lose her (the recipients keep theirs); those not
/// yet sent are cancelled, the content of those over is erased. Returns how many.
pub async fn forget_author(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    sqlx::query(
        "UPDATE broadcast SET status = 'cancelled', cancelled_at = ?, finished_at = ?
         WHERE author_id = ? AND status = 'scheduled'",
    )
    .bind(now)
    .bind(now)
    .bind(person.0)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE broadcast_version SET text = NULL, voice_file_id = NULL WHERE broadcast_id IN
             (SELECT id FROM broadcast WHERE author_id = ? AND status IN ('done', 'cancelled'))",
    )
    .bind(person.0)
    .execute(&mut *conn)
    .await?;
    let done = sqlx::query(
        "UPDATE broadcast SET author_id = NULL, author_chat_id = NULL, progress_text = NULL
         WHERE author_id = ?",
    )
    .bind(person.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

/// Erases the versions of broadcasts finished before `before`; returns how many versions.
pub async fn erase_before(conn: &mut SqliteConnection, before: DateTime<Utc>) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "UPDATE broadcast_version SET text = NULL, voice_file_id = NULL
         WHERE (text IS NOT NULL OR voice_file_id IS NOT NULL) AND broadcast_id IN
             (SELECT id FROM broadcast WHERE finished_at < ?)",
    )
    .bind(before)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE broadcast SET progress_text = NULL WHERE finished_at < ?")
        .bind(before)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

/// Her broadcasts' versions, for `/mydata`: (broadcast id, language, text, has a voice).
pub async fn of_author_for_export(
    conn: &mut SqliteConnection,
    person: PersonId,
) -> sqlx::Result<Vec<(i64, String, Option<String>, Option<String>)>> {
    sqlx::query_as(
        "SELECT v.broadcast_id, v.locale, v.text, v.voice_file_id FROM broadcast_version v
         JOIN broadcast b ON b.id = v.broadcast_id WHERE b.author_id = ? ORDER BY v.broadcast_id",
    )
    .bind(person.0)
    .fetch_all(conn)
    .await
}
