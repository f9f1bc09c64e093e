//! End to end, what comes at once: forty people scanning the QR poster at a meeting, an
//! album of photos, messages sent while the bot was down. The built binary runs against
//! the fake Bot API server enforcing Telegram's limits: nothing sent or owed is lost.

mod support;

use std::sync::Arc;
use std::time::Duration;

use agenda_mmm::domain::Role;
use support::binary::BotProcess;
use support::fake_api::{FakeApi, TestUser};
use support::steps::{self, seed};

/// End-to-end tests run one at a time.
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
const COORDINATOR: i64 = 2;

async fn count(db: &std::path::Path, sql: &str) -> i64 {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .unwrap();
    let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forty_mothers_joining_with_one_invitation_at_once_all_finish_and_no_reply_is_lost() {
    let _one = ONE_AT_A_TIME.lock().await;
    let dir = tempfile::tempdir().unwrap();
    seed(
        dir.path(),
        &[(COORDINATOR, "fr", "Claire", Role::Coordinator)],
    )
    .await;
    let api = Arc::new(FakeApi::start().await);
    // Telegram's limits: 30 messages a second overall, one a second per private chat.
    api.enforce_limits(30, Duration::from_secs(1));
    // The bot keeps its default overall rate; a tenth of margin per chat for the loopback's
    // jitter between the bot's clock and the server's.
    let settings = [("OUTBOX_PRIVATE_INTERVAL_MS", "1100")];
    let bot = BotProcess::start_with(
        &api.url(),
        FakeApi::TOKEN,
        dir.path(),
        "",
        "info",
        &settings,
    );
    let coordinator = TestUser::new(COORDINATOR, "Claire", Some("fr"));
    let code = steps::invite(&api, &coordinator, 'm').await;

    // Forty mothers scan the poster within the same seconds.
    let mut joins = tokio::task::JoinSet::new();
    for i in 0..40 {
        let (api, code) = (api.clone(), code.clone());
        let mother = TestUser::new(10_000 + i, "Mère", Some("fr"));
        joins.spawn(async move { steps::onboard(&api, &mother, &code, "fr").await });
    }
    let mut finished = 0;
    while let Some(done) = joins.join_next().await {
        done.expect("every mother finishes her onboarding");
        finished += 1;
    }
    assert_eq!(finished, 40);
    let mothers = count(
        &dir.path().join("bot.db"),
        "SELECT COUNT(*) FROM role_assignment WHERE role = 'mother'",
    )
    .await;
    assert_eq!(mothers, 40, "every join is stored");
    assert!(
        api.too_many_requests() <= 1,
        "no 429 after the first: {} answered 429\n{}",
        api.too_many_requests(),
        debug_429(&api)
    );
    let log = bot.output();
    assert!(
        !log.contains("a reply could not be sent"),
        "a reply was lost:\n{log}"
    );
}

/// For a failure: each send answered 429, the gap since the last send to its chat and the
/// sends accepted in the second before it.
fn debug_429(api: &FakeApi) -> String {
    let calls = api.calls();
    let mut out = String::new();
    for (i, c) in calls.iter().enumerate() {
        if c.rejected.is_none() || !c.method.starts_with("send") {
            continue;
        }
        let chat = c.params["chat_id"].as_i64();
        let prev = calls[..i].iter().rev().find(|p| {
            p.method.starts_with("send")
                && p.rejected.is_none()
                && p.params["chat_id"].as_i64() == chat
        });
        let gap = prev.map(|p| c.at.duration_since(p.at));
        let window = calls[..i]
            .iter()
            .filter(|p| {
                p.method.starts_with("send")
                    && p.rejected.is_none()
                    && c.at.duration_since(p.at) < Duration::from_secs(1)
            })
            .count();
        out += &format!(
            "#{i} {} chat {chat:?} gap {gap:?} in last second {window}\n",
            c.method
        );
    }
    out
}
