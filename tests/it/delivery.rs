//! The delivery engine end to end: the built binary delivers a batch through the fake Bot
//! API server, which enforces Telegram's limits and injects 5xx, timeouts, blocked users
//! and a group migration; the bot is SIGKILLed mid-batch and restarted; jobs due while it
//! was down run once, or are skipped by their kind's rule.

use crate::support;

use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

use agenda_mmm::domain::{FirstName, Locale, PersonId, TelegramUserId};
use agenda_mmm::i18n::{Localizer, Msg};
use agenda_mmm::outbox::{self, NewMessage, Recipient};
use agenda_mmm::scheduler::{self, JobKind};
use agenda_mmm::store::{chat_state, persons, quartiers};
use chrono::Utc;
use sqlx::SqlitePool;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Fault};
use support::plain;

const LANGS: [&str; 6] = ["fr", "ar", "en", "tr", "pt", "es"];
const FIRST: i64 = 10_000;

fn notice() -> Msg {
    Msg::new("member-notice-changed")
        .user("place", "Belleville (Roubaix)")
        .msg("role", "role-relay")
}

async fn database(dir: &Path) -> SqlitePool {
    agenda_mmm::db::connect(&format!("sqlite://{}", dir.join("bot.db").display()))
        .await
        .unwrap()
}

/// `n` people in six languages, each with one queued notice in batch "b1".
async fn seed_batch(pool: &SqlitePool, n: i64) -> HashMap<i64, &'static str> {
    let now = Utc::now();
    let mut tx = pool.begin().await.unwrap();
    let mut langs = HashMap::new();
    for i in 0..n {
        let lang = LANGS[i as usize % LANGS.len()];
        let locale = Locale::parse(lang).unwrap();
        let name = FirstName::parse("Test").unwrap();
        let chat = FIRST + i;
        let new = persons::NewPerson {
            telegram_user: TelegramUserId(chat),
            chat_id: chat,
            locale: &locale,
            first_name: Some(&name),
            discreet: false,
        };
        let person = persons::create(&mut tx, new, now).await.unwrap();
        let mut message =
            NewMessage::to_person(format!("b1:{chat}"), "test_notice", person, notice(), now);
        message.batch = Some("b1".into());
        assert!(outbox::enqueue(&mut tx, &message, now).await.unwrap());
        langs.insert(chat, lang);
    }
    tx.commit().await.unwrap();
    langs
}

async fn scalar(pool: &SqlitePool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_reaches_everyone_once_in_her_language_through_faults_and_a_sigkill() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let pool = database(dir.path()).await;
    let n = 300;
    let langs = seed_batch(&pool, n).await;
    let blocked: Vec<i64> = (0..5).map(|i| FIRST + 7 + i * 50).collect();

    // Jobs that fell due while the bot was down: one runs late, one is skipped.
    let two_hours_ago = Utc::now() - chrono::Duration::hours(2);
    let mut conn = pool.acquire().await.unwrap();
    scheduler::schedule(
        &mut conn,
        JobKind::ExpireDialogues,
        "expire@test",
        two_hours_ago,
        &serde_json::json!({}),
    )
    .await
    .unwrap();
    scheduler::schedule(
        &mut conn,
        JobKind::OutboxReport,
        "report@test",
        two_hours_ago,
        &serde_json::json!({}),
    )
    .await
    .unwrap();
    let in_progress = chat_state::Dialogue {
        json: r#"{"awaiting":"city_name"}"#,
        in_dialogue: true,
        keeps_messages: false,
    };
    chat_state::save(
        &mut conn,
        42,
        in_progress,
        1,
        Utc::now() - chrono::Duration::hours(72),
    )
    .await
    .unwrap();
    drop(conn);

    let api = FakeApi::start().await;
    api.enforce_limits(200, Duration::from_secs(1));
    for chat in &blocked {
        api.block_chat(*chat);
    }
    let settings = [
        ("OUTBOX_RATE_PER_SEC", "150"),
        ("TELEGRAM_RATE_PER_SEC", "180"),
        ("OUTBOX_RETRY_BASE_MS", "200"),
        ("BOT_API_TIMEOUT_SECS", "2"),
        ("OUTBOX_IN_FLIGHT", "8"),
    ];
    let start = || {
        BotProcess::start_with(
            &one,
            &api.url(),
            FakeApi::TOKEN,
            dir.path(),
            "",
            "info",
            &settings,
        )
    };
    let count_sent = |api: &FakeApi| {
        (0..n)
            .map(|i| api.messages_to(FIRST + i).len())
            .sum::<usize>()
    };

    let mut bot = start();
    api.wait_until("a third of the batch", Duration::from_secs(30), |api| {
        count_sent(api) >= 100
    })
    .await;
    bot.kill();
    let leased_at_kill = scalar(
        &pool,
        "SELECT COUNT(*) FROM outbox WHERE status = 'queued' AND lease_until IS NOT NULL",
    )
    .await;
    let sent_at_kill = count_sent(&api);
    assert!(
        sent_at_kill < n as usize,
        "killed in the middle: {sent_at_kill}"
    );

    // After the restart: a flood wait first (the whole sender pauses), then server errors
    // and timeouts, retried with back-off.
    api.inject("sendMessage", Fault::retry_after(2));
    for _ in 0..2 {
        api.inject(
            "sendMessage",
            Fault::Status {
                code: 502,
                description: "Bad Gateway".into(),
                retry_after: None,
                migrate_to_chat_id: None,
            },
        );
        api.inject("sendMessage", Fault::Delay(Duration::from_secs(3)));
    }
    let mut bot = start();
    api.wait_until("every reachable person", Duration::from_secs(60), |api| {
        (0..n).all(|i| blocked.contains(&(FIRST + i)) || !api.messages_to(FIRST + i).is_empty())
    })
    .await;
    let pool_settled = || scalar(&pool, "SELECT COUNT(*) FROM outbox WHERE status = 'queued'");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while pool_settled().await > 0 {
        assert!(std::time::Instant::now() < deadline, "rows still queued");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bot.kill();

    // Each reachable person got her notice in her language; duplicates only from the
    // rows leased at the kill.
    let l10n = Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap();
    let mut duplicates = 0;
    for i in 0..n {
        let chat = FIRST + i;
        let got = api.messages_to(chat);
        if blocked.contains(&chat) {
            assert!(got.is_empty());
            continue;
        }
        assert!(!got.is_empty(), "{chat} got nothing");
        duplicates += got.len() - 1;
        let expected = plain(&l10n.render(&Locale::parse(langs[&chat]).unwrap(), &notice()));
        for sent in &got {
            assert_eq!(plain(&sent.text), expected, "{chat} in {}", langs[&chat]);
        }
    }
    assert!(
        duplicates as i64 <= leased_at_kill,
        "{duplicates} duplicates > {leased_at_kill} leased at the kill"
    );

    let counts = outbox::batch_counts(&pool, "b1").await.unwrap();
    assert_eq!(
        (
            counts.sent,
            counts.unreachable,
            counts.failed,
            counts.queued
        ),
        (n - 5, 5, 0, 0),
        "{counts:?}"
    );
    // Nothing new was sent while the sender paused for the 429's retry_after.
    let calls = api.calls();
    let flood = calls
        .iter()
        .find(|c| {
            c.is("sendMessage")
                && c.rejected
                    .as_deref()
                    .is_some_and(|r| r.contains("retry after 2"))
        })
        .expect("the 429");
    let during_pause = calls
        .iter()
        .filter(|c| {
            c.is("sendMessage")
                && c.at > flood.at + Duration::from_millis(200)
                && c.at < flood.at + Duration::from_millis(1900)
        })
        .count();
    assert_eq!(during_pause, 0, "sends during the pause");
    let retried = scalar(&pool, "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND attempts >= 2 AND last_error IS NOT NULL").await;
    assert!(
        retried >= 3,
        "server errors and timeouts were retried: {retried}"
    );
    let unreachable = scalar(
        &pool,
        "SELECT COUNT(*) FROM person WHERE unreachable_at IS NOT NULL",
    )
    .await;
    assert_eq!(unreachable, 5);
    assert!(
        api.rejected().iter().all(|c| c
            .rejected
            .as_deref()
            .is_some_and(|r| r.contains("Too Many")
                || r.contains("blocked")
                || r.contains("Bad Gateway"))),
        "{:#?}",
        api.rejected()
    );
    assert!(
        api.too_many_requests() <= 2,
        "{} 429s",
        api.too_many_requests()
    );

    // The jobs: run late once, or skipped.
    let status = |key: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, String>("SELECT status FROM job WHERE dedup_key = ?")
                .bind(key)
                .fetch_one(&pool)
                .await
                .unwrap()
        }
    };
    assert_eq!(status("expire@test").await, "done");
    assert_eq!(status("report@test").await, "skipped");
    let (state, expired): (Option<String>, bool) =
        sqlx::query_as("SELECT state, expired_at IS NOT NULL FROM chat_state WHERE chat_id = 42")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        (state, expired),
        (None, true),
        "expired, its content erased"
    );
    let runs = scalar(
        &pool,
        "SELECT attempts FROM job WHERE dedup_key = 'expire@test'",
    )
    .await;
    assert_eq!(runs, 1, "the late job ran once across two starts");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_to_a_group_that_became_a_supergroup_follows_it() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let pool = database(dir.path()).await;
    let now = Utc::now();
    let mut conn = pool.acquire().await.unwrap();
    let (_, q) = support::steps::roubaix_belleville(&mut conn, now).await;
    quartiers::link_group(&mut conn, q, -555).await.unwrap();
    let message = NewMessage {
        key: "group:1".into(),
        kind: "test_group",
        batch: None,
        to: Recipient::Group(q),
        message: notice(),
        attachment: None,
        not_before: now,
        delete_ids: vec![],
        about: None,
    };
    outbox::enqueue(&mut conn, &message, now).await.unwrap();
    // Another queued message to a person who has no account any more is cancelled.
    let gone = NewMessage::to_person("gone:1".into(), "test_notice", PersonId(999), notice(), now);
    let _ = outbox::enqueue(&mut conn, &gone, now).await;
    drop(conn);

    let api = FakeApi::start().await;
    api.inject("sendMessage", Fault::migrated(-1_000_777));
    let _bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    api.wait_until(
        "the message in the supergroup",
        Duration::from_secs(15),
        |api| !api.messages_to(-1_000_777).is_empty(),
    )
    .await;
    let linked: i64 = sqlx::query_scalar("SELECT group_chat_id FROM quartier")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(linked, -1_000_777);
    assert!(api.messages_to(-555).is_empty());
}
