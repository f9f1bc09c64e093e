//! Quartier groups through the dialogue harness: `/linkgroup` with and without the rights
//! the bot needs, the join button, join requests approved or declined by the roles of the
//! moment, removals when a role ends or after `/forget`, replayed and forged requests, and
//! what happens to a group on Telegram's side.

use crate::support;

use agenda_mmm::bot::callback::{Callback, PrivacyButton};
use agenda_mmm::bot::incoming::Input;
use agenda_mmm::bot::reply::{Markup, Out};
use agenda_mmm::domain::{AssignmentId, BotRights, Role, TelegramUserId};
use agenda_mmm::outbox::Delivery;
use agenda_mmm::outbox::door::DoorAction;
use agenda_mmm::outbox::retry::{Outcome, RetryPolicy};
use agenda_mmm::outbox::sender::{Transport, deliver_due};
use agenda_mmm::scheduler::JobKind;
use chrono::Utc;
use support::dialogue::{Harness, Person, ids, person};

const ADMIN: Person = person(1, Some("fr"));
const COORDINATOR: Person = person(2, Some("fr"));
const MOTHER: Person = person(3, Some("ar"));
const NORD_MOTHER: Person = person(4, Some("fr"));
const STRANGER: Person = person(9, Some("en"));
const GROUP: i64 = -100_500;

/// Roubaix with BEL and NOR, a coordinator, a mother of each; BEL's group not linked yet.
async fn roubaix() -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.join(&ADMIN, None, "fr", Some("Nadia")).await;
    h.text(&ADMIN, "/newcity Roubaix").await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    h.text(&COORDINATOR, "/newquartier NOR Nord").await;
    let bel = h
        .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
        .await;
    h.join(&MOTHER, Some(&bel), "ar", None).await;
    let nord = h.invite(&COORDINATOR, Role::Mother, Some("Nord")).await;
    h.join(&NORD_MOTHER, Some(&nord), "fr", None).await;
    h.outbox().await;
    h
}

async fn linkgroup(h: &mut Harness, prefix: &str) -> Vec<Out> {
    let input = Input::Command {
        name: "linkgroup".into(),
        args: prefix.into(),
    };
    let inc = h.incoming(&COORDINATOR, GROUP, input);
    h.deliver(&inc).await
}

async fn linked() -> Harness {
    let mut h = roubaix().await;
    let outs = linkgroup(&mut h, "BEL").await;
    assert_eq!(ids(&outs), ["linkgroup-done", "linkgroup-door"]);
    h
}

/// A join request to `group`, as Telegram sends it: the update's chat is her private chat.
async fn request(h: &mut Harness, who: &Person, group: i64) -> Vec<Out> {
    let inc = h.incoming(who, who.id, Input::JoinRequest { group });
    h.deliver(&inc).await
}

/// What the outbox did at the groups' door.
fn door(sent: &[Delivery]) -> Vec<(i64, DoorAction)> {
    sent.iter()
        .filter_map(|d| d.door.map(|a| (d.chat_id, a)))
        .collect()
}

fn user(p: &Person) -> TelegramUserId {
    TelegramUserId(p.id)
}

async fn scalar(h: &Harness, sql: &str) -> Option<String> {
    sqlx::query_scalar(sql)
        .fetch_optional(&h.ctx.pool)
        .await
        .unwrap()
        .flatten()
}

#[tokio::test]
async fn linkgroup_without_the_rights_it_needs_names_them_and_links_nothing() {
    let mut h = roubaix().await;
    *h.groups.rights.lock().unwrap() = BotRights {
        administrator: true,
        can_invite: true,
        can_ban: false,
    };
    let outs = linkgroup(&mut h, "BEL").await;
    assert_eq!(ids(&outs), ["linkgroup-rights-missing"]);
    let text = h.rendered(&outs, "linkgroup-rights-missing");
    assert!(
        text.contains("Bannir") && !text.contains("Inviter"),
        "{text}"
    );
    *h.groups.rights.lock().unwrap() = BotRights::default();
    let outs = linkgroup(&mut h, "BEL").await;
    let text = h.rendered(&outs, "linkgroup-rights-missing");
    assert!(
        text.contains("administrateur") && text.contains("Inviter"),
        "{text}"
    );
    assert!(
        h.groups.links.lock().unwrap().is_empty(),
        "no invite link made"
    );
    let linked: Option<i64> =
        sqlx::query_scalar("SELECT group_chat_id FROM quartier WHERE prefix = 'BEL'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(linked, None);
}

#[tokio::test]
async fn linkgroup_makes_an_approval_link_and_again_replaces_and_revokes_it() {
    let mut h = linked().await;
    let first = scalar(
        &h,
        "SELECT group_invite_link FROM quartier WHERE prefix = 'BEL'",
    )
    .await;
    assert_eq!(first.as_deref(), Some("https://t.me/+fake1"));
    linkgroup(&mut h, "BEL").await;
    let second = scalar(
        &h,
        "SELECT group_invite_link FROM quartier WHERE prefix = 'BEL'",
    )
    .await;
    assert_eq!(second.as_deref(), Some("https://t.me/+fake2"));
    assert_eq!(*h.groups.revoked.lock().unwrap(), ["https://t.me/+fake1"]);
    // A group serves one quartier.
    let outs = linkgroup(&mut h, "NOR").await;
    assert_eq!(ids(&outs), ["linkgroup-other-quartier"]);
}

#[tokio::test]
async fn a_member_finds_the_join_button_and_her_request_is_approved() {
    let mut h = linked().await;
    let outs = h.text(&MOTHER, "/group").await;
    assert_eq!(ids(&outs), ["group-join-offer"]);
    let links = outs.iter().find_map(|o| match o {
        Out::Text {
            markup: Markup::Links(l),
            ..
        } => Some(l.clone()),
        _ => None,
    });
    let links = links.expect("a link button");
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].1, "https://t.me/+fake1");
    // The menu button does the same.
    let label = h.ctx.localizer.render(
        &agenda_mmm::domain::Locale::parse("ar").unwrap(),
        &agenda_mmm::i18n::Msg::new("menu-join-group"),
    );
    assert_eq!(ids(&h.text(&MOTHER, &label).await), ["group-join-offer"]);

    let outs = request(&mut h, &MOTHER, GROUP).await;
    assert_eq!(ids(&outs), ["group-join-approved"]);
    assert_eq!(
        support::dialogue::chats(&outs),
        [MOTHER.id],
        "told in her private chat"
    );
    assert!(h.rendered(&outs, "group-join-approved").contains("مجموعة"));
    assert_eq!(
        door(&h.outbox().await),
        [(GROUP, DoorAction::Approve(user(&MOTHER)))]
    );
    // /mydata says which group the bot let her into.
    let outs = h.text(&MOTHER, "/mydata").await;
    assert!(ids(&outs).contains(&"mydata-groups"), "{:?}", ids(&outs));
    assert!(h.rendered(&outs, "mydata-groups").contains("Belleville"));
}

#[tokio::test]
async fn a_mother_who_joins_after_the_link_finds_the_button_in_her_welcome() {
    let mut h = linked().await;
    let code = h
        .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
        .await;
    let newcomer = person(5, Some("fr"));
    let outs = h.join(&newcomer, Some(&code), "fr", None).await;
    assert!(ids(&outs).contains(&"group-join-offer"), "{:?}", ids(&outs));
}

#[tokio::test]
async fn a_stranger_is_declined_and_told_in_her_language() {
    let mut h = linked().await;
    let outs = request(&mut h, &STRANGER, GROUP).await;
    assert_eq!(ids(&outs), ["group-join-declined"]);
    assert!(h.rendered(&outs, "group-join-declined").contains("members"));
    assert_eq!(
        door(&h.outbox().await),
        [(GROUP, DoorAction::Decline(user(&STRANGER)))]
    );
    let admitted = scalar(&h, "SELECT CAST(COUNT(*) AS TEXT) FROM group_admission").await;
    assert_eq!(admitted.as_deref(), Some("0"));
}

#[tokio::test]
async fn a_member_of_another_quartier_is_declined() {
    let mut h = linked().await;
    let outs = request(&mut h, &NORD_MOTHER, GROUP).await;
    assert_eq!(ids(&outs), ["group-join-declined"]);
    assert_eq!(
        door(&h.outbox().await),
        [(GROUP, DoorAction::Decline(user(&NORD_MOTHER)))]
    );
}

async fn her_assignment(h: &Harness, telegram: i64) -> AssignmentId {
    let id: i64 = sqlx::query_scalar(
        "SELECT r.id FROM role_assignment r JOIN telegram_account a ON a.person_id = r.person_id
         WHERE a.telegram_user_id = ? AND r.ends_at IS NULL",
    )
    .bind(telegram)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    AssignmentId(id)
}

#[tokio::test]
async fn ending_her_role_takes_her_out_once_and_a_new_request_is_declined() {
    let mut h = linked().await;
    request(&mut h, &MOTHER, GROUP).await;
    h.outbox().await;
    let assignment = her_assignment(&h, MOTHER.id).await;
    let outs = h.press(&COORDINATOR, &Callback::EndRole(assignment)).await;
    assert!(
        ids(&outs).contains(&"members-role-ended"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(
        door(&h.outbox().await),
        [(GROUP, DoorAction::Remove(user(&MOTHER)))]
    );
    // The sweep finds nothing more to do, now or later.
    h.run_job(JobKind::GroupDoor, Utc::now(), chrono::Duration::hours(48))
        .await;
    assert!(door(&h.outbox().await).is_empty(), "taken out once");
    // The removal forgot whom it concerned once done.
    let kept = scalar(&h, "SELECT message FROM outbox WHERE kind = 'group_remove'").await;
    assert_eq!(kept, None);
    // Her role ended: a new request is declined.
    assert_eq!(
        ids(&request(&mut h, &MOTHER, GROUP).await),
        ["group-join-declined"]
    );
}

#[tokio::test]
async fn a_role_whose_end_date_passes_is_taken_out_by_the_sweep() {
    let mut h = linked().await;
    request(&mut h, &MOTHER, GROUP).await;
    h.outbox().await;
    let assignment = her_assignment(&h, MOTHER.id).await;
    let end = Utc::now() + chrono::Duration::days(1);
    sqlx::query("UPDATE role_assignment SET ends_at = ? WHERE id = ?")
        .bind(end)
        .bind(assignment.0)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    h.run_job(JobKind::GroupDoor, Utc::now(), chrono::Duration::hours(48))
        .await;
    assert!(door(&h.outbox().await).is_empty(), "still a member today");
    let later = end + chrono::Duration::minutes(1);
    h.run_job(JobKind::GroupDoor, later, chrono::Duration::hours(48))
        .await;
    let recorder = support::dialogue::Recorder::default();
    while deliver_due(
        &h.ctx.pool,
        &h.ctx.localizer,
        &recorder,
        &RetryPolicy::default(),
        later,
    )
    .await
    .unwrap()
        > 0
    {}
    assert_eq!(
        door(&recorder.0.into_inner().unwrap()),
        [(GROUP, DoorAction::Remove(user(&MOTHER)))]
    );
}

#[tokio::test]
async fn forget_takes_her_out_of_the_group_and_nothing_of_her_stays() {
    let mut h = linked().await;
    request(&mut h, &MOTHER, GROUP).await;
    h.outbox().await;
    h.text(&MOTHER, "/forget").await;
    let outs = h
        .press(&MOTHER, &Callback::Privacy(PrivacyButton::Forget(true)))
        .await;
    assert!(ids(&outs).contains(&"forget-done"), "{:?}", ids(&outs));
    assert_eq!(
        door(&h.outbox().await),
        [(GROUP, DoorAction::Remove(user(&MOTHER)))]
    );
    let rows = scalar(&h, "SELECT CAST(COUNT(*) AS TEXT) FROM group_admission").await;
    assert_eq!(rows.as_deref(), Some("0"));
    let marker = MOTHER.id.to_string();
    let messages: Vec<Option<String>> = sqlx::query_scalar("SELECT message FROM outbox")
        .fetch_all(&h.ctx.pool)
        .await
        .unwrap();
    assert!(
        messages
            .iter()
            .flatten()
            .all(|m| !m.contains(&format!("\"{marker}\""))),
        "her Telegram id left the outbox once she was taken out"
    );
}

#[tokio::test]
async fn a_replayed_join_request_is_decided_once() {
    let mut h = linked().await;
    let inc = h.incoming(&MOTHER, MOTHER.id, Input::JoinRequest { group: GROUP });
    assert_eq!(ids(&h.deliver(&inc).await), ["group-join-approved"]);
    assert!(
        h.deliver(&inc).await.is_empty(),
        "the replay changes nothing"
    );
    assert_eq!(door(&h.outbox().await).len(), 1);
}

#[tokio::test]
async fn a_join_request_for_a_group_the_bot_does_not_keep_does_nothing() {
    let mut h = linked().await;
    assert!(request(&mut h, &MOTHER, -100_999).await.is_empty());
    assert!(request(&mut h, &STRANGER, -100_999).await.is_empty());
    assert!(door(&h.outbox().await).is_empty());
}

#[tokio::test]
async fn a_group_upgraded_to_a_supergroup_is_followed_and_the_coordinator_told() {
    let mut h = linked().await;
    let inc = h.incoming(&COORDINATOR, GROUP, Input::Migrated { to: -100_777 });
    assert!(
        h.deliver(&inc).await.is_empty(),
        "nothing said in the group"
    );
    let chat = scalar(
        &h,
        "SELECT CAST(group_chat_id AS TEXT) FROM quartier WHERE prefix = 'BEL'",
    )
    .await;
    assert_eq!(chat.as_deref(), Some("-100777"));
    let broken = scalar(&h, "SELECT group_broken FROM quartier WHERE prefix = 'BEL'").await;
    assert_eq!(broken.as_deref(), Some("migrated"));
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, COORDINATOR.id);
    assert!(sent[0].text.contains("supergroupe"), "{}", sent[0].text);
    // /linkgroup in the supergroup mends it.
    let input = Input::Command {
        name: "linkgroup".into(),
        args: "BEL".into(),
    };
    let inc = h.incoming(&COORDINATOR, -100_777, input);
    assert_eq!(
        ids(&h.deliver(&inc).await),
        ["linkgroup-done", "linkgroup-door"]
    );
    assert_eq!(
        scalar(&h, "SELECT group_broken FROM quartier WHERE prefix = 'BEL'").await,
        None
    );
}

#[tokio::test]
async fn the_bot_removed_from_the_group_marks_the_link_broken_and_tells_the_coordinator() {
    let mut h = linked().await;
    let status = Input::BotStatus {
        present: false,
        rights: BotRights::default(),
    };
    let inc = h.incoming(&COORDINATOR, GROUP, status);
    assert!(h.deliver(&inc).await.is_empty());
    let broken = scalar(&h, "SELECT group_broken FROM quartier WHERE prefix = 'BEL'").await;
    assert_eq!(broken.as_deref(), Some("bot_removed"));
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1, "the coordinator told once");
    assert!(sent[0].text.contains("retiré"), "{}", sent[0].text);
    // The button no longer offers a link that cannot work.
    assert_eq!(ids(&h.text(&MOTHER, "/group").await), ["group-join-none"]);
    // Demoted but still there: also broken (told once per change).
    let mut h = linked().await;
    let rights = BotRights {
        administrator: false,
        can_invite: false,
        can_ban: false,
    };
    let inc = h.incoming(
        &COORDINATOR,
        GROUP,
        Input::BotStatus {
            present: true,
            rights,
        },
    );
    h.deliver(&inc).await;
    let broken = scalar(&h, "SELECT group_broken FROM quartier WHERE prefix = 'BEL'").await;
    assert_eq!(broken.as_deref(), Some("bot_demoted"));
}

/// Telegram refusing every door action for lack of rights.
struct NoRights;

impl Transport for NoRights {
    async fn send(&self, d: &Delivery) -> Outcome {
        match d.door {
            Some(_) => Outcome::Permanent(
                "Bad Request: not enough rights to restrict/unrestrict chat member".into(),
            ),
            None => Outcome::Sent,
        }
    }
}

#[tokio::test]
async fn a_removal_that_fails_is_told_to_whoever_removed_her() {
    let mut h = linked().await;
    request(&mut h, &MOTHER, GROUP).await;
    h.outbox().await;
    let assignment = her_assignment(&h, MOTHER.id).await;
    h.press(&COORDINATOR, &Callback::EndRole(assignment)).await;
    let now = Utc::now();
    while deliver_due(
        &h.ctx.pool,
        &h.ctx.localizer,
        &NoRights,
        &RetryPolicy::default(),
        now,
    )
    .await
    .unwrap()
        > 0
    {}
    let notices: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT kind, status FROM outbox WHERE kind IN ('group_remove', 'group_remove_failed') ORDER BY id",
    )
    .fetch_all(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(
        notices,
        [
            ("group_remove".to_owned(), Some("failed".to_owned())),
            ("group_remove_failed".to_owned(), Some("sent".to_owned()))
        ]
    );
    let broken = scalar(&h, "SELECT group_broken FROM quartier WHERE prefix = 'BEL'").await;
    assert_eq!(broken.as_deref(), Some("bot_demoted"));
}

#[tokio::test]
async fn local_actors_get_in_only_once_the_coordinator_says_so_in_settings() {
    let mut h = linked().await;
    let code = h
        .invite(&COORDINATOR, Role::Actor, Some("Belleville"))
        .await;
    let actor = person(6, Some("fr"));
    h.join(&actor, Some(&code), "fr", None).await;
    assert_eq!(
        ids(&request(&mut h, &actor, GROUP).await),
        ["group-join-declined"]
    );
    let outs = h.text(&COORDINATOR, "/settings").await;
    assert!(ids(&outs).contains(&"settings-group-admits"));
    let toggle = support::dialogue::button(&outs, "button-group-actors").expect("a toggle");
    h.press(&COORDINATOR, &toggle).await;
    assert_eq!(
        ids(&request(&mut h, &actor, GROUP).await),
        ["group-join-approved"]
    );
    // A mother cannot switch it by a forged button.
    let outs = h.press(&MOTHER, &toggle).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    // Switched off again: the sweep takes the actor out.
    h.press(&COORDINATOR, &toggle).await;
    h.outbox().await;
    h.run_job(JobKind::GroupDoor, Utc::now(), chrono::Duration::hours(48))
        .await;
    assert_eq!(
        door(&h.outbox().await),
        [(GROUP, DoorAction::Remove(user(&actor)))]
    );
}

#[tokio::test]
async fn in_a_group_every_command_but_linkgroup_points_to_the_private_chat() {
    let mut h = linked().await;
    let every = agenda_mmm::bot::setup::COMMANDS;
    let private = every
        .into_iter()
        .filter(|n| !agenda_mmm::bot::setup::GROUP_COMMANDS.contains(n));
    // The broadcast commands came with their own branch: named, so that they stay here.
    assert!(every.contains(&"broadcast") && every.contains(&"broadcasts"));
    for name in private {
        let input = Input::Command {
            name: name.into(),
            args: String::new(),
        };
        let inc = h.incoming(&MOTHER, GROUP, input);
        assert_eq!(
            ids(&h.deliver(&inc).await),
            ["error-private-only"],
            "/{name}"
        );
    }
}
