//! Delivery benchmark (not a test): the release binary delivers through the fake Bot API
//! server on loopback. Prints the figures that go in BENCHMARKS.md.
//!
//!     cargo bench --bench delivery
//!
//! 1. 3,000 messages to 3,000 people, the fake server enforcing Telegram's limits (30/s
//!    overall, 1/s per chat) and the bot at its default 25/s: achieved rate as a share of
//!    the configured rate, and the 429s received.
//! 2. 10,000 messages with the limits lifted: messages per second of the pipeline.
//! 3. Peak resident memory of the bot in each run.

#[path = "../tests/it/support/binary.rs"]
mod binary;
#[path = "../tests/it/support/fake_api.rs"]
mod fake_api;

use std::path::Path;
use std::time::{Duration, Instant};

use agenda_mmm::domain::{Locale, TelegramUserId};
use agenda_mmm::i18n::Msg;
use agenda_mmm::outbox::{self, NewMessage};
use agenda_mmm::store::persons;
use binary::BotProcess;
use chrono::Utc;
use fake_api::FakeApi;

const LANGS: [&str; 6] = ["fr", "ar", "en", "tr", "pt", "es"];

async fn seed(dir: &Path, n: i64) {
    let pool = agenda_mmm::db::connect(&format!("sqlite://{}", dir.join("bot.db").display()))
        .await
        .unwrap();
    let now = Utc::now();
    let mut tx = pool.begin().await.unwrap();
    for i in 0..n {
        let locale = Locale::parse(LANGS[i as usize % LANGS.len()]).unwrap();
        let chat = 100_000 + i;
        let new = persons::NewPerson {
            telegram_user: TelegramUserId(chat),
            chat_id: chat,
            locale: &locale,
            first_name: None,
            discreet: false,
        };
        let person = persons::create(&mut tx, new, now).await.unwrap();
        let msg = Msg::new("member-notice-changed")
            .user("place", "Belleville (Roubaix)")
            .msg("role", "role-relay");
        let mut m = NewMessage::to_person(format!("bench:{chat}"), "bench", person, msg, now);
        m.batch = Some("bench".into());
        outbox::enqueue(&mut tx, &m, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    pool.close().await;
}

fn sent(api: &FakeApi) -> usize {
    api.calls()
        .iter()
        .filter(|c| c.is("sendMessage") && c.rejected.is_none())
        .count()
}

/// Peak resident set size of a process, from /proc (Linux).
fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

struct Run {
    seconds: f64,
    sent: usize,
    too_many: usize,
    peak_mib: f64,
}

async fn run(n: i64, limits: Option<usize>, settings: &[(&str, &str)]) -> Run {
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path(), n).await;
    let api = FakeApi::start().await;
    if let Some(per_second) = limits {
        api.enforce_limits(per_second, Duration::from_secs(1));
    }
    let one = binary::one_at_a_time().await;
    let bot = BotProcess::start_with(
        &one,
        &api.url(),
        FakeApi::TOKEN,
        dir.path(),
        "",
        "warn",
        settings,
    );
    // Time from the first message sent to the last.
    let deadline = Instant::now() + Duration::from_secs(600);
    let mut first = None;
    while sent(&api) < n as usize {
        if first.is_none() && sent(&api) > 0 {
            first = Some(Instant::now());
        }
        assert!(
            Instant::now() < deadline,
            "timed out: {} of {n}",
            sent(&api)
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let seconds = first.map_or(f64::NAN, |f| f.elapsed().as_secs_f64());
    let peak_mib = peak_rss_mib(bot.child.id());
    Run {
        seconds,
        sent: sent(&api),
        too_many: api.too_many_requests(),
        peak_mib,
    }
}

#[tokio::main]
async fn main() {
    let configured = 25.0;
    let limited = run(3_000, Some(30), &[]).await;
    let rate = (limited.sent - 1) as f64 / limited.seconds;
    println!(
        "limits enforced: {} messages in {:.1} s = {:.2} msg/s = {:.1}% of the configured {configured}/s; 429s: {}; peak RSS {:.1} MiB",
        limited.sent,
        limited.seconds,
        rate,
        100.0 * rate / configured,
        limited.too_many,
        limited.peak_mib
    );
    let lifted = run(
        10_000,
        None,
        &[
            ("OUTBOX_RATE_PER_SEC", "1000000"),
            ("TELEGRAM_RATE_PER_SEC", "1000000"),
            ("OUTBOX_IN_FLIGHT", "64"),
        ],
    )
    .await;
    println!(
        "limits lifted: {} messages in {:.2} s = {:.0} msg/s; peak RSS {:.1} MiB",
        lifted.sent,
        lifted.seconds,
        (lifted.sent - 1) as f64 / lifted.seconds,
        lifted.peak_mib
    );
}
