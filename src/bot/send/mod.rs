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
    CallbackQueryId, FileId, InputFile, InputMedia, InputMediaPhoto, MessageId, ParseMode,
    ReplyMarkup,
};

mod render;

pub use render::split;
use render::{markup, render_parts};

use super::Ctx;
use super::keyboards::strip_marks;
use super::reply::{MediaKind, Out};
use crate::outbox::limiter::Lane;
use crate::outbox::retry::Outcome;
use crate::outbox::sender::classify;

/// 429s one reply may meet before it is given up (each waits what Telegram asked).
const MAX_RETRY_AFTER: u32 = 20;

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
                    remember_sent(ctx, tracked, &sent).await;
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

async fn remember_sent(ctx: &Ctx, chat: i64, ids: &[i64]) {
    let (pool, now) = (&ctx.pool, ctx.clock.now());
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
    if let Some(id) = earlier
        && edited(s, chat, id, &text, &m).await
    {
        return Ok(vec![]);
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

/// Updates the answer already sent to an album; says whether it could.
async fn edited(s: &Sending<'_>, chat: i64, id: i32, text: &str, m: &Option<ReplyMarkup>) -> bool {
    let mut request = s
        .bot
        .edit_message_text(ChatId(chat), MessageId(id), text)
        .parse_mode(ParseMode::Html);
    if let Some(ReplyMarkup::InlineKeyboard(k)) = m.clone() {
        request = request.reply_markup(k);
    }
    let Err(error) = s.call(Pace::Overall, request).await else {
        return true;
    };
    tracing::warn!(
        chat,
        outcome = classify(&error).name(),
        "an album's answer could not be updated; a new one is sent"
    );
    false
}

/// Sends one answer; returns the ids of the messages it made.
async fn send_one(s: &Sending<'_>, out: Out) -> Result<Vec<i64>, RequestError> {
    let localizer = &*s.ctx.localizer;
    match out {
        Out::Text {
            chat,
            locale,
            parts,
            markup: m,
        } => {
            let text = render_parts(localizer, &locale, &parts);
            send_text(s, chat, &text, markup(localizer, &locale, &m)).await
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
            tally(s, chat, group, text, m).await
        }
        Out::Photos { chat, file_ids } => send_photos(s, chat, &file_ids).await,
        Out::Photo {
            chat,
            locale,
            png,
            caption,
            markup: m,
        } => {
            let caption = localizer.render(&locale, &caption);
            send_png(s, chat, png, caption, markup(localizer, &locale, &m)).await
        }
        Out::Heatmap {
            chat,
            locale,
            digest,
            caption,
        } => {
            let caption = localizer.render(&locale, &caption);
            send_heatmap(s, chat, *digest, locale, caption).await
        }
        Out::Document {
            chat,
            locale,
            name,
            bytes,
            caption,
        } => {
            let caption = localizer.render(&locale, &caption);
            send_document(s, chat, InputFile::memory(bytes).file_name(name), caption).await
        }
        Out::Media {
            chat,
            kind,
            file_id,
        } => send_media(s, chat, kind, file_id).await,
        Out::RemoveCommands { chat } => {
            let scope = super::setup::chat_scope(chat);
            s.bot.delete_my_commands().scope(scope).await?;
            Ok(vec![])
        }
        Out::Answer {
            query_id,
            locale,
            text,
        } => {
            let text = text.map(|t| strip_marks(&localizer.render(&locale, &t)));
            answer(s, query_id, text).await
        }
    }
}

/// The heat map of a digest, drawn now (after the transaction, on a blocking thread); its
/// caption alone if it cannot be drawn.
async fn send_heatmap(
    s: &Sending<'_>,
    chat: i64,
    digest: crate::services::digest::Digest,
    locale: crate::domain::Locale,
    caption: String,
) -> Result<Vec<i64>, RequestError> {
    match super::picture::heatmap(s.ctx.localizer.clone(), digest, locale).await {
        Some(png) => send_png(s, chat, png, caption, None).await,
        None => send_text(s, chat, &caption, None).await,
    }
}

/// A file made here (an export, her data), with its caption.
async fn send_document(
    s: &Sending<'_>,
    chat: i64,
    file: InputFile,
    caption: String,
) -> Result<Vec<i64>, RequestError> {
    let request = s
        .bot
        .send_document(ChatId(chat), file)
        .caption(caption)
        .parse_mode(ParseMode::Html);
    sent_one(s.call(Pace::Chat(chat), request).await)
}

/// The answer to a button press (stops its spinner), with a short text if any.
async fn answer(
    s: &Sending<'_>,
    query_id: String,
    text: Option<String>,
) -> Result<Vec<i64>, RequestError> {
    let request = s.bot.answer_callback_query(CallbackQueryId(query_id));
    let request = match text {
        Some(text) => request.text(text),
        None => request,
    };
    s.call(Pace::Free, request).await?;
    Ok(vec![])
}

/// A picture made here (an invitation's QR code), with its caption and buttons.
async fn send_png(
    s: &Sending<'_>,
    chat: i64,
    png: Vec<u8>,
    caption: String,
    markup: Option<ReplyMarkup>,
) -> Result<Vec<i64>, RequestError> {
    let file = InputFile::memory(png).file_name("invitation.png");
    let request = s
        .bot
        .send_photo(ChatId(chat), file)
        .caption(caption)
        .parse_mode(ParseMode::Html);
    let request = match markup {
        Some(m) => request.reply_markup(m),
        None => request,
    };
    sent_one(s.call(Pace::Chat(chat), request).await)
}

/// The id of the one message a call made.
fn sent_one(message: Result<Message, RequestError>) -> Result<Vec<i64>, RequestError> {
    Ok(vec![i64::from(message?.id.0)])
}

/// A text, cut at line breaks into Telegram's length; the buttons go under its last piece.
async fn send_text(
    s: &Sending<'_>,
    chat: i64,
    text: &str,
    mut markup: Option<ReplyMarkup>,
) -> Result<Vec<i64>, RequestError> {
    let pieces = split(text);
    let last = pieces.len().saturating_sub(1);
    let mut sent = vec![];
    for (i, piece) in pieces.into_iter().enumerate() {
        let mut request = s
            .bot
            .send_message(ChatId(chat), piece)
            .parse_mode(ParseMode::Html);
        if i == last
            && let Some(m) = markup.take()
        {
            request = request.reply_markup(m);
        }
        sent.push(i64::from(s.call(Pace::Chat(chat), request).await?.id.0));
    }
    Ok(sent)
}

/// Photos already on Telegram, by albums of ten (one photo alone is sent as a photo).
async fn send_photos(
    s: &Sending<'_>,
    chat: i64,
    file_ids: &[String],
) -> Result<Vec<i64>, RequestError> {
    let file = |id: &String| InputFile::file_id(FileId(id.clone()));
    let mut sent = vec![];
    for album in file_ids.chunks(10) {
        if let [one] = album {
            let request = s.bot.send_photo(ChatId(chat), file(one));
            sent.push(i64::from(s.call(Pace::Chat(chat), request).await?.id.0));
            continue;
        }
        let media = album
            .iter()
            .map(|id| InputMedia::Photo(InputMediaPhoto::new(file(id))));
        let request = s.bot.send_media_group(ChatId(chat), media);
        let messages = s.call(Pace::Chat(chat), request).await?;
        sent.extend(messages.iter().map(|m| i64::from(m.id.0)));
    }
    Ok(sent)
}

/// A voice note or a photo already on Telegram.
async fn send_media(
    s: &Sending<'_>,
    chat: i64,
    kind: MediaKind,
    file_id: String,
) -> Result<Vec<i64>, RequestError> {
    let file = InputFile::file_id(FileId(file_id));
    let (bot, pace) = (s.bot, Pace::Chat(chat));
    sent_one(match kind {
        MediaKind::Voice => s.call(pace, bot.send_voice(ChatId(chat), file)).await,
        MediaKind::Photo => s.call(pace, bot.send_photo(ChatId(chat), file)).await,
    })
}
