//! Renders `Out`s in each recipient's language and sends them with HTML parse mode.
//! A failed send is logged (ids and the error kind only) and never stops the bot.

use teloxide::prelude::*;
use teloxide::types::{
    CallbackQueryId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, KeyboardButton,
    KeyboardMarkup, KeyboardRemove, ParseMode, ReplyMarkup,
};

use super::keyboards::strip_marks;
use super::reply::{Label, Markup, MediaKind, Out};
use crate::domain::Locale;
use crate::i18n::{Localizer, Msg};

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

/// Sends the answers; with `remember`, the ids of the messages sent to that chat are
/// kept (discreet mode) so that they can be deleted when the report dialogue ends.
pub async fn deliver(
    bot: &Bot,
    localizer: &Localizer,
    outs: Vec<Out>,
    remember: Option<(&sqlx::SqlitePool, i64)>,
) {
    for out in outs {
        let ids: Vec<String> = out.ids().into_iter().map(str::to_owned).collect();
        let chat = out.chat();
        match send_one(bot, localizer, out).await {
            Ok(sent) => {
                if let Some((pool, tracked)) = remember
                    && chat == Some(tracked)
                {
                    remember_sent(pool, tracked, &sent).await;
                }
            }
            Err(error) => {
                tracing::warn!(messages = ?ids, error = %error, "a reply could not be sent")
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

/// Sends one answer; returns the ids of the messages it made.
async fn send_one(
    bot: &Bot,
    localizer: &Localizer,
    out: Out,
) -> Result<Vec<i64>, teloxide::RequestError> {
    let mut sent = vec![];
    match out {
        Out::Text {
            chat,
            locale,
            parts,
            markup: m,
        } => {
            let text = parts
                .iter()
                .map(|p| localizer.render(&locale, p))
                .collect::<Vec<_>>()
                .join("\n\n");
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
                sent.push(i64::from(request.await?.id.0));
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
            sent.push(i64::from(request.await?.id.0));
        }
        Out::Document {
            chat,
            locale,
            name,
            bytes,
            caption,
        } => {
            let message = bot
                .send_document(ChatId(chat), InputFile::memory(bytes).file_name(name))
                .caption(localizer.render(&locale, &caption))
                .parse_mode(ParseMode::Html)
                .await?;
            sent.push(i64::from(message.id.0));
        }
        Out::Media {
            chat,
            kind,
            file_id,
        } => {
            let file = InputFile::file_id(teloxide::types::FileId(file_id));
            let message = match kind {
                MediaKind::Voice => bot.send_voice(ChatId(chat), file).await?,
                MediaKind::Photo => bot.send_photo(ChatId(chat), file).await?,
            };
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
            request.await?;
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
