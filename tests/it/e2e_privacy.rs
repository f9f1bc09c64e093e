//! Privacy end to end, through the built binary and the fake Bot API server: a mother
//! changes her first name, presses the danger button and reports with a place and a text;
//! the coordinator reads the members and names the city's controller; the mother reads /privacy and its details, downloads /mydata, then
//! /forget erases her. Afterwards no table of the database holds anything of her, an old
//! button gets a clear answer, and the logs at `trace` never held her words, her name
//! or her place.

use crate::support;

use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Sent, TestUser};
use support::privacy::every_value;
use support::steps::{WAIT, has_button, press, step};

const MOTHER: i64 = 7_770_003;
const SECRET: &str = "Scooter-MARKER devant l'école";
const NEW_NAME: &str = "Lalla-MARKER";
const CONTROLLER: &str = "Mairie-Controle-Roubaix";
const LAT: f64 = 50.694217;
const LON: f64 = 3.174631;

fn says(text: &'static str) -> impl Fn(&Sent) -> bool {
    move |s: &Sent| s.text.contains(text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mother_sees_exports_and_erases_her_data_and_nothing_of_her_remains() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let people = [
        (2, "fr", "Claire", Role::Coordinator),
        (MOTHER, "fr", "Zahra", Role::Mother),
    ];
    support::steps::seed(dir.path(), &people).await;
    let api = FakeApi::start().await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "trace");
    let coordinator = TestUser::new(2, "Claire", Some("fr"));
    let mother = TestUser::new(MOTHER, "Zahra", Some("fr"));

    // She changes her first name.
    let settings = step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, "/settings"),
        has_button("st:n"),
    )
    .await;
    press(&api, &mother, &settings, "st:n", says("prénom")).await;
    step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, NEW_NAME),
        says("Prénom enregistré"),
    )
    .await;

    // She reports, named, with her exact place and a text.
    let category = step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, "/report"),
        has_button("r:c"),
    )
    .await;
    // The danger button: the numbers again, and the coordinator alerted.
    let danger = api
        .messages_to(MOTHER)
        .into_iter()
        .find(has_button("sos"))
        .expect("the danger numbers");
    press(&api, &mother, &danger, "sos", says("3919")).await;
    api.wait_until("the coordinator alerted", WAIT, |a| {
        a.messages_to(2).iter().any(says("Belleville"))
    })
    .await;
    let when = press(&api, &mother, &category, "r:c1", has_button("r:w")).await;
    press(&api, &mother, &when, "r:w0", has_button("r:k")).await;
    step(
        &api,
        MOTHER,
        |a| a.push_location(&mother, LAT, LON),
        has_button("r:k"),
    )
    .await;
    let audience = step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, SECRET),
        has_button("r:a"),
    )
    .await;
    let identity = press(&api, &mother, &audience, "r:a1", has_button("r:i")).await;
    let summary = press(&api, &mother, &identity, "r:i1", has_button("r:o")).await;
    press(&api, &mother, &summary, "r:o", says("BEL-0001")).await;

    // The coordinator names the city's controller from /settings.
    let settings = step(
        &api,
        2,
        |a| a.push_text(&coordinator, "/settings"),
        has_button("p:c"),
    )
    .await;
    let privacy = press(&api, &coordinator, &settings, "p:c", has_button("p:en")).await;
    press(&api, &coordinator, &privacy, "p:en", says("responsable")).await;
    step(
        &api,
        2,
        |a| a.push_text(&coordinator, CONTROLLER),
        says(CONTROLLER),
    )
    .await;

    // The coordinator reads the quartier's members: her new name is there.
    let members = step(
        &api,
        2,
        |a| a.push_text(&coordinator, "/members"),
        |s| s.text.contains(NEW_NAME) || s.buttons.iter().any(|(_, d)| d.is_some()),
    )
    .await;
    if !members.text.contains(NEW_NAME) {
        press(&api, &coordinator, &members, "mb:q", says(NEW_NAME)).await;
    }

    // She reads who answers for her data, then the details.
    let notice = step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, "/privacy"),
        says(CONTROLLER),
    )
    .await;
    press(&api, &mother, &notice, "p:i", says("CNIL")).await;

    // /mydata: a summary and a JSON file.
    step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, "/mydata"),
        |s| s.method.eq_ignore_ascii_case("sendDocument"),
    )
    .await;
    let file = api
        .calls()
        .into_iter()
        .find(|c| c.is("sendDocument") && c.params["chat_id"] == MOTHER)
        .expect("the file");
    assert_eq!(
        file.params["document"]["file_name"],
        "agenda-mmm-mydata.json"
    );
    assert!(file.params["document"]["size"].as_u64().unwrap() > 1000);

    // /forget, confirmed.
    let confirm = step(
        &api,
        MOTHER,
        |a| a.push_text(&mother, "/forget"),
        has_button("p:f1"),
    )
    .await;
    press(&api, &mother, &confirm, "p:f1", says("effacés")).await;
    // While the bot still runs, the database files themselves (the main file and its
    // write-ahead log, read as bytes as a data-protection officer would) hold none of
    // her words: /forget checkpointed the WAL before answering.
    for file in ["bot.db", "bot.db-wal"] {
        let bytes = std::fs::read(dir.path().join(file)).unwrap_or_default();
        let text: String = bytes.iter().map(|b| char::from(*b)).collect();
        for marker in ["MARKER", "Zahra"] {
            assert!(
                !text.contains(marker),
                "{marker} is still in {file} after /forget"
            );
        }
    }
    let pool =
        agenda_mmm::db::connect(&format!("sqlite://{}", dir.path().join("bot.db").display()))
            .await
            .unwrap();
    let held = every_value(&pool).await;
    for marker in [
        "MARKER",
        "Zahra",
        &MOTHER.to_string(),
        "50.694217",
        "3.174631",
    ] {
        let left: Vec<&String> = held.iter().filter(|v| v.contains(marker)).collect();
        assert!(left.is_empty(), "{marker} is still held: {left:?}");
    }
    // An old button: a clear answer, nothing else.
    let old = settings_button(&api);
    step(
        &api,
        MOTHER,
        |a| a.push_callback(&mother, old.0, &old.1),
        says("/start"),
    )
    .await;
    // What she sends now is a stranger's: the bot keeps only that chat's dialogue row,
    // for a week, with no person behind it.
    let state: String = sqlx::query_scalar("SELECT state FROM chat_state WHERE chat_id = ?")
        .bind(MOTHER)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(state, r#"{"awaiting":"idle"}"#);
    let logs = bot.output();
    bot.kill();

    let reports: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report WHERE category IS NOT NULL")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(reports, 1, "her report stays as a figure");
    // Logs carry ids, never what she wrote, her names or her place.
    assert!(logs.contains("update handled"), "the logs were captured");
    for secret in [
        "MARKER",
        "Zahra",
        CONTROLLER,
        "50.694",
        "3.1746",
        FakeApi::TOKEN,
    ] {
        assert!(!logs.contains(secret), "{secret} in the logs");
    }
}

/// The discreet-mode button of her first /settings: (message id, data).
fn settings_button(api: &FakeApi) -> (i64, String) {
    api.messages_to(MOTHER)
        .into_iter()
        .find_map(|s| {
            s.buttons
                .iter()
                .find_map(|(_, d)| d.clone().filter(|d| d.starts_with("st:d")))
                .map(|d| (s.message_id, d))
        })
        .expect("the settings message")
}
