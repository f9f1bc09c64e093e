//! A fake Telegram Bot API server on loopback, for end-to-end tests of the real bot binary.
//! It records every call, validates like Telegram (HTML, lengths, buttons), long-polls and injects faults.
//!
//! Submodules (included by `#[path]` so this file works both as `support::fake_api` and on its
//! own): `fake_api/telegram.rs` (Telegram's rules and wire formats) and `fake_api/updates.rs`
//! ([`TestUser`] and the `push_*` update builders).
#![allow(dead_code)]

#[path = "fake_api/telegram.rs"]
mod telegram;
#[path = "fake_api/updates.rs"]
mod updates;

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use axum::{Json, Router, routing::any};
use serde_json::{Map, Value, json};
use tokio::net::TcpSocket;
use tokio::sync::{Notify, watch};
use tokio::time::Instant;

use telegram::{ApiErr, bot_user, buttons, chat_id_of, label};
#[allow(unused_imports)] // not every test uses it
pub use updates::TestUser;

/// The bot's user id, as answered by `getMe` and used as `from` of every sent message.
pub const BOT_ID: i64 = 4242;
/// Methods answered with a `Message` (or `true` for inline-message edits).
const MESSAGE_METHODS: &str =
    "sendmessage sendphoto senddocument sendvoice editmessagetext editmessagereplymarkup";
/// Methods answered with plain `true`.
const TRUE_METHODS: &str = "answercallbackquery setmycommands deletemycommands setmydescription \
    setmyshortdescription setmyname deletewebhook deletemessage deletemessages setchatmenubutton \
    sendchataction close logout approvechatjoinrequest declinechatjoinrequest banchatmember \
    unbanchatmember";
const OTHER_METHODS: &str = "getme getupdates getwebhookinfo getmycommands sendmediagroup \
    getchatmember createchatinvitelink revokechatinvitelink";

fn listed(list: &str, method: &str) -> bool {
    list.split_whitespace().any(|m| m == method)
}

/// One recorded API call.
#[derive(Clone, Debug)]
pub struct Call {
    /// The method name as in the Bot API docs (`sendMessage`): as sent, first letter lower-cased
    /// (teloxide sends `SendMessage`). [`Call::is`] compares ignoring case.
    pub method: String,
    /// JSON body, or multipart fields turned into JSON (files as `{"file_name", "size", "is_png"}`).
    pub params: Value,
    /// `Some(description)` if the call was answered with an error.
    pub rejected: Option<String>,
    /// The method is not one the fake knows (it was answered with `true`).
    pub unknown: bool,
    /// When the call arrived.
    pub at: std::time::Instant,
}

impl Call {
    /// Whether this is a call of `method`, ignoring case (`call.is("sendMessage")`).
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
    /// Text or caption with HTML tags stripped and entities decoded: what the user reads.
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
    /// An error body `{"ok":false,"error_code":code,"description":..,"parameters":{..}}`.
    Status {
        code: u16,
        description: String,
        retry_after: Option<u64>,
        migrate_to_chat_id: Option<i64>,
    },
    /// Wait this long (or until the server shuts down), then answer normally.
    Delay(Duration),
    /// A request lost on the way: wait this long (longer than the bot's HTTP timeout),
    /// then answer 504 without doing anything — the message never arrived.
    Lost(Duration),
}

/// How a long poll (`getUpdates` that had to wait) ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PollEnd {
    /// An update was pushed while it waited.
    Update,
    /// Its `timeout` ran out.
    Timeout,
    /// The server shut down.
    Shutdown,
}

impl Fault {
    /// 429 "Too Many Requests: retry after N" with `parameters.retry_after`.
    pub fn retry_after(secs: u64) -> Fault {
        let description = format!("Too Many Requests: retry after {secs}");
        Fault::Status {
            code: 429,
            description,
            retry_after: Some(secs),
            migrate_to_chat_id: None,
        }
    }

    /// A server error (5xx) with this code; teloxide waits 10 s after it.
    pub fn server_error(code: u16) -> Fault {
        Fault::Status {
            code,
            description: "Internal Server Error".into(),
            retry_after: None,
            migrate_to_chat_id: None,
        }
    }

    /// 403 "Forbidden: bot was kicked from the group chat" (a group that removed the bot).
    pub fn kicked() -> Fault {
        Fault::Status {
            code: 403,
            description: "Forbidden: bot was kicked from the group chat".into(),
            retry_after: None,
            migrate_to_chat_id: None,
        }
    }

    /// 400 "group chat was upgraded to a supergroup chat" with `parameters.migrate_to_chat_id`.
    pub fn migrated(to: i64) -> Fault {
        let description = "Bad Request: group chat was upgraded to a supergroup chat".into();
        Fault::Status {
            code: 400,
            description,
            retry_after: None,
            migrate_to_chat_id: Some(to),
        }
    }
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    pending: BTreeMap<i64, Value>,
    /// Updates to send again once, whatever the offset (see [`FakeApi::redeliver`]).
    resend: Vec<Value>,
    archive: HashMap<i64, Value>,
    last_update_id: i64,
    confirmed_offset: i64,
    message_ids: HashMap<i64, i64>,
    names: HashMap<i64, String>,
    messages: HashMap<(i64, i64), Value>,
    sent: Vec<(i64, Sent)>,
    /// Per chat: each accepted message with when it arrived (an index for benchmarks).
    by_chat: HashMap<i64, Vec<(std::time::Instant, Sent)>>,
    faults: HashMap<String, VecDeque<Fault>>,
    /// Faults for the next calls naming a chat, whatever the method.
    chat_faults: HashMap<i64, VecDeque<Fault>>,
    blocked: HashSet<i64>,
    limits: Option<RateLimits>,
    recent_sends: VecDeque<std::time::Instant>,
    last_send_by_chat: HashMap<i64, std::time::Instant>,
    too_many: usize,
    /// Requests answered with [`Fault::Lost`].
    lost: usize,
    /// Invite links made so far (each new one is numbered).
    links: usize,
    polls_waiting: usize,
    poll_ends: Vec<PollEnd>,
}

/// Telegram's flood limits, as the fake enforces them when asked.
#[derive(Clone, Copy, Debug)]
struct RateLimits {
    per_second: usize,
    per_chat: Duration,
    /// Edits of a message count as messages too (as Telegram's flood control does).
    edits: bool,
}

struct Shared {
    inner: Mutex<Inner>,
    new_update: Notify,
    /// Per chat: woken at each accepted message to it.
    arrived: Mutex<HashMap<i64, Arc<Notify>>>,
    shutdown: watch::Sender<bool>,
}

impl Shared {
    /// The notifier of messages arriving to `chat`.
    fn arrival(&self, chat: i64) -> Arc<Notify> {
        let mut arrived = self.arrived.lock().unwrap_or_else(|p| p.into_inner());
        arrived.entry(chat).or_default().clone()
    }

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

    /// Binds `127.0.0.1:0` (backlog 1024, TCP_NODELAY) and serves on a tokio task.
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
            arrived: Mutex::default(),
            shutdown: watch::channel(false).0,
        });
        let app = Router::new()
            .route("/{bot}/{method}", any(handle))
            .layer(DefaultBodyLimit::max(64 << 20))
            .with_state(shared.clone());
        let listener = listener.tap_io(|tcp| drop(tcp.set_nodelay(true)));
        let mut stop = shared.shutdown.subscribe();
        let stopped = async move { drop(stop.wait_for(|stopped| *stopped).await) };
        let server = axum::serve(listener, app).with_graceful_shutdown(stopped);
        tokio::spawn(async move { drop(server.await) });
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
        let mut update = json!({ "update_id": id });
        merge(&mut update, kind_json);
        inner.archive.insert(id, update.clone());
        inner.pending.insert(id, update);
        drop(inner);
        self.shared.new_update.notify_waiters();
        id
    }

    /// Puts an already confirmed update back in the queue (the bot died before confirming).
    pub fn redeliver(&self, update_id: i64) {
        let mut inner = self.lock();
        let update = inner.archive.get(&update_id).cloned();
        let update = update.unwrap_or_else(|| panic!("redeliver: update {update_id} not pushed"));
        // Sent with the next answer to getUpdates whatever offset it asks from, as Telegram
        // does with updates it had not seen confirmed.
        inner.resend.push(update);
        drop(inner);
        self.shared.new_update.notify_waiters();
    }

    /// Every call so far, in order of arrival.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// The calls answered with an error.
    pub fn rejected(&self) -> Vec<Call> {
        let inner = self.lock();
        inner
            .calls
            .iter()
            .filter(|c| c.rejected.is_some())
            .cloned()
            .collect()
    }

    /// Accepted `sendMessage`/`sendPhoto`/`sendDocument`/`editMessageText` to `chat_id`, in order
    /// (a `sendMediaGroup` counts one per photo).
    pub fn messages_to(&self, chat_id: i64) -> Vec<Sent> {
        let inner = self.lock();
        let to_chat = inner.sent.iter().filter(|(chat, _)| *chat == chat_id);
        to_chat.map(|(_, sent)| sent.clone()).collect()
    }

    /// The long polls waiting now for an update.
    pub fn polls_waiting(&self) -> usize {
        self.lock().polls_waiting
    }

    /// How each long poll that had to wait ended, in order.
    pub fn poll_ends(&self) -> Vec<PollEnd> {
        self.lock().poll_ends.clone()
    }

    /// The highest offset the bot confirmed with `getUpdates`.
    pub fn confirmed_offset(&self) -> i64 {
        self.lock().confirmed_offset
    }

    /// Answers the next call of `method` (case-insensitive) with `fault`; faults queue up.
    pub fn inject(&self, method: &str, fault: Fault) {
        let mut inner = self.lock();
        let queue = inner.faults.entry(method.to_ascii_lowercase()).or_default();
        queue.push_back(fault);
    }

    /// Answers the next call naming `chat_id` (any method) with `fault`; faults queue up.
    pub fn inject_for_chat(&self, chat_id: i64, fault: Fault) {
        let mut inner = self.lock();
        inner
            .chat_faults
            .entry(chat_id)
            .or_default()
            .push_back(fault);
    }

    /// Enforces Telegram's flood limits on sending methods: at most `per_second` messages
    /// in any second, and one per `per_chat` to a private chat; beyond, 429 with
    /// `retry_after` 1.
    pub fn enforce_limits(&self, per_second: usize, per_chat: Duration) {
        self.lock().limits = Some(RateLimits {
            per_second,
            per_chat,
            edits: false,
        });
    }

    /// The same limits, and edits of messages count against them too.
    pub fn enforce_limits_on_edits_too(&self, per_second: usize, per_chat: Duration) {
        self.lock().limits = Some(RateLimits {
            per_second,
            per_chat,
            edits: true,
        });
    }

    /// How many 429 answers the limits gave.
    pub fn too_many_requests(&self) -> usize {
        self.lock().too_many
    }

    /// How many requests were lost on the way ([`Fault::Lost`]), their answer or not.
    pub fn lost_requests(&self) -> usize {
        self.lock().lost
    }

    /// Calls with this `chat_id` get 403 "Forbidden: bot was blocked by the user".
    pub fn block_chat(&self, chat_id: i64) {
        self.lock().blocked.insert(chat_id);
    }

    /// Waits, without polling, until `chat_id` has received more than `seen` accepted
    /// messages; returns message number `seen` (from 0) with the instant it arrived, or
    /// `None` after `deadline`. For benchmarks that time replies.
    pub async fn arrival(
        &self,
        chat_id: i64,
        seen: usize,
        deadline: Duration,
    ) -> Option<(std::time::Instant, Sent)> {
        let notify = self.shared.arrival(chat_id);
        let end = Instant::now() + deadline;
        loop {
            let notified = notify.notified();
            tokio::pin!(notified);
            notified.as_mut().enable(); // armed before looking, so no arrival is missed
            if let Some(found) = self.lock().by_chat.get(&chat_id).and_then(|v| v.get(seen)) {
                return Some(found.clone());
            }
            tokio::select! {
                _ = notified => {}
                _ = tokio::time::sleep_until(end) => return None,
            }
        }
    }

    /// How many accepted messages `chat_id` has received (constant time).
    pub fn arrivals(&self, chat_id: i64) -> usize {
        self.lock().by_chat.get(&chat_id).map_or(0, Vec::len)
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

    /// Waits for a message to `chat_id` that matches `pred` and was not there when called;
    /// panics with a dump of the calls on timeout.
    pub async fn wait_for_message(
        &self,
        chat_id: i64,
        deadline: Duration,
        pred: impl Fn(&Sent) -> bool,
    ) -> Sent {
        let seen = self.messages_to(chat_id).len();
        let end = Instant::now() + deadline;
        loop {
            let new = self.messages_to(chat_id).into_iter().skip(seen);
            if let Some(sent) = new.into_iter().find(|sent| pred(sent)) {
                return sent;
            }
            if Instant::now() >= end {
                let what = format!("a new message to chat {chat_id}");
                panic!(
                    "timed out after {deadline:?} waiting for {what}\n{}",
                    self.dump()
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// A readable dump: the last 30 calls (accepted `getUpdates` left out) and the update queue.
    pub fn dump(&self) -> String {
        let inner = self.lock();
        let is_poll = |c: &Call| c.is("getUpdates") && c.rejected.is_none();
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
            let line = format!(
                "  #{i} {}{}{unknown} {params}\n",
                call.method,
                rejected.unwrap_or_default()
            );
            out += &line;
        }
        out
    }
}

impl Drop for FakeApi {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn now() -> i64 {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH);
    since_epoch.map_or(0, |d| d.as_secs() as i64)
}

/// Adds the fields of the object `fields` to the object `target`.
fn merge(target: &mut Value, fields: Value) {
    if let (Value::Object(target), Value::Object(fields)) = (target, fields) {
        target.extend(fields);
    }
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
                let skip = self.pending.len().saturating_sub(o.unsigned_abs() as usize);
                let first_kept = self.pending.keys().nth(skip).copied();
                first_kept.unwrap_or(self.last_update_id + 1)
            }
        };
        self.pending = self.pending.split_off(&keep_from);
        self.confirmed_offset = self.confirmed_offset.max(keep_from);
    }

    fn check_limits(&mut self, chat: i64) -> Result<(), ApiErr> {
        let Some(limits) = self.limits else {
            return Ok(());
        };
        let now = std::time::Instant::now();
        while self
            .recent_sends
            .front()
            .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
        {
            self.recent_sends.pop_front();
        }
        let chat_busy = chat > 0
            && self
                .last_send_by_chat
                .get(&chat)
                .is_some_and(|t| now.duration_since(*t) < limits.per_chat);
        if self.recent_sends.len() >= limits.per_second || chat_busy {
            self.too_many += 1;
            return Err(ApiErr {
                code: 429,
                description: "Too Many Requests: retry after 1".into(),
                parameters: Some(json!({"retry_after": 1})),
            });
        }
        self.recent_sends.push_back(now);
        self.last_send_by_chat.insert(chat, now);
        Ok(())
    }

    /// The normal (validated) answer to anything but `getUpdates`.
    fn answer(&mut self, method: &str, lower: &str, p: &Value) -> Result<Value, ApiErr> {
        if chat_id_of(p).is_some_and(|chat| self.blocked.contains(&chat)) {
            return Err(ApiErr::new(403, "Forbidden: bot was blocked by the user"));
        }
        telegram::validate(lower, p)?;
        let edits = self.limits.is_some_and(|l| l.edits);
        if lower.starts_with("send") || (edits && lower.starts_with("edit")) {
            self.check_limits(chat_id_of(p).unwrap_or(0))?;
        }
        Ok(match lower {
            "getme" => {
                let mut me = bot_user();
                merge(
                    &mut me,
                    json!({"can_join_groups": true, "can_read_all_group_messages": false,
                    "supports_inline_queries": false, "can_connect_to_business": false,
                    "has_main_web_app": false}),
                );
                me
            }
            "getwebhookinfo" => json!({"url": "", "has_custom_certificate": false,
                                       "pending_update_count": 0}),
            "getmycommands" => json!([]),
            // Quartier groups: the bot is an administrator with every right it needs.
            "getchatmember" => json!({"status": "administrator", "user": bot_user(),
                "can_be_edited": false, "is_anonymous": false, "can_manage_chat": true,
                "can_delete_messages": true, "can_manage_video_chats": true,
                "can_restrict_members": true, "can_promote_members": false,
                "can_change_info": true, "can_invite_users": true, "can_post_stories": false,
                "can_edit_stories": false, "can_delete_stories": false,
                "can_pin_messages": true, "can_manage_topics": false}),
            "createchatinvitelink" | "revokechatinvitelink" => {
                self.links += 1;
                let link = match p["invite_link"].as_str() {
                    Some(old) => old.to_owned(),
                    None => format!("https://t.me/+fakelink{}", self.links),
                };
                json!({"invite_link": link, "creator": bot_user(),
                    "creates_join_request": p["creates_join_request"].as_bool().unwrap_or(false),
                    "is_primary": false, "is_revoked": lower == "revokechatinvitelink",
                    "name": p["name"]})
            }
            "sendmediagroup" => self.media_group_answer(chat_id_of(p).unwrap_or(0), p),
            m if listed(MESSAGE_METHODS, m) => match chat_id_of(p) {
                Some(chat) => self.message_answer(method, lower, chat, p),
                None => json!(true), // an inline message edit
            },
            _ => json!(true),
        })
    }

    /// The `Message`s of an album, one per photo (recorded as `sendMediaGroup`).
    fn media_group_answer(&mut self, chat: i64, p: &Value) -> Value {
        let items = p["media"].as_array().cloned().unwrap_or_default();
        let group = format!("album-{chat}-{}", self.sent.len());
        let messages = items.iter().map(|item| {
            let message_id = self.next_message_id(chat);
            let uniq = format!("{chat}-{message_id}");
            let msg = json!({"message_id": message_id, "date": now(),
                "chat": self.chat_json(chat), "from": bot_user(), "media_group_id": group,
                "photo": [{"file_id": item["media"], "file_unique_id": uniq,
                           "width": 512, "height": 512}]});
            self.messages.insert((chat, message_id), msg.clone());
            let sent = Sent {
                method: "sendMediaGroup".into(),
                message_id,
                text: String::new(),
                html: String::new(),
                buttons: vec![],
                reply_keyboard: vec![],
                has_photo: true,
            };
            self.sent.push((chat, sent));
            msg
        });
        Value::Array(messages.collect())
    }

    /// Builds, stores and records the `Message` answering a send or edit.
    fn message_answer(&mut self, method: &str, lower: &str, chat: i64, p: &Value) -> Value {
        let raw = p["text"].as_str().or(p["caption"].as_str()).unwrap_or("");
        let plain = telegram::render(raw, telegram::is_html(p)).unwrap_or_else(|_| raw.to_owned());
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
        let obj = msg.as_object_mut().expect("a message is an object");
        let uniq = format!("{chat}-{message_id}");
        if lower == "sendmessage" || lower == "editmessagetext" {
            obj.insert("text".into(), json!(plain));
        } else if lower == "sendphoto" || lower == "senddocument" {
            obj.remove("text");
            if !raw.is_empty() {
                obj.insert("caption".into(), json!(plain));
            }
            let file = &p[if lower == "sendphoto" {
                "photo"
            } else {
                "document"
            }];
            let size = file["size"].as_u64().unwrap_or(1000);
            let (key, value) = match lower {
                "sendphoto" => (
                    "photo",
                    json!([{"file_id": format!("photo-{uniq}"),
                    "file_unique_id": uniq, "width": 512, "height": 512, "file_size": size}]),
                ),
                _ => (
                    "document",
                    json!({"file_id": format!("doc-{uniq}"), "file_unique_id": uniq,
                    "file_name": file["file_name"], "file_size": size}),
                ),
            };
            obj.insert(key.into(), value);
        }
        if lower == "sendvoice" {
            obj.remove("text");
            let file_id = p["voice"].as_str().unwrap_or("voice").to_owned();
            obj.insert(
                "voice".into(),
                json!({"file_id": file_id, "file_unique_id": uniq, "duration": 1}),
            );
        }
        if editing {
            obj.insert("edit_date".into(), json!(now()));
        }
        let markup = &p["reply_markup"];
        match markup.get("inline_keyboard") {
            Some(rows) => obj.insert("reply_markup".into(), json!({ "inline_keyboard": rows })),
            None => obj.remove("reply_markup"), // as Telegram: an edit without markup drops it
        };
        self.messages.insert((chat, message_id), msg.clone());
        if lower != "editmessagereplymarkup" {
            let data = |b: &Value| b["callback_data"].as_str().map(str::to_owned);
            let sent = Sent {
                method: method.to_owned(),
                message_id,
                text: plain,
                html: raw.to_owned(),
                buttons: buttons(markup, "inline_keyboard")
                    .map(|b| (label(b), data(b)))
                    .collect(),
                reply_keyboard: buttons(markup, "keyboard").map(label).collect(),
                has_photo: lower == "sendphoto",
            };
            let at = std::time::Instant::now();
            self.by_chat
                .entry(chat)
                .or_default()
                .push((at, sent.clone()));
            self.sent.push((chat, sent));
        }
        msg
    }
}

/// The one route: `/bot{token}/{method}`, any HTTP method.
async fn handle(
    State(shared): State<Arc<Shared>>,
    Path((bot, method)): Path<(String, String)>,
    req: Request,
) -> Response {
    let mut chars = method.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase());
    let method: String = first.into_iter().chain(chars).collect();
    let lower = method.to_ascii_lowercase();
    let known = [MESSAGE_METHODS, TRUE_METHODS, OTHER_METHODS]
        .iter()
        .any(|l| listed(l, &lower));
    let params = telegram::read_params(req).await;
    let index = {
        let mut inner = shared.lock();
        let recorded = params.as_ref().map_or(Value::Null, Clone::clone);
        let call = Call {
            method: method.clone(),
            params: recorded,
            rejected: None,
            unknown: !known,
            at: std::time::Instant::now(),
        };
        inner.calls.push(call);
        inner.calls.len() - 1
    };
    let result = match params {
        _ if bot.strip_prefix("bot") != Some(FakeApi::TOKEN) => {
            Err(ApiErr::new(401, "Unauthorized"))
        }
        Err(e) => Err(ApiErr::new(400, format!("Bad Request: {e}"))),
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

/// Applies an injected fault, then answers (long-polling for `getUpdates`).
async fn respond(shared: &Shared, method: &str, lower: &str, p: &Value) -> Result<Value, ApiErr> {
    let fault = {
        let mut inner = shared.lock();
        let by_chat = chat_id_of(p).and_then(|c| inner.chat_faults.get_mut(&c)?.pop_front());
        by_chat.or_else(|| inner.faults.get_mut(lower).and_then(VecDeque::pop_front))
    };
    let mut stop = shared.shutdown.subscribe();
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
        Some(Fault::Delay(delay)) => tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stop.wait_for(|stopped| *stopped) => {}
        },
        Some(Fault::Lost(delay)) => {
            shared.lock().lost += 1;
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                _ = stop.wait_for(|stopped| *stopped) => {}
            }
            return Err(ApiErr::new(504, "Gateway Timeout"));
        }
        None => {}
    }
    if lower != "getupdates" {
        let answer = shared.lock().answer(method, lower, p);
        if answer.is_ok()
            && let Some(chat) = chat_id_of(p)
        {
            shared.arrival(chat).notify_waiters();
        }
        return answer;
    }
    let limit = p["limit"].as_i64().unwrap_or(100).clamp(1, 100) as usize;
    let end = Instant::now() + Duration::from_secs(p["timeout"].as_u64().unwrap_or(0));
    shared.lock().confirm(p["offset"].as_i64().unwrap_or(0));
    let mut waiting: Option<Waiting> = None;
    loop {
        let notified = shared.new_update.notified(); // armed before looking, so no push is missed
        let batch: Vec<Value> = {
            let mut inner = shared.lock();
            let mut batch = std::mem::take(&mut inner.resend);
            batch.extend(inner.pending.values().take(limit).cloned());
            batch
        };
        let ended = if *stop.borrow() {
            Some(PollEnd::Shutdown)
        } else if Instant::now() >= end {
            Some(PollEnd::Timeout)
        } else {
            (!batch.is_empty()).then_some(PollEnd::Update)
        };
        if let Some(how) = ended {
            if waiting.take().is_some() {
                shared.lock().poll_ends.push(how);
            }
            return Ok(Value::Array(batch));
        }
        waiting.get_or_insert_with(|| Waiting::new(shared));
        tokio::select! {
            _ = notified => {}
            _ = tokio::time::sleep_until(end) => {}
            _ = stop.changed() => {}
        }
    }
}

/// A long poll counted as waiting while this lives (also if its request is dropped).
struct Waiting<'a>(&'a Shared);

impl<'a> Waiting<'a> {
    fn new(shared: &'a Shared) -> Self {
        shared.lock().polls_waiting += 1;
        Waiting(shared)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.lock().polls_waiting -= 1;
    }
}
