//! Sending what a meeting message carries: the `.ics` as a document with the text as its
//! caption and the RSVP buttons under it (a text too long for a caption goes first, on
//! its own), the minutes' photo by its file id, the last reminder's pin after its text.

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, ParseMode};

use super::Delivery;

/// Telegram's limit on a caption.
const MAX_CAPTION: usize = 1024;

/// Rows of (label, callback data) as an inline keyboard; `None` when empty.
pub(super) fn keyboard(rows: &[Vec<(String, String)>]) -> Option<InlineKeyboardMarkup> {
    (!rows.is_empty()).then(|| {
        InlineKeyboardMarkup::new(rows.iter().map(|row| {
            row.iter()
                .map(|(label, data)| InlineKeyboardButton::callback(label.clone(), data.clone()))
                .collect::<Vec<_>>()
        }))
    })
}

async fn text(
    bot: &Bot,
    chat: ChatId,
    d: &Delivery,
    with_keyboard: bool,
) -> Result<(), RequestError> {
    let mut request = bot
        .send_message(chat, d.text.clone())
        .parse_mode(ParseMode::Html);
    if let (true, Some(k)) = (with_keyboard, keyboard(&d.keyboard)) {
        request = request.reply_markup(k);
    }
    request.await.map(drop)
}

pub(super) async fn send(bot: &Bot, chat: ChatId, d: &Delivery) -> Result<(), RequestError> {
    let fits = d.text.chars().count() <= MAX_CAPTION;
    if let Some((name, bytes)) = &d.document {
        if !fits {
            text(bot, chat, d, true).await?;
        }
        let mut request = bot.send_document(
            chat,
            InputFile::memory(bytes.clone()).file_name(name.clone()),
        );
        if fits {
            request = request.caption(d.text.clone()).parse_mode(ParseMode::Html);
            if let Some(k) = keyboard(&d.keyboard) {
                request = request.reply_markup(k);
            }
        }
        return request.await.map(drop);
    }
    if let Some(file_id) = &d.photo {
        if !fits {
            text(bot, chat, d, false).await?;
        }
        let mut request = bot.send_photo(chat, InputFile::file_id(FileId(file_id.clone())));
        if fits {
            request = request.caption(d.text.clone()).parse_mode(ParseMode::Html);
        }
        return request.await.map(drop);
    }
    text(bot, chat, d, true).await?;
    if let Some((latitude, longitude)) = d.location {
        bot.send_location(chat, latitude, longitude).await?;
    }
    Ok(())
}
