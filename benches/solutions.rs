//! Solutions and actions benchmark (not a test): a city with 10,000 reports, 2,000 actions
//! and 5,000 pending "did it get calmer?" questions (and their 5,000 pending rounds, plus
//! 4,000 pending reminders). Measured in-process, through the router as an update is:
//!
//!     cargo bench --bench solutions
//!
//! 1. `/actions` by the coordinator: the health view of her city and its actions.
//! 2. `/actions` by a local actor who carries 40 actions (with their partner texts).
//! 3. The scheduler's tick with nothing due, and with one round of questions due.
//!
//! Prints median and max over the runs; the figures go in BENCHMARKS.md.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Instant;

use agenda_mmm::bot::incoming::{Incoming, Input, Sender};
use agenda_mmm::bot::{Ctx, router};
use agenda_mmm::domain::{Locale, TelegramUserId};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::scheduler::{JobContext, tick};
use chrono::{Duration, Utc};
use sqlx::SqlitePool;

const QUARTIERS: i64 = 20;
const MOTHERS: i64 = 2_000;
const ACTORS: i64 = 50;
const REPORTS: i64 = 10_000;
const ACTIONS: i64 = 2_000;
const QUESTIONS: i64 = 5_000;
const COORDINATOR: i64 = 1;

async fn run(pool: &SqlitePool, sql: &str) {
    sqlx::query(sql).execute(pool).await.unwrap();
}

/// The city, in plain SQL (ids: coordinator 1, mothers 2.., actors after them).
async fn seed(pool: &SqlitePool) {
    let now = Utc::now();
    let t = now.to_rfc3339();
    run(pool, &format!("INSERT INTO city (id, name, timezone, created_at) VALUES (1, 'Roubaix', 'Europe/Paris', '{t}')")).await;
    run(
        pool,
        &format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {QUARTIERS})
         INSERT INTO quartier (id, city_id, name, prefix, created_at)
         SELECT i, 1, 'Q' || i, 'Q' || char(64 + i), '{t}' FROM n"
        ),
    )
    .await;
    let people = 1 + MOTHERS + ACTORS;
    run(pool, &format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {people})
         INSERT INTO person (id, locale, created_at, last_seen_at) SELECT i, 'fr', '{t}', '{t}' FROM n")).await;
    run(pool, &format!("INSERT INTO telegram_account (telegram_user_id, person_id, chat_id, linked_at) SELECT id, id, id, '{t}' FROM person")).await;
    let start = (now - Duration::days(400)).to_rfc3339();
    run(pool, &format!("INSERT INTO role_assignment (person_id, role, city_id, starts_at) VALUES (1, 'coordinator', 1, '{start}')")).await;
    run(pool, &format!(
        "INSERT INTO role_assignment (person_id, role, city_id, quartier_id, starts_at)
         SELECT id, CASE WHEN id <= {} THEN 'mother' ELSE 'actor' END, 1, 1 + id % {QUARTIERS}, '{start}'
         FROM person WHERE id > 1", 1 + MOTHERS)).await;
    let old = (now - Duration::days(100)).to_rfc3339();
    run(pool, &format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {REPORTS})
         INSERT INTO report (id, quartier_id, number, reference, reporter_id, anonymous, category,
             when_kind, cell_weekdays, cell_slot, audience, status, created_at, partner_text, validated_at)
         SELECT i, 1 + i % {QUARTIERS}, i, 'Q-' || i, 2 + i % {MOTHERS}, 0, 'other', 'regularly',
             1 << (i % 7), 'school_exit', 'coordinator',
             CASE WHEN i % 10 < 3 THEN 'new' ELSE 'acknowledged' END,
             strftime('%Y-%m-%dT%H:%M:%S+00:00', '{old}', '+' || (i % 90) || ' days'),
             'Texte validé ' || i, '{t}' FROM n")).await;
    run(pool, "INSERT INTO report_event (report_id, at, from_status, to_status)
         SELECT id, strftime('%Y-%m-%dT%H:%M:%S+00:00', created_at, '+' || (id % 48) || ' hours'), 'new', 'acknowledged'
         FROM report WHERE status <> 'new'").await;
    run(pool, &format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ACTIONS})
         INSERT INTO action (id, city_id, quartier_id, what, carrier_id, due_at, status, created_at, updated_at, done_at,
             calmer_weekdays, calmer_slot)
         SELECT i, 1, 1 + i % {QUARTIERS}, 'Action ' || i, {} + i % {ACTORS},
             strftime('%Y-%m-%dT%H:%M:%S+00:00', '{t}', (i % 60 - 12) || ' days'),
             CASE WHEN i % 10 < 3 THEN 'done' ELSE 'open' END, '{t}', '{t}',
             CASE WHEN i % 10 < 3 THEN '{t}' END, 2, 'school_exit' FROM n", 2 + MOTHERS)).await;
    run(
        pool,
        "INSERT INTO action_report (action_id, report_id) SELECT id, id * 5 FROM action",
    )
    .await;
    run(
        pool,
        &format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {QUESTIONS})
         INSERT INTO calmer_question (action_id, round, person_id, asked_at)
         SELECT 1 + i % {ACTIONS}, 1 + i / {ACTIONS}, 2 + i % {MOTHERS}, '{t}' FROM n"
        ),
    )
    .await;
    let later = (now + Duration::days(30)).to_rfc3339();
    run(pool, &format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {QUESTIONS})
         INSERT INTO job (dedup_key, kind, due_at, payload)
         SELECT 'calmer:' || i || ':9', 'calmer_round', '{later}', json_object('action', 1 + i % {ACTIONS}, 'round', 9, 'at', 0) FROM n")).await;
    run(
        pool,
        &format!(
            "INSERT INTO job (dedup_key, kind, due_at, payload)
         SELECT 'action-' || w.which || ':' || a.id || ':0', 'action_reminder', '{later}',
             json_object('action', a.id, 'which', w.which, 'due', 0)
         FROM action a, (SELECT 'before' AS which UNION ALL SELECT 'overdue') w"
        ),
    )
    .await;
    run(pool, "ANALYZE").await;
}

fn incoming(update: i64, user: i64, text: &str) -> Incoming {
    Incoming {
        update_id: update,
        chat_id: user,
        message_id: Some(update),
        private: true,
        sender: Some(Sender {
            id: TelegramUserId(user),
            language_code: Some("fr".into()),
        }),
        at: Utc::now(),
        input: Input::Command {
            name: text.trim_start_matches('/').into(),
            args: String::new(),
        },
        media_group: None,
    }
}

fn summary(name: &str, mut ms: Vec<f64>) {
    ms.sort_by(f64::total_cmp);
    let median = ms[ms.len() / 2];
    let max = ms[ms.len() - 1];
    println!(
        "{name}: median {median:.2} ms, max {max:.2} ms over {} runs",
        ms.len()
    );
}

async fn timed_updates(ctx: &Ctx, user: i64, first: i64, runs: i64, expect: &str) -> Vec<f64> {
    let mut ms = vec![];
    for i in 0..runs {
        let inc = incoming(first + i, user, "/actions");
        let started = Instant::now();
        let outs = router::handle(ctx, &inc).await;
        ms.push(started.elapsed().as_secs_f64() * 1000.0);
        // The answer is the view itself, not an error.
        assert!(
            outs.iter().any(|o| o.ids().contains(&expect)),
            "no {expect}"
        );
    }
    ms
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let seeding = Instant::now();
    seed(&pool).await;
    println!("seeded in {:.1} s", seeding.elapsed().as_secs_f64());
    let fr = Locale::parse("fr").unwrap();
    let localizer = Arc::new(Localizer::embedded(&fr).unwrap());
    // The flood limit is lifted: the benchmark measures the work of one update.
    let limits = agenda_mmm::bot::context::Limits {
        reports_per_day: 1_000,
        updates_per_second: 1_000_000,
    };
    let ctx = Ctx::new(
        pool.clone(),
        localizer,
        HashSet::new(),
        Duration::hours(48),
        "bench_bot",
    )
    .with_limits(limits);
    timed_updates(&ctx, COORDINATOR, 1, 5, "health-view").await;
    summary(
        "/actions, coordinator (health view + city actions)",
        timed_updates(&ctx, COORDINATOR, 100, 50, "health-view").await,
    );
    let actor = 2 + MOTHERS;
    summary(
        "/actions, local actor carrying 40 actions",
        timed_updates(&ctx, actor, 1_000, 50, "actions-line").await,
    );
    let jobs = JobContext::with_defaults(pool.clone());
    let mut idle = vec![];
    for _ in 0..200 {
        let started = Instant::now();
        tick(&jobs, Utc::now()).await.unwrap();
        idle.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    summary("scheduler tick, nothing due (9,000 pending jobs)", idle);
    let mut due = vec![];
    for i in 0..20 {
        let now = Utc::now();
        sqlx::query("INSERT INTO job (dedup_key, kind, due_at, payload) VALUES (?, 'calmer_round', ?, json_object('action', ?, 'round', 1, 'at', ?))")
            .bind(format!("bench:{i}"))
            .bind(now)
            .bind(1 + i * 10)
            .bind(now.timestamp())
            .execute(&pool)
            .await
            .unwrap();
        let started = Instant::now();
        tick(&jobs, now).await.unwrap();
        due.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    summary("scheduler tick, one round of questions due", due);
}
