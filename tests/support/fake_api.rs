//! A fake Telegram Bot API server on loopback, for end-to-end tests of the real bot binary.
//! It records every call, validates like Telegram (HTML, lengths, buttons), long-polls and injects faults.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Query, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use axum::{Json, Router, routing::any};
use serde_json::{Map, Value, json};
use tokio::net::TcpSocket;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;

/// The bot's user id, as answered by `getMe` and used as `from` of every sent message.
pub const BOT_ID: i64 = 4242;
const BODY_LIMIT: usize = 64 << 20;
const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";
/// Methods answered with plain `true`.
const TRUE_METHODS: &[&str] = &[
    "answercallbackquery",
    "setmycommands",
    "deletemycommands",
    "setmydescription",
    "setmyshortdescription",
    "setmyname",
    "deletewebhook",
    "deletemessage",
    "deletemessages",
    "setchatmenubutton",
    "sendchataction",
    "close",
    "logout",
];
/// Methods that return a `Message` (and `editMessage*` return `true` for inline messages).
const MESSAGE_METHODS: &[&str] = &[
    "sendmessage",
    "sendphoto",
    "senddocument",
    "editmessagetext",
    "editmessagereplymarkup",
];
const OTHER_KNOWN: &[&str] = &["getme", "getupdates", "getwebhookinfo", "getmycommands"];
/// Allowed Telegram HTML tags.
const TAGS: &[&str] = &[
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
];
/// Multipart text fields that carry JSON.
const JSON_FIELDS: &[&str] = &[
    "reply_markup",
    "caption_entities",
    "entities",
    "reply_parameters",
    "link_preview_options",
    "media",
];

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
        let language_code = language_code.map(str::to_owned);
        TestUser {
            id,
            first_name: first_name.to_owned(),
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

/// One recorded API call.
#[derive(Clone, Debug)]
pub struct Call {
    /// The method name as in the Bot API docs (`sendMessage`): as sent, first letter lower-cased
    /// (teloxide sends `SendMessage`). Compare with [`Call::is`] to ignore case.
    pub method: String,
    /// JSON body, or multipart fields turned into JSON (files as `{"file_name", "size", "is_png"}`).
    pub params: Value,
    /// `Some(description)` if the call was answered with an error.
    pub rejected: Option<String>,
    /// The method is not one the fake knows (it was answered with `true`).
    pub unknown: bool,
}

impl Call {
    /// Whether this is a call of `method`, ignoring case (`c.is("sendMessage")`).
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }
}

/// A message as the user sees it: an accepted send or text edit.
#[derive(Clone, Debug, PartialEq)]
pub struct Sent {
    /// `sendMessage`, `sendPhoto`, `sendDocument` or `editMessageText`.
    pub method: String,
    pub message_id: i64,
    /// Text or caption with HTML tags stripped and entities decoded.
    pub text: String,
    /// Raw text or caption as sent.
    pub html: String,
    /// Inline keyboard buttons, row by row: (text, callback_data).
    pub buttons: Vec<(String, Option<String>)>,
    /// Labels of a reply keyboard, row by row.
    pub reply_keyboard: Vec<String>,
    pub has_photo: bool,
}

/// A fault to answer the next call of a method with (see [`FakeApi::inject`]).
#[derive(Clone, Debug)]
pub enum Fault {
    /// An error body `{"ok":false,"error_code":code,"description":...,"parameters":{...}}`.
    Status {
        code: u16,
        description: String,
        retry_after: Option<u64>,
        migrate_to_chat_id: Option<i64>,
    },
    /// Wait this long, then answer normally.
    Delay(Duration),
}

/// An error answer: HTTP status and Telegram error body.
struct ApiErr {
    code: u16,
    description: String,
    parameters: Option<Value>,
}

fn bad(description: impl Into<String>) -> ApiErr {
    ApiErr {
        code: 400,
        description: description.into(),
        parameters: None,
    }
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    pending: BTreeMap<i64, Value>,
    archive: HashMap<i64, Value>,
    last_update_id: i64,
    confirmed_offset: i64,
    message_ids: HashMap<i64, i64>,
    names: HashMap<i64, String>,
    messages: HashMap<(i64, i64), Value>,
    sent: Vec<(i64, Sent)>,
    faults: HashMap<String, VecDeque<Fault>>,
    blocked: HashSet<i64>,
}

struct Shared {
    inner: Mutex<Inner>,
    new_update: Notify,
    shutdown: watch::Sender<bool>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The fake server. Shuts down when dropped.
pub struct FakeApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
}

impl FakeApi {
    /// The token to put in `TELOXIDE_TOKEN`; other tokens get 401 Unauthorized.
    pub const TOKEN: &'static str = "123456:TEST-TOKEN";

    /// Binds `127.0.0.1:0` and serves on a tokio task.
    pub async fn start() -> FakeApi {
        let socket = TcpSocket::new_v4().expect("fake api: socket");
        socket
            .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .expect("fake api: bind");
        let listener = socket.listen(1024).expect("fake api: listen");
        let addr = listener.local_addr().expect("fake api: local_addr");
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner::default()),
            new_update: Notify::new(),
            shutdown: watch::channel(false).0,
        });
        let app = Router::new()
            .route("/{bot}/{method}", any(handle))
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .with_state(shared.clone());
        let listener = listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        let mut stop = shared.shutdown.subscribe();
        tokio::spawn(async move {
            let stopped = async move {
                let _ = stop.wait_for(|stopped| *stopped).await;
            };
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(stopped)
                .await;
        });
        FakeApi { shared, addr }
    }

    /// `http://127.0.0.1:PORT`, for `TELOXIDE_API_URL`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Stops the server; pending long polls return `[]` at once. Also done on drop.
    pub fn shutdown(&self) {
        self.shared.shutdown.send_replace(true);
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.shared.lock()
    }

    /// Queues `{"update_id": N, ...kind_json}` and returns N.
    pub fn push_update(&self, kind_json: Value) -> i64 {
        let mut inner = self.lock();
        inner.last_update_id += 1;
        let id = inner.last_update_id;
        let mut update = Map::new();
        update.insert("update_id".into(), json!(id));
        if let Value::Object(fields) = kind_json {
            update.extend(fields);
        }
        inner.archive.insert(id, Value::Object(update.clone()));
        inner.pending.insert(id, Value::Object(update));
        drop(inner);
        self.shared.new_update.notify_waiters();
        id
    }

    /// Builds a message from `from` in `chat` (with a fresh message_id) and pushes it under `key`.
    fn push_message(&self, key: &str, from: &TestUser, chat: Value, fields: Value) -> i64 {
        let mut inner = self.lock();
        inner.names.insert(from.id, from.first_name.clone());
        let chat_id = chat["id"].as_i64().unwrap_or(from.id);
        let message_id = inner.next_message_id(chat_id);
        drop(inner);
        let mut message =
            json!({"message_id": message_id, "date": now(), "chat": chat, "from": from.json()});
        merge(&mut message, fields);
        self.push_update(json!({ key: message }))
    }

    /// A private text message; a leading `/command` gets a `bot_command` entity.
    pub fn push_text(&self, from: &TestUser, text: &str) -> i64 {
        self.push_message("message", from, from.private_chat(), text_fields(text))
    }

    /// A text message from `from` in the supergroup `group_id` (negative).
    pub fn push_group_text(&self, from: &TestUser, group_id: i64, text: &str) -> i64 {
        let chat = json!({"id": group_id, "type": "supergroup", "title": "Test group"});
        self.push_message("message", from, chat, text_fields(text))
    }

    /// A button press on the bot's message `message_id` in the private chat with `from`.
    /// The message is the one the bot sent (text and keyboard included) when known.
    pub fn push_callback(&self, from: &TestUser, message_id: i64, data: &str) -> i64 {
        let mut inner = self.lock();
        inner.names.insert(from.id, from.first_name.clone());
        let message = inner
            .messages
            .get(&(from.id, message_id))
            .cloned()
            .unwrap_or_else(|| {
                json!({"message_id": message_id, "date": now(), "chat": from.private_chat(),
                   "from": bot_user(), "text": "…"})
            });
        let id = format!("cbq-{}-{}", from.id, inner.last_update_id + 1);
        drop(inner);
        self.push_update(json!({"callback_query": {
            "id": id, "from": from.json(), "chat_instance": format!("ci-{}", from.id),
            "data": data, "message": message,
        }}))
    }

    /// A private message with a regular static sticker.
    pub fn push_sticker(&self, from: &TestUser) -> i64 {
        let sticker = json!({"file_id": "sticker-file", "file_unique_id": "sticker-uniq",
            "type": "regular", "width": 512, "height": 512, "is_animated": false,
            "is_video": false, "emoji": "👍", "file_size": 12000});
        self.push_message(
            "message",
            from,
            from.private_chat(),
            json!({ "sticker": sticker }),
        )
    }

    /// A private message with a photo (two sizes).
    pub fn push_photo(&self, from: &TestUser) -> i64 {
        let size = |w: u32, n: u32| {
            json!({"file_id": format!("user-photo-{w}"), "file_unique_id": format!("uph{w}"),
                   "width": w, "height": w * 3 / 4, "file_size": n})
        };
        let photo = json!([size(90, 1500), size(1280, 90000)]);
        self.push_message(
            "message",
            from,
            from.private_chat(),
            json!({ "photo": photo }),
        )
    }

    /// A private message with a location.
    pub fn push_location(&self, from: &TestUser, lat: f64, lon: f64) -> i64 {
        let location = json!({"latitude": lat, "longitude": lon});
        self.push_message(
            "message",
            from,
            from.private_chat(),
            json!({ "location": location }),
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

    /// Puts an already confirmed update back in the queue (the bot died before confirming).
    pub fn redeliver(&self, update_id: i64) {
        let mut inner = self.lock();
        let update = inner.archive.get(&update_id).cloned();
        let update =
            update.unwrap_or_else(|| panic!("redeliver: no update {update_id} was pushed"));
        inner.pending.insert(update_id, update);
        drop(inner);
        self.shared.new_update.notify_waiters();
    }

    /// Every call so far, in order of arrival.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// Calls answered with an error.
    pub fn rejected(&self) -> Vec<Call> {
        self.lock()
            .calls
            .iter()
            .filter(|c| c.rejected.is_some())
            .cloned()
            .collect()
    }

    /// Accepted `sendMessage`/`sendPhoto`/`sendDocument`/`editMessageText` to `chat_id`, in order.
    pub fn messages_to(&self, chat_id: i64) -> Vec<Sent> {
        let inner = self.lock();
        inner
            .sent
            .iter()
            .filter(|(chat, _)| *chat == chat_id)
            .map(|(_, s)| s.clone())
            .collect()
    }

    /// The highest offset the bot confirmed with `getUpdates`.
    pub fn confirmed_offset(&self) -> i64 {
        self.lock().confirmed_offset
    }

    /// Answers the next call of `method` (case-insensitive) with `fault`; faults queue up.
    pub fn inject(&self, method: &str, fault: Fault) {
        let mut inner = self.lock();
        inner
            .faults
            .entry(method.to_ascii_lowercase())
            .or_default()
            .push_back(fault);
    }

    /// Calls with this `chat_id` get 403 "Forbidden: bot was blocked by the user".
    pub fn block_chat(&self, chat_id: i64) {
        self.lock().blocked.insert(chat_id);
    }

    /// Polls `cond` every 10 ms; panics with `what` and a dump of the calls on timeout.
    pub async fn wait_until(
        &self,
        what: &str,
        deadline: Duration,
        cond: impl Fn(&FakeApi) -> bool,
    ) {
        let end = Instant::now() + deadline;
        while !cond(self) {
            if Instant::now() >= end {
                panic!(
                    "timed out after {deadline:?} waiting for {what}\n{}",
                    self.dump()
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Waits for a message to `chat_id`, sent after this call began, that matches `pred`.
    pub async fn wait_for_message(
        &self,
        chat_id: i64,
        deadline: Duration,
        pred: impl Fn(&Sent) -> bool,
    ) -> Sent {
        let seen = self.messages_to(chat_id).len();
        let end = Instant::now() + deadline;
        loop {
            let found = self
                .messages_to(chat_id)
                .into_iter()
                .skip(seen)
                .find(|s| pred(s));
            if let Some(sent) = found {
                return sent;
            }
            if Instant::now() >= end {
                panic!(
                    "timed out after {deadline:?} waiting for a new message to chat {chat_id}\n{}",
                    self.dump()
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// A readable dump of the last 30 calls (accepted `getUpdates` left out) and the update queue.
    pub fn dump(&self) -> String {
        let inner = self.lock();
        let polls = inner.calls.iter().filter(|c| is_poll(c)).count();
        let shown: Vec<_> = inner
            .calls
            .iter()
            .enumerate()
            .filter(|(_, c)| !is_poll(c))
            .collect();
        let mut out = format!(
            "fake api: {} calls ({polls} accepted getUpdates not shown), confirmed offset {}, \
             pending updates {:?}; last calls:\n",
            inner.calls.len(),
            inner.confirmed_offset,
            inner.pending.keys().collect::<Vec<_>>()
        );
        for (i, call) in &shown[shown.len().saturating_sub(30)..] {
            let mut params = call.params.to_string();
            if let Some((cut, _)) = params.char_indices().nth(400) {
                params.truncate(cut);
                params.push('…');
            }
            let rejected = call.rejected.as_ref().map(|r| format!(" REJECTED({r})"));
            let unknown = if call.unknown { " UNKNOWN" } else { "" };
            let rejected = rejected.unwrap_or_default();
            out += &format!("  #{i} {}{rejected}{unknown} {params}\n", call.method);
        }
        out
    }
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn is_poll(call: &Call) -> bool {
    call.method.eq_ignore_ascii_case("getupdates") && call.rejected.is_none()
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn merge(target: &mut Value, fields: Value) {
    if let (Value::Object(target), Value::Object(fields)) = (target, fields) {
        target.extend(fields);
    }
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// `text` plus a `bot_command` entity when it starts with '/'.
fn text_fields(text: &str) -> Value {
    let mut fields = json!({ "text": text });
    if text.starts_with('/') {
        let command = text.split_whitespace().next().unwrap_or(text);
        let entity = json!({"type": "bot_command", "offset": 0, "length": utf16_len(command)});
        fields["entities"] = json!([entity]);
    }
    fields
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": "Agenda MMM", "username": "agenda_test_bot"})
}

fn chat_id_of(params: &Value) -> Option<i64> {
    let chat = &params["chat_id"];
    chat.as_i64()
        .or_else(|| chat.as_str().and_then(|s| s.trim().parse().ok()))
}

impl Inner {
    fn next_message_id(&mut self, chat_id: i64) -> i64 {
        let id = self.message_ids.entry(chat_id).or_insert(0);
        *id += 1;
        *id
    }

    fn chat_json(&self, chat_id: i64) -> Value {
        if chat_id > 0 {
            let name = self.names.get(&chat_id).map_or("User", String::as_str);
            json!({"id": chat_id, "type": "private", "first_name": name})
        } else {
            json!({"id": chat_id, "type": "supergroup", "title": "Test group"})
        }
    }

    /// Forgets updates below `offset` (a negative offset keeps only the last `-offset`).
    fn confirm(&mut self, offset: i64) {
        let keep_from = match offset {
            0 => return,
            o if o > 0 => o,
            o => {
                let keep = o.unsigned_abs() as usize;
                let skip = self.pending.len().saturating_sub(keep);
                self.pending
                    .keys()
                    .nth(skip)
                    .copied()
                    .unwrap_or(self.last_update_id + 1)
            }
        };
        self.pending = self.pending.split_off(&keep_from);
        self.confirmed_offset = self.confirmed_offset.max(keep_from);
    }

    /// The normal (validated) answer of a non-`getUpdates` method.
    fn answer(&mut self, method: &str, lower: &str, p: &Value) -> Result<Value, ApiErr> {
        if let Some(chat) = chat_id_of(p)
            && self.blocked.contains(&chat)
        {
            let description = "Forbidden: bot was blocked by the user".to_owned();
            return Err(ApiErr {
                code: 403,
                description,
                parameters: None,
            });
        }
        validate(lower, p)?;
        match lower {
            "getme" => {
                let mut me = bot_user();
                merge(
                    &mut me,
                    json!({"can_join_groups": true, "can_read_all_group_messages": false,
                    "supports_inline_queries": false, "can_connect_to_business": false,
                    "has_main_web_app": false}),
                );
                Ok(me)
            }
            "getwebhookinfo" => {
                Ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0}))
            }
            "getmycommands" => Ok(json!([])),
            m if MESSAGE_METHODS.contains(&m) => match chat_id_of(p) {
                Some(chat) => Ok(self.message_answer(method, lower, chat, p)),
                None => Ok(json!(true)), // inline message edit
            },
            _ => Ok(json!(true)),
        }
    }

    /// Builds, stores and records the `Message` answering a send or edit.
    fn message_answer(&mut self, method: &str, lower: &str, chat: i64, p: &Value) -> Value {
        let html = is_html(p);
        let raw = p["text"].as_str().or(p["caption"].as_str()).unwrap_or("");
        let plain = render(raw, html).unwrap_or_else(|_| raw.to_owned());
        let editing = lower.starts_with("edit");
        let message_id = match editing {
            true => p["message_id"].as_i64().unwrap_or(0),
            false => self.next_message_id(chat),
        };
        let mut msg = match self.messages.get(&(chat, message_id)) {
            Some(old) if editing => old.clone(),
            _ => json!({"message_id": message_id, "date": now(), "chat": self.chat_json(chat),
                        "from": bot_user(), "text": "…"}),
        };
        let file = |key: &str| &p[key];
        match lower {
            "sendmessage" | "editmessagetext" => msg["text"] = json!(plain),
            "sendphoto" | "senddocument" => {
                let obj = msg.as_object_mut().expect("message is an object");
                obj.remove("text");
                if !raw.is_empty() {
                    obj.insert("caption".into(), json!(plain));
                }
                let size = file(if lower == "sendphoto" {
                    "photo"
                } else {
                    "document"
                })["size"]
                    .as_u64()
                    .unwrap_or(1000);
                let uniq = format!("{chat}-{message_id}");
                if lower == "sendphoto" {
                    let photo = json!([{"file_id": format!("photo-{uniq}"), "file_unique_id": uniq,
                        "width": 512, "height": 512, "file_size": size}]);
                    obj.insert("photo".into(), photo);
                } else {
                    let name = file("document")["file_name"].clone();
                    let doc = json!({"file_id": format!("doc-{uniq}"), "file_unique_id": uniq,
                        "file_name": name, "file_size": size});
                    obj.insert("document".into(), doc);
                }
            }
            _ => {}
        }
        if editing {
            msg["edit_date"] = json!(now());
        }
        let markup = &p["reply_markup"];
        let obj = msg.as_object_mut().expect("message is an object");
        match markup.get("inline_keyboard") {
            Some(rows) => obj.insert("reply_markup".into(), json!({ "inline_keyboard": rows })),
            None => obj.remove("reply_markup"),
        };
        self.messages.insert((chat, message_id), msg.clone());
        if lower != "editmessagereplymarkup" {
            let sent = Sent {
                method: method.to_owned(),
                message_id,
                text: plain,
                html: raw.to_owned(),
                buttons: buttons(markup, "inline_keyboard")
                    .map(|b| (label(b), b["callback_data"].as_str().map(str::to_owned)))
                    .collect(),
                reply_keyboard: buttons(markup, "keyboard").map(label).collect(),
                has_photo: lower == "sendphoto",
            };
            self.sent.push((chat, sent));
        }
        msg
    }
}

/// All buttons of `markup[key]` (a list of rows), row by row.
fn buttons<'a>(markup: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    let rows = markup[key]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default();
    rows.iter()
        .flat_map(|row| row.as_array().map(Vec::as_slice).unwrap_or_default())
}

/// A button's label: `{"text": ..}` or a bare string (reply keyboards).
fn label(button: &Value) -> String {
    button
        .as_str()
        .or(button["text"].as_str())
        .unwrap_or_default()
        .to_owned()
}

fn is_html(p: &Value) -> bool {
    p["parse_mode"]
        .as_str()
        .is_some_and(|m| m.eq_ignore_ascii_case("html"))
}

/// What the user reads: `raw` itself, or parsed Telegram HTML.
fn render(raw: &str, html: bool) -> Result<String, ApiErr> {
    match html {
        true => parse_html(raw).map_err(|e| bad(format!("Bad Request: can't parse entities: {e}"))),
        false => Ok(raw.to_owned()),
    }
}

/// Checks a call the way Telegram does (only the rules the bot can break).
fn validate(method: &str, p: &Value) -> Result<(), ApiErr> {
    let needs_chat = method.starts_with("send")
        || method.starts_with("editmessage")
        || matches!(
            method,
            "deletemessage" | "deletemessages" | "pinchatmessage"
        );
    if needs_chat && chat_id_of(p).is_none() && p["inline_message_id"].is_null() {
        return Err(bad("Bad Request: chat_id is empty"));
    }
    if matches!(method, "sendmessage" | "editmessagetext") {
        let text = render(p["text"].as_str().unwrap_or(""), is_html(p))?;
        if text.trim().is_empty() {
            return Err(bad("Bad Request: message text is empty"));
        }
        if utf16_len(&text) > 4096 {
            return Err(bad("Bad Request: message is too long"));
        }
    }
    if let Some(caption) = p["caption"].as_str()
        && utf16_len(&render(caption, is_html(p))?) > 1024
    {
        return Err(bad("Bad Request: message caption is too long"));
    }
    if method == "answercallbackquery" && p["text"].as_str().is_some_and(|t| utf16_len(t) > 200) {
        return Err(bad("Bad Request: MESSAGE_TOO_LONG"));
    }
    let markup = &p["reply_markup"];
    for button in buttons(markup, "inline_keyboard") {
        if label(button).is_empty() {
            return Err(bad("Bad Request: inline keyboard button text is empty"));
        }
        match button.get("callback_data") {
            Some(data) if !data.as_str().is_some_and(|d| (1..=64).contains(&d.len())) => {
                return Err(bad("Bad Request: BUTTON_DATA_INVALID"));
            }
            None if button.as_object().is_none_or(|b| b.len() < 2) => {
                return Err(bad(
                    "Bad Request: text buttons are unallowed in the inline keyboard",
                ));
            }
            _ => {}
        }
    }
    if buttons(markup, "keyboard").any(|b| label(b).is_empty()) {
        return Err(bad("Bad Request: keyboard button text is empty"));
    }
    Ok(())
}

/// Parses Telegram HTML strictly; returns the text without tags and with entities decoded.
fn parse_html(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut open: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        match c {
            '<' => {
                let end = i + s[i..]
                    .find('>')
                    .ok_or(format!("Unclosed start tag at byte offset {i}"))?;
                let tag = &s[i + 1..end];
                if let Some(name) = tag.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    match open.pop() {
                        Some(o) if o == name => {}
                        Some(o) => {
                            return Err(format!(
                                "Unmatched end tag at byte offset {i}, expected \"</{o}>\", found \"</{name}>\""
                            ));
                        }
                        None => return Err(format!("Unexpected end tag at byte offset {i}")),
                    }
                } else {
                    let (name, attrs) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
                    let name = name.to_ascii_lowercase();
                    if !TAGS.contains(&name.as_str()) {
                        return Err(format!(
                            "Unsupported start tag \"{name}\" at byte offset {i}"
                        ));
                    }
                    let attrs =
                        parse_attrs(attrs).map_err(|e| format!("{e} at byte offset {i}"))?;
                    let attr = |key: &str| {
                        attrs
                            .iter()
                            .find(|(k, _)| k == key)
                            .map(|(_, v)| v.as_str())
                    };
                    let missing = match name.as_str() {
                        "a" => attr("href").is_none().then_some("attribute \"href\""),
                        "span" => {
                            (attr("class") != Some("tg-spoiler")).then_some("class \"tg-spoiler\"")
                        }
                        "tg-emoji" => attr("emoji-id")
                            .is_none()
                            .then_some("attribute \"emoji-id\""),
                        _ => None,
                    };
                    if let Some(missing) = missing {
                        return Err(format!(
                            "Tag \"{name}\" must have {missing} at byte offset {i}"
                        ));
                    }
                    open.push(name);
                }
                i = end + 1;
            }
            '&' => {
                let (ch, len) = decode_entity(&s[i..]).ok_or(format!(
                    "Character '&' at byte offset {i} must be escaped as &amp;"
                ))?;
                out.push(ch);
                i += len;
            }
            '>' => {
                return Err(format!(
                    "Character '>' at byte offset {i} must be escaped as &gt;"
                ));
            }
            c => {
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    match open.pop() {
        Some(o) => Err(format!(
            "Can't find end tag corresponding to start tag \"{o}\""
        )),
        None => Ok(out),
    }
}

/// `key="v" key='v' key=v key` → pairs (values entity-decoded, a bare '&' kept).
fn parse_attrs(mut rest: &str) -> Result<Vec<(String, String)>, String> {
    let mut attrs = Vec::new();
    rest = rest.trim_start().trim_end_matches('/');
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..key_end].to_ascii_lowercase();
        if key.is_empty() {
            return Err("Empty attribute name".into());
        }
        rest = rest[key_end..].trim_start();
        let mut value = String::new();
        if let Some(r) = rest.strip_prefix('=') {
            let r = r.trim_start();
            let (raw, after) = match r.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = 1 + r[1..].find(q).ok_or("Unclosed attribute value")?;
                    (&r[1..close], &r[close + 1..])
                }
                _ => r.split_at(r.find(char::is_whitespace).unwrap_or(r.len())),
            };
            let mut j = 0;
            while let Some(c) = raw[j..].chars().next() {
                let (ch, len) = decode_entity(&raw[j..]).unwrap_or((c, c.len_utf8()));
                value.push(ch);
                j += len;
            }
            rest = after.trim_start();
        }
        attrs.push((key, value));
    }
    Ok(attrs)
}

/// Decodes `&lt; &gt; &amp; &quot; &#NN; &#xHH;` at the start of `s`: (char, bytes used).
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let (end, _) = s.char_indices().take(12).find(|&(_, c)| c == ';')?;
    let ch = match s.get(1..end)? {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        name => {
            let num = name.strip_prefix('#')?;
            let (digits, radix) = match num.strip_prefix(['x', 'X']) {
                Some(hex) => (hex, 16),
                None => (num, 10),
            };
            if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            char::from_u32(u32::from_str_radix(digits, radix).ok()?)?
        }
    };
    Some((ch, end + 1))
}

/// Turns a multipart text field into JSON: JSON fields parsed, `*_id` numbers, booleans.
fn text_value(name: &str, text: &str) -> Value {
    if JSON_FIELDS.contains(&name) {
        return serde_json::from_str(text).unwrap_or_else(|_| json!(text));
    }
    if name.ends_with("_id")
        && let Ok(n) = text.parse::<i64>()
    {
        return json!(n);
    }
    match text {
        "true" | "false" if !matches!(name, "text" | "caption") => json!(text == "true"),
        _ => json!(text),
    }
}

/// Request params: the query string, then the JSON or multipart body.
async fn read_params(req: Request) -> Result<Value, String> {
    let mut params = Map::new();
    if let Ok(Query(query)) = Query::<Vec<(String, String)>>::try_from_uri(req.uri()) {
        for (k, v) in query {
            let value = text_value(&k, &v);
            params.insert(k, value);
        }
    }
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    if content_type.is_some_and(|t| t.starts_with("multipart/form-data")) {
        let mut form = Multipart::from_request(req, &())
            .await
            .map_err(|e| e.body_text())?;
        while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let data = field.bytes().await.map_err(|e| e.body_text())?;
            let value = match (&file_name, std::str::from_utf8(&data)) {
                (None, Ok(text)) => text_value(&name, text),
                _ => json!({"file_name": file_name, "size": data.len(),
                            "is_png": data.starts_with(PNG_MAGIC)}),
            };
            params.insert(name, value);
        }
        // teloxide sends `"photo": "attach://ID"` plus a file part named ID: put the file in place.
        let attached: Vec<(String, String)> = params
            .iter()
            .filter_map(|(k, v)| {
                Some((k.clone(), v.as_str()?.strip_prefix("attach://")?.to_owned()))
            })
            .collect();
        for (key, part) in attached {
            if let Some(file) = params.remove(&part) {
                params.insert(key, file);
            }
        }
    } else {
        let body = axum::body::to_bytes(req.into_body(), BODY_LIMIT)
            .await
            .map_err(|e| e.to_string())?;
        if !body.iter().all(u8::is_ascii_whitespace) {
            match serde_json::from_slice(&body) {
                Ok(Value::Object(fields)) => params.extend(fields),
                _ => return Err("can't parse JSON body".into()),
            }
        }
    }
    Ok(Value::Object(params))
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    req: Request,
) -> Response {
    let mut chars = method.chars();
    let method: String = chars
        .next()
        .map(|c| c.to_ascii_lowercase())
        .into_iter()
        .chain(chars)
        .collect();
    let lower = method.to_ascii_lowercase();
    let known = MESSAGE_METHODS.contains(&lower.as_str())
        || TRUE_METHODS.contains(&lower.as_str())
        || OTHER_KNOWN.contains(&lower.as_str());
    let params = read_params(req).await;
    let index = {
        let mut inner = shared.lock();
        let params = params.as_ref().map_or(Value::Null, Clone::clone);
        inner.calls.push(Call {
            method: method.clone(),
            params,
            rejected: None,
            unknown: !known,
        });
        inner.calls.len() - 1
    };
    let result = match params {
        _ if bot.strip_prefix("bot") != Some(FakeApi::TOKEN) => Err(ApiErr {
            code: 401,
            description: "Unauthorized".into(),
            parameters: None,
        }),
        Err(e) => Err(bad(format!("Bad Request: {e}"))),
        Ok(params) => respond(&shared, &method, &lower, &params).await,
    };
    match result {
        Ok(value) => Json(json!({"ok": true, "result": value})).into_response(),
        Err(err) => {
            shared.lock().calls[index].rejected = Some(err.description.clone());
            let mut body =
                json!({"ok": false, "error_code": err.code, "description": err.description});
            if let Some(parameters) = err.parameters {
                body["parameters"] = parameters;
            }
            let status = StatusCode::from_u16(err.code).unwrap_or(StatusCode::BAD_REQUEST);
            (status, Json(body)).into_response()
        }
    }
}

async fn respond(shared: &Shared, method: &str, lower: &str, p: &Value) -> Result<Value, ApiErr> {
    let fault = shared
        .lock()
        .faults
        .get_mut(lower)
        .and_then(VecDeque::pop_front);
    match fault {
        Some(Fault::Status {
            code,
            description,
            retry_after,
            migrate_to_chat_id,
        }) => {
            let mut parameters = Map::new();
            if let Some(secs) = retry_after {
                parameters.insert("retry_after".into(), json!(secs));
            }
            if let Some(chat) = migrate_to_chat_id {
                parameters.insert("migrate_to_chat_id".into(), json!(chat));
            }
            let parameters = (!parameters.is_empty()).then_some(Value::Object(parameters));
            return Err(ApiErr {
                code,
                description,
                parameters,
            });
        }
        Some(Fault::Delay(delay)) => {
            let mut stop = shared.shutdown.subscribe();
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = stop.wait_for(|stopped| *stopped) => {}
            }
        }
        None => {}
    }
    if lower != "getupdates" {
        return shared.lock().answer(method, lower, p);
    }
    // Long polling: confirm, then wait for updates until `timeout` seconds have passed.
    let limit = p["limit"].as_i64().unwrap_or(100).clamp(1, 100) as usize;
    let timeout = p["timeout"].as_u64().unwrap_or(0);
    let end = Instant::now() + Duration::from_secs(timeout);
    let mut stop = shared.shutdown.subscribe();
    shared.lock().confirm(p["offset"].as_i64().unwrap_or(0));
    loop {
        let notified = shared.new_update.notified();
        let batch: Vec<Value> = shared
            .lock()
            .pending
            .values()
            .take(limit)
            .cloned()
            .collect();
        if !batch.is_empty() || Instant::now() >= end || *stop.borrow() {
            return Ok(Value::Array(batch));
        }
        tokio::select! {
            _ = notified => {}
            _ = tokio::time::sleep_until(end) => {}
            _ = stop.changed() => {}
        }
    }
}
