//! The scheduler over a temporary SQLite file: a due job runs once (also when two ticks
//! race), late policies, recurrence, crashed leases, and what each kind of job does.

use agenda_mmm::domain::{Locale, PersonId, TelegramUserId};
use agenda_mmm::i18n::{Localizer, Msg};
use agenda_mmm::outbox::retry::{Outcome, RetryPolicy};
use agenda_mmm::outbox::{self, NewMessage};
use agenda_mmm::scheduler::{self, JobContext, JobKind, Ran};
use agenda_mmm::store::{chat_state, persons};
use chrono::{DateTime, Duration, TimeZone, Utc};
use sqlx::SqlitePool;

/// Seconds after a fixed instant.
fn at(secs: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap() + Duration::seconds(secs)
}

const HOUR: i64 = 3600;
const DAY: i64 = 24 * HOUR;

async fn context() -> (JobContext, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let ctx = JobContext::with_defaults(pool);
    (ctx, dir)
}

async fn schedule(pool: &SqlitePool, kind: JobKind, key: &str, due: DateTime<Utc>) -> bool {
    let mut conn = pool.acquire().await.unwrap();
    let payload = serde_json::json!({});
    scheduler::schedule(&mut conn, kind, key, due, &payload)
        .await
        .unwrap()
}

async fn tick(ctx: &JobContext, now: DateTime<Utc>) -> Vec<(JobKind, Ran)> {
    scheduler::tick(ctx, now).await.unwrap()
}

/// Status and attempts of the job with this key.
async fn job(pool: &SqlitePool, key: &str) -> (String, i64) {
    let query = sqlx::query_as("SELECT status, attempts FROM job WHERE dedup_key = ?");
    query.bind(key).fetch_one(pool).await.unwrap()
}

/// When the pending occurrences of a kind are due.
async fn pending(pool: &SqlitePool, kind: JobKind) -> Vec<DateTime<Utc>> {
    let sql = "SELECT due_at FROM job WHERE kind = ? AND status = 'pending' ORDER BY due_at";
    let query = sqlx::query_scalar(sql).bind(kind.as_str());
    query.fetch_all(pool).await.unwrap()
}

async fn count_jobs(pool: &SqlitePool) -> i64 {
    let query = sqlx::query_scalar("SELECT COUNT(*) FROM job");
    query.fetch_one(pool).await.unwrap()
}

fn done(kind: JobKind) -> (JobKind, Ran) {
    (kind, Ran::Done)
}

#[tokio::test]
async fn a_due_job_runs_once_and_a_job_not_yet_due_waits_for_its_time() {
    let (ctx, _dir) = context().await;
    schedule(&ctx.pool, JobKind::ExpireDialogues, "now", at(0)).await;
    schedule(&ctx.pool, JobKind::EraseOutboxContent, "later", at(300)).await;
    assert_eq!(tick(&ctx, at(0)).await, [done(JobKind::ExpireDialogues)]);
    assert_eq!(job(&ctx.pool, "now").await, ("done".into(), 1));
    assert_eq!(tick(&ctx, at(0)).await, [], "not twice at the same time");
    assert_eq!(tick(&ctx, at(299)).await, [], "nor later");
    assert_eq!(job(&ctx.pool, "later").await, ("pending".into(), 0));
    assert_eq!(
        tick(&ctx, at(300)).await,
        [done(JobKind::EraseOutboxContent)]
    );
    assert_eq!(job(&ctx.pool, "now").await, ("done".into(), 1));
    assert_eq!(job(&ctx.pool, "later").await, ("done".into(), 1));
}

#[tokio::test]
async fn scheduling_the_same_key_twice_runs_once() {
    let (ctx, _dir) = context().await;
    assert!(schedule(&ctx.pool, JobKind::ExpireDialogues, "k", at(0)).await);
    assert!(!schedule(&ctx.pool, JobKind::ExpireDialogues, "k", at(5)).await);
    assert_eq!(count_jobs(&ctx.pool).await, 1);
    assert_eq!(tick(&ctx, at(10)).await, [done(JobKind::ExpireDialogues)]);
    assert_eq!(tick(&ctx, at(11)).await, []);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_racing_ticks_run_each_due_job_once_in_total() {
    let (ctx, _dir) = context().await;
    for i in 0..20 {
        let kind = JobKind::ALL[i % 3];
        let key = format!("job-{i}");
        schedule(&ctx.pool, kind, &key, at(-(i as i64))).await;
    }
    let (a, b) = tokio::join!(tick(&ctx, at(0)), tick(&ctx, at(0)));
    assert_eq!(a.len() + b.len(), 20, "{a:?} {b:?}");
    for i in 0..20 {
        assert_eq!(
            job(&ctx.pool, &format!("job-{i}")).await,
            ("done".into(), 1)
        );
    }
}

#[tokio::test]
async fn a_report_too_late_is_skipped_while_expiring_dialogues_runs_late() {
    let (ctx, _dir) = context().await;
    schedule(&ctx.pool, JobKind::OutboxReport, "stale", at(-2 * HOUR)).await;
    schedule(
        &ctx.pool,
        JobKind::ExpireDialogues,
        "overdue",
        at(-2 * HOUR),
    )
    .await;
    schedule(&ctx.pool, JobKind::OutboxReport, "fresh", at(-30)).await;
    let ran = tick(&ctx, at(0)).await;
    assert!(
        ran.contains(&(JobKind::OutboxReport, Ran::Skipped)),
        "{ran:?}"
    );
    assert!(ran.contains(&done(JobKind::ExpireDialogues)), "{ran:?}");
    assert!(ran.contains(&done(JobKind::OutboxReport)), "{ran:?}");
    assert_eq!(job(&ctx.pool, "stale").await.0, "skipped");
    assert_eq!(job(&ctx.pool, "overdue").await.0, "done");
    assert_eq!(job(&ctx.pool, "fresh").await.0, "done");
}

#[tokio::test]
async fn a_recurring_job_schedules_its_next_occurrence_once_and_never_in_the_past() {
    let (ctx, _dir) = context().await;
    scheduler::ensure_recurring(&ctx.pool, at(0)).await.unwrap();
    let recurring: Vec<JobKind> = JobKind::ALL
        .into_iter()
        .filter(|k| k.every().is_some())
        .collect();
    assert_eq!(tick(&ctx, at(0)).await.len(), recurring.len());
    for kind in recurring.iter().copied() {
        let every = kind.every().unwrap();
        assert_eq!(pending(&ctx.pool, kind).await, [at(0) + every], "{kind:?}");
    }
    assert_eq!(tick(&ctx, at(1)).await, []);
    assert_eq!(count_jobs(&ctx.pool).await, 2 * recurring.len() as i64);
    // Down for half an hour: each next occurrence comes `every` after now.
    let now = at(1805);
    tick(&ctx, now).await;
    assert_eq!(
        pending(&ctx.pool, JobKind::ExpireDialogues).await,
        [now + Duration::minutes(10)]
    );
    assert_eq!(
        pending(&ctx.pool, JobKind::OutboxReport).await,
        [now + Duration::minutes(1)]
    );
    assert_eq!(
        pending(&ctx.pool, JobKind::EraseOutboxContent).await,
        [at(DAY)]
    );
}

#[tokio::test]
async fn ensuring_recurring_jobs_creates_one_occurrence_per_kind_and_is_idempotent() {
    let (ctx, _dir) = context().await;
    for now in [at(0), at(5), at(0)] {
        scheduler::ensure_recurring(&ctx.pool, now).await.unwrap();
    }
    // A scheduled broadcast is one job of its own, not a recurring one.
    let recurring: Vec<JobKind> = JobKind::ALL
        .into_iter()
        .filter(|k| k.every().is_some())
        .collect();
    for kind in recurring.iter().copied() {
        assert_eq!(pending(&ctx.pool, kind).await, [at(0)], "{kind:?}");
    }
    assert!(pending(&ctx.pool, JobKind::Broadcast).await.is_empty());
    assert_eq!(count_jobs(&ctx.pool).await, recurring.len() as i64);
    tick(&ctx, at(0)).await;
    scheduler::ensure_recurring(&ctx.pool, at(10))
        .await
        .unwrap();
    assert_eq!(
        count_jobs(&ctx.pool).await,
        2 * recurring.len() as i64,
        "the next occurrences are enough"
    );
}

/// A dialogue in progress, as the bot stores it.
const IN_PROGRESS: chat_state::Dialogue = chat_state::Dialogue {
    json: r#"{"awaiting":"city_name"}"#,
    in_dialogue: true,
    keeps_messages: false,
};
/// Nothing in progress.
const IDLE: chat_state::Dialogue = chat_state::Dialogue {
    json: r#"{"awaiting":"idle"}"#,
    in_dialogue: false,
    keeps_messages: false,
};

#[tokio::test]
async fn expiring_dialogues_replaces_only_those_left_alone_longer_than_their_ttl() {
    let (ctx, _dir) = context().await;
    let mut conn = ctx.pool.acquire().await.unwrap();
    let chats = [
        (1, IN_PROGRESS, at(-49 * HOUR)),
        (2, IN_PROGRESS, at(-47 * HOUR)),
        (3, IDLE, at(-49 * HOUR)),
    ];
    for (chat, state, when) in chats {
        chat_state::save(&mut conn, chat, state, 7, when)
            .await
            .unwrap();
    }
    drop(conn); // one connection: give it back before the scheduler takes it
    schedule(&ctx.pool, JobKind::ExpireDialogues, "k", at(0)).await;
    assert_eq!(tick(&ctx, at(0)).await, [done(JobKind::ExpireDialogues)]);
    let mut conn = ctx.pool.acquire().await.unwrap();
    let mut states = vec![];
    for chat in 1..=3 {
        let stored = chat_state::load(&mut conn, chat).await.unwrap().unwrap();
        assert_eq!(stored.last_update_id, 7);
        states.push((stored.state, stored.expired_at));
    }
    let kept = |d: chat_state::Dialogue| (Some(d.json.to_owned()), None);
    assert_eq!(
        states,
        [(None, Some(at(0))), kept(IN_PROGRESS), kept(IDLE)],
        "the expired dialogue's content is erased"
    );
}

#[tokio::test]
async fn expiry_reads_its_marker_not_what_the_dialogue_states_are_called() {
    let (ctx, _dir) = context().await;
    let mut conn = ctx.pool.acquire().await.unwrap();
    // States the expiry job has never heard of: a renamed "idle", a renamed step.
    let idle = chat_state::Dialogue {
        json: r#"{"awaiting":"nothing_in_progress"}"#,
        ..IDLE
    };
    let step = chat_state::Dialogue {
        json: r#"{"awaiting":"renamed_step"}"#,
        ..IN_PROGRESS
    };
    for (chat, state) in [(1, idle), (2, step)] {
        chat_state::save(&mut conn, chat, state, 7, at(-49 * HOUR))
            .await
            .unwrap();
    }
    drop(conn); // one connection: give it back before the scheduler takes it
    schedule(&ctx.pool, JobKind::ExpireDialogues, "k", at(0)).await;
    tick(&ctx, at(0)).await;
    let mut conn = ctx.pool.acquire().await.unwrap();
    let mut expired = vec![];
    for chat in [1, 2] {
        let stored = chat_state::load(&mut conn, chat).await.unwrap().unwrap();
        expired.push(stored.expired_at.is_some());
    }
    assert_eq!(expired, [false, true]);
}

#[tokio::test]
async fn the_chat_of_no_member_is_forgotten_a_week_after_its_last_message() {
    let (ctx, _dir) = context().await;
    person(&ctx.pool).await;
    let mut conn = ctx.pool.acquire().await.unwrap();
    // 5 is a member's chat; 8 and 9 are strangers' (an unfinished /start, an erased person).
    for (chat, when) in [(5, at(-30 * DAY)), (8, at(-8 * DAY)), (9, at(-6 * DAY))] {
        chat_state::save(&mut conn, chat, IDLE, 7, when)
            .await
            .unwrap();
    }
    drop(conn); // one connection: give it back before the scheduler takes it
    schedule(&ctx.pool, JobKind::ExpireDialogues, "k", at(0)).await;
    assert_eq!(tick(&ctx, at(0)).await, [done(JobKind::ExpireDialogues)]);
    let mut conn = ctx.pool.acquire().await.unwrap();
    let mut kept = vec![];
    for chat in [5, 8, 9] {
        if chat_state::load(&mut conn, chat).await.unwrap().is_some() {
            kept.push(chat);
        }
    }
    assert_eq!(kept, [5, 9]);
}

async fn person(pool: &SqlitePool) -> PersonId {
    let mut conn = pool.acquire().await.unwrap();
    let fr = Locale::parse("fr").unwrap();
    let new = persons::NewPerson {
        telegram_user: TelegramUserId(5),
        chat_id: 5,
        locale: &fr,
        first_name: None,
        discreet: false,
    };
    persons::create(&mut conn, new, at(-40 * DAY))
        .await
        .unwrap()
}

/// Queues a message to her, created at `created` and due at `due`; sent at once if due.
async fn message(pool: &SqlitePool, her: PersonId, key: &str, created: i64, due: i64) {
    let loc = Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap();
    let policy = RetryPolicy::default();
    let mut m = NewMessage::to_person(key.into(), "test", her, Msg::new("role-relay"), at(0));
    m.not_before = at(due);
    let mut conn = pool.acquire().await.unwrap();
    outbox::enqueue(&mut conn, &m, at(created)).await.unwrap();
    drop(conn);
    let claimed = outbox::claim(pool, &loc, at(created), Duration::minutes(1), 10).await;
    for d in claimed.unwrap() {
        let sent = outbox::record(pool, &d, &Outcome::Sent, &policy, at(created)).await;
        sent.unwrap();
    }
}

#[tokio::test]
async fn erasing_outbox_content_spares_what_is_recent_or_still_queued() {
    let (ctx, _dir) = context().await;
    let her = person(&ctx.pool).await;
    message(&ctx.pool, her, "old", -31 * DAY, -31 * DAY).await;
    message(&ctx.pool, her, "recent", -29 * DAY, -29 * DAY).await;
    message(&ctx.pool, her, "waiting", -31 * DAY, DAY).await;
    schedule(&ctx.pool, JobKind::EraseOutboxContent, "k", at(0)).await;
    assert_eq!(tick(&ctx, at(0)).await, [done(JobKind::EraseOutboxContent)]);
    let sql = "SELECT dedup_key, status, message IS NOT NULL FROM outbox ORDER BY id";
    let rows: Vec<(String, String, bool)> = sqlx::query_as(sql).fetch_all(&ctx.pool).await.unwrap();
    let row = |k: &str, s: &str, kept| (k.to_string(), s.to_string(), kept);
    let expected = [
        row("old", "sent", false),
        row("recent", "sent", true),
        row("waiting", "queued", true),
    ];
    assert_eq!(rows, expected);
}

#[tokio::test]
async fn a_job_leased_by_a_crashed_process_runs_only_after_its_leases_are_released() {
    let (ctx, _dir) = context().await;
    schedule(&ctx.pool, JobKind::ExpireDialogues, "k", at(0)).await;
    let crash = "UPDATE job SET lease_until = ?, attempts = 1 WHERE dedup_key = 'k'";
    sqlx::query(crash)
        .bind(at(600))
        .execute(&ctx.pool)
        .await
        .unwrap();
    assert_eq!(tick(&ctx, at(10)).await, []);
    assert_eq!(job(&ctx.pool, "k").await, ("pending".into(), 1));
    assert_eq!(scheduler::release_leases(&ctx.pool).await.unwrap(), 1);
    assert_eq!(tick(&ctx, at(10)).await, [done(JobKind::ExpireDialogues)]);
    assert_eq!(job(&ctx.pool, "k").await, ("done".into(), 2));
}
