//! The "/" command lists through the built binary and the fake Bot API server: the default
//! list holds only what everyone may use, each member's chat gets her own list for her
//! roles, a refusal says what she can do instead, and `/forget` removes her list.

use crate::support;

use agenda_mmm::bot::setup::OPEN_COMMANDS;
use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{Call, FakeApi, TestUser};
use support::steps::{WAIT, has_button, press, step};

const COORDINATOR: i64 = 2;
const MOTHER: i64 = 3;

fn names(call: &Call) -> Vec<String> {
    call.params["commands"]
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|c| c["command"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn scope_type(call: &Call) -> Option<&str> {
    call.params.get("scope").and_then(|s| s["type"].as_str())
}

fn for_chat(call: &Call, chat: i64) -> bool {
    scope_type(call) == Some("chat") && call.params["scope"]["chat_id"].as_i64() == Some(chat)
}

/// The last list published for one person's chat.
fn list_of(api: &FakeApi, chat: i64) -> Option<Vec<String>> {
    api.calls()
        .iter()
        .rev()
        .find(|c| c.is("setMyCommands") && for_chat(c, chat))
        .map(names)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_person_sees_only_her_commands_and_a_refusal_says_what_she_can_do() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let people = [
        (COORDINATOR, "fr", "Claire", Role::Coordinator),
        (MOTHER, "ar", "Amina", Role::Mother),
    ];
    support::steps::seed(dir.path(), &people).await;
    let api = FakeApi::start().await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");
    let amina = TestUser::new(MOTHER, "Amina", Some("ar"));

    // Members who joined before lists were per person get theirs at start-up.
    api.wait_until("both members' lists", WAIT, |a| {
        list_of(a, COORDINATOR).is_some() && list_of(a, MOTHER).is_some()
    })
    .await;
    let calls = api.calls();
    let defaults: Vec<&Call> = calls
        .iter()
        .filter(|c| c.is("setMyCommands") && scope_type(c).is_none())
        .collect();
    assert_eq!(defaults.len(), 7, "six languages and the fallback");
    for call in defaults {
        let listed = names(call);
        assert!(
            listed.iter().all(|n| OPEN_COMMANDS.contains(&n.as_str())),
            "the default list shows only what everyone may use: {listed:?}"
        );
    }
    let groups: Vec<Vec<String>> = calls
        .iter()
        .filter(|c| c.is("setMyCommands") && scope_type(c) == Some("all_group_chats"))
        .map(names)
        .collect();
    assert!(!groups.is_empty() && groups.iter().all(|g| g == &["linkgroup"]));
    let mother = list_of(&api, MOTHER).unwrap();
    assert!(mother.contains(&"report".to_owned()), "{mother:?}");
    for never in ["reports", "invite", "members", "newquartier", "newcity"] {
        assert!(!mother.contains(&never.to_owned()), "{never} in {mother:?}");
    }
    let coordinator = list_of(&api, COORDINATOR).unwrap();
    for name in ["reports", "invite", "members", "newquartier"] {
        assert!(coordinator.contains(&name.to_owned()), "{coordinator:?}");
    }

    // /reports typed by a mother: refused, and told what she can do instead.
    let refusal = step(
        &api,
        MOTHER,
        |a| a.push_text(&amina, "/reports"),
        |s| s.text.contains("/myreports"),
    )
    .await;
    assert!(
        refusal.text.contains("/report") && !refusal.text.contains("/members"),
        "{}",
        refusal.text
    );

    // /forget removes her own list.
    let confirm = step(
        &api,
        MOTHER,
        |a| a.push_text(&amina, "/forget"),
        has_button("p:f1"),
    )
    .await;
    press(&api, &amina, &confirm, "p:f1", |_| true).await;
    api.wait_until("her list removed", WAIT, |a| {
        a.calls()
            .iter()
            .any(|c| c.is("deleteMyCommands") && for_chat(c, MOTHER))
    })
    .await;
    bot.kill();
}
