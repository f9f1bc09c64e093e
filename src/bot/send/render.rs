//! What a reply looks like on Telegram: its text in her language (cut at line breaks
//! when too long) and its keyboard.

use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, KeyboardMarkup, KeyboardRemove,
    ReplyMarkup,
};

use super::super::keyboards::strip_marks;
use super::super::reply::{Label, Markup};
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

pub(super) fn markup(
    localizer: &Localizer,
    locale: &Locale,
    markup: &Markup,
) -> Option<ReplyMarkup> {
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

/// The parts of a message, each in her language, as one text.
pub(super) fn render_parts(localizer: &Localizer, locale: &Locale, parts: &[Msg]) -> String {
    parts
        .iter()
        .map(|p| localizer.render(locale, p))
        .collect::<Vec<_>>()
        .join("\n\n")
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
