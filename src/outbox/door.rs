//! Rows that keep the door of a quartier's group instead of sending a message: approve
//! or decline a join request, take someone out (ban then unban, so that she may come
//! back with a new invitation). They go through the outbox like every other effect on
//! Telegram: written in the transaction of the decision, done once, across restarts.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{Delivery, NewMessage, Recipient, enqueue};
use crate::domain::{GroupBreak, PersonId, QuartierId, TelegramUserId};
use crate::i18n::{Arg, Msg};

pub const APPROVE_KIND: &str = "group_approve";
pub const DECLINE_KIND: &str = "group_decline";
pub const REMOVE_KIND: &str = "group_remove";

/// What a door row does in the group it is addressed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoorAction {
    Approve(TelegramUserId),
    Decline(TelegramUserId),
    /// Ban then unban: out of the group, free to come back later.
    Remove(TelegramUserId),
}

impl DoorAction {
    fn kind(self) -> &'static str {
        match self {
            DoorAction::Approve(_) => APPROVE_KIND,
            DoorAction::Decline(_) => DECLINE_KIND,
            DoorAction::Remove(_) => REMOVE_KIND,
        }
    }

    fn user(self) -> TelegramUserId {
        match self {
            DoorAction::Approve(u) | DoorAction::Decline(u) | DoorAction::Remove(u) => u,
        }
    }
}

/// Queues a door action in the group of `quartier`; `notify` are told if a removal fails.
/// False if `key` was queued already.
pub async fn queue(
    conn: &mut SqliteConnection,
    key: String,
    quartier: QuartierId,
    action: DoorAction,
    notify: &[PersonId],
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let notify = notify
        .iter()
        .map(|p| p.0.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let message = Msg::new("group-door")
        .plain("user", action.user().0.to_string())
        .plain("notify", notify);
    let row = NewMessage {
        key,
        kind: action.kind(),
        batch: None,
        to: Recipient::Group(quartier),
        message,
        attachment: None,
        not_before: now,
        delete_ids: vec![],
        about: None,
    };
    enqueue(conn, &row, now).await
}

fn plain<'m>(message: &'m Msg, name: &str) -> Option<&'m str> {
    message.args.iter().find_map(|(n, arg)| match arg {
        Arg::Plain(value) if n == name => Some(value.as_str()),
        _ => None,
    })
}

/// The action a claimed row of `kind` carries (`None` for a message).
pub(super) fn action(kind: &str, message: &Msg) -> Option<DoorAction> {
    let user = TelegramUserId(plain(message, "user")?.parse().ok()?);
    match kind {
        APPROVE_KIND => Some(DoorAction::Approve(user)),
        DECLINE_KIND => Some(DoorAction::Decline(user)),
        REMOVE_KIND => Some(DoorAction::Remove(user)),
        _ => None,
    }
}

fn notify_list(message: &Msg) -> Vec<PersonId> {
    plain(message, "notify")
        .unwrap_or_default()
        .split(',')
        .filter_map(|p| p.parse().ok().map(PersonId))
        .collect()
}

/// After a door row's outcome is recorded: once settled, it forgets whom it concerned
/// (her Telegram id); a removal that failed for good is told to whoever removed her, and
/// a refusal for lack of rights marks the link broken.
pub(super) async fn after_record(
    conn: &mut SqliteConnection,
    delivery: &Delivery,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let Some(action) = delivery.door else {
        return Ok(());
    };
    let row: Option<(String, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT status, message, last_error FROM outbox WHERE id = ?")
            .bind(delivery.id)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((status, Some(message), error)) = row else {
        return Ok(());
    };
    if status == "queued" {
        return Ok(());
    }
    let failed = status == "failed" || status == "unreachable";
    let error = error.unwrap_or_default();
    if failed && (status == "unreachable" || error.contains("rights") || error.contains("ADMIN")) {
        let why = if status == "unreachable" {
            GroupBreak::BotRemoved
        } else {
            GroupBreak::BotDemoted
        };
        crate::store::groups::mark_broken(&mut *conn, delivery.chat_id, why).await?;
    }
    if failed
        && matches!(action, DoorAction::Remove(_))
        && let Ok(message) = serde_json::from_str::<Msg>(&message)
        && let Some(quartier) = delivery.quartier
    {
        let name: Option<String> = sqlx::query_scalar("SELECT name FROM quartier WHERE id = ?")
            .bind(quartier.0)
            .fetch_optional(&mut *conn)
            .await?;
        for person in notify_list(&message) {
            let notice =
                Msg::new("group-remove-failed").user("quartier", name.clone().unwrap_or_default());
            let key = format!("group-remove-failed:{}:{}", delivery.id, person.0);
            super::tell(&mut *conn, key, "group_remove_failed", person, notice, now).await?;
        }
        tracing::warn!(
            row = delivery.id,
            quartier = quartier.0,
            "a removal from a group failed"
        );
    }
    sqlx::query("UPDATE outbox SET message = NULL WHERE id = ?")
        .bind(delivery.id)
        .execute(conn)
        .await
        .map(drop)
}
