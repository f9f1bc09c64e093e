//! People and their Telegram accounts.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::report::AlertSetting;
use crate::domain::{FirstName, Locale, Person, PersonId, TelegramUserId};

type Row = (i64, Option<String>, String, bool);

pub(super) fn person(row: Row) -> Person {
    let (id, first_name, locale, discreet) = row;
    Person {
        id: PersonId(id),
        first_name: first_name.and_then(|n| FirstName::parse(&n).ok()),
        locale: Locale::parse(&locale).unwrap_or_else(|_| Locale::parse("fr").expect("fr")),
        discreet,
    }
}

pub async fn by_telegram(
    conn: &mut SqliteConnection,
    user: TelegramUserId,
) -> sqlx::Result<Option<Person>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT p.id, p.first_name, p.locale, p.discreet FROM person p
         JOIN telegram_account a ON a.person_id = p.id WHERE a.telegram_user_id = ?",
    )
    .bind(user.0)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(person))
}

/// Her Telegram account, if she still has one.
pub async fn telegram_user(
    conn: &mut SqliteConnection,
    id: PersonId,
) -> sqlx::Result<Option<TelegramUserId>> {
    let user: Option<i64> =
        sqlx::query_scalar("SELECT telegram_user_id FROM telegram_account WHERE person_id = ?")
            .bind(id.0)
            .fetch_optional(conn)
            .await?;
    Ok(user.map(TelegramUserId))
}

/// The person whose private chat this is, if she is registered.
pub async fn of_chat(conn: &mut SqliteConnection, chat_id: i64) -> sqlx::Result<Option<PersonId>> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT person_id FROM telegram_account WHERE chat_id = ?")
            .bind(chat_id)
            .fetch_optional(conn)
            .await?;
    Ok(id.map(PersonId))
}

pub async fn get(conn: &mut SqliteConnection, id: PersonId) -> sqlx::Result<Person> {
    let row: Row =
        sqlx::query_as("SELECT id, first_name, locale, discreet FROM person WHERE id = ?")
            .bind(id.0)
            .fetch_one(conn)
            .await?;
    Ok(person(row))
}

pub struct NewPerson<'a> {
    pub telegram_user: TelegramUserId,
    pub chat_id: i64,
    pub locale: &'a Locale,
    pub first_name: Option<&'a FirstName>,
    pub discreet: bool,
}

pub async fn create(
    conn: &mut SqliteConnection,
    new: NewPerson<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<PersonId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO person (first_name, locale, discreet, created_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(new.first_name.map(FirstName::as_str))
    .bind(new.locale.as_str())
    .bind(new.discreet)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO telegram_account (telegram_user_id, person_id, chat_id, linked_at)
         VALUES (?, ?, ?, ?)",
    )
    .bind(new.telegram_user.0)
    .bind(id)
    .bind(new.chat_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(PersonId(id))
}

pub async fn set_locale(
    conn: &mut SqliteConnection,
    id: PersonId,
    locale: &Locale,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE person SET locale = ? WHERE id = ?")
        .bind(locale.as_str())
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn set_discreet(conn: &mut SqliteConnection, id: PersonId, on: bool) -> sqlx::Result<()> {
    sqlx::query("UPDATE person SET discreet = ? WHERE id = ?")
        .bind(on)
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}

pub async fn set_first_name(
    conn: &mut SqliteConnection,
    id: PersonId,
    name: Option<&FirstName>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE person SET first_name = ? WHERE id = ?")
        .bind(name.map(FirstName::as_str))
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}

/// Her alert setting for new reports; a stored name no version wrote is an error.
pub async fn alerts(conn: &mut SqliteConnection, id: PersonId) -> sqlx::Result<AlertSetting> {
    let name: String = sqlx::query_scalar("SELECT alerts FROM person WHERE id = ?")
        .bind(id.0)
        .fetch_one(conn)
        .await?;
    super::alert_setting_of(&name)
}

pub async fn set_alerts(
    conn: &mut SqliteConnection,
    id: PersonId,
    alerts: AlertSetting,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE person SET alerts = ? WHERE id = ?")
        .bind(alerts.as_str())
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}

/// She answered the discreet-mode offer of her first report: it is not made again.
pub async fn discreet_offer_answered(
    conn: &mut SqliteConnection,
    id: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE person SET discreet_offer_answered_at = COALESCE(discreet_offer_answered_at, ?)
         WHERE id = ?",
    )
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await
    .map(drop)
}

/// Members with a Telegram account who never had a "/" command list of their own queued.
pub async fn without_command_list(conn: &mut SqliteConnection) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT p.id FROM person p JOIN telegram_account a ON a.person_id = p.id
         WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.person_id = p.id AND o.kind = 'commands')
         ORDER BY p.id",
    )
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}
