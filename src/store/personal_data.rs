//! Everything held about one person: read whole for `/mydata`, erased for `/forget` and
//! for inactive accounts. Rows are read with `SELECT *`, so a column added to a table
//! she owns is exported without anyone remembering to.

use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};
use sqlx::sqlite::SqliteRow;
use sqlx::{Column, Row, SqliteConnection, TypeInfo, ValueRef};

use crate::domain::PersonId;

/// Her reports, as a sub-query on `?1` = her person id.
const HER_REPORTS: &str = "SELECT id FROM report WHERE reporter_id = ?1";
/// Her private chats, as a sub-query on `?1` = her person id.
const HER_CHATS: &str = "SELECT chat_id FROM telegram_account WHERE person_id = ?1";

/// Each table she has rows in, and the condition on `?1` (her person id) that finds them.
pub fn her_rows() -> Vec<(&'static str, String)> {
    let each = |t: &'static str, w: String| (t, w);
    vec![
        each("person", "id = ?1".into()),
        each("telegram_account", "person_id = ?1".into()),
        each("role_assignment", "person_id = ?1".into()),
        each("invitation_use", "person_id = ?1".into()),
        each("group_admission", "person_id = ?1".into()),
        each("broadcast", "author_id = ?1".into()),
        each(
            "broadcast_version",
            "broadcast_id IN (SELECT id FROM broadcast WHERE author_id = ?1)".into(),
        ),
        each("broadcast_ack", "person_id = ?1".into()),
        each("meeting", "organiser_id = ?1".into()),
        each("meeting_invitee", "person_id = ?1".into()),
        each("meeting_decision", "created_by = ?1".into()),
        each("report", "reporter_id = ?1".into()),
        each("report_event", format!("report_id IN ({HER_REPORTS})")),
        each("report_question", format!("report_id IN ({HER_REPORTS})")),
        // Messages to her only: a message about her sent to someone else is that
        // person's message (and its row would tie her to them).
        each("outbox", "person_id = ?1".into()),
        each("chat_state", format!("chat_id IN ({HER_CHATS})")),
        each("chat_message", format!("chat_id IN ({HER_CHATS})")),
        // Solutions and actions (issue 17): her proposals, supports, the actions she
        // carries and her answers to "did it get calmer?".
        each("solution", "proposer_id = ?1".into()),
        each(
            "solution_report",
            "solution_id IN (SELECT id FROM solution WHERE proposer_id = ?1)".into(),
        ),
        each("solution_support", "person_id = ?1".into()),
        each("action", "carrier_id = ?1".into()),
        each("calmer_question", "person_id = ?1".into()),
    ]
}

fn value(row: &SqliteRow, i: usize) -> sqlx::Result<Value> {
    let raw = row.try_get_raw(i)?;
    if raw.is_null() {
        return Ok(Value::Null);
    }
    let kind = raw.type_info().name().to_owned();
    Ok(match kind.as_str() {
        "INTEGER" | "BOOLEAN" => row.try_get_unchecked::<i64, _>(i)?.into(),
        "REAL" => row.try_get_unchecked::<f64, _>(i)?.into(),
        "BLOB" => json!({ "bytes": row.try_get_unchecked::<Vec<u8>, _>(i)?.len() }),
        _ => row.try_get_unchecked::<String, _>(i)?.into(),
    })
}

fn object(row: &SqliteRow) -> sqlx::Result<Value> {
    let mut map = Map::new();
    for column in row.columns() {
        map.insert(column.name().to_owned(), value(row, column.ordinal())?);
    }
    Ok(Value::Object(map))
}

/// The columns of `table` that point to a person (its foreign keys to `person`).
async fn person_columns(conn: &mut SqliteConnection, table: &str) -> sqlx::Result<Vec<String>> {
    let mut columns: Vec<String> = sqlx::query_scalar(
        "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = 'person'",
    )
    .bind(table)
    .fetch_all(&mut *conn)
    .await?;
    if table == "person" {
        columns.push("id".into());
    }
    Ok(columns)
}

/// Keeps in a row of hers only what is hers: a column pointing to another person, or a
/// chat that is not hers, becomes `null` (other people appear at most as a role, never
/// by person id or Telegram id); a message to her that speaks of someone else (a
/// newcomer's first name to her inviter, an answer passed on) keeps only which message
/// it was, not that person's data.
fn only_hers(row: &mut Value, person: PersonId, chats: &[i64], person_columns: &[String]) {
    let Value::Object(map) = row else {
        return;
    };
    let is_other = |v: &Value, mine: &[i64]| v.as_i64().is_some_and(|id| !mine.contains(&id));
    let about_other = map
        .get("about_person_id")
        .is_some_and(|v| is_other(v, &[person.0]));
    for column in person_columns {
        if map.get(column).is_some_and(|v| is_other(v, &[person.0])) {
            map.insert(column.clone(), Value::Null);
        }
    }
    if map.get("chat_id").is_some_and(|v| is_other(v, chats)) {
        map.insert("chat_id".into(), Value::Null);
    }
    if about_other && let Some(message) = map.get_mut("message") {
        let id = message
            .as_str()
            .and_then(|m| serde_json::from_str::<Value>(m).ok())
            .and_then(|m| m.get("id").cloned())
            .unwrap_or(Value::Null);
        *message = json!({ "id": id });
    }
}

/// Everything held about her, table by table: `{"person": [...], "report": [...], ...}`.
/// Her data only: rows about her sent to others are not hers to take, and in her rows
/// other people's ids are left out.
pub async fn export(conn: &mut SqliteConnection, person: PersonId) -> sqlx::Result<Value> {
    let chats: Vec<i64> = sqlx::query_scalar(HER_CHATS)
        .bind(person.0)
        .fetch_all(&mut *conn)
        .await?;
    let mut tables = Map::new();
    for (table, condition) in her_rows() {
        let sql = format!("SELECT * FROM {table} WHERE {condition} ORDER BY rowid");
        let query = sqlx::query(&sql).bind(person.0);
        let rows = query.fetch_all(&mut *conn).await?;
        let mut rows = rows.iter().map(object).collect::<sqlx::Result<Vec<_>>>()?;
        let columns = person_columns(&mut *conn, table).await?;
        for row in &mut rows {
            only_hers(row, person, &chats, &columns);
        }
        tables.insert(table.to_owned(), Value::Array(rows));
    }
    Ok(Value::Object(tables))
}

/// Erases her account and personal data. Her reports stay as anonymous statistics
/// (quartier, category, time cell, status, dates); messages to her are dropped, and the
/// content of messages about her (her name to an inviter, her answer to a coordinator)
/// is erased. Returns how many of her reports remain as statistics.
pub async fn erase(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let id = person.0;
    let kept = sqlx::query(
        "UPDATE report SET content_text = NULL, voice_file_id = NULL, photo_file_ids = NULL,
             place_text = NULL, latitude = NULL, longitude = NULL, partner_text = NULL,
             content_erased_at = COALESCE(content_erased_at, ?)
         WHERE reporter_id = ?",
    )
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    // Notes on status changes are free text (a reason, what was done); other notes are
    // fixed words of the audit trail ("opened", "question asked").
    sqlx::query(&format!(
        "UPDATE report_event SET note = NULL
         WHERE to_status IS NOT NULL AND report_id IN ({HER_REPORTS})"
    ))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!(
        "UPDATE report_question SET question = NULL, answer = NULL
         WHERE report_id IN ({HER_REPORTS})"
    ))
    .bind(id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE outbox SET message = NULL, attachment = NULL, about_person_id = NULL,
             status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END
         WHERE about_person_id = ?",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    // Her broadcasts stay for their recipients, without her; the texts and voice notes
    // of those over are erased, those not yet sent are cancelled.
    super::broadcasts::forget_author(&mut *conn, person, now).await?;
    // Her answers and needs for meetings go; her row stays as a count, without her.
    super::meetings::forget_person(&mut *conn, person).await?;
    // Solutions and actions: her proposals lose their words, her notes on actions go,
    // her unanswered questions go; counts and answers stay, without her.
    super::solutions::forget_proposer(&mut *conn, person).await?;
    super::actions::forget_carrier(&mut *conn, person).await?;
    super::calmer::forget(&mut *conn, person).await?;
    for table in ["chat_message", "chat_state"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE chat_id IN ({HER_CHATS})"
        ))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    // The rest follows the foreign keys: her account, roles, invitation uses and the
    // messages to her are deleted; her reports, the audit trail and what she created
    // forget who she was.
    sqlx::query("DELETE FROM person WHERE id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(kept)
}

/// People silent since `seen_before` who were not told yet.
pub async fn to_warn(
    conn: &mut SqliteConnection,
    seen_before: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM person WHERE last_seen_at < ? AND inactivity_warned_at IS NULL ORDER BY id",
    )
    .bind(seen_before)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

pub async fn mark_warned(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE person SET inactivity_warned_at = ? WHERE id = ?")
        .bind(now)
        .bind(person.0)
        .execute(conn)
        .await
        .map(drop)
}

/// People silent since `seen_before` and told before `warned_before`.
pub async fn to_erase(
    conn: &mut SqliteConnection,
    seen_before: DateTime<Utc>,
    warned_before: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM person
         WHERE last_seen_at < ? AND inactivity_warned_at IS NOT NULL AND inactivity_warned_at <= ?
         ORDER BY id",
    )
    .bind(seen_before)
    .bind(warned_before)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Retention of the access log: who opened a named report, kept for a year.
pub async fn erase_access_log(
    conn: &mut SqliteConnection,
    before: DateTime<Utc>,
) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM report_event WHERE note = 'opened' AND at < ?")
        .bind(before)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}
