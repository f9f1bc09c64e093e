//! `/newaction` through the dialogue harness: an action created from nothing by a
//! coordinator (any quartier of her city) or a facilitator (hers only) — quartier, what,
//! carrier, due date, linked reports by reference (of that quartier only) — and every bad
//! input or forged button answered with nothing changed; and the city's coordinators told
//! when an action is blocked or done, once per change, never the carrier herself.

use crate::support;

use agenda_mmm::bot::callback::{Callback, SolutionButton};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::domain::report::{Audience, Category, Cell, TimeSlot, When};
use agenda_mmm::domain::{ActionId, QuartierId, ReportId, Role};
use agenda_mmm::store::reports;
use chrono::{DateTime, Duration, TimeZone, Utc};
use support::dialogue::{Harness, Person, buttons, ids, menu, person};
use support::scenario::{ADMIN, COORDINATOR, count as scalar, id_of, roubaix_with};

const AMINA: Person = person(3, Some("ar"));
const ACTOR: Person = person(4, Some("fr"));
const RELAY: Person = person(5, Some("fr"));
const NORD: Person = person(6, Some("fr"));
const FACILITATOR: Person = person(7, Some("fr"));
const SAMIRA: Person = person(8, Some("ar"));

fn s(b: SolutionButton) -> Callback {
    Callback::Solution(b)
}

/// Monday 30 November 2026, 10:00 in Paris.
fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

/// Roubaix with BEL (a mother in ar, a local actor, a relay, a facilitator) and NOR (a
/// mother).
async fn roubaix() -> Harness {
    let members = [
        (&AMINA, Role::Mother, "Belleville", "ar", Some("Prénom")),
        (&ACTOR, Role::Actor, "Belleville", "fr", Some("Prénom")),
        (&RELAY, Role::Relay, "Belleville", "fr", Some("Prénom")),
        (
            &FACILITATOR,
            Role::Facilitator,
            "Belleville",
            "fr",
            Some("Prénom"),
        ),
        (&NORD, Role::Mother, "Nord", "fr", Some("Prénom")),
    ];
    roubaix_with(monday(), &members).await
}

async fn quartier(h: &Harness, prefix: &str) -> QuartierId {
    let sql = format!("SELECT id FROM quartier WHERE prefix = '{prefix}'");
    QuartierId(scalar(h, &sql).await)
}

/// A report of `who` in the quartier `prefix` (its reference is `<prefix>-0001` first).
async fn report_of(h: &Harness, who: &Person, prefix: &str) -> ReportId {
    let reporter = id_of(h, who).await;
    let cell = Cell {
        weekdays: 2,
        slot: TimeSlot::SchoolExit,
    };
    let new = reports::NewReport {
        quartier: quartier(h, prefix).await,
        prefix,
        reporter,
        anonymous: false,
        category: Category::Other,
        when: &When::Regularly {
            weekdays: cell.weekdays,
            slot: cell.slot,
        },
        cell,
        place: None,
        text: Some("Le hall est sombre"),
        voice: None,
        photos: &[],
        audience: Audience::CoordinatorOnly,
    };
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    reports::create(&mut conn, &new, monday()).await.unwrap().0
}

async fn actions(h: &Harness) -> i64 {
    scalar(h, "SELECT COUNT(*) FROM action").await
}

/// `/newaction` in BEL up to the reports step: what, carried by the local actor, a date.
async fn up_to_reports(h: &mut Harness, who: &Person) {
    let bel = quartier(h, "BEL").await;
    h.text(who, "/newaction").await;
    let outs = h.press(who, &s(SolutionButton::NewActionIn(bel))).await;
    assert_eq!(ids(&outs), ["actions-ask-what"]);
    let outs = h.text(who, "Repeindre le hall <du 12>").await;
    assert_eq!(ids(&outs), ["actions-ask-carrier"]);
    let actor = s(SolutionButton::Carrier(id_of(h, &ACTOR).await));
    assert!(buttons(&outs).iter().any(|(_, cb)| *cb == actor));
    assert_eq!(ids(&h.press(who, &actor).await), ["actions-ask-due"]);
    let outs = h.text(who, "20/12/2026").await;
    assert_eq!(ids(&outs), ["actions-new-ask-reports"]);
    assert!(
        buttons(&outs)
            .iter()
            .any(|(_, cb)| *cb == s(SolutionButton::NoReports))
    );
}

#[tokio::test]
async fn a_coordinator_creates_an_action_from_nothing_with_the_reports_of_that_quartier() {
    let mut h = roubaix().await;
    let report = report_of(&h, &AMINA, "BEL").await;
    report_of(&h, &NORD, "NOR").await;
    let outs = h.text(&COORDINATOR, "/newaction").await;
    assert_eq!(ids(&outs), ["actions-new-ask-quartier"]);
    let offered: Vec<Callback> = buttons(&outs).into_iter().map(|(_, cb)| cb).collect();
    let (bel, nor) = (quartier(&h, "BEL").await, quartier(&h, "NOR").await);
    assert_eq!(
        offered,
        [
            s(SolutionButton::NewActionIn(bel)),
            s(SolutionButton::NewActionIn(nor))
        ]
    );
    up_to_reports(&mut h, &COORDINATOR).await;
    // A report of another quartier is refused by name; the step stays.
    let outs = h.text(&COORDINATOR, "BEL-0001 NOR-0001").await;
    assert_eq!(ids(&outs), ["actions-new-error-elsewhere"]);
    assert!(h.render(&outs[0]).contains("NOR-0001"));
    assert_eq!(actions(&h).await, 0);
    // The same report twice (in small letters) is linked once.
    let outs = h.text(&COORDINATOR, "bel-0001, BEL-0001").await;
    assert_eq!(ids(&outs), ["actions-created"]);
    assert_eq!(actions(&h).await, 1);
    let row: (i64, Option<i64>, Option<i64>, String) =
        sqlx::query_as("SELECT quartier_id, solution_id, meeting_decision_id, what FROM action")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(row, (bel.0, None, None, "Repeindre le hall <du 12>".into()));
    let linked = scalar(&h, "SELECT report_id FROM action_report").await;
    assert_eq!(linked, report.0);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM action_report").await, 1);
    // The carrier gets it with its buttons, the text escaped.
    let sent = h.outbox().await;
    let card = sent.iter().find(|d| d.chat_id == ACTOR.id).expect("told");
    assert!(
        card.text.contains("Repeindre le hall &lt;du 12&gt;"),
        "{}",
        card.text
    );
}

#[tokio::test]
async fn a_facilitator_sees_only_her_quartier_and_an_organisation_may_carry_without_reports() {
    let mut h = roubaix().await;
    let outs = h.text(&FACILITATOR, "/newaction").await;
    let bel = quartier(&h, "BEL").await;
    let offered: Vec<Callback> = buttons(&outs).into_iter().map(|(_, cb)| cb).collect();
    assert_eq!(offered, [s(SolutionButton::NewActionIn(bel))]);
    // A forged button naming the other quartier changes nothing.
    let nor = quartier(&h, "NOR").await;
    let outs = h
        .press(&FACILITATOR, &s(SolutionButton::NewActionIn(nor)))
        .await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    let outs = h.text(&FACILITATOR, "Un goûter").await;
    assert!(
        !ids(&outs).contains(&"actions-ask-carrier"),
        "{:?}",
        ids(&outs)
    );
    // Her quartier, an organisation named in words, no linked report.
    h.press(&FACILITATOR, &s(SolutionButton::NewActionIn(bel)))
        .await;
    h.text(&FACILITATOR, "Un goûter au centre social").await;
    let outs = h.text(&FACILITATOR, "Le centre social").await;
    assert_eq!(ids(&outs), ["actions-ask-due"]);
    let outs = h.text(&FACILITATOR, "15/12/2026").await;
    assert_eq!(ids(&outs), ["actions-new-ask-reports"]);
    let outs = h.press(&FACILITATOR, &s(SolutionButton::NoReports)).await;
    assert_eq!(ids(&outs), ["actions-created"]);
    let org: String = sqlx::query_scalar("SELECT carrier_org FROM action")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(org, "Le centre social");
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM action_report").await, 0);
    // The button again, after the dialogue ended: an old button, nothing more.
    let outs = h.press(&FACILITATOR, &s(SolutionButton::NoReports)).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    assert_eq!(actions(&h).await, 1);
}

#[tokio::test]
async fn mothers_relays_and_actors_may_not_create_actions_and_have_no_menu_entry() {
    let mut h = roubaix().await;
    let bel = quartier(&h, "BEL").await;
    for who in [&AMINA, &RELAY, &ACTOR] {
        let outs = h.text(who, "/newaction").await;
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
        let outs = h.press(who, &s(SolutionButton::NewActionIn(bel))).await;
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
        let outs = h.text(who, "/help").await;
        assert!(!menu(&outs).unwrap().contains(&"menu-new-action"));
    }
    let outs = h.text(&FACILITATOR, "/help").await;
    assert!(menu(&outs).unwrap().contains(&"menu-new-action"));
    // The menu button does what the command does.
    let outs = h.text(&COORDINATOR, "➕ Nouvelle action").await;
    assert_eq!(ids(&outs), ["actions-new-ask-quartier"]);
    assert_eq!(actions(&h).await, 0);
}

#[tokio::test]
async fn every_bad_input_of_a_new_action_is_answered_and_changes_nothing() {
    let mut h = roubaix().await;
    let bel = quartier(&h, "BEL").await;
    h.text(&COORDINATOR, "/newaction").await;
    h.press(&COORDINATOR, &s(SolutionButton::NewActionIn(bel)))
        .await;
    // What: too long, a sticker.
    let outs = h.text(&COORDINATOR, &"a".repeat(501)).await;
    assert_eq!(ids(&outs), ["error-text-too-long"]);
    let outs = h.attach(&COORDINATOR, Attachment::Sticker).await;
    assert_eq!(ids(&outs), ["error-expected-text"]);
    h.text(&COORDINATOR, "Repeindre le hall").await;
    // Who: a mother forged as carrier.
    let amina = id_of(&h, &AMINA).await;
    let outs = h
        .press(&COORDINATOR, &s(SolutionButton::Carrier(amina)))
        .await;
    assert!(
        ids(&outs).contains(&"actions-error-carrier"),
        "{:?}",
        ids(&outs)
    );
    h.press(
        &COORDINATOR,
        &s(SolutionButton::Carrier(id_of(&h, &ACTOR).await)),
    )
    .await;
    // When: unreadable, past.
    assert_eq!(
        ids(&h.text(&COORDINATOR, "demain").await),
        ["actions-error-date"]
    );
    assert_eq!(
        ids(&h.text(&COORDINATOR, "01/01/2020").await),
        ["actions-error-date-past"]
    );
    assert_eq!(
        ids(&h.text(&COORDINATOR, "20/12/2026").await),
        ["actions-new-ask-reports"]
    );
    // Reports: no reference at all, an unknown one, SQL-looking text.
    for bad in ["aucun", "BEL-0042", "'; DROP TABLE action; --"] {
        let outs = h.text(&COORDINATOR, bad).await;
        assert!(
            ids(&outs) == ["actions-new-error-references"]
                || ids(&outs) == ["actions-new-error-elsewhere"],
            "{bad}: {:?}",
            ids(&outs)
        );
    }
    let outs = h.attach(&COORDINATOR, Attachment::Sticker).await;
    assert_eq!(ids(&outs), ["error-expected-text"]);
    assert_eq!(actions(&h).await, 0);
    // Still at the last step: "none" creates it.
    let outs = h.press(&COORDINATOR, &s(SolutionButton::NoReports)).await;
    assert_eq!(ids(&outs), ["actions-created"]);
    assert_eq!(actions(&h).await, 1);
}

/// Texts the outbox sent to `who`.
fn to(sent: &[agenda_mmm::outbox::Delivery], who: &Person) -> Vec<String> {
    sent.iter()
        .filter(|d| d.chat_id == who.id)
        .map(|d| d.text.clone())
        .collect()
}

#[tokio::test]
async fn the_coordinators_hear_once_per_blocked_or_done_change_in_their_language_not_the_carrier() {
    let mut h = roubaix().await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&SAMIRA, Some(&code), "ar", Some("Samira")).await;
    up_to_reports(&mut h, &COORDINATOR).await;
    h.press(&COORDINATOR, &s(SolutionButton::NoReports)).await;
    h.outbox().await;
    let action = ActionId(scalar(&h, "SELECT id FROM action").await);
    // Blocked: each coordinator once, in her language, the reason escaped.
    h.press(&ACTOR, &s(SolutionButton::Blocked(action))).await;
    h.text(&ACTOR, "Pas de peinture <encore>").await;
    let sent = h.outbox().await;
    let claire = to(&sent, &COORDINATOR);
    assert_eq!(claire.len(), 1, "{claire:?}");
    assert!(claire[0].contains("bloquée") && claire[0].contains("Pas de peinture &lt;encore&gt;"));
    let samira = to(&sent, &SAMIRA);
    assert_eq!(samira.len(), 1, "{samira:?}");
    assert!(samira[0].contains("متوقّف"), "{}", samira[0]);
    assert!(to(&sent, &ACTOR).is_empty());
    // Started: nobody is told. Blocked again, later: told again. Done: told with the note.
    h.ctx.clock.advance(Duration::hours(1));
    h.press(&ACTOR, &s(SolutionButton::Started(action))).await;
    assert!(h.outbox().await.is_empty());
    h.ctx.clock.advance(Duration::hours(1));
    h.press(&ACTOR, &s(SolutionButton::Blocked(action))).await;
    h.text(&ACTOR, "Le bailleur ne répond pas").await;
    h.ctx.clock.advance(Duration::hours(1));
    h.press(&ACTOR, &s(SolutionButton::Done(action))).await;
    h.text(&ACTOR, "Le hall est repeint").await;
    let sent = h.outbox().await;
    let claire = to(&sent, &COORDINATOR);
    assert_eq!(claire.len(), 2, "{claire:?}");
    assert!(claire[0].contains("Le bailleur ne répond pas"));
    assert!(claire[1].contains("faite") && claire[1].contains("Le hall est repeint"));
    assert_eq!(to(&sent, &SAMIRA).len(), 2);
    // An action Claire carries herself: she marks it done, only Samira hears of it.
    let bel = quartier(&h, "BEL").await;
    h.text(&COORDINATOR, "/newaction").await;
    h.press(&COORDINATOR, &s(SolutionButton::NewActionIn(bel)))
        .await;
    h.text(&COORDINATOR, "Parler au bailleur").await;
    let me = s(SolutionButton::Carrier(id_of(&h, &COORDINATOR).await));
    h.press(&COORDINATOR, &me).await;
    h.text(&COORDINATOR, "20/12/2026").await;
    h.press(&COORDINATOR, &s(SolutionButton::NoReports)).await;
    h.outbox().await;
    let mine = ActionId(scalar(&h, "SELECT MAX(id) FROM action").await);
    h.press(&COORDINATOR, &s(SolutionButton::Done(mine))).await;
    h.text(&COORDINATOR, "Rendez-vous pris").await;
    let sent = h.outbox().await;
    assert!(to(&sent, &COORDINATOR).is_empty());
    assert_eq!(to(&sent, &SAMIRA).len(), 1);
}
