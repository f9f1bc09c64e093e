//! Quartier groups: the invite link the bot keeps, why a link broke, the city's choice
//! of who gets in, and the people the bot let in (and took out).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{AdmissionId, CityId, GroupBreak, GroupPolicy, PersonId, QuartierId};

/// The quartier a group chat serves, and the state of its door.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedGroup {
    pub quartier: QuartierId,
    pub city: CityId,
    pub name: String,
    pub invite_link: Option<String>,
    pub broken: Option<String>,
}

type LinkedRow = (i64, i64, String, Option<String>, Option<String>);

/// The quartier linked to a group chat, if any.
pub async fn linked(conn: &mut SqliteConnection, chat: i64) -> sqlx::Result<Option<LinkedGroup>> {
    let row: Option<LinkedRow> = sqlx::query_as(
        "SELECT id, city_id, name, group_invite_link, group_broken FROM quartier
         WHERE group_chat_id = ?",
    )
    .bind(chat)
    .fetch_optional(conn)
    .await?;
    Ok(
        row.map(|(id, city, name, invite_link, broken)| LinkedGroup {
            quartier: QuartierId(id),
            city: CityId(city),
            name,
            invite_link,
            broken,
        }),
    )
}

/// Links `chat` to a quartier with a new invite link; returns the link it replaces
/// (to be revoked) when the quartier had one in the same chat.
pub async fn set_link(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    chat: i64,
    link: &str,
) -> sqlx::Result<Option<String>> {
    let old: Option<(Option<i64>, Option<String>)> =
        sqlx::query_as("SELECT group_chat_id, group_invite_link FROM quartier WHERE id = ?")
            .bind(quartier.0)
            .fetch_optional(&mut *conn)
            .await?;
    sqlx::query(
        "UPDATE quartier SET group_chat_id = ?, group_invite_link = ?, group_broken = NULL
         WHERE id = ?",
    )
    .bind(chat)
    .bind(link)
    .bind(quartier.0)
    .execute(conn)
    .await?;
    Ok(old.and_then(|(c, l)| l.filter(|_| c == Some(chat))))
}

/// The working invite links of these quartiers: (quartier, name, link).
pub async fn invite_links(
    conn: &mut SqliteConnection,
    quartiers: &[QuartierId],
) -> sqlx::Result<Vec<(QuartierId, String, String)>> {
    let mut out = vec![];
    for q in quartiers {
        let row: Option<(String, String)> = sqlx::query_as(
            "SELECT name, group_invite_link FROM quartier
             WHERE id = ? AND group_chat_id IS NOT NULL AND group_invite_link IS NOT NULL
               AND group_broken IS NULL",
        )
        .bind(q.0)
        .fetch_optional(&mut *conn)
        .await?;
        out.extend(row.map(|(name, link)| (*q, name, link)));
    }
    Ok(out)
}

/// Marks the link of the group `chat` broken; returns its quartier if it was working.
pub async fn mark_broken(
    conn: &mut SqliteConnection,
    chat: i64,
    why: GroupBreak,
) -> sqlx::Result<Option<QuartierId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "UPDATE quartier SET group_broken = ? WHERE group_chat_id = ? AND group_broken IS NULL
         RETURNING id",
    )
    .bind(why.as_str())
    .bind(chat)
    .fetch_optional(conn)
    .await?;
    Ok(id.map(QuartierId))
}

/// A group became a supergroup: its quartier follows the new chat id, and its link is
/// marked broken (the old invite link belonged to the old chat). Returns the quartier.
pub async fn migrate(
    conn: &mut SqliteConnection,
    from: i64,
    to: i64,
) -> sqlx::Result<Option<QuartierId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "UPDATE quartier SET group_chat_id = ?, group_broken = ? WHERE group_chat_id = ?
         RETURNING id",
    )
    .bind(to)
    .bind(GroupBreak::Migrated.as_str())
    .bind(from)
    .fetch_optional(conn)
    .await?;
    Ok(id.map(QuartierId))
}

pub async fn policy(conn: &mut SqliteConnection, city: CityId) -> sqlx::Result<GroupPolicy> {
    let row: Option<(bool, bool)> =
        sqlx::query_as("SELECT group_admits_actors, group_admits_elected FROM city WHERE id = ?")
            .bind(city.0)
            .fetch_optional(conn)
            .await?;
    Ok(row
        .map(|(actors, elected)| GroupPolicy { actors, elected })
        .unwrap_or_default())
}

pub async fn set_policy(
    conn: &mut SqliteConnection,
    city: CityId,
    policy: GroupPolicy,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE city SET group_admits_actors = ?, group_admits_elected = ? WHERE id = ?")
        .bind(policy.actors)
        .bind(policy.elected)
        .bind(city.0)
        .execute(conn)
        .await
        .map(drop)
}

/// Records that the bot let her in; false if she was already in.
pub async fn admit(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT OR IGNORE INTO group_admission (quartier_id, person_id, admitted_at)
         VALUES (?, ?, ?)",
    )
    .bind(quartier.0)
    .bind(person.0)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A person the bot let in and has not taken out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Admission {
    pub id: AdmissionId,
    pub quartier: QuartierId,
    pub city: CityId,
    pub person: PersonId,
}

type AdmissionRow = (i64, i64, i64, i64);

fn admission((id, quartier, city, person): AdmissionRow) -> Admission {
    Admission {
        id: AdmissionId(id),
        quartier: QuartierId(quartier),
        city: CityId(city),
        person: PersonId(person),
    }
}

const OPEN: &str = "SELECT a.id, a.quartier_id, q.city_id, a.person_id
     FROM group_admission a JOIN quartier q ON q.id = a.quartier_id
     WHERE a.removed_at IS NULL";

/// Everyone the bot let in and has not taken out.
pub async fn open_admissions(conn: &mut SqliteConnection) -> sqlx::Result<Vec<Admission>> {
    let rows: Vec<AdmissionRow> = sqlx::query_as(&format!("{OPEN} ORDER BY a.id"))
        .fetch_all(conn)
        .await?;
    Ok(rows.into_iter().map(admission).collect())
}

/// The groups she is in by the bot's decision.
pub async fn open_admissions_of(
    conn: &mut SqliteConnection,
    person: PersonId,
) -> sqlx::Result<Vec<Admission>> {
    let rows: Vec<AdmissionRow> =
        sqlx::query_as(&format!("{OPEN} AND a.person_id = ? ORDER BY a.id"))
            .bind(person.0)
            .fetch_all(conn)
            .await?;
    Ok(rows.into_iter().map(admission).collect())
}

/// Marks her taken out; false if she already was (so she is taken out once).
pub async fn mark_removed(
    conn: &mut SqliteConnection,
    id: AdmissionId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE group_admission SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
    )
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The names of the quartiers whose groups the bot let her into (for `/mydata`).
pub async fn admitted_names(
    conn: &mut SqliteConnection,
    person: PersonId,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT DISTINCT q.name FROM group_admission a JOIN quartier q ON q.id = a.quartier_id
         WHERE a.person_id = ? ORDER BY q.name",
    )
    .bind(person.0)
    .fetch_all(conn)
    .await
}
