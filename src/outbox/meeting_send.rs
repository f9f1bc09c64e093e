//! Sending what a meeting message carries: the `.ics` as a document with the text as its
//! caption and the RSVP buttons under it (a text too long for a caption goes first, on
//! its own), the minutes' document or photos by their file ids (one file with the text as
//! caption; several as albums after the text), the last reminder's pin after its text.

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, InputMedia, InputMediaDocument,
    InputMediaPhoto, ParseMode,
};

use super::Delivery;
use crate::domain::meeting::{FileKind, MinutesFile};

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
    if !d.files.is_empty() {
        return files(bot, chat, d, fits).await;
    }
    text(bot, chat, d, true).await?;
    if let Some((latitude, longitude)) = d.location {
        bot.send_location(chat, latitude, longitude).await?;
    }
    Ok(())
}

fn file(f: &MinutesFile) -> InputFile {
    InputFile::file_id(FileId(f.file_id.clone()))
}

/// The minutes' files: one with the text as caption; else the text, then the photos and
/// the documents, each kind in albums of ten (Telegram does not mix them in one album).
async fn files(bot: &Bot, chat: ChatId, d: &Delivery, fits: bool) -> Result<(), RequestError> {
    if let ([one], true) = (&d.files[..], fits) {
        let caption = d.text.clone();
        return match one.kind {
            FileKind::Photo => {
                bot.send_photo(chat, file(one))
                    .caption(caption)
                    .parse_mode(ParseMode::Html)
                    .await
            }
            FileKind::Document => {
                bot.send_document(chat, file(one))
                    .caption(caption)
                    .parse_mode(ParseMode::Html)
                    .await
            }
        }
        .map(drop);
    }
    text(bot, chat, d, false).await?;
    for kind in [FileKind::Photo, FileKind::Document] {
        let of_kind: Vec<&MinutesFile> = d.files.iter().filter(|f| f.kind == kind).collect();
        for album in of_kind.chunks(10) {
            match (album, kind) {
                ([one], FileKind::Photo) => bot.send_photo(chat, file(one)).await.map(drop)?,
                ([one], FileKind::Document) => {
                    bot.send_document(chat, file(one)).await.map(drop)?
                }
                (many, _) => {
                    let media = many.iter().map(|f| match kind {
                        FileKind::Photo => InputMedia::Photo(InputMediaPhoto::new(file(f))),
                        FileKind::Document => {
                            InputMedia::Document(InputMediaDocument::new(file(f)))
                        }
                    });
                    bot.send_media_group(chat, media).await.map(drop)?
                }
            }
        }
    }
    Ok(())
}
