//! Drives the router in-process, update by update, over a temporary SQLite database, and
//! reads its answers as typed `Out`s (message ids, arguments, buttons).

use std::collections::HashSet;
use std::sync::Arc;

use agenda_mmm::bot::Ctx;
use agenda_mmm::bot::callback::Callback;
use agenda_mmm::bot::incoming::{Attachment, Incoming, Input, Sender};
use agenda_mmm::bot::reply::{Markup, Out};
use agenda_mmm::bot::router;
use agenda_mmm::clock::Clock;
use agenda_mmm::domain::{Locale, TelegramUserId};
use agenda_mmm::i18n::{Arg, Localizer, Msg};
use agenda_mmm::outbox::Delivery;
use agenda_mmm::outbox::retry::{Outcome, RetryPolicy};
use agenda_mmm::outbox::sender::{Transport, deliver_due};
use chrono::Utc;

/// A transport that keeps what it is given.
#[derive(Default)]
pub struct Recorder(pub std::sync::Mutex<Vec<Delivery>>);

impl Transport for Recorder {
    async fn send(&self, delivery: &Delivery) -> Outcome {
        self.0.lock().unwrap().push(delivery.clone());
        Outcome::Sent
    }
}

/// Telegram as `/linkgroup` sees it: the bot's rights (all of them unless a test says
/// otherwise), the invite links made and revoked.
pub struct FakeGroups {
    pub rights: std::sync::Mutex<agenda_mmm::domain::BotRights>,
    pub links: std::sync::Mutex<Vec<(i64, String)>>,
    pub revoked: std::sync::Mutex<Vec<String>>,
}

impl Default for FakeGroups {
    fn default() -> Self {
        FakeGroups {
            rights: std::sync::Mutex::new(agenda_mmm::domain::BotRights {
                administrator: true,
                can_invite: true,
                can_ban: true,
            }),
            links: Default::default(),
            revoked: Default::default(),
        }
    }
}

impl agenda_mmm::bot::door::GroupApi for FakeGroups {
    fn bot_rights(
        &self,
        _chat: i64,
    ) -> agenda_mmm::bot::door::BoxFuture<'_, Result<agenda_mmm::domain::BotRights, String>> {
        let rights = *self.rights.lock().unwrap();
        Box::pin(async move { Ok(rights) })
    }

    fn create_link(
        &self,
        chat: i64,
    ) -> agenda_mmm::bot::door::BoxFuture<'_, Result<String, String>> {
        let mut links = self.links.lock().unwrap();
        let link = format!("https://t.me/+fake{}", links.len() + 1);
        links.push((chat, link.clone()));
        Box::pin(async move { Ok(link) })
    }

    fn revoke_link(
        &self,
        _chat: i64,
        link: String,
    ) -> agenda_mmm::bot::door::BoxFuture<'_, Result<(), String>> {
        self.revoked.lock().unwrap().push(link);
        Box::pin(async move { Ok(()) })
    }
}

/// A Telegram user of the tests.
#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub lang: Option<&'static str>,
}

pub const fn person(id: i64, lang: Option<&'static str>) -> Person {
    Person { id, lang }
}

pub struct Harness {
    pub ctx: Ctx,
    pub dir: tempfile::TempDir,
    pub url: String,
    next_update: i64,
    /// The "/" command lists the outbox published, in order: (chat, [(command, description)]).
    pub command_lists: Vec<(i64, Vec<(String, String)>)>,
    /// What `/linkgroup` finds on Telegram's side.
    pub groups: Arc<FakeGroups>,
}

impl Harness {
    pub async fn new(admins: &[i64]) -> Harness {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        Self::open(dir, url, admins, 1, Clock::system()).await
    }

    async fn open(
        dir: tempfile::TempDir,
        url: String,
        admins: &[i64],
        next: i64,
        clock: Clock,
    ) -> Harness {
        let pool = agenda_mmm::db::connect(&url).await.expect("database");
        let fr = Locale::parse("fr").unwrap();
        let localizer = Arc::new(Localizer::embedded(&fr).expect("locales"));
        let admins: HashSet<TelegramUserId> = admins.iter().map(|i| TelegramUserId(*i)).collect();
        // Tests type faster than people: the limits are lifted unless a test sets them.
        let limits = agenda_mmm::bot::context::Limits {
            reports_per_day: 1000,
            updates_per_second: 1000,
        };
        let groups = Arc::new(FakeGroups::default());
        let ctx = Ctx::new(
            pool,
            localizer,
            admins,
            chrono::Duration::hours(48),
            "agenda_test_bot",
        )
        .with_limits(limits)
        .with_groups(groups.clone());
        let ctx = Ctx { clock, ..ctx };
        Harness {
            ctx,
            dir,
            url,
            next_update: next,
            command_lists: vec![],
            groups,
        }
    }

    /// Closes the pool and opens the same database again, as a restarted process would
    /// (its clock as moved by the test).
    pub async fn restart(self, admins: &[i64]) -> Harness {
        self.ctx.pool.close().await;
        let clock = self.ctx.clock.clone();
        Self::open(self.dir, self.url, admins, self.next_update, clock).await
    }

    pub fn incoming(&mut self, who: &Person, chat: i64, input: Input) -> Incoming {
        self.next_update += 1;
        Incoming {
            update_id: self.next_update,
            chat_id: chat,
            // Message ids follow update ids in these tests.
            message_id: Some(self.next_update),
            private: chat > 0,
            sender: Some(Sender {
                id: TelegramUserId(who.id),
                language_code: who.lang.map(str::to_owned),
            }),
            at: self.ctx.clock.now(),
            input,
            media_group: None,
        }
    }

    pub async fn deliver(&mut self, incoming: &Incoming) -> Vec<Out> {
        router::handle(&self.ctx, incoming).await
    }

    pub async fn send(&mut self, who: &Person, input: Input) -> Vec<Out> {
        let incoming = self.incoming(who, who.id, input);
        self.deliver(&incoming).await
    }

    pub async fn text(&mut self, who: &Person, text: &str) -> Vec<Out> {
        if let Some(rest) = text.strip_prefix('/') {
            let (name, args) = rest.split_once(' ').unwrap_or((rest, ""));
            let input = Input::Command {
                name: name.into(),
                args: args.trim().into(),
            };
            return self.send(who, input).await;
        }
        self.send(who, Input::Text(text.into())).await
    }

    pub async fn attach(&mut self, who: &Person, kind: Attachment) -> Vec<Out> {
        self.send(who, Input::Attachment(kind)).await
    }

    /// An album sent at `at`: one update per photo, all with the same `media_group_id`,
    /// as Telegram delivers them. Returns the answers to each.
    pub async fn album(
        &mut self,
        who: &Person,
        at: chrono::DateTime<Utc>,
        group: &str,
        file_ids: &[&str],
    ) -> Vec<Vec<Out>> {
        let mut answers = vec![];
        for file_id in file_ids {
            let photo = Attachment::Photo {
                file_id: (*file_id).into(),
            };
            let mut incoming = self.incoming(who, who.id, Input::Attachment(photo));
            incoming.at = at;
            incoming.media_group = Some(group.into());
            answers.push(self.deliver(&incoming).await);
        }
        answers
    }

    pub async fn press(&mut self, who: &Person, cb: &Callback) -> Vec<Out> {
        self.press_raw(who, &cb.encode()).await
    }

    pub async fn press_raw(&mut self, who: &Person, data: &str) -> Vec<Out> {
        let input = Input::Button {
            query_id: format!("q{}", self.next_update),
            data: data.into(),
        };
        self.send(who, input).await
    }

    /// Onboards `who` with `code` (or none, for the operator), choosing `lang`.
    pub async fn join(
        &mut self,
        who: &Person,
        code: Option<&str>,
        lang: &str,
        name: Option<&str>,
    ) -> Vec<Out> {
        let start = match code {
            Some(c) => format!("/start {c}"),
            None => "/start".into(),
        };
        self.text(who, &start).await;
        self.press(who, &Callback::Language(Locale::parse(lang).unwrap()))
            .await;
        self.press(who, &Callback::Continue).await;
        match name {
            Some(n) => self.text(who, n).await,
            None => self.press(who, &Callback::SkipName).await,
        };
        self.press(who, &Callback::Discreet(false)).await
    }

    /// Creates an invitation through `/invite` and returns its code.
    pub async fn invite(
        &mut self,
        who: &Person,
        role: agenda_mmm::domain::Role,
        place: Option<&str>,
    ) -> String {
        let outs = self.text(who, "/invite").await;
        assert!(
            ids(&outs).contains(&"invite-choose-role"),
            "{:?}",
            ids(&outs)
        );
        let outs = self.press(who, &Callback::InviteRole(role)).await;
        let outs = if ids(&outs).contains(&"invite-choose-place") {
            let place = place.expect("several places: name one");
            let cb = button(&outs, place).unwrap_or_else(|| panic!("no button {place}"));
            self.press(who, &cb).await
        } else {
            outs
        };
        arg(&outs, "invite-created", "code")
            .unwrap_or_else(|| panic!("no invitation: {:?}", ids(&outs)))
    }

    /// Schedules a job of `kind` due at `now` and runs the scheduler's tick at `now`, with
    /// dialogues living `dialogue_ttl` and the default retentions.
    pub async fn run_job(
        &self,
        kind: agenda_mmm::scheduler::JobKind,
        now: chrono::DateTime<Utc>,
        dialogue_ttl: chrono::Duration,
    ) {
        let ctx = agenda_mmm::scheduler::JobContext {
            dialogue_ttl,
            ..agenda_mmm::scheduler::JobContext::with_defaults(self.ctx.pool.clone())
        };
        let mut conn = self.ctx.pool.acquire().await.unwrap();
        let key = format!("{}@{}", kind.as_str(), now.timestamp_micros());
        agenda_mmm::scheduler::schedule(&mut conn, kind, &key, now, &serde_json::json!({}))
            .await
            .unwrap();
        drop(conn);
        agenda_mmm::scheduler::tick(&ctx, now).await.unwrap();
    }

    /// Delivers what the outbox holds now; returns what was sent (chat and rendered text).
    pub async fn outbox(&mut self) -> Vec<Delivery> {
        let recorder = Recorder::default();
        while deliver_due(
            &self.ctx.pool,
            &self.ctx.localizer,
            &recorder,
            &RetryPolicy::default(),
            self.ctx.clock.now(),
        )
        .await
        .unwrap()
            > 0
        {}
        let (lists, sent): (Vec<Delivery>, Vec<Delivery>) = recorder
            .0
            .into_inner()
            .unwrap()
            .into_iter()
            .partition(|d| d.commands.is_some());
        for d in lists {
            self.command_lists
                .push((d.chat_id, d.commands.unwrap_or_default()));
        }
        sent
    }

    /// The last "/" command list published for `chat`'s own chat, if any.
    pub fn commands_of(&self, chat: i64) -> Option<Vec<&str>> {
        self.command_lists
            .iter()
            .rev()
            .find(|(c, _)| *c == chat)
            .map(|(_, list)| list.iter().map(|(name, _)| name.as_str()).collect())
    }

    /// The rendered text of the first answer carrying message `id`.
    pub fn rendered(&self, outs: &[Out], id: &str) -> String {
        let out = outs
            .iter()
            .find(|o| o.ids().contains(&id))
            .unwrap_or_else(|| panic!("no {id} in {:?}", ids(outs)));
        self.render(out)
    }

    pub fn render(&self, out: &Out) -> String {
        match out {
            Out::Text { locale, parts, .. } | Out::Tally { locale, parts, .. } => parts
                .iter()
                .map(|m| self.ctx.localizer.render(locale, m))
                .collect::<Vec<_>>()
                .join("\n\n"),
            Out::Photo {
                locale, caption, ..
            }
            | Out::Document {
                locale, caption, ..
            }
            | Out::Heatmap {
                locale, caption, ..
            } => self.ctx.localizer.render(locale, caption),
            Out::Answer { locale, text, .. } => text
                .as_ref()
                .map(|m| self.ctx.localizer.render(locale, m))
                .unwrap_or_default(),
            Out::Media { file_id, .. } => file_id.clone(),
            Out::Photos { file_ids, .. } => file_ids.join(" "),
            Out::RemoveCommands { .. } => String::new(),
        }
    }
}

/// The message ids of the answers, in order.
pub fn ids(outs: &[Out]) -> Vec<&str> {
    outs.iter().flat_map(Out::ids).collect()
}

/// A message's parts, wherever they are.
fn messages(outs: &[Out]) -> Vec<&Msg> {
    outs.iter()
        .flat_map(|o| match o {
            Out::Text { parts, .. } | Out::Tally { parts, .. } => parts.iter().collect::<Vec<_>>(),
            Out::Photo { caption, .. }
            | Out::Document { caption, .. }
            | Out::Heatmap { caption, .. } => vec![caption],
            Out::Answer { text, .. } => text.iter().collect(),
            Out::Media { .. } | Out::Photos { .. } | Out::RemoveCommands { .. } => vec![],
        })
        .collect()
}

/// A text or plain argument of the first message `id`.
pub fn arg(outs: &[Out], id: &str, name: &str) -> Option<String> {
    messages(outs)
        .into_iter()
        .filter(|m| m.id == id)
        .flat_map(|m| m.args.iter())
        .find_map(|(n, v)| match v {
            Arg::User(s) | Arg::Plain(s) if n == name => Some(s.clone()),
            Arg::Msg(s) if n == name => Some(s.to_string()),
            _ => None,
        })
}

/// All inline buttons of the answers: (raw label or message id, callback).
pub fn buttons(outs: &[Out]) -> Vec<(String, Callback)> {
    outs.iter()
        .flat_map(|o| match o {
            Out::Text {
                markup: Markup::Inline(rows),
                ..
            }
            | Out::Tally {
                markup: Markup::Inline(rows),
                ..
            }
            | Out::Photo {
                markup: Markup::Inline(rows),
                ..
            } => rows
                .iter()
                .flatten()
                .map(|b| {
                    let label = match &b.label {
                        agenda_mmm::bot::reply::Label::Msg(m) => m.id.to_string(),
                        agenda_mmm::bot::reply::Label::Raw(s) => s.clone(),
                    };
                    (label, b.callback.clone())
                })
                .collect::<Vec<_>>(),
            _ => vec![],
        })
        .collect()
}

/// The callback of the first button whose label contains `label`.
pub fn button(outs: &[Out], label: &str) -> Option<Callback> {
    buttons(outs)
        .into_iter()
        .find(|(l, _)| l.contains(label))
        .map(|(_, c)| c)
}

/// The main-menu message ids shown, if any.
pub fn menu(outs: &[Out]) -> Option<Vec<&'static str>> {
    outs.iter().rev().find_map(|o| match o {
        Out::Text {
            markup: Markup::Menu(rows),
            ..
        } => Some(rows.iter().flatten().copied().collect()),
        _ => None,
    })
}

/// Every chat that received a text or photo, in order.
pub fn chats(outs: &[Out]) -> Vec<i64> {
    outs.iter().filter_map(Out::chat).collect()
}
