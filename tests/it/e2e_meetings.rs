//! Meetings end to end, through the built binary and the fake Bot API: a relay organises
//! a concertation by buttons and typed text, each invitee gets the invitation with its
//! calendar file and answer buttons; one declines; a reminder missed while the bot was
//! down is sent late (the meeting has not started), once, also across a SIGKILL right
//! when it fires; none reaches her who declined; a reminder missed past the start is
//! skipped. The clock is explicit: due times are set in the database while the bot is
//! stopped, no real hours of waiting.

use crate::support;

use agenda_mmm::domain::Role;
use chrono::{Duration, Utc};
use chrono_tz::Europe::Paris;
use sqlx::SqlitePool;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Sent, TestUser};
use support::steps::{WAIT, has_button, press, step};

const RELAY: i64 = 6;
const AMINA: i64 = 3;
const LUCIE: i64 = 4;
const POLICE: i64 = 5;

async fn seed(dir: &std::path::Path) {
    let people = [
        (RELAY, "fr", "Rania", Role::Relay),
        (AMINA, "ar", "Amina", Role::Mother),
        (LUCIE, "fr", "Lucie", Role::Mother),
        (POLICE, "en", "Sam", Role::Actor),
    ];
    support::steps::seed(dir, &people).await;
}

async fn pool(dir: &std::path::Path) -> SqlitePool {
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    SqlitePool::connect(&url).await.unwrap()
}

fn reminders(api: &FakeApi, chat: i64) -> usize {
    api.messages_to(chat)
        .iter()
        .filter(|s| s.text.contains('⏰'))
        .count()
}

async fn queued_reminders(db: &SqlitePool) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE status = 'queued' AND message LIKE '%meeting-reminder%'",
    )
    .fetch_one(db)
    .await
    .unwrap()
}

fn invitation(api: &FakeApi, chat: i64) -> Option<Sent> {
    api.messages_to(chat)
        .into_iter()
        .find(|s| s.method.eq_ignore_ascii_case("sendDocument"))
}

/// The relay's dialogue, by buttons and typed text, for a day ten days ahead at 18:30.
async fn organise(api: &FakeApi, relay: &TestUser) {
    let kinds = step(
        api,
        RELAY,
        |a| a.push_text(relay, "/newmeeting"),
        has_button("m:k"),
    )
    .await;
    press(api, relay, &kinds, "m:k0", |s| {
        !s.buttons.is_empty() || s.text.contains("titre")
    })
    .await;
    let audience = step(
        api,
        RELAY,
        |a| a.push_text(relay, "Sortie d'école"),
        has_button("m:a"),
    )
    .await;
    press(api, relay, &audience, "m:a", has_button("m:d")).await;
    let day = (Utc::now().with_timezone(&Paris) + Duration::days(10)).date_naive();
    let typed = day.format("%d/%m/%Y 18h30").to_string();
    let durations = step(
        api,
        RELAY,
        |a| a.push_text(relay, &typed),
        has_button("m:u"),
    )
    .await;
    press(api, relay, &durations, "m:u90", has_button("m:s")).await;
    step(
        api,
        RELAY,
        |a| a.push_text(relay, "Centre social"),
        has_button("m:e"),
    )
    .await;
    let agenda = step(
        api,
        RELAY,
        |a| a.push_text(relay, "Le pédibus"),
        has_button("m:e"),
    )
    .await;
    let review = press(api, relay, &agenda, "m:e", has_button("m:y")).await;
    press(api, relay, &review, "m:y", |s| {
        s.text.contains("Réunion créée")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_fire_once_across_a_kill_late_before_the_start_and_never_after_it() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path()).await;
    let api = FakeApi::start().await;
    let start = || BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let mut bot = start();
    let relay = TestUser::new(RELAY, "Rania", Some("fr"));
    let lucie = TestUser::new(LUCIE, "Lucie", Some("fr"));
    organise(&api, &relay).await;
    for chat in [AMINA, LUCIE, POLICE] {
        api.wait_until("an invitation with its calendar file", WAIT, |a| {
            invitation(a, chat).is_some()
        })
        .await;
    }
    let lucies = invitation(&api, LUCIE).unwrap();
    assert_eq!(
        lucies.buttons.iter().filter(|(_, d)| d.is_some()).count(),
        5
    );
    // Lucie declines (the fifth answer, "no").
    let no = lucies
        .buttons
        .iter()
        .filter_map(|(_, d)| d.clone())
        .find(|d| d.starts_with("m:v") && d.ends_with(":4"))
        .expect("the no button");
    step(
        &api,
        LUCIE,
        |a| a.push_callback(&lucie, lucies.message_id, &no),
        |s| s.text.contains("noté"),
    )
    .await;

    // The bot is down when the three-days reminder falls due; the meeting is still ahead.
    bot.kill();
    let db = pool(dir.path()).await;
    sqlx::query("UPDATE job SET due_at = ? WHERE kind = 'meeting_reminder' AND json_extract(payload, '$.offset') = '3d'")
        .bind(Utc::now() - Duration::minutes(5))
        .execute(&db)
        .await
        .unwrap();
    let mut bot = start();
    for chat in [AMINA, POLICE] {
        api.wait_until("a late reminder", WAIT, |a| reminders(a, chat) >= 1)
            .await;
    }
    // Killed right after it fired (its messages settled: the outbox may re-send only a
    // message in flight at the moment of a crash); restarted, nothing fires again.
    let deadline = std::time::Instant::now() + WAIT;
    while queued_reminders(&db).await > 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "reminders never settled"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    bot.kill();
    let mut bot = start();
    let polls = api.poll_ends().len();
    api.wait_until("the restarted bot polling", WAIT, |a| {
        a.poll_ends().len() >= polls + 2
    })
    .await;
    assert_eq!(reminders(&api, AMINA), 1);
    assert_eq!(reminders(&api, POLICE), 1);
    assert_eq!(reminders(&api, LUCIE), 0, "she declined");
    let rows: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'meeting' AND message LIKE '%meeting-reminder%'",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(
        rows, 2,
        "the job fired once: one row per invitee who did not decline"
    );

    // The two-hours reminder falls due while the bot is down, and the meeting starts
    // before it comes back: skipped (and logged), nothing sent.
    bot.kill();
    sqlx::query("UPDATE meeting SET starts_at = ?")
        .bind(Utc::now() - Duration::minutes(10))
        .execute(&db)
        .await
        .unwrap();
    sqlx::query("UPDATE job SET due_at = ? WHERE kind = 'meeting_reminder' AND status = 'pending'")
        .bind(Utc::now() - Duration::hours(2))
        .execute(&db)
        .await
        .unwrap();
    let mut bot = start();
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let pending: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM job WHERE kind = 'meeting_reminder' AND status = 'pending'",
        )
        .fetch_one(&db)
        .await
        .unwrap();
        if pending == 0 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the reminder job never ran"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let polls = api.poll_ends().len();
    api.wait_until("a few more polls", WAIT, |a| {
        a.poll_ends().len() >= polls + 2
    })
    .await;
    assert_eq!(reminders(&api, AMINA), 1, "past the start: skipped");
    assert_eq!(reminders(&api, POLICE), 1);
    bot.kill();
    assert!(
        std::fs::read_to_string(&bot.log)
            .unwrap()
            .contains("meeting reminder skipped")
    );
}

/// The calls sending `file_id` to `chat` (alone, or in an album).
fn file_sent(api: &FakeApi, chat: i64, method: &str, file_id: &str) -> bool {
    api.calls().iter().any(|c| {
        c.is(method)
            && c.rejected.is_none()
            && c.params["chat_id"].as_i64() == Some(chat)
            && c.params.to_string().contains(file_id)
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn minutes_as_a_pdf_then_as_an_album_reach_every_invitee_by_their_file_ids() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path()).await;
    let api = FakeApi::start().await;
    let _bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let relay = TestUser::new(RELAY, "Rania", Some("fr"));
    organise(&api, &relay).await;
    let db = pool(dir.path()).await;
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM meeting")
        .fetch_one(&db)
        .await
        .unwrap();
    let list = step(
        &api,
        RELAY,
        |a| a.push_text(&relay, "/meetings"),
        has_button("m:o"),
    )
    .await;
    let view = press(&api, &relay, &list, &format!("m:o{id}"), has_button("m:m")).await;
    let minutes = format!("m:m{id}");
    let send = format!("m:M{id}");
    // A PDF, then "send the minutes".
    press(&api, &relay, &view, &minutes, |s| s.text.contains("PDF")).await;
    let got = step(
        &api,
        RELAY,
        |a| a.push_document(&relay, "PDF-1"),
        has_button("m:M"),
    )
    .await;
    press(&api, &relay, &got, &send, |s| s.text.contains("envoyé")).await;
    for chat in [AMINA, LUCIE, POLICE] {
        api.wait_until("the minutes as a document", WAIT, |a| {
            file_sent(a, chat, "sendDocument", "PDF-1")
        })
        .await;
    }
    // An album of three photos: one update each, answered once; then "send".
    press(&api, &relay, &view, &minutes, |s| s.text.contains("PDF")).await;
    let before = api.messages_to(RELAY).len();
    api.push_album(&relay, "cr", 3);
    api.wait_until("three photos received", WAIT, |a| {
        a.messages_to(RELAY)
            .iter()
            .skip(before)
            .any(|s| s.text.contains("3 fichiers"))
    })
    .await;
    let got = api
        .messages_to(RELAY)
        .into_iter()
        .skip(before)
        .find(has_button("m:M"))
        .unwrap();
    press(&api, &relay, &got, &send, |s| s.text.contains("envoyé")).await;
    for chat in [AMINA, LUCIE, POLICE] {
        api.wait_until("the minutes as an album", WAIT, |a| {
            file_sent(a, chat, "sendMediaGroup", "cr-photo-2")
        })
        .await;
    }
}
