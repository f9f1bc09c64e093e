//! Solutions and actions through the dialogue harness: proposing (from a report and on
//! its own), supporting twice = once, deciding with the proposer told, making an action,
//! each update button, "you said, we did", reminders once, "did it get calmer?" asked once
//! per person at the right slot, results from 3 answers, forged buttons and bad inputs.

use crate::support;

use agenda_mmm::bot::callback::{Callback, SolutionButton};
use agenda_mmm::domain::calmer::Calmer;
use agenda_mmm::domain::report::{Audience, Category, Cell, TimeSlot, When};
use agenda_mmm::domain::solutions::SolutionStatus;
use agenda_mmm::domain::{ActionId, PersonId, ReportId, Role, Scope, SolutionId, TelegramUserId};
use agenda_mmm::scheduler::{JobContext, tick};
use agenda_mmm::services::actions::{self, Carrier, Plan};
use agenda_mmm::store::{persons, reports};
use chrono::{DateTime, Duration, TimeZone, Utc, Weekday};
use support::dialogue::{Harness, Person, buttons, ids, person};

const ADMIN: Person = person(1, Some("fr"));
const COORDINATOR: Person = person(2, Some("fr"));
const AMINA: Person = person(3, Some("ar"));
const LUCIE: Person = person(4, Some("fr"));
const AYSE: Person = person(5, Some("tr"));
const ACTOR: Person = person(6, Some("fr"));
const NORD: Person = person(7, Some("fr"));

fn s(b: SolutionButton) -> Callback {
    Callback::Solution(b)
}

/// Tuesday 1 December 2026, 10:00 UTC.
fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()
}

/// Tuesdays at school exit, where the trouble is.
fn cell() -> Cell {
    Cell {
        weekdays: 1 << Weekday::Tue.num_days_from_monday(),
        slot: TimeSlot::SchoolExit,
    }
}

/// Roubaix with BEL (mothers in ar, fr, tr; a local actor) and NOR (a mother), on a
/// clock stopped at `start()`.
async fn roubaix() -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.ctx.clock.set(start());
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
    h.join(&AMINA, Some(&bel), "ar", Some("Amina")).await;
    h.join(&LUCIE, Some(&bel), "fr", Some("Lucie")).await;
    h.join(&AYSE, Some(&bel), "tr", Some("Ayse")).await;
    let actor = h
        .invite(&COORDINATOR, Role::Actor, Some("Belleville"))
        .await;
    h.join(&ACTOR, Some(&actor), "fr", Some("Marc")).await;
    let nord = h.invite(&COORDINATOR, Role::Mother, Some("Nord")).await;
    h.join(&NORD, Some(&nord), "fr", None).await;
    h.outbox().await;
    h
}

async fn id_of(h: &Harness, who: &Person) -> PersonId {
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    persons::by_telegram(&mut conn, TelegramUserId(who.id))
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn scalar(h: &Harness, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

/// A report of `who` in BEL, on Tuesdays at school exit.
async fn report_of(h: &Harness, who: &Person) -> ReportId {
    let reporter = id_of(h, who).await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let quartier: i64 = sqlx::query_scalar("SELECT id FROM quartier WHERE prefix = 'BEL'")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    let new = reports::NewReport {
        quartier: agenda_mmm::domain::QuartierId(quartier),
        prefix: "BEL",
        reporter,
        anonymous: false,
        category: Category::Other,
        when: &When::Regularly {
            weekdays: cell().weekdays,
            slot: cell().slot,
        },
        cell: cell(),
        place: None,
        text: Some("Des scooters devant l'école"),
        voice: None,
        photos: &[],
        audience: Audience::CoordinatorOnly,
    };
    reports::create(&mut conn, &new, start()).await.unwrap().0
}

/// Amina proposes from her report; the coordinator accepts it.
async fn accepted_solution(h: &mut Harness) -> (SolutionId, ReportId) {
    let report = report_of(h, &AMINA).await;
    let outs = h.text(&AMINA, "/myreports").await;
    assert!(
        ids(&outs).contains(&"solutions-what-would-help"),
        "{:?}",
        ids(&outs)
    );
    let from_report = s(SolutionButton::ProposeFor(report));
    assert!(
        buttons(&outs)
            .iter()
            .any(|(label, cb)| *cb == from_report && label.starts_with("💡 BEL-"))
    );
    let outs = h
        .press(&AMINA, &s(SolutionButton::ProposeFor(report)))
        .await;
    assert_eq!(ids(&outs), ["solutions-ask-text-report"]);
    let outs = h.text(&AMINA, "Un adulte à la sortie de l'école").await;
    assert_eq!(ids(&outs), ["solutions-proposed"]);
    let id = SolutionId(scalar(h, "SELECT MAX(id) FROM solution").await);
    let outs = h
        .press(
            &COORDINATOR,
            &s(SolutionButton::Decide(id, SolutionStatus::Accepted)),
        )
        .await;
    assert_eq!(ids(&outs), ["solutions-decided"]);
    (id, report)
}

#[tokio::test]
async fn a_proposal_shows_the_proposers_role_never_her_name_and_counts_mothers_apart() {
    let mut h = roubaix().await;
    accepted_solution(&mut h).await;
    // The local actor proposes one on his own.
    let bel = scalar(&h, "SELECT id FROM quartier WHERE prefix = 'BEL'").await;
    let q = agenda_mmm::domain::QuartierId(bel);
    h.press(&ACTOR, &s(SolutionButton::Propose(q))).await;
    h.text(&ACTOR, "Un éclairage devant le parc").await;
    let outs = h.text(&ACTOR, "/solutions").await;
    let header = h.rendered(&outs, "solutions-header");
    assert!(
        header.contains("mères : 1") && header.contains("partenaires : 1"),
        "{header}"
    );
    let all: String = outs.iter().map(|o| h.render(o)).collect();
    assert!(all.contains("Proposée par : mère"), "{all}");
    assert!(!all.contains("Amina") && !all.contains("Marc"), "{all}");
    // The proposer was told, in Arabic.
    let sent = h.outbox().await;
    let told = sent.iter().find(|d| d.chat_id == AMINA.id).expect("told");
    assert!(told.text.contains("مختار"), "{}", told.text);
}

#[tokio::test]
async fn supporting_twice_counts_once_and_a_forged_support_elsewhere_changes_nothing() {
    let mut h = roubaix().await;
    let (id, _) = accepted_solution(&mut h).await;
    let outs = h.press(&LUCIE, &s(SolutionButton::Support(id))).await;
    assert_eq!(ids(&outs), ["solutions-supported"]);
    let outs = h.press(&LUCIE, &s(SolutionButton::Support(id))).await;
    assert_eq!(ids(&outs), ["solutions-already-supported"]);
    // A mother of another quartier: refused, nothing counted.
    let outs = h.press(&NORD, &s(SolutionButton::Support(id))).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(scalar(&h, "SELECT supporters FROM solution").await, 1);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM solution_support").await, 1);
}

#[tokio::test]
async fn only_a_coordinator_or_facilitator_decides_and_a_decision_is_taken_once() {
    let mut h = roubaix().await;
    let (id, _) = accepted_solution(&mut h).await;
    for who in [&LUCIE, &ACTOR, &NORD] {
        let outs = h
            .press(
                who,
                &s(SolutionButton::Decide(id, SolutionStatus::SetAside)),
            )
            .await;
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
    }
    // Already accepted: setting it aside now is an old button.
    let outs = h
        .press(
            &COORDINATOR,
            &s(SolutionButton::Decide(id, SolutionStatus::SetAside)),
        )
        .await;
    assert!(
        ids(&outs).contains(&"error-stale-button"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(
        sqlx::query_scalar::<_, String>("SELECT status FROM solution")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap(),
        "accepted"
    );
    // Forged data that does not parse is refused by the codec.
    let outs = h.press_raw(&COORDINATOR, "s:d1:0").await;
    assert!(!ids(&outs).contains(&"solutions-decided"));
}

#[tokio::test]
async fn bad_proposals_are_answered_and_change_nothing() {
    let mut h = roubaix().await;
    let bel = agenda_mmm::domain::QuartierId(
        scalar(&h, "SELECT id FROM quartier WHERE prefix = 'BEL'").await,
    );
    h.press(&LUCIE, &s(SolutionButton::Propose(bel))).await;
    let outs = h.text(&LUCIE, "   ").await;
    assert!(ids(&outs).contains(&"error-empty-text"), "{:?}", ids(&outs));
    let outs = h.text(&LUCIE, &"x".repeat(4100)).await;
    assert!(
        ids(&outs).contains(&"error-text-too-long"),
        "{:?}",
        ids(&outs)
    );
    let outs = h
        .attach(&LUCIE, agenda_mmm::bot::incoming::Attachment::Sticker)
        .await;
    assert!(
        ids(&outs).contains(&"error-expected-text"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM solution").await, 0);
    // Still waiting for her text: HTML and SQL are kept as words.
    let outs = h.text(&LUCIE, "<b>x</b> '; DROP TABLE solution; --").await;
    assert_eq!(ids(&outs), ["solutions-proposed"]);
    // Someone else's report, or a quartier she is not in: refused.
    let report = report_of(&h, &AMINA).await;
    let outs = h
        .press(&LUCIE, &s(SolutionButton::ProposeFor(report)))
        .await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    let nor = agenda_mmm::domain::QuartierId(
        scalar(&h, "SELECT id FROM quartier WHERE prefix = 'NOR'").await,
    );
    let outs = h.press(&LUCIE, &s(SolutionButton::Propose(nor))).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM solution").await, 1);
}

/// The coordinator makes the accepted solution an action carried by the local actor,
/// due in ten days; returns its id.
async fn action_for_actor(h: &mut Harness) -> (ActionId, ReportId) {
    let (id, report) = accepted_solution(h).await;
    let outs = h
        .press(&COORDINATOR, &s(SolutionButton::MakeAction(id)))
        .await;
    assert_eq!(ids(&outs), ["actions-ask-what"]);
    let outs = h
        .text(&COORDINATOR, "Un adulte devant l'école le mardi")
        .await;
    assert_eq!(ids(&outs), ["actions-ask-carrier"]);
    let actor = id_of(h, &ACTOR).await;
    let choose = s(SolutionButton::Carrier(actor));
    assert!(buttons(&outs).iter().any(|(_, cb)| *cb == choose));
    let outs = h.press(&COORDINATOR, &choose).await;
    assert_eq!(ids(&outs), ["actions-ask-due"]);
    for bad in ["demain", "31/13/2026", "01/01/2020"] {
        let outs = h.text(&COORDINATOR, bad).await;
        assert!(
            ids(&outs).contains(&"actions-error-date")
                || ids(&outs).contains(&"actions-error-date-past"),
            "{bad}: {:?}",
            ids(&outs)
        );
    }
    assert_eq!(scalar(h, "SELECT COUNT(*) FROM action").await, 0);
    let outs = h.text(&COORDINATOR, "11/12/2026").await;
    assert_eq!(ids(&outs), ["actions-created"]);
    (
        ActionId(scalar(h, "SELECT MAX(id) FROM action").await),
        report,
    )
}

#[tokio::test]
async fn the_carrier_gets_the_action_with_its_buttons_and_updates_it() {
    let mut h = roubaix().await;
    let (id, _) = action_for_actor(&mut h).await;
    let sent = h.outbox().await;
    let card = sent.iter().find(|d| d.chat_id == ACTOR.id).expect("card");
    assert!(card.text.contains("11/12/2026"), "{}", card.text);
    assert_eq!(card.buttons.len(), 4, "{:?}", card.buttons);
    // Someone else's action: refused.
    let outs = h.press(&LUCIE, &s(SolutionButton::Started(id))).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    let outs = h.press(&ACTOR, &s(SolutionButton::Started(id))).await;
    assert_eq!(ids(&outs), ["actions-updated"]);
    let outs = h.press(&ACTOR, &s(SolutionButton::Started(id))).await;
    assert!(
        ids(&outs).contains(&"error-stale-button"),
        "{:?}",
        ids(&outs)
    );
    let outs = h.press(&ACTOR, &s(SolutionButton::Blocked(id))).await;
    assert_eq!(ids(&outs), ["actions-ask-blocked-why"]);
    let outs = h.text(&ACTOR, "").await;
    assert!(ids(&outs).contains(&"error-empty-text"), "{:?}", ids(&outs));
    let outs = h.text(&ACTOR, "Il manque une personne").await;
    assert_eq!(ids(&outs), ["actions-updated"]);
    let outs = h.press(&ACTOR, &s(SolutionButton::NewDate(id))).await;
    assert_eq!(ids(&outs), ["actions-ask-date"]);
    let outs = h.text(&ACTOR, "hier").await;
    assert_eq!(ids(&outs), ["actions-error-date"]);
    let outs = h.text(&ACTOR, "18/12/2026").await;
    assert_eq!(ids(&outs), ["actions-updated"]);
    let status: String = sqlx::query_scalar("SELECT status FROM action")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(status, "blocked");
    let outs = h.text(&ACTOR, "/actions").await;
    let all: String = outs.iter().map(|o| h.render(o)).collect();
    assert!(
        all.contains("18/12/2026") && all.contains("Il manque une personne"),
        "{all}"
    );
}

#[tokio::test]
async fn done_tells_every_reporter_you_said_we_did_and_resolves_the_reports() {
    let mut h = roubaix().await;
    let (id, report) = action_for_actor(&mut h).await;
    h.outbox().await;
    h.press(&ACTOR, &s(SolutionButton::Done(id))).await;
    let outs = h.text(&ACTOR, "Une médiatrice est là chaque mardi").await;
    assert_eq!(ids(&outs), ["actions-updated"]);
    let sent = h.outbox().await;
    let amina = sent.iter().find(|d| d.chat_id == AMINA.id).expect("told");
    assert!(amina.text.contains("قلتنّ، ففعلنا"), "{}", amina.text);
    assert!(amina.text.contains("BEL-0001") && amina.text.contains("médiatrice"));
    let status: String = sqlx::query_scalar("SELECT status FROM report WHERE id = ?")
        .bind(report.0)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(status, "resolved");
    let trail = scalar(
        &h,
        "SELECT COUNT(*) FROM report_event WHERE to_status = 'resolved' AND note LIKE 'action %'",
    )
    .await;
    assert_eq!(trail, 1);
    // A done action has no more buttons; pressing an old one changes nothing.
    let outs = h.press(&ACTOR, &s(SolutionButton::Done(id))).await;
    assert!(
        ids(&outs).contains(&"error-stale-button"),
        "{:?}",
        ids(&outs)
    );
}

#[tokio::test]
async fn a_discreet_reporter_only_hears_there_is_news() {
    let mut h = roubaix().await;
    sqlx::query("UPDATE person SET discreet = 1 WHERE id = ?")
        .bind(id_of(&h, &AMINA).await.0)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let (id, _) = action_for_actor(&mut h).await;
    h.outbox().await;
    h.press(&ACTOR, &s(SolutionButton::Done(id))).await;
    h.text(&ACTOR, "Une médiatrice est là chaque mardi").await;
    let sent = h.outbox().await;
    let amina = sent.iter().find(|d| d.chat_id == AMINA.id).expect("told");
    assert!(amina.text.contains("/myreports"), "{}", amina.text);
    assert!(!amina.text.contains("médiatrice") && !amina.text.contains("BEL-0001"));
}

/// "Did it get calmer?" to a mother in discreet mode: the question and its three buttons,
/// without a word of what was done.
#[tokio::test]
async fn a_discreet_mother_is_asked_if_it_got_calmer_without_what_was_done() {
    let mut h = roubaix().await;
    sqlx::query("UPDATE person SET discreet = 1 WHERE id = ?")
        .bind(id_of(&h, &LUCIE).await.0)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    done_on_the_first(&mut h).await;
    let due: DateTime<Utc> = sqlx::query_scalar(
        "SELECT due_at FROM job WHERE kind = 'calmer_round' ORDER BY due_at LIMIT 1",
    )
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    h.outbox().await;
    tick(&jobs(&h), due).await.unwrap();
    h.ctx.clock.set(due);
    let sent = h.outbox().await;
    let lucie = sent.iter().find(|d| d.chat_id == LUCIE.id).expect("asked");
    assert_eq!(lucie.buttons.len(), 3, "{:?}", lucie.buttons);
    assert!(!lucie.text.contains("Un adulte"), "{}", lucie.text);
    let amina = sent.iter().find(|d| d.chat_id == AMINA.id).expect("asked");
    assert!(amina.text.contains("Un adulte"), "{}", amina.text);
}

fn jobs(h: &Harness) -> JobContext {
    JobContext::with_defaults(h.ctx.pool.clone())
}

#[tokio::test]
async fn reminders_before_and_after_the_due_date_are_sent_once_each_across_a_restart() {
    let mut h = roubaix().await;
    action_for_actor(&mut h).await;
    h.outbox().await;
    // Due 11 December, 18:00 Paris: reminded on the 9th, and on the 12th.
    let before = Utc.with_ymd_and_hms(2026, 12, 9, 17, 0, 0).unwrap();
    let after = Utc.with_ymd_and_hms(2026, 12, 12, 17, 0, 0).unwrap();
    tick(&jobs(&h), before).await.unwrap();
    tick(&jobs(&h), before).await.unwrap();
    let h = h.restart(&[ADMIN.id]).await;
    tick(&jobs(&h), after).await.unwrap();
    tick(&jobs(&h), after + Duration::days(3)).await.unwrap();
    let rows = scalar(
        &h,
        "SELECT COUNT(*) FROM outbox WHERE kind = 'action_reminder'",
    )
    .await;
    assert_eq!(rows, 2);
    let overdue = scalar(
        &h,
        "SELECT COUNT(*) FROM outbox WHERE kind = 'action_reminder' AND message LIKE '%overdue%'",
    )
    .await;
    assert_eq!(overdue, 1);
}

#[tokio::test]
async fn a_new_date_brings_new_reminders_and_a_done_action_none() {
    let mut h = roubaix().await;
    let (id, _) = action_for_actor(&mut h).await;
    h.press(&ACTOR, &s(SolutionButton::NewDate(id))).await;
    h.text(&ACTOR, "31/12/2026").await;
    // The old date's reminders find another date: nothing sent.
    tick(
        &jobs(&h),
        Utc.with_ymd_and_hms(2026, 12, 12, 17, 0, 0).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'action_reminder'"
        )
        .await,
        0
    );
    h.press(&ACTOR, &s(SolutionButton::Done(id))).await;
    h.text(&ACTOR, "Fait").await;
    tick(
        &jobs(&h),
        Utc.with_ymd_and_hms(2027, 1, 2, 17, 0, 0).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'action_reminder'"
        )
        .await,
        0
    );
}

/// The questions of round 1, due on a Tuesday at 16:00 Paris, two weeks after done.
async fn done_on_the_first(h: &mut Harness) -> ActionId {
    report_of(h, &LUCIE).await;
    report_of(h, &AYSE).await;
    let (id, _) = action_for_actor(h).await;
    h.press(&ACTOR, &s(SolutionButton::Done(id))).await;
    h.text(&ACTOR, "Une médiatrice est là chaque mardi").await;
    h.outbox().await;
    id
}

#[tokio::test]
async fn did_it_get_calmer_is_asked_at_the_cells_weekday_and_slot_once_per_person() {
    let mut h = roubaix().await;
    let id = done_on_the_first(&mut h).await;
    let due: DateTime<Utc> = sqlx::query_scalar(
        "SELECT due_at FROM job WHERE kind = 'calmer_round' ORDER BY due_at LIMIT 1",
    )
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    // Done Tuesday 1 December: two weeks later is Tuesday 15 December, 16:00 in Paris.
    assert_eq!(due, Utc.with_ymd_and_hms(2026, 12, 15, 15, 0, 0).unwrap());
    tick(&jobs(&h), due - Duration::minutes(1)).await.unwrap();
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM calmer_question").await, 0);
    tick(&jobs(&h), due).await.unwrap();
    tick(&jobs(&h), due + Duration::minutes(1)).await.unwrap();
    // The three mothers who reported in that cell, once each.
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM calmer_question").await, 3);
    h.ctx.clock.set(due);
    let sent = h.outbox().await;
    let asked: Vec<i64> = sent.iter().map(|d| d.chat_id).collect();
    for who in [&AMINA, &LUCIE, &AYSE] {
        assert!(asked.contains(&who.id), "{asked:?}");
        let q = sent.iter().find(|d| d.chat_id == who.id).unwrap();
        assert_eq!(q.buttons.len(), 3, "{:?}", q.buttons);
    }
    assert!(!asked.contains(&NORD.id));
    // Answers: once each; fewer than 3 show nothing yet.
    let questions: Vec<i64> = sqlx::query_scalar("SELECT id FROM calmer_question ORDER BY id")
        .fetch_all(&h.ctx.pool)
        .await
        .unwrap();
    let who = [&AMINA, &LUCIE, &AYSE];
    for (i, q) in questions.iter().enumerate().take(2) {
        let press = s(SolutionButton::Calmer(
            agenda_mmm::domain::CalmerQuestionId(*q),
            Calmer::Better,
        ));
        assert_eq!(ids(&h.press(who[i], &press).await), ["calmer-thanks"]);
        let again = h.press(who[i], &press).await;
        assert!(ids(&again).contains(&"calmer-already-answered"));
    }
    let outs = h.text(&ACTOR, "/actions").await;
    assert!(
        ids(&outs).contains(&"calmer-results-none"),
        "{:?}",
        ids(&outs)
    );
    // Someone else's question: refused, nothing counted.
    let forged = s(SolutionButton::Calmer(
        agenda_mmm::domain::CalmerQuestionId(questions[2]),
        Calmer::Worse,
    ));
    let outs = h.press(&LUCIE, &forged).await;
    assert!(ids(&outs).contains(&"calmer-already-answered"));
    let last = s(SolutionButton::Calmer(
        agenda_mmm::domain::CalmerQuestionId(questions[2]),
        Calmer::Better,
    ));
    h.press(&AYSE, &last).await;
    let outs = h.text(&ACTOR, "/actions").await;
    let results = h.rendered(&outs, "calmer-results");
    assert!(results.contains("Mieux : 3"), "{results}");
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let tally = agenda_mmm::services::calmer::results_of_action(&mut conn, id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((tally.better, tally.same, tally.worse), (3, 0, 0));
}

#[tokio::test]
async fn a_round_the_bot_missed_waits_for_the_next_occurrence_of_its_slot() {
    let mut h = roubaix().await;
    done_on_the_first(&mut h).await;
    // The bot was down on Tuesday 15 December: it comes back on Wednesday morning.
    let wednesday = Utc.with_ymd_and_hms(2026, 12, 16, 9, 0, 0).unwrap();
    tick(&jobs(&h), wednesday).await.unwrap();
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM calmer_question").await, 0);
    let next = Utc.with_ymd_and_hms(2026, 12, 22, 15, 0, 0).unwrap();
    tick(&jobs(&h), next).await.unwrap();
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM calmer_question").await, 3);
}

#[tokio::test]
async fn a_meeting_decision_becomes_one_action_in_one_call_even_twice() {
    let h = roubaix().await;
    let report = report_of(&h, &AMINA).await;
    let coordinator = id_of(&h, &COORDINATOR).await;
    let actor = id_of(&h, &ACTOR).await;
    let amina = id_of(&h, &AMINA).await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    // Decisions 42 and 43 of a meeting (`action.meeting_decision_id` is a foreign key).
    for sql in [
        "INSERT INTO meeting (id, city_id, kind, title, starts_at, duration_minutes, audience, created_at)
         VALUES (1, 1, 'concertation', 'Sortie', ?1, 90, '{}', ?1)",
        "INSERT INTO meeting_decision (id, meeting_id, text, created_at)
         VALUES (42, 1, 'Un adulte', ?1), (43, 1, 'Un autre', ?1)",
    ] {
        sqlx::query(sql)
            .bind(start())
            .execute(&mut *conn)
            .await
            .unwrap();
    }
    let principal =
        agenda_mmm::services::people::principal(&mut conn, Some(coordinator), false, start())
            .await
            .unwrap();
    let city = agenda_mmm::domain::CityId(1);
    let bel = agenda_mmm::domain::QuartierId(1);
    let plan = || Plan {
        scope: Scope::Quartier(city, bel),
        what: "Décision : un adulte à la sortie".into(),
        carrier: Carrier::Person(actor),
        due_at: start() + Duration::days(10),
        solution: None,
        decision: Some(agenda_mmm::domain::DecisionId(42)),
        reports: vec![report],
    };
    let first = actions::create(&mut conn, &principal, coordinator, plan(), start())
        .await
        .unwrap();
    let again = actions::create(&mut conn, &principal, coordinator, plan(), start())
        .await
        .unwrap();
    assert_eq!(first, again);
    drop(conn);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM action").await, 1);
    assert_eq!(
        scalar(&h, "SELECT meeting_decision_id FROM action").await,
        42
    );
    // A mother may not carry an action.
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let refused = actions::create(
        &mut conn,
        &principal,
        coordinator,
        Plan {
            carrier: Carrier::Person(amina),
            decision: Some(agenda_mmm::domain::DecisionId(43)),
            ..plan()
        },
        start(),
    )
    .await;
    assert!(refused.is_err());
}

#[tokio::test]
async fn the_coordinator_sees_the_health_of_her_city_and_a_mother_has_no_actions() {
    let mut h = roubaix().await;
    report_of(&h, &LUCIE).await;
    action_for_actor(&mut h).await;
    h.ctx
        .clock
        .set(Utc.with_ymd_and_hms(2026, 12, 14, 10, 0, 0).unwrap());
    let outs = h.text(&COORDINATOR, "/actions").await;
    let health = h.rendered(&outs, "health-view");
    assert!(health.contains("Roubaix"), "{health}");
    assert!(health.contains("dont en retard : 1"), "{health}");
    assert!(
        health.contains("Signalements pas encore lus : 2"),
        "{health}"
    );
    assert!(
        ids(&outs).contains(&"actions-line-overdue"),
        "{:?}",
        ids(&outs)
    );
    let outs = h.text(&LUCIE, "/actions").await;
    assert_eq!(ids(&outs), ["actions-none"]);
}

#[tokio::test]
async fn forget_takes_her_proposals_words_and_supports_and_keeps_the_counts() {
    let mut h = roubaix().await;
    let (id, _) = accepted_solution(&mut h).await;
    h.press(&LUCIE, &s(SolutionButton::Support(id))).await;
    let amina = id_of(&h, &AMINA).await;
    let lucie = id_of(&h, &LUCIE).await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let mine = agenda_mmm::store::personal_data::export(&mut conn, amina)
        .await
        .unwrap();
    assert_eq!(
        mine["solution"][0]["text"],
        "Un adulte à la sortie de l'école"
    );
    for who in [amina, lucie] {
        agenda_mmm::store::personal_data::erase(&mut conn, who, start())
            .await
            .unwrap();
    }
    drop(conn);
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM solution WHERE text IS NULL").await,
        1
    );
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM solution_support").await, 0);
    assert_eq!(scalar(&h, "SELECT supporters FROM solution").await, 1);
    let outs = h.text(&ACTOR, "/solutions").await;
    let header = h.rendered(&outs, "solutions-header");
    assert!(header.contains("mères : 1"), "{header}");
    assert!(
        ids(&outs).contains(&"solutions-entry-erased"),
        "{:?}",
        ids(&outs)
    );
}

#[tokio::test]
async fn a_forged_carrier_is_refused_and_she_chooses_again() {
    let mut h = roubaix().await;
    let (id, _) = accepted_solution(&mut h).await;
    h.press(&COORDINATOR, &s(SolutionButton::MakeAction(id)))
        .await;
    h.text(&COORDINATOR, "Un adulte devant l'école").await;
    let amina = id_of(&h, &AMINA).await;
    let outs = h
        .press(&COORDINATOR, &s(SolutionButton::Carrier(amina)))
        .await;
    assert!(
        ids(&outs).contains(&"actions-error-carrier"),
        "{:?}",
        ids(&outs)
    );
    // A mother cannot make an action at all.
    let outs = h.press(&LUCIE, &s(SolutionButton::MakeAction(id))).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    let actor = id_of(&h, &ACTOR).await;
    let outs = h
        .press(&COORDINATOR, &s(SolutionButton::Carrier(actor)))
        .await;
    assert_eq!(ids(&outs), ["actions-ask-due"]);
    // An organisation named in words, at the same step of another action, works too.
    h.text(&COORDINATOR, "/cancel").await;
    h.press(&COORDINATOR, &s(SolutionButton::MakeAction(id)))
        .await;
    h.text(&COORDINATOR, "Réparer l'éclairage").await;
    let outs = h.text(&COORDINATOR, "Le bailleur <b>Vilogia</b>").await;
    assert_eq!(ids(&outs), ["actions-ask-due"]);
    let outs = h.text(&COORDINATOR, "20/12/2026").await;
    assert_eq!(ids(&outs), ["actions-created"]);
    let org: String = sqlx::query_scalar("SELECT carrier_org FROM action")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(org, "Le bailleur <b>Vilogia</b>");
}
