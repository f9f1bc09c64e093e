//! End to end, what comes at once: forty people scanning the QR poster at a meeting, an
//! album of photos, messages sent while the bot was down. The built binary runs against
//! the fake Bot API server enforcing Telegram's limits: nothing sent or owed is lost.

use crate::support;

use std::sync::Arc;
use std::time::Duration;

use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Fault, TestUser};
use support::steps::{self, WAIT, has_button, press, seed, step};

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
    let one = one_at_a_time().await;
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
        &one,
        &api.url(),
        FakeApi::TOKEN,
        dir.path(),
        "",
        "info",
        &settings,
    );
    let coordinator = TestUser::new(COORDINATOR, "Claire", Some("fr"));
    // Telegram refuses the invitation's QR code once with 429: it waits, and comes.
    api.inject("sendPhoto", Fault::retry_after(1));
    let code = steps::invite(&api, &coordinator, 'm').await;
    api.wait_until("the invitation's QR code", WAIT, |a| {
        a.messages_to(COORDINATOR).iter().any(|s| s.has_photo)
    })
    .await;
    let refused = api.rejected();
    assert!(
        refused.iter().any(|c| c.is("sendPhoto")),
        "the 429 was given"
    );

    // Forty mothers scan the poster within the same seconds.
    let began = std::time::Instant::now();
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
    // A figure for the record, not an assertion.
    println!(
        "40 onboardings in {:.1} s; 429 from the limits: {}",
        began.elapsed().as_secs_f64(),
        api.too_many_requests()
    );
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_album_of_six_photos_is_taken_whole_answered_once_and_shown_to_triage_as_an_album() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    seed(
        dir.path(),
        &[
            (COORDINATOR, "fr", "Claire", Role::Coordinator),
            (4, "fr", "Nadia", Role::Mother),
        ],
    )
    .await;
    let api = FakeApi::start().await;
    api.enforce_limits(30, Duration::from_secs(1));
    // The flood limit as in production: five inputs a second.
    let settings = [
        ("UPDATES_PER_SECOND", "5"),
        ("OUTBOX_PRIVATE_INTERVAL_MS", "1100"),
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
    let mut bot = start();
    let (coordinator, nadia) = (
        TestUser::new(COORDINATOR, "Claire", Some("fr")),
        TestUser::new(4, "Nadia", Some("fr")),
    );
    let category = step(
        &api,
        nadia.id,
        |a| a.push_text(&nadia, "/report"),
        has_button("r:c"),
    )
    .await;
    let when = press(&api, &nadia, &category, "r:c1", has_button("r:w")).await;
    let place = press(&api, &nadia, &when, "r:w0", has_button("r:k")).await;
    press(&api, &nadia, &place, "r:k", has_button("r:k")).await;

    // Six photos in one album: six updates at once.
    let before = api.messages_to(nadia.id).len();
    api.push_album(&nadia, "album-of-six", 6);
    api.wait_until("six photos added", WAIT, |a| {
        a.messages_to(nadia.id)
            .iter()
            .any(|s| clean(&s.text).starts_with("6 photos ajoutées"))
    })
    .await;
    let answers: Vec<_> = api.messages_to(nadia.id).into_iter().skip(before).collect();
    let sent: Vec<_> = answers
        .iter()
        .filter(|s| s.method == "sendMessage")
        .collect();
    assert_eq!(
        sent.len(),
        1,
        "the album is answered by one message: {answers:?}"
    );
    assert!(
        answers.iter().all(|s| s.message_id == sent[0].message_id),
        "the next photos update that message: {answers:?}"
    );
    assert!(!answers.iter().any(|s| s.text.contains("Doucement")));

    let tally = answers.last().unwrap().clone();
    let audience = press(&api, &nadia, &tally, "r:n", has_button("r:a")).await;
    let identity = press(&api, &nadia, &audience, "r:a1", has_button("r:i")).await;
    let summary = press(&api, &nadia, &identity, "r:i1", has_button("r:o")).await;
    assert!(
        clean(&summary.text).contains("6 photos"),
        "{}",
        summary.text
    );
    press(&api, &nadia, &summary, "r:o", |s| {
        s.text.contains("BEL-0001")
    })
    .await;

    // The coordinator opens it: the six photos come as one album.
    let list = step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, "/reports"),
        has_button("to:"),
    )
    .await;
    let open = steps::data(&list, "to:");
    let before = api.messages_to(coordinator.id).len();
    api.push_callback(&coordinator, list.message_id, &open);
    api.wait_until("the photos as an album", WAIT, |a| {
        a.messages_to(coordinator.id)
            .iter()
            .skip(before)
            .filter(|s| s.method == "sendMediaGroup")
            .count()
            == 6
    })
    .await;
    let sends = api.calls();
    let albums = sends.iter().filter(|c| c.is("sendMediaGroup")).count();
    assert_eq!(albums, 1, "one sendMediaGroup");
    let singles = sends
        .iter()
        .filter(|c| c.is("sendPhoto") && c.params["chat_id"] == COORDINATOR)
        .count();
    assert_eq!(singles, 0, "no photo sent one at a time");

    // Eight messages she sent while the bot was down arrive in one burst: none is cut.
    bot.kill();
    let before = api.messages_to(nadia.id).len();
    for i in 0..8 {
        api.push_text_sent_ago(&nadia, "/help", 60 - 5 * i);
    }
    let _bot = start();
    let help = |s: &support::fake_api::Sent| s.text.contains("ce que vous pouvez faire");
    api.wait_until("eight answers to the backlog", WAIT * 2, |a| {
        a.messages_to(nadia.id)
            .iter()
            .skip(before)
            .filter(|s| help(s))
            .count()
            >= 8
    })
    .await;
    let answers = api.messages_to(nadia.id);
    assert!(
        !answers
            .iter()
            .skip(before)
            .any(|s| s.text.contains("Doucement")),
        "a backlog is not a flood"
    );
    assert!(api.too_many_requests() <= 1, "{}", debug_429(&api));
}

/// What she reads, without Fluent's isolation marks.
fn clean(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
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
