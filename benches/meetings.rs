//! Meetings benchmark (not a test). Prints the figures that go in BENCHMARKS.md.
//!
//!     cargo bench --bench meetings
//!
//! 1. A city-wide meeting invitation to 3,000 people: the time to confirm it (the
//!    meeting, 3,000 invitees, 3,000 outbox rows and the reminder jobs, committed).
//! 2. Delivering those 3,000 invitations (each a `sendDocument` with its `.ics` and the
//!    answer buttons) by the release binary against the fake Bot API enforcing Telegram's
//!    limits (30/s overall, 1/s per chat): achieved rate as a share of the bot's 25/s.
//! 3. 1,000 meetings with their reminders pending: the scheduler's tick when nothing is
//!    due (p50 and max of 200 ticks).

#[path = "../tests/it/support/binary.rs"]
mod binary;
#[path = "../tests/it/support/fake_api.rs"]
mod fake_api;

use std::path::Path;
use std::time::{Duration, Instant};

use agenda_mmm::domain::meeting::{MeetingDraft, MeetingKind};
use agenda_mmm::domain::{
    CityId, CityName, Grant, Locale, PersonId, QuartierName, QuartierPrefix, Role, Scope,
    TelegramUserId,
};
use agenda_mmm::scheduler::{self, JobContext};
use agenda_mmm::services::{meetings, people};
use agenda_mmm::store::{cities, persons, quartiers, roles};
use binary::BotProcess;
use chrono::Utc;
use fake_api::FakeApi;
use sqlx::SqlitePool;

const LANGS: [&str; 6] = ["fr", "ar", "en", "tr", "pt", "es"];

/// Roubaix with one quartier, its coordinator, and `n` mothers; returns the coordinator.
async fn seed(pool: &SqlitePool, n: i64) -> (CityId, PersonId) {
    let now = Utc::now() - chrono::Duration::minutes(1);
    let mut tx = pool.begin().await.unwrap();
    let name = CityName::parse("Roubaix").unwrap();
    let city = cities::create(&mut tx, &name, chrono_tz::Europe::Paris, None, now)
        .await
        .unwrap();
    let prefix = QuartierPrefix::parse("BEL").unwrap();
    let qname = QuartierName::parse("Belleville").unwrap();
    let q = quartiers::create(&mut tx, city, &prefix, &qname, None, now)
        .await
        .unwrap();
    let mut coordinator = None;
    for i in 0..=n {
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
        let grant = if i == 0 {
            coordinator = Some(person);
            Grant {
                role: Role::Coordinator,
                scope: Scope::City(city),
            }
        } else {
            Grant {
                role: Role::Mother,
                scope: Scope::Quartier(city, q),
            }
        };
        roles::add(&mut tx, person, grant, None, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    (city, coordinator.unwrap())
}

fn draft(city: CityId, days: i64) -> MeetingDraft {
    let mut d = MeetingDraft {
        kind: Some(MeetingKind::Concertation),
        title: Some("Concertation de la ville".into()),
        starts_at: Some(Utc::now() + chrono::Duration::days(days)),
        place: Some("Salle des fêtes".into()),
        ..MeetingDraft::default()
    };
    d.audience.city = Some(city);
    d
}

/// Confirms one meeting for everyone; returns the time it took.
async fn confirm(pool: &SqlitePool, city: CityId, me: PersonId, days: i64) -> Duration {
    let started = Instant::now();
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.unwrap();
    let p = people::principal(&mut tx, Some(me), false, Utc::now())
        .await
        .unwrap();
    meetings::create(&mut tx, &p, me, &draft(city, days), Utc::now())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    started.elapsed()
}

async fn open(dir: &Path) -> SqlitePool {
    agenda_mmm::db::connect(&format!("sqlite://{}", dir.join("bot.db").display()))
        .await
        .unwrap()
}

fn documents(api: &FakeApi) -> usize {
    api.calls()
        .iter()
        .filter(|c| c.is("sendDocument") && c.rejected.is_none())
        .count()
}

async fn deliver(dir: &Path, n: usize) -> (f64, usize) {
    let api = FakeApi::start().await;
    api.enforce_limits(30, Duration::from_secs(1));
    let one = binary::one_at_a_time().await;
    let _bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir, "", "warn");
    let deadline = Instant::now() + Duration::from_secs(900);
    let mut first = None;
    while documents(&api) < n {
        if first.is_none() && documents(&api) > 0 {
            first = Some(Instant::now());
        }
        assert!(
            Instant::now() < deadline,
            "timed out: {} of {n}",
            documents(&api)
        );
        // `calls()` copies every call (with its upload): look rarely, not to starve the bot.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let seconds = first.map_or(f64::NAN, |f| f.elapsed().as_secs_f64());
    arrivals(&api.calls());
    ((n - 1) as f64 / seconds, api.too_many_requests())
}

/// What the server saw, by its own arrival times: the calls by method while the
/// invitations went out, the most sends accepted in any one second, and each 429's
/// cause (the chat had a message less than 1 s before, or the overall 30/s).
fn arrivals(calls: &[fake_api::Call]) {
    let docs: Vec<&fake_api::Call> = calls
        .iter()
        .filter(|c| c.is("sendDocument") && c.rejected.is_none())
        .collect();
    let (Some(start), Some(end)) = (docs.first().map(|c| c.at), docs.last().map(|c| c.at)) else {
        return;
    };
    let window: Vec<&fake_api::Call> = calls
        .iter()
        .filter(|c| c.at >= start && c.at <= end)
        .collect();
    let mut by_method = std::collections::BTreeMap::<String, (usize, usize)>::new();
    for c in &window {
        let e = by_method.entry(c.method.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(c.rejected.is_some());
    }
    println!(
        "  calls between the first and the last invitation (method: calls, rejected): {by_method:?}"
    );
    let sends: Vec<&fake_api::Call> = window
        .iter()
        .copied()
        .filter(|c| c.method.to_ascii_lowercase().starts_with("send") && c.rejected.is_none())
        .collect();
    let busiest = (0..sends.len())
        .map(|i| {
            sends[i..]
                .iter()
                .take_while(|c| c.at.duration_since(sends[i].at) < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0);
    let chat = |c: &fake_api::Call| c.params["chat_id"].to_string().trim_matches('"').to_owned();
    let (mut per_chat, mut overall) = (0, 0);
    for r in calls.iter().filter(|c| {
        c.rejected
            .as_deref()
            .is_some_and(|r| r.contains("Too Many"))
    }) {
        let same_chat = sends.iter().any(|c| {
            chat(c) == chat(r) && c.at <= r.at && r.at.duration_since(c.at) < Duration::from_secs(1)
        });
        if same_chat {
            per_chat += 1
        } else {
            overall += 1
        }
    }
    let gaps: Vec<f64> = docs
        .windows(2)
        .map(|w| w[1].at.duration_since(w[0].at).as_secs_f64() * 1000.0)
        .collect();
    let mut sorted = gaps.clone();
    sorted.sort_by(f64::total_cmp);
    let pick = |q: f64| {
        sorted
            .get(((sorted.len() as f64 - 1.0) * q) as usize)
            .copied()
            .unwrap_or(0.0)
    };
    println!(
        "  most sends accepted in one second: {busiest}; 429s: {per_chat} to a chat served < 1 s before, {overall} over the overall rate; gap between invitations p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        pick(0.5),
        pick(0.9),
        pick(0.99),
        pick(1.0)
    );
}

async fn ticks(pool: &SqlitePool) -> (Duration, Duration) {
    let ctx = JobContext::with_defaults(pool.clone());
    // Recurring jobs first, so that only the meetings' reminders are pending after.
    scheduler::tick(&ctx, Utc::now()).await.unwrap();
    let mut times = vec![];
    for _ in 0..200 {
        let started = Instant::now();
        scheduler::tick(&ctx, Utc::now()).await.unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let pool = open(dir.path()).await;
    let (city, me) = seed(&pool, 3_000).await;
    let took = confirm(&pool, city, me, 10).await;
    println!(
        "confirming a city-wide meeting for 3,000 people: {:.1} ms",
        took.as_secs_f64() * 1000.0
    );
    pool.close().await;
    let (rate, too_many) = deliver(dir.path(), 3_000).await;
    println!(
        "3,000 invitations delivered at {rate:.2} msg/s = {:.1}% of the configured 25/s; 429s: {too_many}",
        100.0 * rate / 25.0
    );

    let dir = tempfile::tempdir().unwrap();
    let pool = open(dir.path()).await;
    let (city, me) = seed(&pool, 3).await;
    for i in 0..1_000 {
        confirm(&pool, city, me, 10 + i % 300).await;
    }
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM job WHERE kind = 'meeting_reminder' AND status = 'pending'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let (p50, max) = ticks(&pool).await;
    println!(
        "scheduler tick with 1,000 meetings ({pending} reminders pending): p50 {:.2} ms, max {:.2} ms",
        p50.as_secs_f64() * 1000.0,
        max.as_secs_f64() * 1000.0
    );
}
