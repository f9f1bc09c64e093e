//! Broadcasts through the built binary and the fake Bot API server enforcing Telegram's
//! limits: 300 mothers in six languages (a French text, an Arabic voice note, an English
//! text), some who blocked the bot, two quartier groups (one removed the bot, one became a
//! supergroup), server errors and lost requests, a SIGKILL in the middle and a restart;
//! "understood" taps, `/broadcasts`, and a scheduled broadcast due while the bot was down.

use crate::support;

use std::time::Duration;

use agenda_mmm::domain::{QuartierId, QuartierName, QuartierPrefix, Role};
use agenda_mmm::store::quartiers;
use chrono::Utc;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Fault, Sent, TestUser};
use support::steps::{WAIT, has_button, press, step};

const COORDINATOR: i64 = 2;
const FIRST_MOTHER: i64 = 6_000_000;
const MOTHERS: i64 = 300;
const FIRST_RELAY: i64 = 6_100_000;
const RELAYS: i64 = 5;
const LANGS: [&str; 6] = ["fr", "ar", "en", "tr", "pt", "es"];
/// Belleville's group, upgraded to a supergroup (`MIGRATED`) when the bot posts there.
const BEL_GROUP: i64 = -100_111;
const MIGRATED: i64 = -100_999;
/// Nord's group, which removed the bot.
const NOR_GROUP: i64 = -100_222;
const LONG: Duration = Duration::from_secs(120);

fn mother(i: i64) -> (i64, &'static str) {
    (FIRST_MOTHER + i, LANGS[i as usize % LANGS.len()])
}

/// Every 20th mother (from the 7th) blocked the bot: 15 of 300.
fn blocked(i: i64) -> bool {
    i % 20 == 7
}

/// Roubaix: the coordinator, 300 mothers and 5 relays of BEL; BEL and NOR have groups.
async fn seed(dir: &std::path::Path) {
    let mut people = vec![(COORDINATOR, "fr", "Claire", Role::Coordinator)];
    people.extend((0..MOTHERS).map(|i| (mother(i).0, mother(i).1, "Mere", Role::Mother)));
    people.extend((0..RELAYS).map(|i| (FIRST_RELAY + i, "fr", "Rania", Role::Relay)));
    support::steps::seed(dir, &people).await;
    let pool = agenda_mmm::db::connect(&url(dir)).await.unwrap();
    let mut conn = pool.acquire().await.unwrap();
    quartiers::link_group(&mut conn, QuartierId(1), BEL_GROUP)
        .await
        .unwrap();
    let prefix = QuartierPrefix::parse("NOR").unwrap();
    let name = QuartierName::parse("Nord").unwrap();
    let city = agenda_mmm::domain::CityId(1);
    let nor = quartiers::create(&mut conn, city, &prefix, &name, None, Utc::now())
        .await
        .unwrap();
    quartiers::link_group(&mut conn, nor, NOR_GROUP)
        .await
        .unwrap();
    drop(conn);
    pool.close().await;
}

fn url(dir: &std::path::Path) -> String {
    format!("sqlite://{}", dir.join("bot.db").display())
}

fn start(one: &support::binary::OneAtATime, api: &FakeApi, dir: &std::path::Path) -> BotProcess {
    // Quick retries; a tenth of margin per chat for the loopback's jitter between the
    // bot's clock and the server's (as in e2e_burst).
    let fast = [
        ("OUTBOX_RETRY_BASE_MS", "200"),
        ("OUTBOX_PRIVATE_INTERVAL_MS", "1100"),
    ];
    BotProcess::start_with(one, &api.url(), FakeApi::TOKEN, dir, "", "info", &fast)
}

/// What she reads, without the isolation marks around Fluent's placeables.
fn read(s: &Sent) -> String {
    s.text.replace(['\u{2068}', '\u{2069}'], "")
}

/// The copies of broadcast `id` a chat received.
fn copies(api: &FakeApi, chat: i64, id: i64) -> Vec<Sent> {
    let data = format!("bu:{id}");
    api.messages_to(chat)
        .into_iter()
        .filter(|s| s.buttons.iter().any(|(_, d)| d.as_deref() == Some(&data)))
        .collect()
}

fn copies_of_mothers(api: &FakeApi, id: i64) -> usize {
    (0..MOTHERS)
        .map(|i| copies(api, mother(i).0, id).len())
        .sum()
}

/// `/broadcast`, the audience's buttons (`b:r…`, `b:g`), then "Continue".
async fn audience(api: &FakeApi, me: &TestUser, buttons: &[&str]) -> Sent {
    let mut on = step(
        api,
        me.id,
        |a| a.push_text(me, "/broadcast"),
        has_button("b:a"),
    )
    .await;
    for b in buttons {
        on = press(api, me, &on, b, has_button("b:a")).await;
    }
    press(api, me, &on, "b:a", |s| {
        s.text.contains("Écrivez l'annonce")
    })
    .await
}

/// The first version typed; returns the summary.
async fn write(api: &FakeApi, me: &TestUser, text: &str) -> Sent {
    step(api, me.id, |a| a.push_text(me, text), has_button("b:n")).await
}

/// Schedules a broadcast to the relays for ten minutes from now (Paris time).
async fn schedule_to_relays(api: &FakeApi, me: &TestUser) {
    audience(api, me, &["b:rr"]).await;
    let summary = write(api, me, "Rappel aux relais : réunion lundi").await;
    press(api, me, &summary, "b:t", |s| s.text.contains("Quand")).await;
    let at = Utc::now().with_timezone(&chrono_tz::Europe::Paris) + chrono::Duration::minutes(10);
    let when = at.format("%d/%m/%Y %H:%M").to_string();
    step(api, me.id, |a| a.push_text(me, &when), has_button("b:x")).await;
}

/// To the mothers and the groups: French text, Arabic voice note, English text; sent.
async fn send_to_mothers(api: &FakeApi, me: &TestUser) {
    audience(api, me, &["b:rm", "b:g"]).await;
    let summary = write(api, me, "Réunion jeudi 18 h à l'école <Jaurès> & goûter").await;
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
    let summary = write(api, me, "Meeting Thursday 6 pm at the school").await;
    press(api, me, &summary, "b:n", has_button("b:x")).await;
}

async fn scalar(dir: &std::path::Path, sql: &str) -> i64 {
    let pool = agenda_mmm::db::connect(&url(dir)).await.unwrap();
    let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

/// Makes the scheduled job due now, as if its time had passed while the bot was down.
async fn time_passes_for_the_scheduled_job(dir: &std::path::Path) {
    let pool = agenda_mmm::db::connect(&url(dir)).await.unwrap();
    let done =
        sqlx::query("UPDATE job SET due_at = ? WHERE kind = 'broadcast' AND status = 'pending'")
            .bind(Utc::now() - chrono::Duration::seconds(1))
            .execute(&pool)
            .await
            .unwrap();
    assert_eq!(done.rows_affected(), 1);
    pool.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_to_300_people_survives_faults_and_a_kill_and_reaches_each_once() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path()).await;
    let api = FakeApi::start().await;
    api.enforce_limits(30, Duration::from_secs(1));
    for i in (0..MOTHERS).filter(|i| blocked(*i)) {
        api.block_chat(mother(i).0);
    }
    api.inject_for_chat(BEL_GROUP, Fault::migrated(MIGRATED));
    api.inject_for_chat(NOR_GROUP, Fault::kicked());
    let me = TestUser::new(COORDINATOR, "Claire", Some("fr"));
    let mut bot = start(&one, &api, dir.path());

    schedule_to_relays(&api, &me).await;
    send_to_mothers(&api, &me).await;
    // Faults while it delivers: server errors and requests lost past the bot's timeout.
    for _ in 0..2 {
        api.inject("sendMessage", Fault::server_error(502));
        api.inject("sendVoice", Fault::server_error(500));
        api.inject("sendMessage", Fault::Lost(Duration::from_secs(6)));
    }
    api.wait_until("a third of the copies", LONG, |a| {
        copies_of_mothers(a, 2) >= 100
    })
    .await;
    bot.kill();
    let too_many_before_kill = api.too_many_requests();
    let leased = scalar(
        dir.path(),
        "SELECT COUNT(*) FROM outbox WHERE batch = 'broadcast:2' AND status = 'queued'
             AND lease_until IS NOT NULL",
    )
    .await as usize;
    time_passes_for_the_scheduled_job(dir.path()).await;

    let _bot = start(&one, &api, dir.path());
    let reachable: Vec<i64> = (0..MOTHERS).filter(|i| !blocked(*i)).collect();
    api.wait_until("every reachable mother's copy", LONG, |a| {
        reachable
            .iter()
            .all(|i| !copies(a, mother(*i).0, 2).is_empty())
    })
    .await;
    // The live report: edited as copies went, its last edit the final figures, then the
    // final report as a new message.
    let last = api
        .wait_for_message(COORDINATOR, LONG, |s| {
            s.method.eq_ignore_ascii_case("sendMessage")
                && read(s).contains("Envoi terminé — Diffusion n° 2")
        })
        .await;
    let edits: Vec<Sent> = api
        .messages_to(COORDINATOR)
        .into_iter()
        .filter(|s| s.method.eq_ignore_ascii_case("editMessageText"))
        .filter(|s| read(s).contains("Diffusion n° 2"))
        .collect();
    assert!(edits.len() >= 2, "{edits:?}");
    assert_eq!(edits.last().unwrap().text, last.text);

    // Each reachable mother: her copy, in her language; duplicates only from the lease.
    let mut duplicates = 0;
    for i in &reachable {
        let (chat, lang) = mother(*i);
        let got = copies(&api, chat, 2);
        duplicates += got.len() - 1;
        let s = &got[0];
        match lang {
            "ar" => assert!(s.method.eq_ignore_ascii_case("sendVoice"), "{s:?}"),
            "en" => assert!(s.text.contains("Meeting Thursday"), "{s:?}"),
            _ => assert!(
                s.text.contains("l'école <Jaurès> & goûter"),
                "{lang}: {s:?}"
            ),
        }
    }
    eprintln!("rows leased at the kill: {leased}; copies sent twice: {duplicates}");
    assert!(
        duplicates <= leased,
        "{duplicates} duplicates, {leased} rows leased at the kill"
    );
    let faults = |what: &str| {
        let rejected = api.rejected();
        rejected
            .iter()
            .filter(|c| c.rejected.as_deref().is_some_and(|r| r.contains(what)))
            .count()
    };
    assert_eq!(
        faults("Internal Server Error"),
        4,
        "the server errors were met"
    );
    assert_eq!(api.lost_requests(), 2, "the lost requests were met");
    for i in (0..MOTHERS).filter(|i| blocked(*i)) {
        assert!(copies(&api, mother(i).0, 2).is_empty());
    }
    // Groups: one copy in the supergroup Belleville became, none in Nord's.
    assert_eq!(api.messages_to(MIGRATED).len(), 1, "{}", api.dump());
    assert!(api.messages_to(BEL_GROUP).is_empty());
    assert!(api.messages_to(NOR_GROUP).is_empty());
    assert_eq!(
        scalar(
            dir.path(),
            "SELECT group_chat_id FROM quartier WHERE id = 1"
        )
        .await,
        MIGRATED
    );
    assert_eq!(
        scalar(
            dir.path(),
            "SELECT COUNT(*) FROM quartier WHERE group_chat_id IS NULL"
        )
        .await,
        1,
        "Nord's group, which removed the bot, is unlinked"
    );

    // The final report counts what the server received: 285 mothers and 1 group;
    // 15 mothers and Nord's group unreachable.
    let delivered = reachable.len() + 1;
    let report = read(&last);
    assert!(
        report.contains(&format!(
            "reçues {delivered}, en attente 0, injoignables 16, en échec 0"
        )),
        "{report}"
    );

    // The scheduled broadcast, due while the bot was down: once to each relay.
    api.wait_until("the relays' copies", LONG, |a| {
        (0..RELAYS).all(|i| !copies(a, FIRST_RELAY + i, 1).is_empty())
    })
    .await;
    for i in 0..RELAYS {
        assert_eq!(copies(&api, FIRST_RELAY + i, 1).len(), 1);
    }

    // "Understood": ten mothers tap, five of them twice; counted once each.
    let answers = |a: &FakeApi| {
        a.calls()
            .iter()
            .filter(|c| c.is("answerCallbackQuery"))
            .count()
    };
    let before = answers(&api);
    for (n, i) in reachable.iter().take(10).enumerate() {
        let (chat, lang) = mother(*i);
        let who = TestUser::new(chat, "Mere", Some(lang));
        let copy = copies(&api, chat, 2).remove(0);
        api.push_callback(&who, copy.message_id, "bu:2");
        if n % 2 == 0 {
            api.push_callback(&who, copy.message_id, "bu:2");
        }
    }
    api.wait_until("15 taps answered", WAIT, |a| answers(a) == before + 15)
        .await;
    let listed = step(
        &api,
        COORDINATOR,
        |a| a.push_text(&me, "/broadcasts"),
        |s| read(s).contains("Diffusion n° 2"),
    )
    .await;
    let listed = read(&listed);
    assert!(
        listed.contains(&format!(
            "reçues {delivered}, en attente 0, injoignables 16"
        )) && listed.contains("« compris » : 10"),
        "{listed}"
    );
    let understood = scalar(dir.path(), "SELECT understood FROM broadcast WHERE id = 2").await;
    assert_eq!(understood, 10);
    let too_many: Vec<String> = api
        .rejected()
        .iter()
        .filter(|c| {
            c.rejected
                .as_deref()
                .is_some_and(|r| r.contains("Too Many"))
        })
        .map(|c| format!("{} {}", c.method, c.params["chat_id"]))
        .collect();
    assert_eq!(too_many_before_kill, 0, "{too_many:?}");
    // The restarted process does not know the pace of the one killed: its first sends
    // (a row in flight at the kill, sent again) may meet the server's window of the last
    // ones — at most the rows leased at the kill.
    let after_restart = api.too_many_requests() - too_many_before_kill;
    assert!(after_restart <= leased, "{too_many:?}");
}
