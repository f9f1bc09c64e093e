//! Meetings and actions joined, through the dialogue harness: a decision recorded after a
//! meeting becomes an action with *📌 Make it an action* (carrier, date, its reports
//! linked), once; "you said, we did" reaches the reporter; forged buttons change nothing;
//! the health view counts the meetings that ended without minutes.

use crate::support;

use agenda_mmm::bot::callback::{Callback, MeetingButton, SolutionButton};
use agenda_mmm::domain::meeting::MeetingKind;
use agenda_mmm::domain::report::{Audience, Category, Cell, TimeSlot, When};
use agenda_mmm::domain::{DecisionId, MeetingId, QuartierId, ReportId, Role};
use agenda_mmm::store::reports;
use chrono::{DateTime, TimeZone, Utc};
use support::dialogue::{Harness, Person, buttons, ids, person};
use support::scenario::{COORDINATOR, count as scalar, id_of, roubaix_with};

const AMINA: Person = person(3, Some("ar"));
const ACTOR: Person = person(4, Some("fr"));
const RELAY: Person = person(5, Some("fr"));
const NORD: Person = person(6, Some("fr"));
const FACILITATOR_NORD: Person = person(7, Some("fr"));

fn m(button: MeetingButton) -> Callback {
    Callback::Meeting(button)
}

fn s(button: SolutionButton) -> Callback {
    Callback::Solution(button)
}

/// Monday 30 November 2026, 10:00 in Paris.
fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

/// Tuesday 8 December 2026, 21:00 in Paris: the meeting of 18:30 (90 minutes) is over.
fn after() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 8, 20, 0, 0).unwrap()
}

/// Roubaix with BEL (a mother in ar, a local actor, a relay) and NOR (a mother and a
/// facilitator).
async fn roubaix() -> Harness {
    let members = [
        (&AMINA, Role::Mother, "Belleville", "ar", Some("Amina")),
        (&ACTOR, Role::Actor, "Belleville", "fr", Some("Marc")),
        (&RELAY, Role::Relay, "Belleville", "fr", Some("Rania")),
        (&NORD, Role::Mother, "Nord", "fr", None),
        (&FACILITATOR_NORD, Role::Facilitator, "Nord", "fr", None),
    ];
    roubaix_with(monday(), &members).await
}

/// Amina's report in BEL (BEL-0001).
async fn amina_reports(h: &Harness) -> ReportId {
    let reporter = id_of(h, &AMINA).await;
    let quartier = QuartierId(scalar(h, "SELECT id FROM quartier WHERE prefix = 'BEL'").await);
    let cell = Cell {
        weekdays: 2,
        slot: TimeSlot::SchoolExit,
    };
    let new = reports::NewReport {
        quartier,
        prefix: "BEL",
        reporter,
        anonymous: false,
        category: Category::Other,
        when: &When::Regularly {
            weekdays: cell.weekdays,
            slot: cell.slot,
        },
        cell,
        place: None,
        text: Some("Des scooters devant l'école"),
        voice: None,
        photos: &[],
        audience: Audience::CoordinatorOnly,
    };
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    reports::create(&mut conn, &new, monday()).await.unwrap().0
}

/// The relay organises a concertation for Belleville on Tuesday 8 December at 18:30.
async fn organise(h: &mut Harness) -> MeetingId {
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Concertation)))
        .await;
    h.text(&RELAY, "Sortie de l'école").await;
    h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    h.text(&RELAY, "8/12 18h30").await;
    h.press(&RELAY, &m(MeetingButton::Duration(90))).await;
    h.text(&RELAY, "Centre social").await;
    h.press(&RELAY, &m(MeetingButton::AgendaDone)).await;
    let outs = h.press(&RELAY, &m(MeetingButton::Confirm)).await;
    assert_eq!(ids(&outs), ["meeting-created"]);
    h.outbox().await;
    MeetingId(scalar(h, "SELECT MAX(id) FROM meeting").await)
}

/// After the meeting, the coordinator records a decision about Amina's report.
async fn decided(h: &mut Harness) -> (MeetingId, DecisionId, ReportId) {
    let report = amina_reports(h).await;
    let meeting = organise(h).await;
    h.ctx.clock.set(after());
    h.press(&COORDINATOR, &m(MeetingButton::Decision(meeting)))
        .await;
    let outs = h
        .text(&COORDINATOR, "Un pédibus <le mardi> pour BEL-0001")
        .await;
    assert_eq!(
        ids(&outs),
        ["meeting-decision-recorded", "meeting-decision-line"]
    );
    let decision = DecisionId(scalar(h, "SELECT MAX(id) FROM meeting_decision").await);
    let make = s(SolutionButton::FromDecision(decision));
    assert!(buttons(&outs).iter().any(|(_, cb)| *cb == make));
    (meeting, decision, report)
}

#[tokio::test]
async fn a_meeting_decision_becomes_one_action_with_its_report_and_the_reporter_hears_we_did() {
    let mut h = roubaix().await;
    let (meeting, decision, report) = decided(&mut h).await;
    let make = s(SolutionButton::FromDecision(decision));
    let outs = h.press(&COORDINATOR, &make).await;
    assert_eq!(ids(&outs), ["actions-ask-carrier"]);
    let actor = id_of(&h, &ACTOR).await;
    let carrier = s(SolutionButton::Carrier(actor));
    assert!(buttons(&outs).iter().any(|(_, cb)| *cb == carrier));
    assert_eq!(
        ids(&h.press(&COORDINATOR, &carrier).await),
        ["actions-ask-due"]
    );
    assert_eq!(
        ids(&h.text(&COORDINATOR, "hier").await),
        ["actions-error-date"]
    );
    assert_eq!(
        ids(&h.text(&COORDINATOR, "20/12/2026").await),
        ["actions-created"]
    );
    let what: String = sqlx::query_scalar("SELECT what FROM action")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(what, "Un pédibus <le mardi> pour BEL-0001");
    let from = scalar(&h, "SELECT meeting_decision_id FROM action").await;
    assert_eq!(from, decision.0);
    let linked = scalar(&h, "SELECT report_id FROM action_report").await;
    assert_eq!(linked, report.0);
    // Pressed again (or after a restart): the same action, no second one.
    let outs = h.press(&COORDINATOR, &make).await;
    assert_eq!(ids(&outs), ["actions-decision-already"]);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM action").await, 1);
    let outs = h
        .press(&COORDINATOR, &m(MeetingButton::Open(meeting)))
        .await;
    assert!(
        ids(&outs).contains(&"meeting-decision-line-acted"),
        "{:?}",
        ids(&outs)
    );
    assert!(!buttons(&outs).iter().any(|(_, cb)| *cb == make));
    // The actor does it; Amina hears "you said, we did" in Arabic.
    h.outbox().await;
    let action = agenda_mmm::domain::ActionId(scalar(&h, "SELECT id FROM action").await);
    h.press(&ACTOR, &s(SolutionButton::Done(action))).await;
    let outs = h.text(&ACTOR, "Le pédibus part chaque mardi").await;
    assert_eq!(ids(&outs), ["actions-updated"]);
    let sent = h.outbox().await;
    let amina = sent.iter().find(|d| d.chat_id == AMINA.id).expect("told");
    assert!(amina.text.contains("قلتنّ، ففعلنا"), "{}", amina.text);
    assert!(amina.text.contains("BEL-0001") && amina.text.contains("pédibus"));
}

#[tokio::test]
async fn a_forged_decision_button_is_refused_and_changes_nothing() {
    let mut h = roubaix().await;
    let (meeting, decision, _) = decided(&mut h).await;
    let make = s(SolutionButton::FromDecision(decision));
    // A mother, the relay who organised (she records, she does not assign), a
    // facilitator of another quartier: refused.
    for who in [&AMINA, &NORD, &RELAY, &FACILITATOR_NORD] {
        let outs = h.press(who, &make).await;
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{}: {:?}",
            who.id,
            ids(&outs)
        );
        let outs = h.text(who, "Le bailleur").await;
        assert!(!ids(&outs).contains(&"actions-ask-due"), "{:?}", ids(&outs));
    }
    // A decision that does not exist.
    let outs = h
        .press(
            &COORDINATOR,
            &s(SolutionButton::FromDecision(DecisionId(999))),
        )
        .await;
    assert!(
        ids(&outs).contains(&"error-stale-button"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM action").await, 0);
    // The relay's own view shows the decision without the button.
    let outs = h.press(&RELAY, &m(MeetingButton::Open(meeting))).await;
    assert!(
        ids(&outs).contains(&"meeting-decision-line"),
        "{:?}",
        ids(&outs)
    );
    assert!(!buttons(&outs).iter().any(|(_, cb)| *cb == make));
}

#[tokio::test]
async fn the_health_view_counts_meetings_ended_without_minutes() {
    let mut h = roubaix().await;
    let meeting = organise(&mut h).await;
    // Not yet held: not counted.
    let outs = h.text(&COORDINATOR, "/actions").await;
    let view = h.rendered(&outs, "health-view");
    assert!(view.contains("sans compte rendu : 0"), "{view}");
    // Held, no minutes: counted; a cancelled one next week is not.
    let second = {
        organise(&mut h).await;
        MeetingId(scalar(&h, "SELECT MAX(id) FROM meeting").await)
    };
    assert_ne!(second, meeting);
    h.press(&COORDINATOR, &m(MeetingButton::CancelConfirm(second)))
        .await;
    h.ctx.clock.set(after());
    let outs = h.text(&COORDINATOR, "/actions").await;
    let view = h.rendered(&outs, "health-view");
    assert!(view.contains("sans compte rendu : 1"), "{view}");
    // Minutes posted: no longer counted.
    h.press(&RELAY, &m(MeetingButton::Minutes(meeting))).await;
    h.text(&RELAY, "On a décidé un pédibus.").await;
    let outs = h.text(&COORDINATOR, "/actions").await;
    let view = h.rendered(&outs, "health-view");
    assert!(view.contains("sans compte rendu : 0"), "{view}");
}
