//! What the bot answers, as data: messages by id with arguments, in a recipient's
//! language, with typed buttons. Rendered and sent by `send`; asserted on by tests.

use super::callback::Callback;
use crate::domain::Locale;
use crate::i18n::Msg;
use crate::services::digest::Digest;

/// A button's label: a message id, or text shown as is (a language's own name, a place).
#[derive(Debug, Clone, PartialEq)]
pub enum Label {
    Msg(Msg),
    Raw(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: Label,
    pub callback: Callback,
}

impl Button {
    pub fn new(id: &'static str, callback: Callback) -> Self {
        Button {
            label: Label::Msg(Msg::new(id)),
            callback,
        }
    }

    pub fn raw(label: impl Into<String>, callback: Callback) -> Self {
        Button {
            label: Label::Raw(label.into()),
            callback,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Markup {
    #[default]
    None,
    /// Buttons under the message, one row per inner vector.
    Inline(Vec<Vec<Button>>),
    /// The main menu: a reply keyboard of message ids.
    Menu(Vec<Vec<&'static str>>),
    /// Takes the main menu away (she is no longer a member).
    RemoveMenu,
    /// Link buttons, one per row: (label shown as is, URL) — a quartier group's invite.
    Links(Vec<(String, String)>),
}

impl Markup {
    /// One button per row.
    pub fn column(buttons: impl IntoIterator<Item = Button>) -> Self {
        Markup::Inline(buttons.into_iter().map(|b| vec![b]).collect())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    Voice,
    Photo,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Out {
    /// A message: its parts are joined by a blank line.
    Text {
        chat: i64,
        locale: Locale,
        parts: Vec<Msg>,
        markup: Markup,
    },
    /// A PNG picture with a caption.
    Photo {
        chat: i64,
        locale: Locale,
        png: Vec<u8>,
        caption: Msg,
        markup: Markup,
    },
    /// A digest's heat map with its caption, drawn only when sent — after the update's
    /// transaction, so that drawing never holds the database's one connection.
    Heatmap {
        chat: i64,
        locale: Locale,
        digest: Box<Digest>,
        caption: Msg,
    },
    /// One answer to a whole album (`group`, its `media_group_id`): sent for its first
    /// photo, then edited in place for the next ones ("6 photos added").
    Tally {
        chat: i64,
        locale: Locale,
        group: String,
        parts: Vec<Msg>,
        markup: Markup,
    },
    /// Photos Telegram already has, re-sent by their file ids as albums of ten at most.
    Photos { chat: i64, file_ids: Vec<String> },
    /// A voice note or photo Telegram already has, re-sent by its file id.
    Media {
        chat: i64,
        kind: MediaKind,
        file_id: String,
    },
    /// A file made for her (her data as JSON), with a caption.
    Document {
        chat: i64,
        locale: Locale,
        name: String,
        bytes: Vec<u8>,
        caption: Msg,
    },
    /// Removes her chat's own "/" command list (after `/forget`): sent after the commit
    /// like any answer, since nothing of her may stay queued.
    RemoveCommands { chat: i64 },
    /// The answer to a button press (stops the spinner; an optional short notice).
    Answer {
        query_id: String,
        locale: Locale,
        text: Option<Msg>,
    },
}

impl Out {
    /// The message ids of a text or photo, for tests and logs (never the text).
    pub fn ids(&self) -> Vec<&str> {
        match self {
            Out::Text { parts, .. } | Out::Tally { parts, .. } => {
                parts.iter().map(|m| m.id.as_ref()).collect()
            }
            Out::Photo { caption, .. }
            | Out::Document { caption, .. }
            | Out::Heatmap { caption, .. } => {
                vec![caption.id.as_ref()]
            }
            Out::Answer { text, .. } => text.iter().map(|m| m.id.as_ref()).collect(),
            Out::Media { .. } | Out::Photos { .. } | Out::RemoveCommands { .. } => vec![],
        }
    }

    pub fn chat(&self) -> Option<i64> {
        match self {
            Out::Text { chat, .. }
            | Out::Tally { chat, .. }
            | Out::Photos { chat, .. }
            | Out::Photo { chat, .. }
            | Out::Heatmap { chat, .. }
            | Out::Media { chat, .. }
            | Out::Document { chat, .. }
            | Out::RemoveCommands { chat } => Some(*chat),
            Out::Answer { .. } => None,
        }
    }
}

/// Collects the answers to one update, addressed to its chat in the current language.
#[derive(Debug)]
pub struct Replies {
    pub chat: i64,
    pub locale: Locale,
    pub outs: Vec<Out>,
    /// Discreet mode: the messages sent to her chat are remembered, to be deleted when the
    /// report dialogue ends.
    pub track: bool,
}

impl Replies {
    pub fn new(chat: i64, locale: Locale) -> Self {
        Replies {
            chat,
            locale,
            outs: vec![],
            track: false,
        }
    }

    pub fn say(&mut self, msg: impl Into<Msg>) {
        self.say_with(vec![msg.into()], Markup::None);
    }

    pub fn say_with(&mut self, parts: Vec<Msg>, markup: Markup) {
        self.outs.push(Out::Text {
            chat: self.chat,
            locale: self.locale.clone(),
            parts,
            markup,
        });
    }

    /// The answer to a photo of the album `group`: one message for the whole album.
    pub fn say_once_for(&mut self, group: &str, parts: Vec<Msg>, markup: Markup) {
        self.outs.push(Out::Tally {
            chat: self.chat,
            locale: self.locale.clone(),
            group: group.to_owned(),
            parts,
            markup,
        });
    }

    /// Photos Telegram already has, shown as albums.
    pub fn photos(&mut self, file_ids: &[String]) {
        if !file_ids.is_empty() {
            self.outs.push(Out::Photos {
                chat: self.chat,
                file_ids: file_ids.to_vec(),
            });
        }
    }

    pub fn photo(&mut self, png: Vec<u8>, caption: Msg, markup: Markup) {
        self.outs.push(Out::Photo {
            chat: self.chat,
            locale: self.locale.clone(),
            png,
            caption,
            markup,
        });
    }

    /// A digest's heat map, drawn in her language when sent.
    pub fn heatmap(&mut self, digest: Digest, caption: Msg) {
        self.outs.push(Out::Heatmap {
            chat: self.chat,
            locale: self.locale.clone(),
            digest: Box::new(digest),
            caption,
        });
    }

    pub fn document(&mut self, name: &str, bytes: Vec<u8>, caption: Msg) {
        self.outs.push(Out::Document {
            chat: self.chat,
            locale: self.locale.clone(),
            name: name.to_owned(),
            bytes,
            caption,
        });
    }

    pub fn media(&mut self, kind: MediaKind, file_id: &str) {
        self.outs.push(Out::Media {
            chat: self.chat,
            kind,
            file_id: file_id.to_owned(),
        });
    }

    /// Removes her chat's own "/" command list.
    pub fn remove_commands(&mut self) {
        self.outs.push(Out::RemoveCommands { chat: self.chat });
    }

    pub fn answer(&mut self, query_id: &str, text: Option<Msg>) {
        self.outs.push(Out::Answer {
            query_id: query_id.to_owned(),
            locale: self.locale.clone(),
            text,
        });
    }
}
