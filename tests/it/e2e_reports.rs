//! Reports end to end, through the built binary and the fake Bot API server: two mothers
//! report (one by a voice note), the bot is SIGKILLed in the middle of a report and the
//! report continues after the restart; the coordinator reads a report, hears its voice
//! note, asks a question; the reporter answers; each reporter is told of her report's
//! status; logs at `trace` carry none of what they wrote.

use crate::support;

use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, TestUser};
use support::steps::{WAIT, data, has_button, press, step};
const SECRET: &str = "Fourgon-MARKER-4417 rue des Lilas";

/// Roubaix, quartier BEL, a coordinator (2) and two mothers (3, Arabic; 4, French).
async fn seed(dir: &std::path::Path) {
    let people = [
        (2, "fr", "Claire", Role::Coordinator),
        (3, "ar", "Amina", Role::Mother),
        (4, "fr", "Nadia", Role::Mother),
    ];
    support::steps::seed(dir, &people).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_mothers_report_the_coordinator_asks_and_each_reporter_hears_back() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path()).await;
    let api = FakeApi::start().await;
    let start = || BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "trace");
    let mut bot = start();
    let coordinator = TestUser::new(2, "Claire", Some("fr"));
    let amina = TestUser::new(3, "Amina", Some("ar"));
    let nadia = TestUser::new(4, "Nadia", Some("fr"));

    // Amina, in Arabic: buttons and a voice note only.
    let category = step(
        &api,
        amina.id,
        |a| a.push_text(&amina, "/report"),
        has_button("r:c"),
    )
    .await;
    let danger = api
        .messages_to(amina.id)
        .into_iter()
        .find(|s| s.text.contains("3919"))
        .expect("the danger numbers");
    assert!(danger.text.contains("17") && danger.text.contains("119"));
    let when = press(&api, &amina, &category, "r:c1", has_button("r:w")).await;
    let place = press(&api, &amina, &when, "r:w0", has_button("r:k")).await;
    step(
        &api,
        amina.id,
        |a| a.push_text(&amina, SECRET),
        has_button("r:k"),
    )
    .await;
    let audience = step(
        &api,
        amina.id,
        |a| a.push_voice(&amina, "voice-amina"),
        has_button("r:a"),
    )
    .await;
    let _ = place;
    let identity = press(&api, &amina, &audience, "r:a1", has_button("r:i")).await;
    let summary = press(&api, &amina, &identity, "r:i1", has_button("r:o")).await;
    let saved = press(&api, &amina, &summary, "r:o", |s| {
        s.text.contains("BEL-0001")
    })
    .await;
    let html = saved.html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("<b>BEL-0001</b>"), "{html}");

    // Nadia starts a report; the bot is killed in the middle; she goes on after the restart.
    let category = step(
        &api,
        nadia.id,
        |a| a.push_text(&nadia, "/report"),
        has_button("r:c"),
    )
    .await;
    let when = press(&api, &nadia, &category, "r:c5", has_button("r:w")).await;
    bot.kill();
    let first_log = bot.output();
    let mut bot = start();
    let place = press(&api, &nadia, &when, "r:w0", has_button("r:k")).await;
    let content = press(&api, &nadia, &place, "r:k", has_button("r:k")).await;
    let audience = press(&api, &nadia, &content, "r:k", has_button("r:a")).await;
    let identity = press(&api, &nadia, &audience, "r:a0", has_button("r:i")).await;
    let summary = press(&api, &nadia, &identity, "r:i0", has_button("r:o")).await;
    press(&api, &nadia, &summary, "r:o", |s| {
        s.text.contains("BEL-0002")
    })
    .await;

    // The coordinator was alerted of both; she opens Amina's and hears the voice note.
    api.wait_until("two alerts", WAIT, |a| {
        a.messages_to(coordinator.id)
            .iter()
            .filter(|s| s.text.contains("/reports"))
            .count()
            >= 2
    })
    .await;
    let alerts: Vec<String> = api
        .messages_to(coordinator.id)
        .into_iter()
        .map(|s| s.text)
        .collect();
    assert!(
        alerts
            .iter()
            .all(|t| !t.contains("MARKER") && !t.contains("Amina")),
        "{alerts:?}"
    );
    let list = step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, "/reports"),
        has_button("to:"),
    )
    .await;
    let amina_report = list
        .buttons
        .iter()
        .find(|(label, _)| label.contains("BEL-0001"))
        .and_then(|(_, d)| d.clone())
        .unwrap();
    let detail = step(
        &api,
        coordinator.id,
        |a| a.push_callback(&coordinator, list.message_id, &amina_report),
        |s| s.text.contains(SECRET),
    )
    .await;
    assert!(
        detail.text.contains("Amina"),
        "she chose to be named: {}",
        detail.text
    );
    api.wait_until("the voice note re-sent", WAIT, |a| {
        a.calls()
            .iter()
            .any(|c| c.is("sendVoice") && c.params["voice"] == "voice-amina")
    })
    .await;
    let ask_data = data(&detail, "ta:");
    let ask_data = ask_data
        .rsplit_once(':')
        .map(|(head, _)| format!("{head}:4"))
        .unwrap();
    step(
        &api,
        coordinator.id,
        |a| a.push_callback(&coordinator, detail.message_id, &ask_data),
        |_| true,
    )
    .await;
    step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, "À quelle heure passe le fourgon ?"),
        |_| true,
    )
    .await;

    // Amina is told there is a question, reads it in /myreports and answers.
    api.wait_until("the question notice", WAIT, |a| {
        a.messages_to(amina.id).iter().any(|s| {
            s.text.contains("/myreports") && s.text.contains("BEL-0001") && s.buttons.is_empty()
        })
    })
    .await;
    let question = step(
        &api,
        amina.id,
        |a| a.push_text(&amina, "/myreports"),
        has_button("aq:"),
    )
    .await;
    assert!(question.text.contains("fourgon"), "{}", question.text);
    press(&api, &amina, &question, "aq:", |_| true).await;
    step(
        &api,
        amina.id,
        |a| a.push_text(&amina, "Vers 18 h"),
        |_| true,
    )
    .await;
    api.wait_until("the answer", WAIT, |a| {
        a.messages_to(coordinator.id)
            .iter()
            .any(|s| s.text.contains("Vers 18 h"))
    })
    .await;
    let answer = api
        .messages_to(coordinator.id)
        .into_iter()
        .find(|s| s.text.contains("Vers 18 h"))
        .unwrap();
    assert!(!answer.text.contains("Amina"), "no name: {}", answer.text);

    // A status change reaches Nadia.
    let list = step(
        &api,
        coordinator.id,
        |a| a.push_text(&coordinator, "/reports"),
        has_button("to:"),
    )
    .await;
    let nadia_report = list
        .buttons
        .iter()
        .find(|(l, _)| l.contains("BEL-0002"))
        .and_then(|(_, d)| d.clone())
        .unwrap();
    let detail = step(
        &api,
        coordinator.id,
        |a| a.push_callback(&coordinator, list.message_id, &nadia_report),
        has_button("ts:"),
    )
    .await;
    let acknowledge = data(&detail, "ts:");
    step(
        &api,
        coordinator.id,
        |a| a.push_callback(&coordinator, detail.message_id, &acknowledge),
        |s| s.text.contains("BEL-0002"),
    )
    .await;
    api.wait_until("Nadia's notice", WAIT, |a| {
        a.messages_to(nadia.id)
            .iter()
            .filter(|s| s.text.contains("BEL-0002"))
            .count()
            >= 2
    })
    .await;

    assert!(api.rejected().is_empty(), "{:#?}", api.rejected());
    assert!(api.calls().iter().all(|c| !c.unknown), "{}", api.dump());
    bot.kill();
    let logs = first_log + &bot.output();
    for secret in [
        "MARKER",
        "fourgon",
        "Vers 18 h",
        "Amina",
        "Nadia",
        "Belleville",
    ] {
        assert!(!logs.contains(secret), "{secret} in the logs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_discreet_mode_the_chat_is_left_clean_after_a_report() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    seed(dir.path()).await;
    let pool =
        agenda_mmm::db::connect(&format!("sqlite://{}", dir.path().join("bot.db").display()))
            .await
            .unwrap();
    sqlx::query("UPDATE person SET discreet = 1 WHERE id = (SELECT person_id FROM telegram_account WHERE telegram_user_id = 4)")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;
    let api = FakeApi::start().await;
    let _bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let nadia = TestUser::new(4, "Nadia", Some("fr"));
    let category = step(
        &api,
        nadia.id,
        |a| a.push_text(&nadia, "/report"),
        has_button("r:c"),
    )
    .await;
    let when = press(&api, &nadia, &category, "r:c0", has_button("r:w")).await;
    let place = press(&api, &nadia, &when, "r:w0", has_button("r:k")).await;
    let content = step(
        &api,
        nadia.id,
        |a| a.push_text(&nadia, "Rue des Lilas"),
        has_button("r:k"),
    )
    .await;
    let _ = place;
    let audience = press(&api, &nadia, &content, "r:k", has_button("r:a")).await;
    let identity = press(&api, &nadia, &audience, "r:a1", has_button("r:i")).await;
    let summary = press(&api, &nadia, &identity, "r:i0", has_button("r:o")).await;
    press(&api, &nadia, &summary, "r:o", |s| {
        s.text.contains("/myreports")
    })
    .await;
    api.wait_until("the dialogue deleted", WAIT, |a| {
        a.calls().iter().any(|c| c.is("deleteMessages"))
    })
    .await;
    let deleted: Vec<i64> = api
        .calls()
        .iter()
        .filter(|c| c.is("deleteMessages") && c.params["chat_id"] == 4)
        .flat_map(|c| {
            c.params["message_ids"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|v| v.as_i64())
        .collect();
    let sent = api.messages_to(nadia.id);
    let (receipt, dialogue) = sent.split_last().unwrap();
    assert!(
        receipt.text.contains("/myreports") && !receipt.text.contains("BEL"),
        "a neutral receipt stays: {}",
        receipt.text
    );
    assert!(!deleted.contains(&receipt.message_id));
    for message in dialogue {
        assert!(
            deleted.contains(&message.message_id),
            "the bot's message {} is deleted: {deleted:?}",
            message.message_id
        );
    }
    assert!(
        deleted.len() > dialogue.len(),
        "her own messages are deleted too: {deleted:?}"
    );
    assert!(api.rejected().is_empty(), "{:#?}", api.rejected());
}
