//! Broadcast benchmark (not a test): the release binary, driven through the fake Bot API
//! server on loopback enforcing Telegram's limits (30/s overall, 1/s per chat, edits
//! counted too), delivers a coordinator's broadcast to 3,000 mothers in six languages
//! (a French text, an Arabic voice note, an English text). Prints the figures that go in
//! BENCHMARKS.md.
//!
//!     cargo bench --bench broadcast
//!
//! - achieved rate, first copy to last, as a share of the configured 25/s, and the 429s;
//! - the live report: how many edits, and whether one was answered 429;
//! - from the "send" button's update to the first copy the server accepted;
//! - the confirmation: the bot's own measure of writing the rows (its `broadcast queued`
//!   log line, `elapsed_ms`), and from the button's update to the bot's answer.

#[path = "../tests/it/support/binary.rs"]
mod binary;
#[path = "../tests/it/support/fake_api.rs"]
mod fake_api;
#[allow(dead_code)]
#[path = "../tests/it/support/steps.rs"]
mod steps;

use std::time::{Duration, Instant};

use agenda_mmm::domain::Role;
use binary::BotProcess;
use fake_api::{Call, FakeApi, Sent, TestUser};
use steps::{has_button, press, step};

const PEOPLE: i64 = 3_000;
const COORDINATOR: i64 = 2;
const LANGS: [&str; 6] = ["fr", "ar", "en", "tr", "pt", "es"];
const CONFIGURED: f64 = 25.0;

async fn seed(dir: &std::path::Path) {
    let mut people = vec![(COORDINATOR, "fr", "Claire", Role::Coordinator)];
    people.extend((0..PEOPLE).map(|i| (100_000 + i, LANGS[i as usize % 6], "Mere", Role::Mother)));
    steps::seed(dir, &people).await;
    // As on a running instance, each already has her "/" command list: none is queued
    // at start-up ahead of the broadcast.
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    sqlx::query(
        "INSERT INTO outbox (dedup_key, kind, person_id, not_before, created_at, status, sent_at)
         SELECT 'commands:first:' || id, 'commands', id, datetime('now'), datetime('now'),
                'sent', datetime('now') FROM person",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
}

/// Composes the broadcast up to its summary (the "send" button).
async fn compose(api: &FakeApi, me: &TestUser) -> Sent {
    let on = step(
        api,
        me.id,
        |a| a.push_text(me, "/broadcast"),
        has_button("b:a"),
    )
    .await;
    let on = press(api, me, &on, "b:rm", has_button("b:a")).await;
    press(api, me, &on, "b:a", |s| s.text.contains("Écrivez")).await;
    let text = "Réunion jeudi 18 h à l'école Jaurès";
    let summary = step(api, me.id, |a| a.push_text(me, text), has_button("b:n")).await;
    press(api, me, &summary, "b:var", |s| {
        s.text.contains("version ar")
    })
    .await;
    let summary = step(
        api,
        me.id,
        |a| a.push_voice(me, "VOICE-AR"),
        has_button("b:n"),
    )
    .await;
    press(api, me, &summary, "b:ven", |s| {
        s.text.contains("version en")
    })
    .await;
    let english = "Meeting Thursday 6 pm at the school";
    step(api, me.id, |a| a.push_text(me, english), has_button("b:n")).await
}

fn is_copy(c: &Call) -> bool {
    (c.is("sendMessage") || c.is("sendVoice"))
        && c.rejected.is_none()
        && c.params.to_string().contains("\"bu:")
}

fn to_coordinator(c: &Call, method: &str) -> bool {
    c.is(method) && c.params["chat_id"].as_i64() == Some(COORDINATOR)
}

fn too_many(c: &Call) -> bool {
    c.rejected
        .as_deref()
        .is_some_and(|r| r.contains("Too Many"))
}

/// The `elapsed_ms` of the bot's `broadcast queued` log line.
fn logged_elapsed_ms(log: &str) -> Option<f64> {
    let line = log.lines().find(|l| l.contains("broadcast queued"))?;
    let at = line.find("elapsed_ms=")? + "elapsed_ms=".len();
    let figure: String = line[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    figure.parse().ok()
}

/// The machine's load average over the last minute (other work on the same cores).
fn load() -> String {
    let all = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    all.split_whitespace().next().unwrap_or("?").to_owned()
}

#[tokio::main]
async fn main() {
    println!("load average at the start: {}", load());
    let dir = tempfile::tempdir().unwrap();
    let seeded = Instant::now();
    seed(dir.path()).await;
    println!(
        "seeded {PEOPLE} mothers in {:.1} s",
        seeded.elapsed().as_secs_f64()
    );
    let api = FakeApi::start().await;
    api.enforce_limits_on_edits_too(30, Duration::from_secs(1));
    let one = binary::one_at_a_time().await;
    let rust_log = "warn,agenda_mmm::services::broadcasts=info";
    let bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", rust_log);
    let me = TestUser::new(COORDINATOR, "Claire", Some("fr"));
    let summary = compose(&api, &me).await;
    let too_many_before = api.too_many_requests();

    // Her chat's one message a second: the answer to the button is not held back by
    // the summary just sent.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let data = steps::data(&summary, "b:n");
    let pushed = Instant::now();
    api.push_callback(&me, summary.message_id, &data);
    let deadline = Instant::now() + Duration::from_secs(600);
    let copies = |a: &FakeApi| a.calls().iter().filter(|c| is_copy(c)).count();
    while copies(&api) < PEOPLE as usize {
        assert!(Instant::now() < deadline, "timed out: {}", copies(&api));
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    api.wait_for_message(COORDINATOR, Duration::from_secs(30), |s| {
        s.method == "sendMessage" && s.text.contains("Envoi terminé")
    })
    .await;

    let calls = api.calls();
    let times: Vec<Instant> = calls.iter().filter(|c| is_copy(c)).map(|c| c.at).collect();
    let first = *times.iter().min().unwrap();
    let last = *times.iter().max().unwrap();
    let seconds = last.duration_since(first).as_secs_f64();
    let rate = (times.len() - 1) as f64 / seconds;
    let answered = calls
        .iter()
        .filter(|c| c.at >= pushed && to_coordinator(c, "sendMessage") && c.rejected.is_none())
        .map(|c| c.at)
        .min()
        .unwrap();
    let edits = calls
        .iter()
        .filter(|c| to_coordinator(c, "editMessageText"))
        .filter(|c| c.at >= pushed)
        .collect::<Vec<_>>();
    let edits_refused = edits.iter().filter(|c| too_many(c)).count();
    let too_many_sends = calls
        .iter()
        .filter(|c| c.at >= pushed && too_many(c) && !c.is("editMessageText"))
        .count();
    println!(
        "delivery: {} copies in {seconds:.1} s = {rate:.2} msg/s = {:.1}% of the configured {CONFIGURED}/s; \
         429s during the broadcast: {too_many_sends} to sends, {edits_refused} to edits \
         (before: {too_many_before} while composing)",
        times.len(),
        100.0 * rate / CONFIGURED,
    );
    println!(
        "live report: {} edits of the progress message, {edits_refused} answered 429",
        edits.len()
    );
    println!(
        "send button's update -> first copy accepted: {:.0} ms",
        first.duration_since(pushed).as_secs_f64() * 1000.0
    );
    println!(
        "confirmation: rows written in {} ms (bot's log); button's update -> bot's answer {:.0} ms",
        logged_elapsed_ms(&bot.output()).map_or("?".into(), |ms| format!("{ms:.1}")),
        answered.duration_since(pushed).as_secs_f64() * 1000.0
    );
    let log = bot.output();
    let queued = log.lines().find(|l| l.contains("broadcast queued"));
    println!("bot's log: {}", queued.unwrap_or("?"));
    println!("load average at the end: {}", load());
}
