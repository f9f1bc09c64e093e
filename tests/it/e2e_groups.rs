//! Buttons in a group chat, through the built binary and the fake Bot API server: a
//! report's detail button, forged and pressed in a quartier's group by the coordinator
//! who may read it, posts nothing to the group and leaves no dialogue there.

use crate::support;

use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, TestUser};
use support::steps::WAIT;

const GROUP: i64 = -100_777;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_button_pressed_in_a_group_posts_nothing_to_the_group() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let people = [
        (2, "fr", "Claire", Role::Coordinator),
        (7_770_010, "fr", "Zahra", Role::Mother),
    ];
    support::steps::seed(dir.path(), &people).await;
    // A named report of Zahra's, which the coordinator may read.
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    sqlx::query(
        "INSERT INTO report (quartier_id, number, reference, reporter_id, anonymous, category,
             when_kind, cell_weekdays, cell_slot, content_text, audience, created_at)
         VALUES (1, 1, 'BEL-0001', 2, 0, 'incivility', 'now', 1, 'morning',
                 'Texte-GROUPE', 'coordinator', '2026-01-01T10:00:00+00:00')",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;

    let api = FakeApi::start().await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let coordinator = TestUser::new(2, "Claire", Some("fr"));
    api.push_group_callback(&coordinator, GROUP, "to:1");
    // A later update of the same group: once it is answered, the button was handled.
    api.push_group_text(&coordinator, GROUP, "/linkgroup");
    api.wait_until("the group's /linkgroup answered", WAIT, |a| {
        !a.messages_to(GROUP).is_empty()
    })
    .await;
    let to_group = api.messages_to(GROUP);
    assert_eq!(to_group.len(), 1, "only /linkgroup's answer: {to_group:?}");
    assert!(to_group[0].text.contains("/linkgroup"), "{to_group:?}");
    assert!(
        !api.calls()
            .iter()
            .any(|c| c.params.to_string().contains("Texte-GROUPE")),
        "the report's content left the bot"
    );
    let answered = api
        .calls()
        .into_iter()
        .filter(|c| c.is("answerCallbackQuery"))
        .count();
    assert_eq!(answered, 1, "the button was answered");
    bot.kill();
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let state: String = sqlx::query_scalar("SELECT state FROM chat_state WHERE chat_id = ?")
        .bind(GROUP)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(state, r#"{"awaiting":"idle"}"#);
}
