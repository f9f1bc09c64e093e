//! The author's live report of a broadcast: one message, sent when delivery starts and
//! edited as it goes (at most every few seconds, within her chat's limit), then a final
//! report when the last copy is settled. `tick` is a plain function, for tests.

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sqlx::SqlitePool;
use teloxide::prelude::*;
use teloxide::types::{MessageId, ParseMode};

use super::handlers::broadcast::figures_msg;
use crate::i18n::{Arg, Localizer, Msg};
use crate::outbox::limiter::{Lane, Pacer};
use crate::services::broadcasts as service;
use crate::store::{broadcasts as store, persons};

/// How often the live report may change.
pub const EVERY: Duration = Duration::from_secs(3);

/// Sends and edits the author's report.
pub trait ProgressApi: Send + Sync {
    fn send(&self, chat: i64, text: String) -> impl Future<Output = Result<i64, String>> + Send;
    fn edit(
        &self,
        chat: i64,
        message: i64,
        text: String,
    ) -> impl Future<Output = Result<(), String>> + Send;
}

/// Telegram, paced by the process's one limiter (edits count against her chat's limit).
pub struct BotProgress {
    pub bot: Bot,
    pub pacer: Arc<Pacer>,
}

impl BotProgress {
    fn may(&self, chat: i64) -> Result<(), String> {
        self.pacer
            .acquire(Lane::Reply, Some(chat), Instant::now())
            .map_err(|_| "paced".to_owned())
    }
}

impl ProgressApi for BotProgress {
    async fn send(&self, chat: i64, text: String) -> Result<i64, String> {
        self.may(chat)?;
        let sent = self
            .bot
            .send_message(ChatId(chat), text)
            .parse_mode(ParseMode::Html);
        sent.await
            .map(|m| i64::from(m.id.0))
            .map_err(|e| e.to_string())
    }

    async fn edit(&self, chat: i64, message: i64, text: String) -> Result<(), String> {
        self.may(chat)?;
        let id = MessageId(message as i32);
        let edit = self.bot.edit_message_text(ChatId(chat), id, text);
        edit.parse_mode(ParseMode::Html)
            .await
            .map(drop)
            .map_err(|e| e.to_string())
    }
}

/// One live report to bring up to date.
struct Due {
    broadcast: crate::domain::BroadcastId,
    chat: i64,
    message: Option<i64>,
    text: String,
    done: bool,
}

/// Brings every live report up to date; returns how many messages were sent or edited.
/// The pool's one connection is given back before Telegram is called, and taken again
/// for each report written, so that the rest of the bot never waits on Telegram here.
pub async fn tick<A: ProgressApi>(
    pool: &SqlitePool,
    localizer: &Localizer,
    api: &A,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let due = reports_due(pool, localizer).await?;
    let mut changed = 0;
    for d in due {
        let sent = match (d.message, d.done) {
            (Some(m), false) => api.edit(d.chat, m, d.text.clone()).await.map(|()| m),
            // The final report is a new message, so that she is notified.
            _ => api.send(d.chat, d.text.clone()).await,
        };
        match sent {
            Ok(message) => {
                let mut conn = pool.acquire().await?;
                store::set_progress(&mut conn, d.broadcast, message, &d.text, now).await?;
                if d.done {
                    store::finish(&mut conn, d.broadcast, now).await?;
                    tracing::info!(broadcast = d.broadcast.0, "broadcast delivered");
                }
                changed += 1;
            }
            Err(error) => {
                tracing::debug!(broadcast = d.broadcast.0, %error, "live report not updated this time")
            }
        }
    }
    Ok(changed)
}

/// The live reports whose text changed, and the final ones, read in one go.
async fn reports_due(pool: &SqlitePool, localizer: &Localizer) -> sqlx::Result<Vec<Due>> {
    let mut conn = pool.acquire().await?;
    let mut due = vec![];
    for b in store::sending(&mut conn).await? {
        let (Some(author), Some(chat)) = (b.author, b.author_chat) else {
            continue;
        };
        let locale = persons::get(&mut conn, author).await?.locale;
        let figures = service::figures(&mut conn, &b).await?;
        let done = figures.total().queued == 0;
        let id = if done {
            "broadcast-final"
        } else {
            "broadcast-progress"
        };
        let msg = Msg::new(id).arg("figures", Arg::Nested(Box::new(figures_msg(&b, &figures))));
        let text = localizer.render(&locale, &msg);
        if b.progress_text.as_deref() == Some(text.as_str()) && !done {
            continue;
        }
        due.push(Due {
            broadcast: b.id,
            chat,
            message: b.progress_message,
            text,
            done,
        });
    }
    Ok(due)
}

/// Production's loop.
pub async fn run(pool: SqlitePool, localizer: Arc<Localizer>, api: BotProgress) {
    let mut every = tokio::time::interval(EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) = tick(&pool, &localizer, &api, Utc::now()).await {
            tracing::error!(error = %e, "broadcast live reports failed");
        }
    }
}
