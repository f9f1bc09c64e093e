//! Interactive benchmark (not a test): the release binary answers people through the fake
//! Bot API server on loopback, next to a minimal teloxide echo bot run the same way — the
//! ceiling of this stack on this machine. Prints the figures that go in BENCHMARKS.md.
//!
//!     cargo bench --bench interactive
//!
//! 1. 200 registered mothers each go through a whole report dialogue at once (category,
//!    when, place, text, audience, identity, confirm): updates handled per second, and the
//!    latency from an update pushed to the first reply to that chat (p50 / p99 / max).
//! 2. 20 people typing one message after another: latency p50 / p99 / max.
//! 3. The same two runs against the echo bot (one reply per update).
//! 4. Resident memory idle, and idle with 100,000 members and 1,000,000 reports in the
//!    database; start-up time to the first `getUpdates` with that database.
//!
//! The echo bot is this same executable started again with `AGENDA_BENCH_ECHO=1`: both bots
//! run side by side as separate processes, each with a fake server of its own, and their
//! rounds take turns (ours, then the echo bot's), so that each pair of rounds meets the same
//! machine.
//!
//! Each bot first answers 20 other people going through the same steps (unmeasured), then
//! each run is measured in `AGENDA_BENCH_ROUNDS` rounds (7), each with people of its own;
//! printed: the ratio of the two bots' median rounds, and the median of the ratios of each
//! pair of rounds. `AGENDA_BENCH_CALLS=1` prints,
//! after each round, the Bot API calls by method and the messages its first person got.

#[path = "../tests/it/support/binary.rs"]
mod binary;
#[path = "../tests/it/support/fake_api.rs"]
mod fake_api;
#[path = "../tests/it/support/steps.rs"]
#[allow(dead_code)]
mod steps;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use agenda_mmm::domain::Role;
use binary::BotProcess;
use fake_api::{FakeApi, Sent, TestUser};

/// People who go through the same steps first, unmeasured, for each bot: a bot that has
/// run a while has its connections to the Bot API open, its statements prepared and its
/// pages in memory; the measured run is that of a bot in service, not of its first second.
const WARM_UP: i64 = 20;

const WAIT: Duration = Duration::from_secs(60);
/// Settings that lift every pacing limit: the benchmark measures the bot, not Telegram.
const LIFTED: &[(&str, &str)] = &[
    ("TELEGRAM_RATE_PER_SEC", "1000000"),
    ("OUTBOX_RATE_PER_SEC", "1000000"),
    ("OUTBOX_PRIVATE_INTERVAL_MS", "1"),
    ("OUTBOX_GROUP_PER_MIN", "1000000"),
    ("UPDATES_PER_SECOND", "1000"),
    ("REPORTS_PER_DAY", "1000"),
    ("POLL_TIMEOUT_SECS", "10"),
    ("BOT_API_TIMEOUT_SECS", "30"),
];

/// What a simulated person does next.
#[derive(Clone)]
enum Act {
    Text(&'static str),
    /// Presses the button whose data starts with this, on the last message that had it.
    Press(&'static str),
    /// Presses a button with this data on the last message (the echo bot reads none).
    Raw(&'static str),
}

/// One step: an act, and the button prefix the awaited reply carries ("" = any reply).
type Step = (Act, &'static str);

/// The report dialogue of DESIGN.md, as e2e_reports drives it.
const REPORT: &[Step] = &[
    (Act::Text("/report"), "r:c"),
    (Act::Press("r:c1"), "r:w"),
    (Act::Press("r:w0"), "r:k"),
    (Act::Text("Rue des Lilas, devant l'école"), "r:k"),
    (
        Act::Text("Des voitures garées sur le passage piéton"),
        "r:a",
    ),
    (Act::Press("r:a1"), "r:i"),
    (Act::Press("r:i0"), "r:o"),
    (Act::Press("r:o"), ""),
];

/// The same number of updates for the echo bot: texts and presses of a button.
const ECHO_REPORT: &[Step] = &[
    (Act::Text("/report"), ""),
    (Act::Raw("x"), ""),
    (Act::Raw("x"), ""),
    (Act::Text("Rue des Lilas, devant l'école"), ""),
    (Act::Text("Des voitures garées sur le passage piéton"), ""),
    (Act::Raw("x"), ""),
    (Act::Raw("x"), ""),
    (Act::Raw("x"), ""),
];

/// Latencies of one run, and how long it took from the first push to the last reply.
struct Figures {
    latencies: Vec<Duration>,
    seconds: f64,
    /// CPU time the bot's process used during the run (user + system), in seconds: less
    /// sensitive than the rate to what else runs on the machine.
    cpu: f64,
}

impl Figures {
    fn percentile(&self, p: f64) -> f64 {
        let mut v = self.latencies.clone();
        v.sort();
        let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
        v[i].as_secs_f64() * 1000.0
    }

    fn line(&self, what: &str) -> String {
        format!(
            "{what}: {} updates in {:.2} s = {:.0} updates/s; bot CPU {:.0} µs/update; latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            self.latencies.len(),
            self.seconds,
            self.latencies.len() as f64 / self.seconds,
            self.cpu * 1e6 / self.latencies.len() as f64,
            self.percentile(0.50),
            self.percentile(0.99),
            self.percentile(1.0)
        )
    }
}

/// One person doing `steps` in order, each after the reply to the one before; returns the
/// latency of each step (update pushed → first message to her chat after that).
async fn person(api: Arc<FakeApi>, user: TestUser, steps: Vec<Step>) -> Vec<Duration> {
    let chat = user.id;
    let mut seen = api.arrivals(chat);
    let mut last: Option<Sent> = None;
    let mut latencies = Vec::with_capacity(steps.len());
    for (act, awaited) in steps {
        let t0 = Instant::now();
        match act {
            Act::Text(text) => api.push_text(&user, text),
            Act::Press(prefix) => {
                let on = last.as_ref().expect("a message with buttons");
                api.push_callback(&user, on.message_id, &steps::data(on, prefix))
            }
            Act::Raw(data) => {
                let id = last.as_ref().map_or(1, |s| s.message_id);
                api.push_callback(&user, id, data)
            }
        };
        let mut first = None;
        loop {
            let (at, sent) = api
                .arrival(chat, seen, WAIT)
                .await
                .unwrap_or_else(|| panic!("no reply to chat {chat}\n{}", api.dump()));
            seen += 1;
            if at < t0 {
                continue; // the tail of the answer to the step before
            }
            first.get_or_insert(at - t0);
            let wanted = awaited.is_empty()
                || sent
                    .buttons
                    .iter()
                    .any(|(_, d)| d.as_deref().is_some_and(|d| d.starts_with(awaited)));
            if wanted {
                last = Some(sent);
                break;
            }
        }
        latencies.push(first.expect("a reply"));
    }
    latencies
}

/// CPU time a process used so far (user + system, all its threads), in seconds (Linux).
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The fields after the command name (which is in parentheses): utime and stime are
    // the 14th and 15th of the line, in clock ticks (100 a second on Linux).
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<f64> = after
        .split_whitespace()
        .map(|f| f.parse().unwrap_or(0.0))
        .collect();
    (fields.get(11).unwrap_or(&0.0) + fields.get(12).unwrap_or(&0.0)) / 100.0
}

/// Everyone at once; returns the latencies of all, the wall time and the CPU time the bot
/// (process `bot`) used meanwhile.
async fn crowd(api: &Arc<FakeApi>, people: &[TestUser], steps: &[Step], bot: u32) -> Figures {
    let cpu = cpu_seconds(bot);
    let start = Instant::now();
    let tasks: Vec<_> = people
        .iter()
        .map(|u| tokio::spawn(person(api.clone(), u.clone(), steps.to_vec())))
        .collect();
    let mut latencies = vec![];
    for t in tasks {
        latencies.extend(t.await.expect("a simulated person"));
    }
    if std::env::var_os("AGENDA_BENCH_CALLS").is_some() {
        let mut by: std::collections::BTreeMap<String, usize> = Default::default();
        for c in api.calls().iter().filter(|c| c.at >= start) {
            *by.entry(c.method.clone()).or_default() += 1;
        }
        println!("calls: {by:?}");
        for m in api.messages_to(people[0].id) {
            let text: String = m.text.chars().take(60).collect();
            println!("  {} {:?} buttons {}", m.method, text, m.buttons.len());
        }
    }
    Figures {
        latencies,
        seconds: start.elapsed().as_secs_f64(),
        cpu: cpu_seconds(bot) - cpu,
    }
}

fn users(from: i64, n: i64) -> Vec<TestUser> {
    (from..from + n)
        .map(|id| TestUser::new(id, "Maman", Some("fr")))
        .collect()
}

/// The typing run: each person sends `n` messages, one after the reply to the other.
fn typing(n: usize) -> Vec<Step> {
    vec![(Act::Text("Bonjour, une question sur la réunion"), ""); n]
}

/// Seeds Roubaix and its quartier BEL with `mothers` mothers, ids from 1,000.
async fn seed_mothers(dir: &Path, mothers: i64) {
    let names: Vec<String> = (0..mothers).map(|i| format!("Maman{i}")).collect();
    let people: Vec<(i64, &str, &str, Role)> = (0..mothers)
        .map(|i| (1_000 + i, "fr", names[i as usize].as_str(), Role::Mother))
        .collect();
    steps::seed(dir, &people).await;
}

/// Resident set size now, and at its peak, of a process (Linux /proc), in MiB.
fn rss_mib(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn start_echo(api: &FakeApi) -> Child {
    Command::new(std::env::current_exe().expect("this benchmark's path"))
        .env("AGENDA_BENCH_ECHO", "1")
        .env("TELOXIDE_TOKEN", FakeApi::TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the echo bot starts")
}

/// The echo bot: teloxide 0.17's smallest bot answering every message and button with one
/// message (and the button's `answerCallbackQuery`).
async fn echo_bot() {
    use teloxide::prelude::*;
    let token = std::env::var("TELOXIDE_TOKEN").expect("token");
    let url = std::env::var("TELOXIDE_API_URL").expect("api url");
    let bot = Bot::new(token).set_api_url(url.parse().expect("url"));
    let handler = dptree::entry()
        .branch(
            Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
                let text = msg.text().unwrap_or("?").to_owned();
                bot.send_message(msg.chat.id, text).await?;
                Ok::<(), teloxide::RequestError>(())
            }),
        )
        .branch(Update::filter_callback_query().endpoint(
            |bot: Bot, q: CallbackQuery| async move {
                bot.answer_callback_query(q.id.clone()).await?;
                if let Some(chat) = q.message.as_ref().map(|m| m.chat().id) {
                    bot.send_message(chat, "ok").await?;
                }
                Ok::<(), teloxide::RequestError>(())
            },
        ));
    Dispatcher::builder(bot, handler).build().dispatch().await;
}

/// Waits for the first `getUpdates` after `since`; returns when it came.
async fn first_poll(api: &FakeApi, since: Instant) -> Instant {
    let deadline = since + WAIT;
    loop {
        if let Some(c) = api
            .calls()
            .into_iter()
            .find(|c| c.is("getUpdates") && c.at >= since)
        {
            return c.at;
        }
        assert!(Instant::now() < deadline, "no getUpdates");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

/// The lifted limits, and the tokio worker count of our bot alone when
/// Waits until the bot has published the command list of each seeded mother: it does so
/// once, at its first start, for members who never had one (`setup::queue_missing_commands`).
/// Registered mothers had theirs when they joined, so the run measures replies only.
async fn settled(api: &FakeApi, people: i64) {
    let published = |api: &FakeApi| {
        let calls = api.calls();
        calls.iter().filter(|c| c.is("setMyCommands")).count() as i64 >= people
    };
    api.wait_until("the mothers' command lists", WAIT, published)
        .await;
}

/// `AGENDA_BENCH_BOT_WORKERS` is set (the echo bot keeps tokio's default).
fn bot_settings() -> Vec<(&'static str, String)> {
    let mut settings: Vec<(&str, String)> =
        LIFTED.iter().map(|(k, v)| (*k, v.to_string())).collect();
    if let Ok(n) = std::env::var("AGENDA_BENCH_BOT_WORKERS") {
        settings.push(("TOKIO_WORKER_THREADS", n));
    }
    settings
}

/// The rounds of each bot, in order.
struct Pair {
    ours: Vec<Figures>,
    echo: Vec<Figures>,
}

/// How many times each run is measured (`AGENDA_BENCH_ROUNDS`, 7 by default), each time
/// with people of its own, the two bots taking turns: a run of 1,600 updates lasts a third
/// of a second, and single runs of the same build varied by a factor of two on this
/// machine.
fn rounds() -> i64 {
    std::env::var("AGENDA_BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7)
}

async fn interactive(people: i64, steps_ours: &[Step], steps_echo: &[Step]) -> Pair {
    let rounds = rounds();
    let dir = tempfile::tempdir().unwrap();
    seed_mothers(dir.path(), people * rounds + WARM_UP).await;
    // One fake server per bot, so that both bots run side by side and their rounds take
    // turns: each pair of rounds meets the same machine, whatever else it runs meanwhile.
    let (api, echo_api) = (
        Arc::new(FakeApi::start().await),
        Arc::new(FakeApi::start().await),
    );
    let t = Instant::now();
    let log = std::env::var("AGENDA_BENCH_LOG").unwrap_or_else(|_| "warn".into());
    let one = binary::one_at_a_time().await;
    let settings = bot_settings();
    let settings: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let bot = BotProcess::start_with(
        &one,
        &api.url(),
        FakeApi::TOKEN,
        dir.path(),
        "",
        &log,
        &settings,
    );
    first_poll(&api, t).await;
    settled(&api, people * rounds + WARM_UP).await;
    let warm_up = users(1_000 + people * rounds, WARM_UP);
    crowd(&api, &warm_up, steps_ours, bot.child.id()).await;
    let t = Instant::now();
    let mut echo = start_echo(&echo_api);
    first_poll(&echo_api, t).await;
    // The echo bot gets chats of its own, so no reply of ours is counted.
    crowd(&echo_api, &users(2_000_000, WARM_UP), steps_echo, echo.id()).await;
    let mut pair = Pair {
        ours: vec![],
        echo: vec![],
    };
    for round in 0..rounds {
        let ours = users(1_000 + people * round, people);
        pair.ours
            .push(crowd(&api, &ours, steps_ours, bot.child.id()).await);
        let others = users(1_000_000 + people * round, people);
        pair.echo
            .push(crowd(&echo_api, &others, steps_echo, echo.id()).await);
    }
    if std::env::var_os("AGENDA_BENCH_LOG").is_some() {
        let _ = std::fs::copy(&bot.log, "/tmp/agenda-bench-bot.log");
    }
    let _ = echo.kill();
    let _ = echo.wait();
    pair
}

/// The rate of each round, in updates per second.
fn rates(rounds: &[Figures]) -> Vec<f64> {
    rounds
        .iter()
        .map(|f| f.latencies.len() as f64 / f.seconds)
        .collect()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Every round of both bots, then all rounds together (latencies pooled), the median
/// round's rate of each and their ratio, and the median of the ratios of each pair of
/// rounds (the figures the target is about).
fn print_pair(what: &str, pair: &Pair) {
    for (who, rounds) in [("agenda-mmm", &pair.ours), ("echo bot  ", &pair.echo)] {
        for (i, round) in rounds.iter().enumerate() {
            println!("{}", round.line(&format!("{what}, {who}, round {}", i + 1)));
        }
        let all = Figures {
            latencies: rounds.iter().flat_map(|f| f.latencies.clone()).collect(),
            seconds: rounds.iter().map(|f| f.seconds).sum(),
            cpu: rounds.iter().map(|f| f.cpu).sum(),
        };
        println!("{}", all.line(&format!("{what}, {who}, all rounds")));
    }
    let (ours, echo) = (median(rates(&pair.ours)), median(rates(&pair.echo)));
    println!(
        "{what}: median round {ours:.0} against {echo:.0} updates/s: throughput ratio {:.2}x the echo bot",
        ours / echo
    );
    let paired: Vec<f64> = rates(&pair.ours)
        .iter()
        .zip(rates(&pair.echo))
        .map(|(o, e)| o / e)
        .collect();
    let shown: Vec<String> = paired.iter().map(|r| format!("{r:.2}")).collect();
    println!(
        "{what}: ratio of each pair of rounds (ours, then the echo bot's) {}; median {:.2}x",
        shown.join(", "),
        median(paired.clone())
    );
}

/// Fills the database with `members` mothers over 100 quartiers and `reports` reports, in
/// plain SQL (the bot's own functions would take minutes for a million rows).
async fn seed_large(dir: &Path, members: i64, reports: i64) {
    seed_mothers(dir, 1).await;
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let at: String = sqlx::query_scalar("SELECT created_at FROM person LIMIT 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    let statements = [
        "INSERT INTO quartier (city_id, name, prefix, created_at)
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 99)
         SELECT 1, 'Quartier ' || i, 'Q' || i, ?1 FROM n",
        "INSERT INTO person (id, first_name, locale, created_at, last_seen_at)
         WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 1 FROM n WHERE i < ?2 + 9)
         SELECT i, 'Maman', 'fr', ?1, ?1 FROM n",
        "INSERT INTO telegram_account (telegram_user_id, person_id, chat_id, linked_at)
         SELECT 10000000 + id, id, 10000000 + id, ?1 FROM person WHERE id >= 10",
        "INSERT INTO role_assignment (person_id, role, city_id, quartier_id, starts_at)
         SELECT id, 'mother', 1, 1 + id % 100, ?1 FROM person WHERE id >= 10",
        "INSERT INTO report (quartier_id, number, reference, reporter_id, anonymous, category,
                             when_kind, cell_weekdays, cell_slot, place_text, content_text,
                             audience, status, created_at)
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?3 - 1)
         SELECT 1 + i % 100, 1000 + i / 100, 'Q' || (i % 100) || '-' || (1000 + i / 100),
                10 + i % ?2, i % 2, 'incivility', 'regularly', 1 << (i % 7), 'school_exit',
                'Rue des Lilas', 'Des voitures garées sur le passage piéton', 'relays',
                'new', ?1
         FROM n",
    ];
    let mut tx = pool.begin().await.unwrap();
    for sql in statements {
        sqlx::query(sql)
            .bind(&at)
            .bind(members)
            .bind(reports)
            .execute(&mut *tx)
            .await
            .unwrap_or_else(|e| panic!("{e}: {sql}"));
    }
    tx.commit().await.unwrap();
    pool.close().await;
}

/// Start-up to the first `getUpdates`, and resident memory once idle.
async fn memory(dir: &Path) -> (f64, f64, f64) {
    let api = FakeApi::start().await;
    let t = Instant::now();
    let one = binary::one_at_a_time().await;
    let bot = BotProcess::start_with(&one, &api.url(), FakeApi::TOKEN, dir, "", "warn", &[]);
    let polled = first_poll(&api, t).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (now, peak) = rss_mib(bot.child.id());
    ((polled - t).as_secs_f64() * 1000.0, now, peak)
}

async fn run() {
    println!(
        "machine: {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    let report = interactive(200, REPORT, ECHO_REPORT).await;
    print_pair("200 report dialogues", &report);
    if std::env::var_os("AGENDA_BENCH_REPORT_ONLY").is_some() {
        return;
    }
    let typing_run = interactive(20, &typing(50), &typing(50)).await;
    print_pair("20 people typing", &typing_run);

    let empty = tempfile::tempdir().unwrap();
    seed_mothers(empty.path(), 1).await;
    let (start_ms, rss, peak) = memory(empty.path()).await;
    println!(
        "small database: start-up to first getUpdates {start_ms:.0} ms; RSS idle {rss:.1} MiB (peak {peak:.1} MiB)"
    );
    let large = tempfile::tempdir().unwrap();
    let t = Instant::now();
    seed_large(large.path(), 100_000, 1_000_000).await;
    println!(
        "(seeded 100,000 members and 1,000,000 reports in {:.0} s)",
        t.elapsed().as_secs_f64()
    );
    let (start_ms, rss, peak) = memory(large.path()).await;
    println!(
        "100,000 members, 1,000,000 reports: start-up to first getUpdates {start_ms:.0} ms; RSS idle {rss:.1} MiB (peak {peak:.1} MiB)"
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    if std::env::var_os("AGENDA_BENCH_ECHO").is_some() {
        runtime.block_on(echo_bot());
    } else {
        runtime.block_on(run());
    }
}
