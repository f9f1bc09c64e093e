//! The door of a quartier's group through the built binary and the fake Bot API server:
//! `/linkgroup` checks the bot's rights and makes an approval link; ten mothers and two
//! strangers ask to join (ten approved, two declined and told); a mother's role ends while
//! the bot is killed (SIGKILL): after the restart she is taken out, once, and a second
//! restart takes her out no more.

use crate::support;

use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{Call, FakeApi, TestUser};
use support::steps::WAIT;

const GROUP: i64 = -100_888;
const COORDINATOR: i64 = 2;
const FIRST_MOTHER: i64 = 7_771_001;

fn calls_for(api: &FakeApi, method: &str, user: i64) -> Vec<Call> {
    api.calls()
        .into_iter()
        .filter(|c| c.is(method) && c.rejected.is_none() && c.params["user_id"] == user)
        .collect()
}

fn count(api: &FakeApi, method: &str) -> usize {
    api.calls()
        .iter()
        .filter(|c| c.is(method) && c.rejected.is_none())
        .count()
}

/// Polls the database (with a deadline) until `sql` counts at least `n`.
async fn wait_for(pool: &sqlx::SqlitePool, sql: &str, n: i64) {
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let count: i64 = sqlx::query_scalar(sql).fetch_one(pool).await.unwrap();
        if count >= n {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "timed out: {sql}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// While the bot is down: the sweep's time has come (as after ten minutes).
async fn sweep_due(pool: &sqlx::SqlitePool) {
    sqlx::query("UPDATE job SET due_at = ? WHERE kind = 'group_door' AND status = 'pending'")
        .bind(chrono::Utc::now() - chrono::Duration::minutes(1))
        .execute(pool)
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_mothers_get_in_two_strangers_do_not_and_an_ended_role_is_taken_out_once() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (1..=10).map(|i| format!("Mère{i}")).collect();
    let mut people = vec![(COORDINATOR, "fr", "Claire", Role::Coordinator)];
    for (i, name) in names.iter().enumerate() {
        people.push((FIRST_MOTHER + i as i64, "fr", name.as_str(), Role::Mother));
    }
    support::steps::seed(dir.path(), &people).await;
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());

    let api = FakeApi::start().await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let coordinator = TestUser::new(COORDINATOR, "Claire", Some("fr"));
    api.push_group_text(&coordinator, GROUP, "/linkgroup BEL");
    api.wait_until("the group linked", WAIT, |a| {
        a.messages_to(GROUP)
            .iter()
            .any(|m| m.text.contains("porte"))
    })
    .await;
    assert_eq!(count(&api, "getChatMember"), 1, "its rights checked");
    let links: Vec<Call> = api
        .calls()
        .into_iter()
        .filter(|c| c.is("createChatInviteLink"))
        .collect();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].params["creates_join_request"], true);

    let mothers: Vec<TestUser> = (0..10)
        .map(|i| TestUser::new(FIRST_MOTHER + i, &names[i as usize], Some("fr")))
        .collect();
    let strangers = [
        TestUser::new(7_772_001, "Eve", Some("en")),
        TestUser::new(7_772_002, "Inès", Some("es")),
    ];
    for who in mothers.iter().chain(&strangers) {
        api.push_join_request(who, GROUP);
    }
    api.wait_until("every request decided", WAIT, |a| {
        count(a, "approveChatJoinRequest") + count(a, "declineChatJoinRequest") == 12
    })
    .await;
    for m in &mothers {
        assert_eq!(
            calls_for(&api, "approveChatJoinRequest", m.id).len(),
            1,
            "{}",
            m.id
        );
        assert_eq!(
            calls_for(&api, "approveChatJoinRequest", m.id)[0].params["chat_id"],
            GROUP
        );
    }
    for s in &strangers {
        assert_eq!(calls_for(&api, "declineChatJoinRequest", s.id).len(), 1);
    }
    // The strangers are told, in their language, in their private chats.
    api.wait_until("the strangers told", WAIT, |a| {
        strangers.iter().all(|s| !a.messages_to(s.id).is_empty())
    })
    .await;
    assert!(api.messages_to(strangers[0].id)[0].text.contains("members"));
    assert!(
        api.messages_to(strangers[1].id)[0]
            .text
            .contains("miembros")
    );
    // Nothing was said in the group but /linkgroup's answer.
    assert_eq!(api.messages_to(GROUP).len(), 1);

    // SIGKILL; while the bot is down, the first mother's role ends, and the sweep's
    // time comes.
    bot.kill();
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    sqlx::query(
        "UPDATE role_assignment SET ends_at = ? WHERE person_id =
             (SELECT person_id FROM telegram_account WHERE telegram_user_id = ?)",
    )
    .bind(chrono::Utc::now() - chrono::Duration::seconds(30))
    .bind(FIRST_MOTHER)
    .execute(&pool)
    .await
    .unwrap();
    sweep_due(&pool).await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    api.wait_until("she is taken out", WAIT, |a| {
        !calls_for(a, "unbanChatMember", FIRST_MOTHER).is_empty()
    })
    .await;
    assert_eq!(calls_for(&api, "banChatMember", FIRST_MOTHER).len(), 1);
    let unban = &calls_for(&api, "unbanChatMember", FIRST_MOTHER)[0];
    assert_eq!(
        unban.params["only_if_banned"], true,
        "free to come back later"
    );
    assert_eq!(count(&api, "banChatMember"), 1, "nobody else is taken out");

    // Another SIGKILL once the removal is recorded (a row in flight at a crash may be
    // sent again, RELIABILITY.md) and a restart, the sweep due again: she is not taken out
    // twice.
    wait_for(
        &pool,
        "SELECT COUNT(*) FROM outbox WHERE kind = 'group_remove' AND status = 'sent'",
        1,
    )
    .await;
    bot.kill();
    sweep_due(&pool).await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let done: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM job WHERE kind = 'group_door' AND status = 'done'",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        if done >= 3 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the sweep did not run again"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(calls_for(&api, "banChatMember", FIRST_MOTHER).len(), 1);
    bot.kill();
}
