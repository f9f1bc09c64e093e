//! What every handler may use: the pool, the Localizer, settings, and one update's turn.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};
use tokio::sync::Notify;

use super::incoming::Incoming;
use super::keyboards::MenuAction;
use super::reply::Replies;
use super::state::State;
use crate::clock::Clock;
use crate::domain::{Person, PersonId, Principal, TelegramUserId};
use crate::i18n::{Localizer, Msg};
use crate::outbox::limiter::{Limits as SendLimits, Pacer};
use crate::outbox::retry::RetryPolicy;
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
    pub limits: Limits,
    pub retention: Retention,
    /// Per sender: her current one-second window (see `flood_check`).
    pub flood: Arc<Mutex<HashMap<i64, FloodWindow>>>,
    /// The time zone of a city created without one (`TIMEZONE`).
    pub timezone: chrono_tz::Tz,
    /// The answer sent to each album being received, by (chat, `media_group_id`): the
    /// next photos of the album edit it instead of answering again.
    pub tallies: Arc<Mutex<HashMap<(i64, String), i32>>>,
    /// Telegram's limits, shared with the outbox sender: replies wait for their turn.
    pub pacer: Arc<Pacer>,
    /// How often a reply hit by a network error, a timeout or a 5xx is tried again.
    pub reply_retry: RetryPolicy,
    /// What `/linkgroup` asks of Telegram (`None`: it cannot keep a group's door).
    pub groups: Option<Arc<dyn super::door::GroupApi>>,
    /// The time of each update (`Turn::now`): the system's; tests move it by hand.
    pub clock: Clock,
    /// When and how widely "did it get calmer?" asks (`CALMER_AFTER_DAYS`, `CALMER_SAMPLE`).
    pub calmer: crate::domain::calmer::CalmerSettings,
}

/// A sender's window: the second she sent in (by the message's own date), the inputs
/// counted in it, whether she was told of a refusal in it, and her last album.
#[derive(Debug, Clone, Default)]
pub struct FloodWindow {
    second: i64,
    inputs: u32,
    told: bool,
    album: Option<String>,
}

/// Per-person limits (configurable).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub reports_per_day: i64,
    pub updates_per_second: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            reports_per_day: 10,
            updates_per_second: 5,
        }
    }
}

/// The retention periods `/privacy` tells, in days (configurable; see `Config`).
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub outbox_days: i64,
    /// Raw report content after closing, where a city did not choose.
    pub report_days: i64,
    pub inactive_warning_days: i64,
    pub inactive_erasure_days: i64,
    pub access_log_days: i64,
}

impl Retention {
    /// A number of days told as months (183 days → 6 months).
    pub fn months(days: i64) -> i64 {
        (days as f64 / 30.4).round() as i64
    }
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            outbox_days: 30,
            report_days: 183,
            inactive_warning_days: 365,
            inactive_erasure_days: 395,
            access_log_days: 365,
        }
    }
}

/// What the flood limit says of one more update from a sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flood {
    Allowed,
    /// Over the limit, the first refusal of this second: tell her that this input and
    /// what she sent after it in the same second were not taken.
    TellHer,
    /// Over the limit, already told in this second (a button press is still answered).
    Refused,
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
            limits: Limits::default(),
            retention: Retention::default(),
            flood: Arc::new(Mutex::new(HashMap::new())),
            timezone: chrono_tz::Europe::Paris,
            tallies: Arc::new(Mutex::new(HashMap::new())),
            pacer: Arc::new(Pacer::new(SendLimits::default())),
            reply_retry: RetryPolicy::default(),
            groups: None,
            clock: Clock::system(),
            calmer: Default::default(),
        }
    }

    /// "Did it get calmer?" asks with these settings.
    pub fn with_calmer(mut self, calmer: crate::domain::calmer::CalmerSettings) -> Self {
        self.calmer = calmer;
        self
    }

    /// Lets `/linkgroup` ask Telegram for the bot's rights and an invite link.
    pub fn with_groups(mut self, groups: Arc<dyn super::door::GroupApi>) -> Self {
        self.groups = Some(groups);
        self
    }

    /// Shares the process's one limiter (the outbox sender's) and its retry policy.
    pub fn with_pacer(mut self, pacer: Arc<Pacer>, reply_retry: RetryPolicy) -> Self {
        self.pacer = pacer;
        self.reply_retry = reply_retry;
        self
    }

    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The time zone of a city created without one (`TIMEZONE`).
    pub fn with_timezone(mut self, timezone: chrono_tz::Tz) -> Self {
        self.timezone = timezone;
        self
    }

    pub fn with_retention(mut self, retention: Retention) -> Self {
        self.retention = retention;
        self
    }

    /// Counts one input against the per-second limit. A limit against abuse counts what a
    /// person does, not how fast Telegram hands updates over: inputs are counted in the
    /// second she sent them (so a backlog after a restart, spread over the time the bot
    /// was down, is not a flood), and an album (`media_group_id`) is one input.
    pub fn flood_check(&self, inc: &Incoming) -> Flood {
        let Some(sender) = &inc.sender else {
            return Flood::Allowed;
        };
        let second = inc.at.timestamp();
        let mut map = self.flood.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() > 10_000 {
            map.retain(|_, w| w.second >= second - 1);
        }
        let window = map.entry(sender.id.0).or_default();
        if window.second != second {
            let album = window.album.take();
            *window = FloodWindow {
                second,
                album,
                ..FloodWindow::default()
            };
        }
        if inc.media_group.is_some() && window.album == inc.media_group {
            return Flood::Allowed;
        }
        window.inputs += 1;
        if window.inputs <= self.limits.updates_per_second {
            if inc.media_group.is_some() {
                window.album = inc.media_group.clone();
            }
            Flood::Allowed
        } else if !window.told {
            window.told = true;
            Flood::TellHer
        } else {
            Flood::Refused
        }
    }

    /// The notice given at registration (and again by `/privacy`).
    pub fn registration_notice(&self) -> Msg {
        Msg::new("onboarding-notice").num("hours", self.dialogue_ttl.num_hours())
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
    /// `/forget` erased her: nothing of this chat is stored after the update.
    pub forgotten: bool,
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
        outbox::tell(self.conn, key, kind, person, msg, self.now)
            .await
            .map(drop)
    }

    /// The same, for a message that carries the data of `about` (her first name).
    pub async fn tell_about(
        &mut self,
        person: PersonId,
        kind: &'static str,
        msg: Msg,
        about: PersonId,
    ) -> sqlx::Result<()> {
        let key = format!("update:{}:{kind}:{person}", self.inc.update_id);
        let message = NewMessage::to_person(key, kind, person, msg, self.now).about(about);
        outbox::enqueue(self.conn, &message, self.now)
            .await
            .map(drop)
    }

    /// Queues `person`'s "/" command list for her roles and language as they are now
    /// (she joined, her roles or her language changed), in this update's transaction.
    pub async fn refresh_commands(&mut self, person: PersonId) -> sqlx::Result<()> {
        let key = format!("update:{}:commands:{person}", self.inc.update_id);
        super::setup::queue_commands(self.conn, &self.ctx.admin_ids, person, key, self.now)
            .await
            .map(drop)
    }

    /// Discreet mode: the report dialogue is over; its messages (hers and the bot's) are
    /// deleted from the chat through the outbox, and nothing more of it is remembered.
    pub async fn end_discreet_dialogue(&mut self) -> sqlx::Result<()> {
        let Some(person) = self.person.as_ref().filter(|p| p.discreet).map(|p| p.id) else {
            return Ok(());
        };
        self.replies.track = false;
        let key = format!("update:{}:discreet", self.inc.update_id);
        let (chat, also) = (self.inc.chat_id, self.inc.message_id);
        outbox::queue_discreet_deletion(self.conn, chat, person, also, key, self.now)
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
