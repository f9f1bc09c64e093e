//! Update builders: the users, messages, button presses and edits a test pushes to the bot,
//! shaped like the Bot API's JSON so that teloxide 0.17 picks the right `UpdateKind`.

use serde_json::{Value, json};

use super::telegram::{bot_user, utf16_len};
use super::{FakeApi, merge, now};

/// A user who talks to the bot in pushed updates.
#[derive(Clone, Debug)]
pub struct TestUser {
    pub id: i64,
    pub first_name: String,
    pub language_code: Option<String>,
}

impl TestUser {
    /// A (non-bot) user with the given id, first name and optional language code.
    pub fn new(id: i64, first_name: &str, language_code: Option<&str>) -> Self {
        let (first_name, language_code) = (first_name.to_owned(), language_code.map(str::to_owned));
        TestUser {
            id,
            first_name,
            language_code,
        }
    }

    fn json(&self) -> Value {
        let mut user = json!({"id": self.id, "is_bot": false, "first_name": self.first_name});
        if let Some(lang) = &self.language_code {
            user["language_code"] = json!(lang);
        }
        user
    }

    fn private_chat(&self) -> Value {
        json!({"id": self.id, "type": "private", "first_name": self.first_name})
    }
}

/// `text` plus a `bot_command` entity when it starts with '/', as Telegram sends it.
fn text_fields(text: &str) -> Value {
    let mut fields = json!({ "text": text });
    if text.starts_with('/') {
        let command = text.split_whitespace().next().unwrap_or(text);
        let entity = json!({"type": "bot_command", "offset": 0, "length": utf16_len(command)});
        fields["entities"] = json!([entity]);
    }
    fields
}

impl FakeApi {
    /// Builds a message from `from` in `chat` with a fresh message_id and pushes it under `key`.
    fn push_message(&self, key: &str, from: &TestUser, chat: Value, fields: Value) -> i64 {
        let mut inner = self.lock();
        inner.names.insert(from.id, from.first_name.clone());
        let message_id = inner.next_message_id(chat["id"].as_i64().unwrap_or(from.id));
        drop(inner);
        let mut message = json!({"message_id": message_id, "date": now(), "chat": chat,
                                 "from": from.json()});
        merge(&mut message, fields);
        self.push_update(json!({ key: message }))
    }

    fn push_private(&self, from: &TestUser, fields: Value) -> i64 {
        self.push_message("message", from, from.private_chat(), fields)
    }

    /// A private text message; a leading `/command` gets a `bot_command` entity.
    pub fn push_text(&self, from: &TestUser, text: &str) -> i64 {
        self.push_private(from, text_fields(text))
    }

    /// A text message from `from` in the supergroup `group_id` (negative).
    /// A request by `from` to join the supergroup `group_id` through an invite link that
    /// asks for approval (`chat_join_request`; her private chat is `user_chat_id`).
    pub fn push_join_request(&self, from: &TestUser, group_id: i64) -> i64 {
        let request = json!({
            "chat": {"id": group_id, "type": "supergroup", "title": "Quartier"},
            "from": from.json(),
            "user_chat_id": from.id,
            "date": now(),
        });
        self.push_update(json!({ "chat_join_request": request }))
    }

    pub fn push_group_text(&self, from: &TestUser, group_id: i64, text: &str) -> i64 {
        let chat = json!({"id": group_id, "type": "supergroup", "title": "Test group"});
        self.push_message("message", from, chat, text_fields(text))
    }

    /// A button press on the bot's message `message_id` in the private chat with `from`.
    /// The message is the one the bot sent (text and inline keyboard included) when known.
    pub fn push_callback(&self, from: &TestUser, message_id: i64, data: &str) -> i64 {
        let mut inner = self.lock();
        inner.names.insert(from.id, from.first_name.clone());
        let message = inner.messages.get(&(from.id, message_id)).cloned();
        let id = format!("cbq-{}-{}", from.id, inner.last_update_id + 1);
        drop(inner);
        let message = message.unwrap_or_else(|| {
            json!({"message_id": message_id, "date": now(), "chat": from.private_chat(),
                   "from": bot_user(), "text": "…"})
        });
        let (user, chat_instance) = (from.json(), format!("ci-{}", from.id));
        self.push_update(json!({"callback_query": {"id": id, "from": user,
            "chat_instance": chat_instance, "data": data, "message": message}}))
    }

    /// A button press in the group chat `group_id`, on a message of the bot there (a forged
    /// or copied button: the data is whatever the test gives).
    pub fn push_group_callback(&self, from: &TestUser, group_id: i64, data: &str) -> i64 {
        let mut inner = self.lock();
        inner.names.insert(from.id, from.first_name.clone());
        let id = format!("cbq-{}-{}", from.id, inner.last_update_id + 1);
        drop(inner);
        let chat = json!({"id": group_id, "type": "supergroup", "title": "Test group"});
        let message = json!({"message_id": 1, "date": now(), "chat": chat,
                             "from": bot_user(), "text": "…"});
        let (user, chat_instance) = (from.json(), format!("ci-{group_id}"));
        self.push_update(json!({"callback_query": {"id": id, "from": user,
            "chat_instance": chat_instance, "data": data, "message": message}}))
    }

    /// A private message with a regular static sticker.
    pub fn push_sticker(&self, from: &TestUser) -> i64 {
        let sticker = json!({"file_id": "sticker-file", "file_unique_id": "sticker-uniq",
            "type": "regular", "width": 512, "height": 512, "is_animated": false,
            "is_video": false, "emoji": "👍", "file_size": 12000});
        self.push_private(from, json!({ "sticker": sticker }))
    }

    /// A private message with a photo (two sizes).
    pub fn push_photo(&self, from: &TestUser) -> i64 {
        let size = |w: u32, n: u32| {
            json!({"file_id": format!("user-photo-{w}"), "file_unique_id": format!("uph{w}"),
                   "width": w, "height": w * 3 / 4, "file_size": n})
        };
        self.push_private(
            from,
            json!({ "photo": [size(90, 1500), size(1280, 90000)] }),
        )
    }

    /// A file sent as a document (a PDF), with this file id.
    pub fn push_document(&self, from: &TestUser, file_id: &str) -> i64 {
        let document = json!({"file_id": file_id, "file_unique_id": format!("u-{file_id}"),
            "file_name": "compte-rendu.pdf", "mime_type": "application/pdf", "file_size": 50000});
        self.push_private(from, json!({ "document": document }))
    }

    /// An album of `n` photos with `media_group_id` `group`: one update per photo, pushed
    /// at once, as Telegram delivers them.
    pub fn push_album(&self, from: &TestUser, group: &str, n: usize) -> Vec<i64> {
        (0..n)
            .map(|i| {
                let photo = json!([{"file_id": format!("{group}-photo-{i}"),
                    "file_unique_id": format!("{group}-u{i}"), "width": 1280, "height": 960,
                    "file_size": 90000}]);
                self.push_private(from, json!({ "photo": photo, "media_group_id": group }))
            })
            .collect()
    }

    /// A private text message she sent `seconds_ago` (delivered now: a backlog).
    pub fn push_text_sent_ago(&self, from: &TestUser, text: &str, seconds_ago: i64) -> i64 {
        let mut fields = text_fields(text);
        fields["date"] = json!(now() - seconds_ago);
        self.push_private(from, fields)
    }

    /// A private voice note.
    pub fn push_voice(&self, from: &TestUser, file_id: &str) -> i64 {
        self.push_private(
            from,
            json!({ "voice": {"file_id": file_id, "file_unique_id": format!("u-{file_id}"),
                              "duration": 4, "mime_type": "audio/ogg"} }),
        )
    }

    /// A private message with a location.
    pub fn push_location(&self, from: &TestUser, lat: f64, lon: f64) -> i64 {
        self.push_private(
            from,
            json!({ "location": {"latitude": lat, "longitude": lon} }),
        )
    }

    /// An `edited_message`: the user's message `message_id` now reads `text`.
    pub fn push_edited_text(&self, from: &TestUser, message_id: i64, text: &str) -> i64 {
        self.lock().names.insert(from.id, from.first_name.clone());
        let mut message = json!({"message_id": message_id, "date": now() - 60, "edit_date": now(),
            "chat": from.private_chat(), "from": from.json()});
        merge(&mut message, text_fields(text));
        self.push_update(json!({ "edited_message": message }))
    }
}
