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
    /// The live message to edit; `None`: a new message.
    edit: Option<i64>,
    text: String,
    /// The final report: once sent, the broadcast is done.
    done: bool,
}

/// Brings every live report up to date; returns how many messages were sent or edited.
/// The live message is edited at most every [`EVERY`] (by `now`), its last edit shows
/// the final figures, then the final report comes as a new message (so that she is
/// notified). The pool's one connection is given back before Telegram is called, and
/// taken again for each report written, so that the rest of the bot never waits on
/// Telegram here.
pub async fn tick<A: ProgressApi>(
    pool: &SqlitePool,
    localizer: &Localizer,
    api: &A,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let due = reports_due(pool, localizer, now).await?;
    let mut changed = 0;
    for d in due {
        let sent = match d.edit {
            Some(m) => api.edit(d.chat, m, d.text.clone()).await.map(|()| m),
            None => api.send(d.chat, d.text.clone()).await,
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

/// What the live report of one broadcast needs now, if anything: `shown` is whether its
/// message already shows `text`, `recent` whether it changed less than [`EVERY`] ago.
fn next_step(message: Option<i64>, done: bool, shown: bool, recent: bool) -> Option<Step> {
    match (message, done, shown) {
        (_, false, true) => None,
        (Some(_), _, false) if recent => None,
        (Some(m), _, false) => Some(Step::Edit(m)),
        (_, true, true) | (None, true, false) => Some(Step::Final),
        (None, false, false) => Some(Step::First),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    First,
    Edit(i64),
    Final,
}

/// The live reports whose text changed and may be edited, and the final ones.
async fn reports_due(
    pool: &SqlitePool,
    localizer: &Localizer,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Due>> {
    let every = chrono::Duration::from_std(EVERY).unwrap_or_default();
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
        let shown = b.progress_text.as_deref() == Some(text.as_str());
        let recent = b.progress_at.is_some_and(|at| now - at < every);
        let Some(step) = next_step(b.progress_message, done, shown, recent) else {
            continue;
        };
        due.push(Due {
            broadcast: b.id,
            chat,
            edit: match step {
                Step::Edit(m) => Some(m),
                _ => None,
            },
            text,
            done: step == Step::Final,
        });
    }
    Ok(due)
}

/// Production's loop.
pub async fn run(
    pool: SqlitePool,
    localizer: Arc<Localizer>,
    api: BotProgress,
    clock: crate::clock::Clock,
) {
    // Looked at every second; `tick` itself keeps each live message to one change per
    // `EVERY`, by the time of its last change.
    let mut every = tokio::time::interval(Duration::from_secs(1));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) = tick(&pool, &localizer, &api, clock.now()).await {
            tracing::error!(error = %e, "broadcast live reports failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Step, next_step};

    #[test]
    fn the_live_message_is_edited_only_when_its_text_changed_and_not_too_soon() {
        assert_eq!(next_step(None, false, false, false), Some(Step::First));
        assert_eq!(next_step(Some(7), false, true, false), None);
        assert_eq!(next_step(Some(7), false, false, true), None);
        assert_eq!(next_step(Some(7), false, false, false), Some(Step::Edit(7)));
    }

    #[test]
    fn the_final_figures_are_edited_in_then_sent_as_a_new_message() {
        assert_eq!(next_step(Some(7), true, false, true), None);
        assert_eq!(next_step(Some(7), true, false, false), Some(Step::Edit(7)));
        assert_eq!(next_step(Some(7), true, true, true), Some(Step::Final));
        assert_eq!(next_step(None, true, false, false), Some(Step::Final));
    }
}
