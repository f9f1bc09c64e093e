//! What a person sent, taken out of a Telegram update into plain data the router reads.

use chrono::{DateTime, Utc};
use teloxide::types::{CallbackQuery, Message, Update, UpdateKind};

use crate::bot::door::rights_of;
use crate::domain::{BotRights, TelegramUserId};

/// The sender of an update.
#[derive(Debug, Clone, PartialEq)]
pub struct Sender {
    pub id: TelegramUserId,
    pub language_code: Option<String>,
}

/// A non-text message: what the report flow can use, and what it cannot.
#[derive(Debug, Clone, PartialEq)]
pub enum Attachment {
    Sticker,
    /// The largest size of a photo.
    Photo {
        file_id: String,
    },
    Location {
        latitude: f64,
        longitude: f64,
    },
    Voice {
        file_id: String,
    },
    /// Audio, video, an animation (not kept).
    Document,
    Contact,
    Other,
    /// A file sent as a document (a PDF…), by its Telegram file id.
    File {
        file_id: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// `/name args` (a `@bot` suffix already removed).
    Command {
        name: String,
        args: String,
    },
    Text(String),
    /// A button press: raw callback data and the query to answer.
    Button {
        query_id: String,
        data: String,
    },
    Attachment(Attachment),
    /// An edited message: the bot does not act on edits.
    Edited,
    /// A request to join the group `group` (`chat_join_request`); the update's chat is
    /// the requester's private chat, where she may be answered for 5 minutes.
    JoinRequest {
        group: i64,
    },
    /// The bot's own place in a group changed (`my_chat_member`): still there or not, and
    /// its rights.
    BotStatus {
        present: bool,
        rights: BotRights,
    },
    /// The group became the supergroup `to` (`migrate_to_chat_id`).
    Migrated {
        to: i64,
    },
}

impl Input {
    /// The kind of input, for logs (never its content).
    pub fn kind(&self) -> &'static str {
        match self {
            Input::Command { .. } => "command",
            Input::Text(_) => "text",
            Input::Button { .. } => "button",
            Input::Attachment(_) => "attachment",
            Input::Edited => "edited",
            Input::JoinRequest { .. } => "join_request",
            Input::BotStatus { .. } => "bot_status",
            Input::Migrated { .. } => "migrated",
        }
    }
}

/// One update, reduced to what the bot uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub update_id: i64,
    pub chat_id: i64,
    /// Her message, or the bot's message whose button she pressed.
    pub message_id: Option<i64>,
    pub private: bool,
    pub sender: Option<Sender>,
    /// When she sent it (a message's own date; a button press: when it arrived).
    pub at: DateTime<Utc>,
    pub input: Input,
    /// The album (`media_group_id`) this message belongs to: one input for the flood
    /// limit, answered once.
    pub media_group: Option<String>,
}

fn sender(user: Option<&teloxide::types::User>) -> Option<Sender> {
    user.filter(|u| !u.is_bot).map(|u| Sender {
        id: TelegramUserId(u.id.0 as i64),
        language_code: u.language_code.clone(),
    })
}

/// Splits `/name@bot args`; `None` for a command addressed to another bot.
pub fn parse_command(text: &str, bot_username: &str) -> Option<(String, String)> {
    let rest = text.strip_prefix('/')?;
    let (word, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let (name, target) = word.split_once('@').unwrap_or((word, ""));
    if !target.is_empty() && !target.eq_ignore_ascii_case(bot_username) {
        return None;
    }
    Some((name.to_ascii_lowercase(), args.trim().to_owned()))
}

fn input_of(msg: &Message, bot_username: &str) -> Option<Input> {
    if let Some(text) = msg.text() {
        return Some(match parse_command(text, bot_username) {
            Some((name, args)) => Input::Command { name, args },
            None if text.starts_with('/') => return None,
            None => Input::Text(text.to_owned()),
        });
    }
    attachment_of(msg).map(Input::Attachment)
}

/// What a message other than text holds (the largest size of a photo); `None` for service
/// messages in groups (members joining, titles changing): nothing to answer.
fn attachment_of(msg: &Message) -> Option<Attachment> {
    let kind = if msg.sticker().is_some() {
        Attachment::Sticker
    } else if let Some(sizes) = msg.photo() {
        match sizes.iter().max_by_key(|p| p.width * p.height) {
            Some(p) => Attachment::Photo {
                file_id: p.file.id.to_string(),
            },
            None => Attachment::Other,
        }
    } else if let Some(l) = msg.location().or(msg.venue().map(|v| &v.location)) {
        Attachment::Location {
            latitude: l.latitude,
            longitude: l.longitude,
        }
    } else if let Some(v) = msg.voice() {
        Attachment::Voice {
            file_id: v.file.id.to_string(),
        }
    } else if let Some(d) = msg.document() {
        Attachment::File {
            file_id: d.file.id.to_string(),
        }
    } else if msg.audio().is_some() || msg.video().is_some() || msg.animation().is_some() {
        Attachment::Document
    } else if msg.contact().is_some() {
        Attachment::Contact
    } else if msg.from.is_some() && msg.chat.is_private() {
        Attachment::Other
    } else {
        return None;
    };
    Some(kind)
}

impl Incoming {
    /// `None` for updates the bot does not answer (other bots' commands, group chatter,
    /// service messages, update kinds it does not use). A button press carries no date of
    /// its own: it counts as sent at `now`, when it arrives.
    pub fn from_update(update: &Update, bot_username: &str, now: DateTime<Utc>) -> Option<Self> {
        let update_id = i64::from(update.id.0);
        match &update.kind {
            UpdateKind::Message(msg) if msg.migrate_to_chat_id().is_some() => Some(Incoming {
                update_id,
                chat_id: msg.chat.id.0,
                message_id: None,
                private: false,
                sender: sender(msg.from.as_ref()),
                at: msg.date,
                input: Input::Migrated {
                    to: msg.migrate_to_chat_id().map_or(0, |c| c.0),
                },
                media_group: None,
            }),
            UpdateKind::Message(msg) => Self::message(update_id, msg, bot_username),
            UpdateKind::EditedMessage(msg) if msg.chat.is_private() => {
                Some(Self::edited(update_id, msg))
            }
            UpdateKind::CallbackQuery(q) => Some(Self::button(update_id, q, now)),
            UpdateKind::ChatJoinRequest(r) => Some(Incoming {
                update_id,
                chat_id: r.user_chat_id.0,
                message_id: None,
                private: true,
                sender: sender(Some(&r.from)),
                at: r.date,
                input: Input::JoinRequest { group: r.chat.id.0 },
                media_group: None,
            }),
            UpdateKind::MyChatMember(m) if !m.chat.is_private() => Some(Incoming {
                update_id,
                chat_id: m.chat.id.0,
                message_id: None,
                private: false,
                sender: sender(Some(&m.from)),
                at: m.date,
                input: Input::BotStatus {
                    present: m.new_chat_member.kind.is_present(),
                    rights: rights_of(&m.new_chat_member.kind),
                },
                media_group: None,
            }),
            _ => None,
        }
    }

    /// A message: in groups the bot only listens to commands.
    fn message(update_id: i64, msg: &Message, bot_username: &str) -> Option<Self> {
        let input = input_of(msg, bot_username)?;
        let private = msg.chat.is_private();
        if !private && !matches!(input, Input::Command { .. }) {
            return None;
        }
        Some(Incoming {
            update_id,
            chat_id: msg.chat.id.0,
            message_id: Some(i64::from(msg.id.0)),
            private,
            sender: sender(msg.from.as_ref()),
            at: msg.date,
            input,
            media_group: msg.media_group_id().map(|g| g.0.clone()),
        })
    }

    /// A message she edited (in her private chat).
    fn edited(update_id: i64, msg: &Message) -> Self {
        Incoming {
            update_id,
            chat_id: msg.chat.id.0,
            message_id: None,
            private: true,
            sender: sender(msg.from.as_ref()),
            at: msg.edit_date().copied().unwrap_or(msg.date),
            input: Input::Edited,
            media_group: None,
        }
    }

    /// A button pressed, in the chat of the message that carries it.
    fn button(update_id: i64, q: &CallbackQuery, now: DateTime<Utc>) -> Self {
        let chat = q.message.as_ref().map(|m| m.chat());
        Incoming {
            update_id,
            chat_id: chat.map_or(q.from.id.0 as i64, |c| c.id.0),
            message_id: q.message.as_ref().map(|m| i64::from(m.id().0)),
            private: chat.is_none_or(|c| c.is_private()),
            sender: sender(Some(&q.from)),
            at: now,
            input: Input::Button {
                query_id: q.id.0.clone(),
                data: q.data.clone().unwrap_or_default(),
            },
            media_group: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_split_and_addressed() {
        assert_eq!(
            parse_command("/start ABC", "agenda_bot"),
            Some(("start".into(), "ABC".into()))
        );
        assert_eq!(
            parse_command("/LinkGroup@Agenda_Bot  BEL ", "agenda_bot"),
            Some(("linkgroup".into(), "BEL".into()))
        );
        assert_eq!(parse_command("/start@other_bot", "agenda_bot"), None);
        assert_eq!(parse_command("hello", "agenda_bot"), None);
    }
}
