//! The durable outbox over a temporary SQLite file, with a scripted transport standing in
//! for Telegram: dedup, rendering at send time, 403/429/400/5xx, migration, leases,
//! cancellation, erasure, figures, and the classification of teloxide's errors.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration as Std;

use agenda_mmm::domain::{
    CityName, Locale, PersonId, QuartierId, QuartierName, QuartierPrefix, TelegramUserId,
};
use agenda_mmm::i18n::{Localizer, Msg};
use agenda_mmm::outbox::retry::{Outcome, RetryPolicy};
use agenda_mmm::outbox::sender::{Transport, classify, deliver_due};
use agenda_mmm::outbox::{self, Counts, Delivery, NewMessage, Recipient};
use agenda_mmm::store::{cities, persons, quartiers};
use chrono::{DateTime, Duration, TimeZone, Utc};
use sqlx::SqlitePool;
use teloxide::types::{ChatId, Seconds};
use teloxide::{ApiError, RequestError};

/// Telegram as the test scripts it: answers per chat (then `Sent`), every call kept.
#[derive(Default)]
struct Script {
    answers: Mutex<HashMap<i64, VecDeque<Outcome>>>,
    calls: Mutex<Vec<Delivery>>,
}

impl Script {
    fn answer(&self, chat: i64, outcomes: impl IntoIterator<Item = Outcome>) {
        let mut answers = self.answers.lock().unwrap();
        answers.entry(chat).or_default().extend(outcomes);
    }

    fn chats(&self) -> Vec<i64> {
        let calls = self.calls.lock().unwrap();
        calls.iter().map(|d| d.chat_id).collect()
    }
}

impl Transport for Script {
    async fn send(&self, delivery: &Delivery) -> Outcome {
        self.calls.lock().unwrap().push(delivery.clone());
        let mut answers = self.answers.lock().unwrap();
        let queued = answers.get_mut(&delivery.chat_id);
        queued
            .and_then(VecDeque::pop_front)
            .unwrap_or(Outcome::Sent)
    }
}

const POLICY: RetryPolicy = RetryPolicy {
    max_attempts: 3,
    base: Std::from_secs(10),
    max: Std::from_secs(60),
};

/// Seconds after a fixed instant.
fn at(secs: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap() + Duration::seconds(secs)
}

struct World {
    pool: SqlitePool,
    loc: Localizer,
    script: Script,
    _dir: tempfile::TempDir,
}

impl World {
    async fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let pool = agenda_mmm::db::connect(&url).await.unwrap();
        let loc = Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap();
        let script = Script::default();
        World {
            pool,
            loc,
            script,
            _dir: dir,
        }
    }

    /// A person whose chat id is her Telegram user id.
    async fn person(&self, id: i64, lang: &str) -> PersonId {
        let mut conn = self.pool.acquire().await.unwrap();
        let locale = Locale::parse(lang).unwrap();
        let new = persons::NewPerson {
            telegram_user: TelegramUserId(id),
            chat_id: id,
            locale: &locale,
            first_name: None,
            discreet: false,
        };
        persons::create(&mut conn, new, at(0)).await.unwrap()
    }

    /// A quartier, linked to a group chat if given.
    async fn quartier(&self, group: Option<i64>) -> QuartierId {
        let mut conn = self.pool.acquire().await.unwrap();
        let (city, tz) = (CityName::parse("Lille").unwrap(), chrono_tz::Europe::Paris);
        let city = cities::create(&mut conn, &city, tz, None, at(0)).await;
        let prefix = QuartierPrefix::parse("BEL").unwrap();
        let name = QuartierName::parse("Belleville").unwrap();
        let q = quartiers::create(&mut conn, city.unwrap(), &prefix, &name, None, at(0)).await;
        let q = q.unwrap();
        if let Some(chat) = group {
            quartiers::link_group(&mut conn, q, chat).await.unwrap();
        }
        q
    }

    async fn enqueue(&self, message: NewMessage, now: DateTime<Utc>) -> bool {
        let mut conn = self.pool.acquire().await.unwrap();
        outbox::enqueue(&mut conn, &message, now).await.unwrap()
    }

    /// Queues the role notice for her, due at `now`.
    async fn notify(&self, key: &str, to: PersonId, batch: Option<&str>, now: DateTime<Utc>) {
        let mut m = NewMessage::to_person(key.into(), "member_notice", to, notice(), now);
        m.batch = batch.map(String::from);
        assert!(self.enqueue(m, now).await, "{key} is new");
    }

    async fn deliver(&self, now: DateTime<Utc>) -> usize {
        deliver_due(&self.pool, &self.loc, &self.script, &POLICY, now)
            .await
            .unwrap()
    }

    async fn row(&self, key: &str) -> Row {
        let sql = "SELECT status, attempts, last_error, chat_id, message, attachment
                   FROM outbox WHERE dedup_key = ?";
        let query = sqlx::query_as(sql).bind(key);
        query.fetch_one(&self.pool).await.unwrap()
    }

    /// Status and attempts of a row.
    async fn state(&self, key: &str) -> (String, i64) {
        let row = self.row(key).await;
        (row.status, row.attempts)
    }

    async fn unreachable_since(&self, p: PersonId) -> Option<DateTime<Utc>> {
        let query = sqlx::query_scalar("SELECT unreachable_at FROM person WHERE id = ?");
        query.bind(p.0).fetch_one(&self.pool).await.unwrap()
    }
}

#[derive(Debug, sqlx::FromRow)]
struct Row {
    status: String,
    attempts: i64,
    last_error: Option<String>,
    chat_id: Option<i64>,
    message: Option<String>,
    attachment: Option<Vec<u8>>,
}

/// Counts as [queued, sent, unreachable, failed, cancelled].
fn tally(c: Counts) -> [i64; 5] {
    [c.queued, c.sent, c.unreachable, c.failed, c.cancelled]
}

fn queued(attempts: i64) -> (String, i64) {
    ("queued".into(), attempts)
}

fn transient(error: &str) -> Outcome {
    Outcome::Transient(error.into())
}

/// The role notice for a quartier's group, due at once.
fn to_group(key: &str, q: QuartierId) -> NewMessage {
    let mut m = NewMessage::to_person(key.into(), "announcement", PersonId(0), notice(), at(0));
    m.to = Recipient::Group(q);
    m
}

fn notice() -> Msg {
    Msg::new("member-notice-changed")
        .user("place", "Belleville")
        .msg("role", "role-relay")
}

#[tokio::test]
async fn enqueueing_the_same_key_twice_sends_once() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    w.notify("k", amina, None, at(0)).await;
    let again = NewMessage::to_person("k".into(), "member_notice", amina, notice(), at(1));
    assert!(!w.enqueue(again, at(1)).await);
    assert_eq!(w.deliver(at(2)).await, 1);
    assert_eq!(w.deliver(at(3)).await, 0);
    assert_eq!(w.script.chats(), [11]);
    assert_eq!(w.row("k").await.status, "sent");
}

#[tokio::test]
async fn a_message_is_rendered_in_the_language_she_has_when_it_is_sent() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    w.notify("k", amina, None, at(0)).await;
    let ar = Locale::parse("ar").unwrap();
    let mut conn = w.pool.acquire().await.unwrap();
    persons::set_locale(&mut conn, amina, &ar).await.unwrap();
    drop(conn); // one connection: give it back before the outbox takes it
    w.deliver(at(1)).await;
    let text = w.script.calls.lock().unwrap()[0].text.clone();
    assert_eq!(text, w.loc.render(&ar, &notice()));
    assert!(text.contains("أمّ وسيطة"), "{text}");
    assert!(!text.contains("Votre rôle"), "{text}");
}

#[tokio::test]
async fn a_blocked_bot_marks_her_unreachable_until_she_writes_again_and_the_batch_says_so() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let bea = w.person(12, "fr").await;
    let chloe = w.person(13, "fr").await;
    let blocked = "Forbidden: bot was blocked";
    w.script.answer(11, [Outcome::Unreachable(blocked.into())]);
    w.script
        .answer(13, [Outcome::Permanent("Bad Request".into())]);
    for (key, p) in [("a1", amina), ("b1", bea), ("c1", chloe)] {
        w.notify(key, p, Some("first"), at(0)).await;
    }
    assert_eq!(w.deliver(at(1)).await, 3);
    let row = w.row("a1").await;
    assert_eq!(row.status, "unreachable");
    assert_eq!(row.last_error.as_deref(), Some(blocked));
    assert_eq!(w.unreachable_since(amina).await, Some(at(1)));
    assert_eq!(w.unreachable_since(bea).await, None);
    let first = outbox::batch_counts(&w.pool, "first").await.unwrap();
    assert_eq!(tally(first), [0, 1, 1, 1, 0]);

    w.notify("a2", amina, Some("second"), at(10)).await;
    assert_eq!(w.deliver(at(11)).await, 0, "settled without sending");
    assert_eq!(w.script.chats(), [11, 12, 13]);
    assert_eq!(w.row("a2").await.status, "unreachable");
    let second = outbox::batch_counts(&w.pool, "second").await.unwrap();
    assert_eq!(tally(second), [0, 0, 1, 0, 0]);

    let mut conn = w.pool.acquire().await.unwrap();
    outbox::mark_reachable(&mut conn, amina).await.unwrap();
    drop(conn); // one connection: give it back before the outbox takes it
    assert_eq!(w.unreachable_since(amina).await, None);
    w.notify("a3", amina, None, at(20)).await;
    assert_eq!(w.deliver(at(21)).await, 1);
    assert_eq!(w.script.chats(), [11, 12, 13, 11]);
    assert_eq!(w.row("a3").await.status, "sent");
}

#[tokio::test]
async fn a_transient_error_is_retried_after_the_back_off_then_fails_with_its_last_error() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let errors = ["502 Bad Gateway", "timeout", "Internal Server Error"];
    w.script.answer(11, errors.map(transient));
    w.notify("k", amina, None, at(0)).await;
    assert_eq!(w.deliver(at(0)).await, 1);
    assert_eq!(w.state("k").await, queued(1));
    assert_eq!(w.deliver(at(9)).await, 0, "10 s back-off after one attempt");
    assert_eq!(w.deliver(at(10)).await, 1);
    assert_eq!(w.row("k").await.attempts, 2);
    assert_eq!(w.deliver(at(29)).await, 0, "20 s back-off after two");
    assert_eq!(w.deliver(at(30)).await, 1);
    let row = w.row("k").await;
    assert_eq!(row.status, "failed");
    assert_eq!(row.last_error.as_deref(), Some("Internal Server Error"));
    assert_eq!(w.deliver(at(3600)).await, 0);
    assert_eq!(w.script.chats(), [11, 11, 11]);
}

#[tokio::test]
async fn a_row_that_failed_counts_every_attempt_made() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    w.script.answer(11, ["a", "b", "c"].map(transient));
    w.notify("k", amina, None, at(0)).await;
    for secs in [0, 10, 30] {
        assert_eq!(w.deliver(at(secs)).await, 1);
    }
    assert_eq!(w.state("k").await, ("failed".into(), 3));
}

#[tokio::test]
async fn a_bad_request_is_never_retried() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let bad = "Bad Request: can't parse entities";
    w.script.answer(11, [Outcome::Permanent(bad.into())]);
    w.notify("k", amina, None, at(0)).await;
    assert_eq!(w.deliver(at(0)).await, 1);
    let row = w.row("k").await;
    assert_eq!(row.status, "failed");
    assert_eq!(row.last_error.as_deref(), Some(bad));
    for secs in [1, 60, 86_400] {
        assert_eq!(w.deliver(at(secs)).await, 0);
    }
    assert_eq!(w.script.chats(), [11]);
}

#[tokio::test]
async fn a_flood_wait_leaves_the_row_queued_without_charging_an_attempt() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let flood = Outcome::RetryAfter(Std::from_secs(3));
    w.script.answer(11, [flood]);
    w.notify("k", amina, None, at(0)).await;
    assert_eq!(w.deliver(at(0)).await, 1);
    assert_eq!(w.state("k").await, queued(0));
    assert_eq!(w.deliver(at(3)).await, 1);
    assert_eq!(w.state("k").await, ("sent".into(), 1));
    assert_eq!(w.script.chats(), [11, 11]);
}

#[tokio::test]
async fn a_migrated_group_is_followed_to_its_new_chat() {
    let w = World::new().await;
    let q = w.quartier(Some(-100)).await;
    w.script.answer(-100, [Outcome::Migrated(-100_777)]);
    assert!(w.enqueue(to_group("g1", q), at(0)).await);
    assert_eq!(w.deliver(at(0)).await, 1);
    assert_eq!(w.state("g1").await, queued(0));
    let mut conn = w.pool.acquire().await.unwrap();
    let linked = quartiers::get(&mut conn, q).await.unwrap().unwrap();
    drop(conn); // one connection: give it back before the outbox takes it
    assert_eq!(linked.group_chat, Some(-100_777));
    assert_eq!(w.deliver(at(1)).await, 1);
    assert_eq!(w.row("g1").await.chat_id, Some(-100_777));
    assert!(w.enqueue(to_group("g2", q), at(2)).await);
    assert_eq!(w.deliver(at(2)).await, 1);
    assert_eq!(w.script.chats(), [-100, -100_777, -100_777]);
    assert_eq!(w.row("g2").await.status, "sent");
}

#[tokio::test]
async fn a_claimed_row_waits_for_its_lease_unless_leases_are_released_after_a_crash() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    w.notify("k", amina, None, at(0)).await;
    let claim = |secs| outbox::claim(&w.pool, &w.loc, at(secs), Duration::seconds(60), 10);
    assert_eq!(claim(0).await.unwrap().len(), 1);
    assert!(claim(30).await.unwrap().is_empty(), "leased for 60 s");
    assert_eq!(claim(60).await.unwrap().len(), 1, "the lease has ended");
    // The process holding this new lease dies; the next one releases leases at start-up.
    assert_eq!(outbox::release_leases(&w.pool).await.unwrap(), 1);
    let again = claim(61).await.unwrap();
    assert_eq!(again.len(), 1, "due at once");
    assert_eq!(again[0].chat_id, 11);
    assert_eq!(w.row("k").await.status, "queued");
}

#[tokio::test]
async fn cancelling_for_a_person_cancels_and_erases_only_her_queued_messages() {
    let w = World::new().await;
    let (amina, bea) = (w.person(11, "fr").await, w.person(12, "fr").await);
    w.notify("a-sent", amina, None, at(0)).await;
    w.deliver(at(0)).await;
    let mut later = NewMessage::to_person("a-later".into(), "qr", amina, notice(), at(0));
    later.attachment = Some(vec![1, 2, 3]);
    w.enqueue(later, at(1)).await;
    w.notify("b", bea, None, at(1)).await;
    let mut conn = w.pool.acquire().await.unwrap();
    let cancelled = outbox::cancel_for_person(&mut conn, amina, at(2)).await;
    drop(conn); // one connection: give it back before the outbox takes it
    assert_eq!(cancelled.unwrap(), 1);
    let row = w.row("a-later").await;
    assert_eq!(row.status, "cancelled");
    assert_eq!((row.message, row.attachment), (None, None));
    assert_eq!(w.row("a-sent").await.status, "sent");
    assert!(w.row("b").await.message.is_some());
    assert_eq!(w.deliver(at(3)).await, 1);
    assert_eq!(w.script.chats(), [11, 12]);
}

#[tokio::test]
async fn erasing_content_spares_queued_and_recent_messages() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let mut old = NewMessage::to_person("old".into(), "qr", amina, notice(), at(0));
    old.attachment = Some(vec![7; 16]);
    w.enqueue(old, at(0)).await;
    w.deliver(at(0)).await;
    w.notify("recent", amina, None, at(100)).await;
    w.deliver(at(100)).await;
    let mut waiting = NewMessage::to_person("waiting".into(), "qr", amina, notice(), at(0));
    waiting.not_before = at(10_000);
    w.enqueue(waiting, at(0)).await;
    assert_eq!(outbox::erase_content(&w.pool, at(50)).await.unwrap(), 1);
    let old = w.row("old").await;
    assert_eq!(old.status, "sent");
    assert_eq!((old.message, old.attachment), (None, None));
    assert!(w.row("recent").await.message.is_some());
    assert!(w.row("waiting").await.message.is_some());
    assert_eq!(outbox::erase_content(&w.pool, at(50)).await.unwrap(), 0);
}

#[tokio::test]
async fn the_report_counts_per_kind_and_ages_the_oldest_queued_message() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let message = |key: &str, kind, due| {
        let mut m = NewMessage::to_person(key.into(), kind, amina, notice(), at(0));
        m.not_before = at(due);
        m
    };
    w.enqueue(message("sent", "inviter_joined", 0), at(0)).await;
    // Due at 300 (waiting 300 s at 600); the next is not due yet, so it is not late.
    w.enqueue(message("later", "inviter_joined", 300), at(300))
        .await;
    w.enqueue(message("notice", "member_notice", 999), at(360))
        .await;
    w.deliver(at(60)).await;
    let (kinds, oldest) = outbox::report(&w.pool, at(600)).await.unwrap();
    let kinds: Vec<_> = kinds.into_iter().map(|(k, c)| (k, tally(c))).collect();
    let inviter = ("inviter_joined".to_string(), [1, 1, 0, 0, 0]);
    assert_eq!(kinds, [inviter, ("member_notice".into(), [1, 0, 0, 0, 0])]);
    assert_eq!(oldest, Some(Duration::seconds(300)));
}

#[tokio::test]
async fn a_message_for_no_reachable_chat_is_cancelled_without_sending() {
    let w = World::new().await;
    let amina = w.person(11, "fr").await;
    let forget = sqlx::query("DELETE FROM telegram_account WHERE person_id = ?");
    forget.bind(amina.0).execute(&w.pool).await.unwrap();
    w.notify("gone", amina, None, at(0)).await;
    let q = w.quartier(None).await;
    w.enqueue(to_group("group", q), at(0)).await;
    assert_eq!(w.deliver(at(0)).await, 0);
    assert!(w.script.chats().is_empty());
    assert_eq!(w.row("gone").await.status, "cancelled");
    assert_eq!(w.row("group").await.status, "cancelled");
}

#[tokio::test]
async fn one_claim_resolves_every_kind_of_recipient_in_its_batch() {
    let w = World::new().await;
    let gone = w.person(11, "fr").await;
    let here = w.person(12, "ar").await;
    let blocked = w.person(13, "fr").await;
    let forget = sqlx::query("DELETE FROM telegram_account WHERE person_id = ?");
    forget.bind(gone.0).execute(&w.pool).await.unwrap();
    sqlx::query("UPDATE person SET unreachable_at = ? WHERE id = ?")
        .bind(at(0))
        .bind(blocked.0)
        .execute(&w.pool)
        .await
        .unwrap();
    let q = w.quartier(Some(-500)).await;
    w.notify("gone", gone, None, at(0)).await;
    w.notify("here", here, None, at(0)).await;
    w.notify("blocked", blocked, None, at(0)).await;
    w.enqueue(to_group("group", q), at(0)).await;
    assert_eq!(w.deliver(at(0)).await, 2);
    let mut chats = w.script.chats();
    chats.sort();
    assert_eq!(chats, [-500, 12]);
    let mut statuses = vec![];
    for key in ["gone", "here", "blocked", "group"] {
        statuses.push(w.row(key).await.status);
    }
    assert_eq!(statuses, ["cancelled", "sent", "unreachable", "sent"]);
}

/// The name of an outcome's variant.
fn variant(outcome: Outcome) -> String {
    format!("{outcome:?}")
        .split('(')
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn telegram_errors_are_classified_by_the_reliability_rules() {
    let api = |e: ApiError| variant(classify(&RequestError::Api(e)));
    let flood = RequestError::RetryAfter(Seconds::from_seconds(3));
    assert_eq!(classify(&flood), Outcome::RetryAfter(Std::from_secs(3)));
    let migrated = RequestError::MigrateToChatId(ChatId(-100));
    assert_eq!(classify(&migrated), Outcome::Migrated(-100));
    assert_eq!(api(ApiError::BotBlocked), "Unreachable");
    assert_eq!(api(ApiError::UserDeactivated), "Unreachable");
    let forbidden = ApiError::Unknown("Forbidden: bot can't send messages".into());
    assert_eq!(api(forbidden), "Unreachable");
    let server = ApiError::Unknown("Internal Server Error".into());
    let expected = Outcome::Transient("Internal Server Error".into());
    assert_eq!(classify(&RequestError::Api(server)), expected);
    let io = RequestError::Io(Arc::new(std::io::Error::other("connection reset")));
    assert_eq!(variant(classify(&io)), "Transient");
    let bad = ApiError::Unknown("Bad Request: something".into());
    assert_eq!(api(bad), "Permanent");
    assert_eq!(api(ApiError::MessageTextIsEmpty), "Permanent");
    assert_eq!(api(ApiError::ChatNotFound), "Permanent");
}
