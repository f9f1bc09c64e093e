//! Updates that arrive together go in one transaction (`router::handle_batch`, group
//! commit): each in a savepoint of its own, so that a person's mistake or an update that
//! fails undoes only its own writes, and nothing is answered before all are committed.

use crate::support;

use agenda_mmm::bot::callback::ReportButton;
use agenda_mmm::bot::incoming::{Incoming, Input};
use agenda_mmm::bot::reply::Out;
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::bot::router;
use agenda_mmm::domain::Role;
use agenda_mmm::domain::report::Category;
use chrono::{DateTime, TimeZone, Utc};
use support::dialogue::{Harness, Person, chats, ids, person};
use support::scenario::{count, id_of, r, report_until_confirm, roubaix_with};

const AMINA: Person = person(3, Some("fr"));
const SAMIRA: Person = person(4, Some("fr"));
const LEILA: Person = person(5, Some("fr"));

/// Monday 30 November 2026, 10:00 in Paris.
fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

/// Roubaix with three mothers of Belleville; Amina and Leila have each written a report up
/// to its summary.
async fn two_reports_to_confirm() -> Harness {
    let members = [
        (&AMINA, Role::Mother, "Belleville", "fr", Some("Amina")),
        (&SAMIRA, Role::Mother, "Belleville", "fr", Some("Samira")),
        (&LEILA, Role::Mother, "Belleville", "fr", Some("Leila")),
    ];
    let mut h = roubaix_with(monday(), &members).await;
    report_until_confirm(&mut h, &AMINA, false).await;
    report_until_confirm(&mut h, &LEILA, false).await;
    h
}

fn button(h: &mut Harness, who: &Person, b: ReportButton) -> Incoming {
    let input = Input::Button {
        query_id: format!("q-{}", who.id),
        data: r(b).encode(),
    };
    h.incoming(who, who.id, input)
}

fn command(h: &mut Harness, who: &Person, name: &str, args: &str) -> Incoming {
    let input = Input::Command {
        name: name.into(),
        args: args.into(),
    };
    h.incoming(who, who.id, input)
}

async fn together(h: &Harness, updates: &[Incoming]) -> Vec<Vec<Out>> {
    router::handle_batch(&h.ctx, updates)
        .await
        .into_iter()
        .map(|(outs, _)| outs)
        .collect()
}

/// The update id stored with her chat's dialogue.
async fn last_update(h: &Harness, who: &Person) -> i64 {
    let sql = format!(
        "SELECT last_update_id FROM chat_state WHERE chat_id = {}",
        who.id
    );
    count(h, &sql).await
}

#[tokio::test]
async fn a_mistake_in_a_batch_is_told_and_undone_alone_and_the_others_are_committed() {
    let mut h = two_reports_to_confirm().await;
    let before = count(&h, "SELECT COUNT(*) FROM report").await;
    let updates = [
        button(&mut h, &AMINA, ReportButton::Confirm),
        // A mother may not create a quartier: a mistake, told to her.
        command(&mut h, &SAMIRA, "newquartier", "XYZ Ailleurs"),
        button(&mut h, &LEILA, ReportButton::Confirm),
    ];
    let answers = together(&h, &updates).await;
    assert_eq!(answers.len(), 3);
    assert_eq!(ids(&answers[0])[0], "report-saved");
    assert_eq!(ids(&answers[2])[0], "report-saved");
    assert!(
        ids(&answers[1]).iter().any(|id| id.starts_with("error-")),
        "{:?}",
        ids(&answers[1])
    );
    assert_eq!(chats(&answers[1]), [SAMIRA.id]);
    assert_eq!(count(&h, "SELECT COUNT(*) FROM report").await, before + 2);
    assert_eq!(count(&h, "SELECT COUNT(*) FROM quartier").await, 2);
    // Each update's id is stored with her dialogue, the mistaken one's too.
    for (who, update) in [
        (&AMINA, &updates[0]),
        (&SAMIRA, &updates[1]),
        (&LEILA, &updates[2]),
    ] {
        assert_eq!(last_update(&h, who).await, update.update_id);
    }
}

#[tokio::test]
async fn an_update_that_fails_in_a_batch_is_undone_alone_and_answered_with_an_apology() {
    let mut h = two_reports_to_confirm().await;
    let leila = id_of(&h, &LEILA).await;
    let trigger = format!(
        "CREATE TRIGGER fail_leila BEFORE INSERT ON report WHEN NEW.reporter_id = {}
         BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
        leila.0
    );
    sqlx::query(&trigger).execute(&h.ctx.pool).await.unwrap();
    let before = count(&h, "SELECT COUNT(*) FROM report").await;
    let leila_before = last_update(&h, &LEILA).await;
    let updates = [
        button(&mut h, &AMINA, ReportButton::Confirm),
        button(&mut h, &LEILA, ReportButton::Confirm),
        command(&mut h, &SAMIRA, "help", ""),
    ];
    let answers = together(&h, &updates).await;
    assert_eq!(ids(&answers[0])[0], "report-saved");
    assert_eq!(ids(&answers[1]), ["error-generic"]);
    assert!(!ids(&answers[2]).is_empty() && !ids(&answers[2]).contains(&"error-generic"));
    assert_eq!(count(&h, "SELECT COUNT(*) FROM report").await, before + 1);
    // Nothing of Leila's update stayed: a replay of it would be handled again.
    assert_eq!(last_update(&h, &LEILA).await, leila_before);
    assert_eq!(last_update(&h, &SAMIRA).await, updates[2].update_id);
    // Once the trouble is gone, her summary is still there to confirm.
    sqlx::query("DROP TRIGGER fail_leila")
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let again = button(&mut h, &LEILA, ReportButton::Confirm);
    let answers = together(&h, &[again]).await;
    assert_eq!(ids(&answers[0])[0], "report-saved");
}

#[tokio::test]
async fn when_the_bookkeeping_of_one_update_fails_the_whole_batch_is_rolled_back_and_each_told() {
    let mut h = two_reports_to_confirm().await;
    let trigger = format!(
        "CREATE TRIGGER fail_save BEFORE UPDATE ON chat_state WHEN NEW.chat_id = {}
         BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
        LEILA.id
    );
    sqlx::query(&trigger).execute(&h.ctx.pool).await.unwrap();
    let before = count(&h, "SELECT COUNT(*) FROM report").await;
    let updates = [
        button(&mut h, &AMINA, ReportButton::Confirm),
        button(&mut h, &LEILA, ReportButton::Confirm),
    ];
    let answers = together(&h, &updates).await;
    // Nothing was committed, so nothing that would say otherwise is sent.
    for outs in &answers {
        assert!(ids(outs).contains(&"error-generic"), "{:?}", ids(outs));
        assert!(!ids(outs).contains(&"report-saved"));
    }
    assert_eq!(count(&h, "SELECT COUNT(*) FROM report").await, before);
}

#[tokio::test]
async fn two_updates_of_one_chat_in_a_batch_follow_each_other_and_a_replay_in_it_is_skipped() {
    let members = [(&AMINA, Role::Mother, "Belleville", "fr", Some("Amina"))];
    let mut h = roubaix_with(monday(), &members).await;
    let start = command(&mut h, &AMINA, "report", "");
    let category = button(&mut h, &AMINA, ReportButton::Category(Category::Incivility));
    let when = button(&mut h, &AMINA, ReportButton::When(WhenChoice::Now));
    let updates = [start.clone(), category, start, when];
    let answers = together(&h, &updates).await;
    // Each step found the dialogue where the one before left it.
    assert!(
        ids(&answers[1])
            .iter()
            .any(|id| id.starts_with("report-ask-when")),
        "{:?}",
        ids(&answers[1])
    );
    // The replay of `/report` sent nothing and did not restart the dialogue.
    assert!(chats(&answers[2]).is_empty(), "{:?}", ids(&answers[2]));
    assert!(
        ids(&answers[3])
            .iter()
            .any(|id| id.starts_with("report-ask-place")),
        "{:?}",
        ids(&answers[3])
    );
    assert_eq!(last_update(&h, &AMINA).await, updates[3].update_id);
}
