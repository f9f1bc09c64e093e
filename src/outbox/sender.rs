//! The sender: claims due rows, paces them within the limits, sends several at once,
//! records each outcome. `deliver_due` is the same work without pacing, for tests.

use std::collections::VecDeque;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use sqlx::SqlitePool;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommand, BotCommandScope, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile,
    MessageId, ParseMode, Recipient,
};
use teloxide::{ApiError, RequestError};
use tokio::sync::Notify;
use tokio::task::JoinSet;

use super::door::DoorAction;
use super::limiter::{Lane, Limits, Pacer, Wait};
use super::retry::{Outcome, RetryPolicy};
use super::{Delivery, claim, defer, record};
use crate::i18n::Localizer;

/// Sends one message somewhere and says what came of it.
pub trait Transport: Send + Sync {
    fn send(&self, delivery: &Delivery) -> impl Future<Output = Outcome> + Send;
}

/// The Telegram Bot API through teloxide.
pub struct BotTransport(pub Bot);

impl Transport for BotTransport {
    async fn send(&self, d: &Delivery) -> Outcome {
        let (bot, chat) = (&self.0, ChatId(d.chat_id));
        let result = if !d.delete_ids.is_empty() {
            let ids = d.delete_ids.iter().map(|i| MessageId(*i as i32));
            bot.delete_messages(chat, ids.collect::<Vec<_>>())
                .await
                .map(drop)
        } else if let Some(action) = d.door {
            door(bot, chat, action).await
        } else if let Some(commands) = &d.commands {
            set_commands(bot, chat, commands).await
        } else if d.document.is_some() || !d.files.is_empty() || d.location.is_some() {
            super::meeting_send::send(bot, chat, d).await
        } else {
            message(bot, chat, d).await
        };
        match result {
            Ok(()) => Outcome::Sent,
            Err(e) => classify(&e),
        }
    }
}

/// Her own "/" command list, in her private chat.
async fn set_commands(
    bot: &Bot,
    chat: ChatId,
    commands: &[(String, String)],
) -> Result<(), RequestError> {
    let list = commands
        .iter()
        .map(|(name, description)| BotCommand::new(name, description))
        .collect::<Vec<_>>();
    let scope = BotCommandScope::Chat {
        chat_id: Recipient::Id(chat),
    };
    bot.set_my_commands(list).scope(scope).await.map(drop)
}

/// The buttons under a message: one per row, or a meeting's keyboard.
fn keyboard(d: &Delivery) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<[InlineKeyboardButton; 1]> = d
        .button
        .iter()
        .chain(&d.buttons)
        .map(|(label, data)| [InlineKeyboardButton::callback(label.clone(), data.clone())])
        .collect();
    let keyboard = (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows));
    keyboard.or_else(|| super::meeting_send::keyboard(&d.keyboard))
}

/// A text, a voice note with its caption, or a picture with its caption.
async fn message(bot: &Bot, chat: ChatId, d: &Delivery) -> Result<(), RequestError> {
    let keyboard = keyboard(d);
    match (&d.voice, &d.attachment) {
        (Some(file_id), _) => {
            let voice = InputFile::file_id(FileId(file_id.clone()));
            let mut request = bot.send_voice(chat, voice).parse_mode(ParseMode::Html);
            if !d.text.is_empty() {
                request = request.caption(d.text.clone());
            }
            if let Some(k) = keyboard {
                request = request.reply_markup(k);
            }
            request.await.map(drop)
        }
        (None, Some(png)) => {
            let picture = InputFile::memory(png.clone()).file_name("picture.png");
            let request = bot.send_photo(chat, picture).caption(d.text.clone());
            request.parse_mode(ParseMode::Html).await.map(drop)
        }
        (None, None) => {
            let mut request = bot
                .send_message(chat, d.text.clone())
                .parse_mode(ParseMode::Html);
            if let Some(k) = keyboard {
                request = request.reply_markup(k);
            }
            request.await.map(drop)
        }
    }
}

/// Keeps the door of a group: approve, decline, or take out (ban then unban, so that she
/// may come back with a new invitation).
async fn door(bot: &Bot, chat: ChatId, action: DoorAction) -> Result<(), RequestError> {
    let user = |u: crate::domain::TelegramUserId| UserId(u.0 as u64);
    match action {
        DoorAction::Approve(u) => bot.approve_chat_join_request(chat, user(u)).await.map(drop),
        DoorAction::Decline(u) => bot.decline_chat_join_request(chat, user(u)).await.map(drop),
        DoorAction::Remove(u) => {
            bot.ban_chat_member(chat, user(u)).await?;
            bot.unban_chat_member(chat, user(u))
                .only_if_banned(true)
                .await
                .map(drop)
        }
    }
}

/// Maps teloxide's errors onto RELIABILITY.md's rules (for the outbox and the replies).
pub fn classify(error: &RequestError) -> Outcome {
    match error {
        RequestError::RetryAfter(secs) => Outcome::RetryAfter(secs.duration()),
        RequestError::MigrateToChatId(chat) => Outcome::Migrated(chat.0),
        RequestError::Api(api) => match api {
            ApiError::BotBlocked
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::BotKickedFromChannel
            | ApiError::UserDeactivated
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots => Outcome::Unreachable(api.to_string()),
            ApiError::Unknown(text) if text.starts_with("Forbidden") => {
                Outcome::Unreachable(text.clone())
            }
            // Not a "Bad Request": a server error (5xx) or something passing.
            ApiError::Unknown(text) if !text.starts_with("Bad Request") => {
                Outcome::Transient(text.clone())
            }
            other => Outcome::Permanent(other.to_string()),
        },
        other => Outcome::Transient(other.to_string()),
    }
}

/// How the sender works (configurable; see `Config`).
#[derive(Debug, Clone, Copy)]
pub struct SenderConfig {
    pub limits: Limits,
    pub policy: RetryPolicy,
    /// How long a claimed row is reserved for this process.
    pub lease: Duration,
    /// Sends in flight at once (Telegram answers in tens of milliseconds).
    pub in_flight: usize,
}

impl Default for SenderConfig {
    fn default() -> Self {
        SenderConfig {
            limits: Limits::default(),
            policy: RetryPolicy::default(),
            lease: Duration::from_secs(60),
            in_flight: 16,
        }
    }
}

struct Sender<T> {
    pool: SqlitePool,
    localizer: Arc<Localizer>,
    transport: Arc<T>,
    config: SenderConfig,
    /// Shared with the replies: one budget of Telegram's limits.
    limiter: Arc<Pacer>,
    tasks: JoinSet<(Delivery, Outcome)>,
    /// The bot's clock: rows are due by it (a test may move it ahead).
    clock: crate::clock::Clock,
}

impl<T: Transport + 'static> Sender<T> {
    async fn apply(&mut self, done: Result<(Delivery, Outcome), tokio::task::JoinError>) {
        let Ok((delivery, outcome)) = done else {
            tracing::error!("a send task panicked; its row will be retried after its lease");
            return;
        };
        if let super::retry::Outcome::RetryAfter(wait) = outcome {
            tracing::warn!(
                seconds = wait.as_secs(),
                "Telegram asked to slow down: the sender pauses"
            );
            self.limiter.pause(Instant::now() + wait);
        }
        match (&outcome, delivery.delete_ids.is_empty()) {
            (Outcome::Sent, _) => {}
            // A discreet report left in her chat matters: said at warn, by name.
            (_, false) => {
                tracing::warn!(
                    row = delivery.id,
                    outcome = outcome.name(),
                    "a discreet deletion failed"
                )
            }
            (_, true) => {
                tracing::debug!(row = delivery.id, outcome = outcome.name(), "send not done")
            }
        }
        if let Err(e) = record(
            &self.pool,
            &delivery,
            &outcome,
            &self.config.policy,
            self.clock.now(),
        )
        .await
        {
            tracing::error!(row = delivery.id, error = %e, "could not record a send; it will be retried");
        }
    }

    async fn claim(&self) -> Vec<Delivery> {
        let lease = chrono::Duration::from_std(self.config.lease).unwrap_or(chrono::Duration::MAX);
        let limit = (self.config.in_flight * 4) as i64;
        claim(&self.pool, &self.localizer, self.clock.now(), lease, limit)
            .await
            .unwrap_or_else(|e| {
                tracing::error!(error = %e, "could not claim outbox rows");
                vec![]
            })
    }

    async fn run(mut self, wake: Arc<Notify>) {
        let mut ready: VecDeque<Delivery> = VecDeque::new();
        loop {
            while let Some(done) = self.tasks.try_join_next() {
                self.apply(done).await;
            }
            if ready.is_empty() {
                ready.extend(self.claim().await);
            }
            if ready.is_empty() || self.tasks.len() >= self.config.in_flight {
                tokio::select! {
                    Some(done) = self.tasks.join_next(), if !self.tasks.is_empty() => self.apply(done).await,
                    _ = wake.notified(), if self.tasks.is_empty() => {}
                    _ = tokio::time::sleep(Duration::from_millis(500)) => {}
                }
                continue;
            }
            let delivery = ready.pop_front().expect("not empty");
            // A door action (approve, decline, remove) is no message to the group: only
            // the overall budget applies, not the group's 20 messages a minute.
            let chat = delivery.door.is_none().then_some(delivery.chat_id);
            match self.limiter.acquire(Lane::Outbox, chat, Instant::now()) {
                Ok(()) => {
                    let transport = self.transport.clone();
                    self.tasks.spawn(async move {
                        let outcome = transport.send(&delivery).await;
                        (delivery, outcome)
                    });
                }
                Err(Wait::All(at)) => {
                    ready.push_front(delivery);
                    let at = tokio::time::Instant::from_std(at);
                    tokio::select! {
                        Some(done) = self.tasks.join_next(), if !self.tasks.is_empty() => self.apply(done).await,
                        _ = tokio::time::sleep_until(at) => {}
                    }
                }
                Err(Wait::Chat(at)) => {
                    let later = self.clock.now()
                        + chrono::Duration::from_std(at.saturating_duration_since(Instant::now()))
                            .unwrap_or_default();
                    if let Ok(mut conn) = self.pool.acquire().await
                        && let Err(e) = defer(&mut conn, delivery.id, later).await
                    {
                        tracing::error!(row = delivery.id, error = %e, "could not defer a row");
                    }
                }
            }
        }
    }
}

/// Runs the sender for ever: production's loop. `pacer` is the process's one limiter,
/// shared with the replies.
pub async fn run<T: Transport + 'static>(
    pool: SqlitePool,
    localizer: Arc<Localizer>,
    transport: T,
    config: SenderConfig,
    pacer: Arc<Pacer>,
    wake: Arc<Notify>,
    clock: crate::clock::Clock,
) {
    let sender = Sender {
        pool,
        localizer,
        transport: Arc::new(transport),
        config,
        limiter: pacer,
        tasks: JoinSet::new(),
        clock,
    };
    sender.run(wake).await
}

/// Delivers every row due at `now`, one after another, without pacing; returns how many
/// were tried. Tests call it until it returns 0.
pub async fn deliver_due<T: Transport>(
    pool: &SqlitePool,
    localizer: &Localizer,
    transport: &T,
    policy: &RetryPolicy,
    now: chrono::DateTime<Utc>,
) -> sqlx::Result<usize> {
    let rows = claim(pool, localizer, now, chrono::Duration::minutes(1), 1000).await?;
    for delivery in &rows {
        let outcome = transport.send(delivery).await;
        record(pool, delivery, &outcome, policy, now).await?;
    }
    Ok(rows.len())
}
