//! Solutions and actions end to end, through the built binary and the fake Bot API: a
//! report → "what would help?" → the coordinator accepts it → a relay's meeting → its
//! decision → the coordinator makes it an action carried by a local actor → done → the
//! Arabic reporter hears "you said, we did" → two weeks later (the binary's clock moved
//! ahead through `CLOCK_OFFSET_FILE`) three mothers answer "better" and the action shows
//! it. And an action's reminders, once each, across a SIGKILL.

use crate::support;

use agenda_mmm::domain::{CityId, PersonId, QuartierId, Role, Scope, TelegramUserId};
use agenda_mmm::services::actions::{self, Carrier, Plan};
use chrono::{Duration, Utc};
use chrono_tz::Europe::Paris;
use sqlx::SqlitePool;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Sent, TestUser};
use support::steps::{WAIT, has_button, press, step};

const PEOPLE: [(i64, &str, &str, Role); 6] = [
    (2, "fr", "Claire", Role::Coordinator),
    (3, "ar", "Amina", Role::Mother),
    (4, "fr", "Lucie", Role::Mother),
    (5, "tr", "Ayse", Role::Mother),
    (6, "fr", "Marc", Role::Actor),
    (7, "fr", "Rania", Role::Relay),
];

async fn pool(dir: &std::path::Path) -> SqlitePool {
    agenda_mmm::db::connect(&format!("sqlite://{}", dir.join("bot.db").display()))
        .await
        .unwrap()
}

async fn person(pool: &SqlitePool, telegram: i64) -> PersonId {
    let mut conn = pool.acquire().await.unwrap();
    agenda_mmm::store::persons::by_telegram(&mut conn, TelegramUserId(telegram))
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Amina reports by buttons only.
async fn amina_reports(api: &FakeApi, amina: &TestUser) {
    let category = step(
        api,
        amina.id,
        |a| a.push_text(amina, "/report"),
        has_button("r:c"),
    )
    .await;
    let when = press(api, amina, &category, "r:c5", has_button("r:w")).await;
    let place = press(api, amina, &when, "r:w0", has_button("r:k")).await;
    let content = press(api, amina, &place, "r:k", has_button("r:k")).await;
    let audience = press(api, amina, &content, "r:k", has_button("r:a")).await;
    let identity = press(api, amina, &audience, "r:a0", has_button("r:i")).await;
    let summary = press(api, amina, &identity, "r:i0", has_button("r:o")).await;
    press(api, amina, &summary, "r:o", |s| s.text.contains("BEL-0001")).await;
}

/// Lucie and Ayse reported in the same weekday × slot cell as Amina.
async fn two_more_reports_in_the_same_cell(pool: &SqlitePool) {
    for (number, telegram) in [(2, 4), (3, 5)] {
        sqlx::query(
            "INSERT INTO report (quartier_id, number, reference, reporter_id, anonymous, category,
                 when_kind, cell_weekdays, cell_slot, audience, created_at)
             SELECT quartier_id, ?1, 'BEL-000' || ?1,
                 (SELECT person_id FROM telegram_account WHERE telegram_user_id = ?2),
                 0, category, when_kind, cell_weekdays, cell_slot, audience, created_at
             FROM report WHERE number = 1",
        )
        .bind(number)
        .bind(telegram)
        .execute(pool)
        .await
        .unwrap();
    }
}

/// Waits until a message to `chat` (already there or to come) satisfies `pred`.
async fn eventually(api: &FakeApi, chat: i64, pred: impl Fn(&Sent) -> bool) -> Sent {
    api.wait_until("the expected message", WAIT, |a| {
        a.messages_to(chat).iter().any(&pred)
    })
    .await;
    api.messages_to(chat).into_iter().find(|s| pred(s)).unwrap()
}

/// Waits (with a deadline) until `count` outbox rows of `kind` are no longer queued.
async fn settled(pool: &SqlitePool, kind: &str, count: i64) {
    let end = std::time::Instant::now() + WAIT;
    loop {
        let done: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = ? AND status <> 'queued'")
                .bind(kind)
                .fetch_one(pool)
                .await
                .unwrap();
        if done >= count {
            return;
        }
        assert!(std::time::Instant::now() < end, "{kind}: {done} settled");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn button_with(s: &Sent, label: &str) -> String {
    s.buttons
        .iter()
        .find(|(l, _)| l.contains(label))
        .and_then(|(_, d)| d.clone())
        .unwrap_or_else(|| panic!("no button {label} in {s:?}"))
}

/// The relay organises a concertation for BEL in two days at 18:30, by buttons and text.
async fn organise(api: &FakeApi, relay: &TestUser) {
    let kinds = step(
        api,
        relay.id,
        |a| a.push_text(relay, "/newmeeting"),
        has_button("m:k"),
    )
    .await;
    press(api, relay, &kinds, "m:k0", |s| s.text.contains("titre")).await;
    let audience = step(
        api,
        relay.id,
        |a| a.push_text(relay, "Sortie d'école"),
        has_button("m:a"),
    )
    .await;
    press(api, relay, &audience, "m:a", has_button("m:d")).await;
    let day = (Utc::now().with_timezone(&Paris) + Duration::days(2)).date_naive();
    let typed = day.format("%d/%m/%Y 18h30").to_string();
    let durations = step(
        api,
        relay.id,
        |a| a.push_text(relay, &typed),
        has_button("m:u"),
    )
    .await;
    press(api, relay, &durations, "m:u90", has_button("m:s")).await;
    let agenda = step(
        api,
        relay.id,
        |a| a.push_text(relay, "Centre social"),
        has_button("m:e"),
    )
    .await;
    let review = press(api, relay, &agenda, "m:e", has_button("m:y")).await;
    press(api, relay, &review, "m:y", |s| {
        s.text.contains("Réunion créée")
    })
    .await;
}

/// The binary's clock, moved by a file it reads (`CLOCK_OFFSET_FILE`): seconds ahead.
struct TestClock(std::path::PathBuf);

impl TestClock {
    fn ahead(&self, by: Duration) {
        std::fs::write(&self.0, by.num_seconds().to_string()).unwrap();
    }

    fn now(&self) -> chrono::DateTime<Utc> {
        let text = std::fs::read_to_string(&self.0).unwrap_or_default();
        Utc::now() + Duration::seconds(text.trim().parse().unwrap_or(0))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_becomes_an_action_the_reporter_hears_back_and_mothers_say_it_got_calmer() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    support::steps::seed(dir.path(), &PEOPLE).await;
    let api = FakeApi::start().await;
    let clock = TestClock(dir.path().join("clock-offset"));
    let offset = clock.0.display().to_string();
    let extra = [("CLOCK_OFFSET_FILE", offset.as_str())];
    let url = api.url();
    let mut bot =
        BotProcess::start_with(&one, &url, FakeApi::TOKEN, dir.path(), "", "info", &extra);
    let coordinator = TestUser::new(2, "Claire", Some("fr"));
    let amina = TestUser::new(3, "Amina", Some("ar"));
    let lucie = TestUser::new(4, "Lucie", Some("fr"));
    let ayse = TestUser::new(5, "Ayse", Some("tr"));
    let actor = TestUser::new(6, "Marc", Some("fr"));
    let relay = TestUser::new(7, "Rania", Some("fr"));

    // A report, and "what would help?" from /myreports; the coordinator accepts it.
    amina_reports(&api, &amina).await;
    let mine = step(
        &api,
        amina.id,
        |a| a.push_text(&amina, "/myreports"),
        has_button("s:r"),
    )
    .await;
    let ask = press(&api, &amina, &mine, "s:r", |_| true).await;
    step(
        &api,
        amina.id,
        |a| a.push_text(&amina, "شخص بالغ أمام المدرسة"),
        |s| s.message_id != ask.message_id,
    )
    .await;
    let board = step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, "/solutions"),
        has_button("s:d"),
    )
    .await;
    press(&api, &coordinator, &board, "s:d", |s| {
        s.text.contains("retenue")
    })
    .await;

    // The relay organises a meeting; the coordinator, invited, opens the organiser's view.
    // After it (the clock three days ahead) she records the decision about BEL-0001 and
    // makes it an action carried by the local actor.
    organise(&api, &relay).await;
    let list = step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, "/meetings"),
        has_button("m:o"),
    )
    .await;
    let view = press(&api, &coordinator, &list, "m:o", has_button("m:x")).await;
    clock.ahead(Duration::days(3));
    let asked = press(&api, &coordinator, &view, "m:x", |_| true).await;
    let open = step(
        &api,
        coordinator.id,
        |a| {
            a.push_text(
                &coordinator,
                "Un adulte à la sortie de l'école pour BEL-0001",
            )
        },
        has_button("s:e"),
    )
    .await;
    assert_ne!(open.message_id, asked.message_id);
    let carriers = press(&api, &coordinator, &open, "s:e", has_button("s:c")).await;
    let marc = button_with(&carriers, "Marc");
    step(
        &api,
        coordinator.id,
        |a| a.push_callback(&coordinator, carriers.message_id, &marc),
        |s| s.text.contains("31/12/2026"),
    )
    .await;
    let due = (clock.now() + Duration::days(10))
        .with_timezone(&Paris)
        .format("%d/%m/%Y")
        .to_string();
    step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, &due),
        |s| s.text.contains("L'action est créée"),
    )
    .await;
    let db = pool(dir.path()).await;
    let from_decision: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM action a JOIN meeting_decision d ON d.id = a.meeting_decision_id
         JOIN action_report r ON r.action_id = a.id",
    )
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(from_decision, 1);

    // The actor gets it with its buttons; done, with a note.
    let card = eventually(&api, actor.id, has_button("s:f")).await;
    assert!(card.text.contains(&due), "{}", card.text);
    press(&api, &actor, &card, "s:f", |s| s.text.contains("Bravo")).await;
    step(
        &api,
        actor.id,
        |a| a.push_text(&actor, "Une médiatrice est là chaque mardi"),
        |s| s.text.contains("noté"),
    )
    .await;

    // "You said, we did", in Arabic; the coordinator is told it is done.
    let said = eventually(&api, amina.id, |s| s.text.contains("قلتنّ، ففعلنا")).await;
    assert!(
        said.text.contains("BEL-0001") && said.text.contains("médiatrice"),
        "{}",
        said.text
    );
    eventually(&api, coordinator.id, |s| {
        s.text.contains("faite") && s.text.contains("médiatrice")
    })
    .await;

    // Two weeks later, at the weekday and slot of the trouble (the clock moved to the
    // round's time, no due time edited): the three mothers of the cell are asked, each
    // once, with three buttons.
    two_more_reports_in_the_same_cell(&db).await;
    let round: chrono::DateTime<Utc> =
        sqlx::query_scalar("SELECT due_at FROM job WHERE dedup_key LIKE 'calmer:%:1'")
            .fetch_one(&db)
            .await
            .unwrap();
    assert!(round >= clock.now() + Duration::days(14), "{round}");
    clock.ahead(round - Utc::now() + Duration::minutes(1));
    for mother in [&amina, &lucie, &ayse] {
        let question = eventually(&api, mother.id, has_button("s:k")).await;
        assert_eq!(question.buttons.len(), 3, "{question:?}");
        press(&api, mother, &question, "s:k", |_| true).await;
    }
    let actions = step(
        &api,
        actor.id,
        |a| a.push_text(&actor, "/actions"),
        |s| s.text.contains("Mieux : 3"),
    )
    .await;
    assert!(actions.text.contains("pire : 0"), "{}", actions.text);
    let asked: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM calmer_question")
        .fetch_one(&db)
        .await
        .unwrap();
    assert_eq!(asked, 3);
    bot.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_actions_reminders_are_sent_once_each_across_a_sigkill() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    support::steps::seed(dir.path(), &PEOPLE).await;
    let pool = pool(dir.path()).await;
    let coordinator = person(&pool, 2).await;
    let marc = person(&pool, 6).await;
    let mut conn = pool.acquire().await.unwrap();
    let now = Utc::now();
    let principal =
        agenda_mmm::services::people::principal(&mut conn, Some(coordinator), false, now)
            .await
            .unwrap();
    let plan = Plan {
        scope: Scope::Quartier(CityId(1), QuartierId(1)),
        what: "Un adulte à la sortie".into(),
        carrier: Carrier::Person(marc),
        // Due tomorrow: the reminder before it is due at once.
        due_at: now + Duration::days(1),
        solution: None,
        decision: None,
        reports: vec![],
    };
    actions::create(&mut conn, &principal, coordinator, plan, now)
        .await
        .unwrap();
    drop(conn);
    let api = FakeApi::start().await;
    let start = || BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let mut bot = start();
    let actor = TestUser::new(6, "Marc", Some("fr"));
    eventually(&api, actor.id, |s| s.text.contains("Rappel")).await;
    // Killed once the reminder is settled: a message in flight at the moment of a crash
    // may be sent twice (RELIABILITY.md), a settled one never.
    settled(&pool, "action_reminder", 1).await;
    bot.kill();
    // The overdue reminder comes due while the bot is down.
    sqlx::query("UPDATE job SET due_at = ? WHERE dedup_key LIKE 'action-overdue:%'")
        .bind(Utc::now())
        .execute(&pool)
        .await
        .unwrap();
    let mut bot = start();
    eventually(&api, actor.id, |s| s.text.contains("pas encore faite")).await;
    bot.kill();
    let texts: Vec<String> = api
        .messages_to(actor.id)
        .into_iter()
        .map(|s| s.text)
        .collect();
    let before = texts.iter().filter(|t| t.contains("Rappel")).count();
    let overdue = texts
        .iter()
        .filter(|t| t.contains("pas encore faite"))
        .count();
    assert_eq!((before, overdue), (1, 1), "{texts:?}");
    for kind in ["action-before:%", "action-overdue:%"] {
        let done: String = sqlx::query_scalar("SELECT status FROM job WHERE dedup_key LIKE ?")
            .bind(kind)
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(done, "done");
    }
}
