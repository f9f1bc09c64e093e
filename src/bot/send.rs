//! Renders `Out`s in each recipient's language and sends them with HTML parse mode, each
//! send in its turn under the limits shared with the outbox. A reply answered 429 waits
//! `retry_after` and is sent again; network errors, timeouts and 5xx are retried a bounded
//! number of times; what still fails is logged (ids and the outcome only), never dropped
//! in silence, and never stops the bot.

use std::collections::HashMap;
use std::future::IntoFuture;
use std::time::Instant;

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    CallbackQueryId, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, InputMedia,
    InputMediaPhoto, KeyboardButton, KeyboardMarkup, KeyboardRemove, MessageId, ParseMode,
    ReplyMarkup,
};

use super::Ctx;
use super::keyboards::strip_marks;
use super::reply::{Label, Markup, MediaKind, Out};
use crate::domain::Locale;
use crate::i18n::{Localizer, Msg};
use crate::outbox::limiter::Lane;
use crate::outbox::retry::Outcome;
use crate::outbox::sender::classify;

/// 429s one reply may meet before it is given up (each waits what Telegram asked).
const MAX_RETRY_AFTER: u32 = 20;

/// Telegram's limit is 4,096 characters; long lists are cut at line breaks below it.
const MAX_TEXT: usize = 4000;

fn label(localizer: &Localizer, locale: &Locale, label: &Label) -> String {
    match label {
        Label::Msg(msg) => strip_marks(&localizer.render(locale, msg)),
        Label::Raw(text) => text.clone(),
    }
}

fn markup(localizer: &Localizer, locale: &Locale, markup: &Markup) -> Option<ReplyMarkup> {
    match markup {
        Markup::None => None,
        Markup::Inline(rows) => Some(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(
            rows.iter().map(|row| {
                row.iter().map(|b| {
                    InlineKeyboardButton::callback(
                        label(localizer, locale, &b.label),
                        b.callback.encode(),
                    )
                })
            }),
        ))),
        Markup::Menu(rows) => Some(ReplyMarkup::Keyboard(
            KeyboardMarkup::new(rows.iter().map(|row| {
                row.iter().map(|id| {
                    KeyboardButton::new(strip_marks(&localizer.render(locale, &Msg::new(id))))
                })
            }))
            .resize_keyboard(),
        )),
        Markup::RemoveMenu => Some(ReplyMarkup::KeyboardRemove(KeyboardRemove::new())),
        Markup::Links(links) => Some(ReplyMarkup::InlineKeyboard(InlineKeyboardMarkup::new(
            links.iter().filter_map(|(text, url)| {
                let url = url::Url::parse(url).ok()?;
                Some(vec![InlineKeyboardButton::url(text.clone(), url)])
            }),
        ))),
    }
}

/// Splits a long text at line breaks into pieces Telegram accepts.
pub fn split(text: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    for line in text.split_inclusive('\n') {
        let current = pieces.last_mut().expect("never empty");
        if current.chars().count() + line.chars().count() > MAX_TEXT && !current.is_empty() {
            pieces.push(String::new());
        }
        let current = pieces.last_mut().expect("never empty");
        if line.chars().count() > MAX_TEXT {
            current.extend(line.chars().take(MAX_TEXT));
        } else {
            current.push_str(line);
        }
    }
    pieces.retain(|p| !p.trim().is_empty());
    pieces
}

/// Sends the answers, in order; with `remember`, the ids of the messages sent to that chat
/// are kept (discreet mode) so that they can be deleted when the report dialogue ends.
pub async fn deliver(bot: &Bot, ctx: &Ctx, outs: Vec<Out>, remember: Option<i64>) {
    for out in outs {
        let ids: Vec<String> = out.ids().into_iter().map(str::to_owned).collect();
        let chat = out.chat();
        match send_one(&Sending { bot, ctx }, out).await {
            Ok(sent) => {
                if let Some(tracked) = remember
                    && chat == Some(tracked)
                {
                    remember_sent(&ctx.pool, tracked, &sent).await;
                }
            }
            Err(error) => {
                let outcome = classify(&error).name();
                tracing::error!(chat, messages = ?ids, outcome, error = %error, "a reply could not be sent");
            }
        }
    }
}

/// How a call is paced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pace {
    /// A message to a chat: the overall rate and the chat's interval.
    Chat(i64),
    /// An edit: the overall rate only.
    Overall,
    /// A button's answer: not a message.
    Free,
}

/// The bot and the shared limits, for one update's replies.
struct Sending<'a> {
    bot: &'a Bot,
    ctx: &'a Ctx,
}

impl Sending<'_> {
    fn lock_tallies(&self) -> std::sync::MutexGuard<'_, HashMap<(i64, String), i32>> {
        self.ctx.tallies.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Makes one Telegram call in its turn (see `Pace`). A 429 pauses every send, the
    /// outbox's too, for `retry_after`, then the call is made again; a network error, a
    /// timeout or a 5xx is retried with back-off a bounded number of times.
    async fn call<R, T>(&self, pace: Pace, request: R) -> Result<T, RequestError>
    where
        R: IntoFuture<Output = Result<T, RequestError>> + Clone,
    {
        let (mut throttled, mut failed) = (0, 0);
        let chat = match pace {
            Pace::Chat(chat) => Some(chat),
            _ => None,
        };
        loop {
            if pace != Pace::Free {
                self.ctx.pacer.wait_turn(Lane::Reply, chat).await;
            }
            let error = match request.clone().await {
                Ok(done) => return Ok(done),
                Err(error) => error,
            };
            match classify(&error) {
                Outcome::RetryAfter(wait) if throttled < MAX_RETRY_AFTER => {
                    throttled += 1;
                    tracing::warn!(
                        chat,
                        seconds = wait.as_secs(),
                        "Telegram asked to slow down: replies and outbox pause, the reply waits"
                    );
                    self.ctx.pacer.pause(Instant::now() + wait);
                    if pace == Pace::Free {
                        tokio::time::sleep(wait).await;
                    }
                }
                Outcome::Transient(_) => {
                    failed += 1;
                    let Some(delay) = self.ctx.reply_retry.next_delay(failed) else {
                        return Err(error);
                    };
                    tracing::info!(chat, attempt = failed, "a reply failed; it is tried again");
                    tokio::time::sleep(delay).await;
                }
                _ => return Err(error),
            }
        }
    }
}

async fn remember_sent(pool: &sqlx::SqlitePool, chat: i64, ids: &[i64]) {
    let now = chrono::Utc::now();
    for id in ids {
        let result = async {
            let mut conn = pool.acquire().await?;
            crate::store::chat_messages::remember(&mut conn, chat, *id, now).await
        }
        .await;
        if let Err(e) = result {
            tracing::warn!(chat, error = %e, "could not remember a discreet message");
        }
    }
}

fn render_parts(localizer: &Localizer, locale: &Locale, parts: &[Msg]) -> String {
    parts
        .iter()
        .map(|p| localizer.render(locale, p))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The answer to an album: the first photo's is sent and remembered, the next ones edit
/// it (an edit that fails sends a new answer instead). Returns the ids of new messages.
async fn tally(
    s: &Sending<'_>,
    chat: i64,
    group: String,
    text: String,
    m: Option<ReplyMarkup>,
) -> Result<Vec<i64>, RequestError> {
    let key = (chat, group);
    let earlier = s.lock_tallies().get(&key).copied();
    if let Some(id) = earlier {
        let mut request = s
            .bot
            .edit_message_text(ChatId(chat), MessageId(id), text.clone())
            .parse_mode(ParseMode::Html);
        if let Some(ReplyMarkup::InlineKeyboard(k)) = m.clone() {
            request = request.reply_markup(k);
        }
        match s.call(Pace::Overall, request).await {
            Ok(_) => return Ok(vec![]),
            Err(error) => {
                tracing::warn!(
                    chat,
                    outcome = classify(&error).name(),
                    "an album's answer could not be updated; a new one is sent"
                );
            }
        }
    }
    let mut request = s
        .bot
        .send_message(ChatId(chat), text)
        .parse_mode(ParseMode::Html);
    if let Some(m) = m {
        request = request.reply_markup(m);
    }
    let message = s.call(Pace::Chat(chat), request).await?;
    let mut tallies = s.lock_tallies();
    if tallies.len() > 1000 {
        tallies.clear();
    }
    tallies.insert(key, message.id.0);
    Ok(vec![i64::from(message.id.0)])
}

/// Sends one answer; returns the ids of the messages it made.
async fn send_one(s: &Sending<'_>, out: Out) -> Result<Vec<i64>, RequestError> {
    let (bot, localizer) = (s.bot, &*s.ctx.localizer);
    let mut sent = vec![];
    match out {
        Out::Text {
            chat,
            locale,
            parts,
            markup: m,
        } => {
            let text = render_parts(localizer, &locale, &parts);
            let pieces = split(&text);
            let last = pieces.len().saturating_sub(1);
            for (i, piece) in pieces.into_iter().enumerate() {
                let mut request = bot
                    .send_message(ChatId(chat), piece)
                    .parse_mode(ParseMode::Html);
                if i == last
                    && let Some(m) = markup(localizer, &locale, &m)
                {
                    request = request.reply_markup(m);
                }
                sent.push(i64::from(s.call(Pace::Chat(chat), request).await?.id.0));
            }
        }
        Out::Tally {
            chat,
            locale,
            group,
            parts,
            markup: m,
        } => {
            let text = render_parts(localizer, &locale, &parts);
            let m = markup(localizer, &locale, &m);
            sent.extend(tally(s, chat, group, text, m).await?);
        }
        Out::Photos { chat, file_ids } => {
            for album in file_ids.chunks(10) {
                let file = |id: &String| InputFile::file_id(FileId(id.clone()));
                if let [one] = album {
                    let request = bot.send_photo(ChatId(chat), file(one));
                    sent.push(i64::from(s.call(Pace::Chat(chat), request).await?.id.0));
                    continue;
                }
                let media = album
                    .iter()
                    .map(|id| InputMedia::Photo(InputMediaPhoto::new(file(id))));
                let request = bot.send_media_group(ChatId(chat), media);
                let messages = s.call(Pace::Chat(chat), request).await?;
                sent.extend(messages.iter().map(|m| i64::from(m.id.0)));
            }
        }
        Out::Photo {
            chat,
            locale,
            png,
            caption,
            markup: m,
        } => {
            let mut request = bot
                .send_photo(
                    ChatId(chat),
                    InputFile::memory(png).file_name("invitation.png"),
                )
                .caption(localizer.render(&locale, &caption))
                .parse_mode(ParseMode::Html);
            if let Some(m) = markup(localizer, &locale, &m) {
                request = request.reply_markup(m);
            }
            sent.push(i64::from(s.call(Pace::Chat(chat), request).await?.id.0));
        }
        Out::Document {
            chat,
            locale,
            name,
            bytes,
            caption,
        } => {
            let request = bot
                .send_document(ChatId(chat), InputFile::memory(bytes).file_name(name))
                .caption(localizer.render(&locale, &caption))
                .parse_mode(ParseMode::Html);
            let message = s.call(Pace::Chat(chat), request).await?;
            sent.push(i64::from(message.id.0));
        }
        Out::Media {
            chat,
            kind,
            file_id,
        } => {
            let file = InputFile::file_id(FileId(file_id));
            let message = match kind {
                MediaKind::Voice => {
                    s.call(Pace::Chat(chat), bot.send_voice(ChatId(chat), file))
                        .await
                }
                MediaKind::Photo => {
                    s.call(Pace::Chat(chat), bot.send_photo(ChatId(chat), file))
                        .await
                }
            }?;
            sent.push(i64::from(message.id.0));
        }
        Out::RemoveCommands { chat } => {
            bot.delete_my_commands()
                .scope(super::setup::chat_scope(chat))
                .await?;
        }
        Out::Answer {
            query_id,
            locale,
            text,
        } => {
            let mut request = bot.answer_callback_query(CallbackQueryId(query_id));
            if let Some(text) = text {
                request = request.text(strip_marks(&localizer.render(&locale, &text)));
            }
            s.call(Pace::Free, request).await?;
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_at_line_breaks() {
        let line = format!("{}\n", "é".repeat(99));
        let text = line.repeat(100);
        let pieces = split(&text);
        assert!(pieces.len() >= 3);
        assert!(pieces.iter().all(|p| p.chars().count() <= MAX_TEXT));
        assert_eq!(pieces.concat(), text);
    }
}
