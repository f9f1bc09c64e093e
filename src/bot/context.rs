//! What every handler may use: the pool, the Localizer, settings, and one update's turn.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};
use tokio::sync::Notify;

use super::incoming::Incoming;
use super::keyboards::MenuAction;
use super::reply::Replies;
use super::state::State;
use crate::domain::{Person, PersonId, Principal, TelegramUserId};
use crate::i18n::{Localizer, Msg};
use crate::outbox::{self, NewMessage};
use crate::services::people;

/// Shared by all updates.
#[derive(Clone)]
pub struct Ctx {
    pub pool: SqlitePool,
    pub localizer: Arc<Localizer>,
    pub admin_ids: Arc<HashSet<TelegramUserId>>,
    pub dialogue_ttl: chrono::Duration,
    pub bot_username: Arc<str>,
    /// Menu labels in every language → the action they stand for.
    pub menu_labels: Arc<HashMap<String, MenuAction>>,
    /// Wakes the outbox sender when an update queued messages.
    pub wake: Arc<Notify>,
}

impl Ctx {
    pub fn new(
        pool: SqlitePool,
        localizer: Arc<Localizer>,
        admin_ids: HashSet<TelegramUserId>,
        dialogue_ttl: chrono::Duration,
        bot_username: &str,
    ) -> Self {
        let menu_labels = Arc::new(MenuAction::labels(&localizer));
        Ctx {
            pool,
            localizer,
            admin_ids: Arc::new(admin_ids),
            dialogue_ttl,
            bot_username: bot_username.into(),
            menu_labels,
            wake: Arc::new(Notify::new()),
        }
    }

    /// Shares the sender's wake-up with this context.
    pub fn with_wake(mut self, wake: Arc<Notify>) -> Self {
        self.wake = wake;
        self
    }
}

/// One update being handled, inside its transaction.
pub struct Turn<'a> {
    pub ctx: &'a Ctx,
    pub conn: &'a mut SqliteConnection,
    pub inc: &'a Incoming,
    pub now: DateTime<Utc>,
    pub person: Option<Person>,
    pub is_admin: bool,
    pub state: State,
    pub replies: Replies,
}

impl Turn<'_> {
    /// Her roles, read now from the database.
    pub async fn principal(&mut self) -> sqlx::Result<Principal> {
        people::principal(
            self.conn,
            self.person.as_ref().map(|p| p.id),
            self.is_admin,
            self.now,
        )
        .await
    }

    /// Queues a message to another person through the outbox, in this update's
    /// transaction; it is rendered in her language when sent.
    pub async fn tell(
        &mut self,
        person: PersonId,
        kind: &'static str,
        msg: Msg,
    ) -> sqlx::Result<()> {
        let key = format!("update:{}:{kind}:{person}", self.inc.update_id);
        let message = NewMessage::to_person(key, kind, person, msg, self.now);
        outbox::enqueue(self.conn, &message, self.now)
            .await
            .map(drop)
    }

    /// Her person id; an action that needs one is not allowed without registration.
    pub fn person_id(&self) -> Result<PersonId, crate::services::ServiceError> {
        self.person
            .as_ref()
            .map(|p| p.id)
            .ok_or(crate::services::ServiceError::NotAllowed)
    }

    pub fn sender_id(&self) -> Option<TelegramUserId> {
        self.inc.sender.as_ref().map(|s| s.id)
    }
}
