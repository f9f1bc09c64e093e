//! Reminders to the carrier: the jobs scheduled before and after the due date, sending
//! them, and the due date as a day in the city's time zone.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{REMIND_BEFORE, REMIND_OVERDUE, REMINDER_KIND};
use crate::domain::ActionId;
use crate::i18n::Msg;
use crate::outbox;
use crate::scheduler::{self, JobKind};
use crate::store::actions;
use crate::store::cities;

/// A due date as a day in the city's time zone (31/12/2026), the same in every language.
pub async fn due_text(
    conn: &mut SqliteConnection,
    city: crate::domain::CityId,
    at: DateTime<Utc>,
) -> sqlx::Result<String> {
    let tz = cities::time_zone(conn, city).await?;
    Ok(at.with_timezone(&tz).format("%d/%m/%Y").to_string())
}

/// The reminders before and after `due_at`, keyed by that date: a new date gets new ones.
pub(super) async fn schedule_reminders(
    conn: &mut SqliteConnection,
    id: ActionId,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    for (which, at) in [
        ("before", due_at - REMIND_BEFORE),
        ("overdue", due_at + REMIND_OVERDUE),
    ] {
        let key = format!("action-{which}:{id}:{}", due_at.timestamp());
        let payload =
            serde_json::json!({"action": id.0, "which": which, "due": due_at.timestamp()});
        scheduler::schedule(
            &mut *conn,
            JobKind::ActionReminder,
            &key,
            at.max(now),
            &payload,
        )
        .await?;
    }
    Ok(())
}

/// A reminder job: sent once (its key) if the action is still pending with that due date.
pub async fn remind(
    conn: &mut SqliteConnection,
    id: ActionId,
    which: &str,
    due: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let Some(a) = actions::get(&mut *conn, id).await? else {
        return Ok(false);
    };
    let (Some(carrier), true, true) = (
        a.carrier,
        a.status.is_pending(),
        a.due_at.timestamp() == due,
    ) else {
        return Ok(false);
    };
    let id_msg = if which == "overdue" {
        "actions-reminder-overdue"
    } else {
        "actions-reminder-before"
    };
    let due_day = due_text(&mut *conn, a.city, a.due_at).await?;
    let msg = Msg::new(id_msg)
        .num("action", id.0)
        .user("what", a.what.clone())
        .plain("due", due_day);
    let key = format!("action-{which}:{id}:{due}");
    outbox::tell(conn, key, REMINDER_KIND, carrier, msg, now).await
}
