//! Triage, in-process: who reads which raw report, status changes along the machine with
//! the reporter told (without content in discreet mode), rejection with a reason,
//! duplicates, the audit trail, and forged buttons.

mod support;

use agenda_mmm::bot::callback::{Callback, ReportButton as R};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::bot::reply::Out;
use agenda_mmm::domain::Role;
use agenda_mmm::domain::report::{Category, ReportStatus};
use support::dialogue::{Harness, Person, arg, button, buttons, ids, person};

const ADMIN: Person = person(1, Some("fr"));
const COORDINATOR: Person = person(2, Some("fr"));
const AMINA: Person = person(3, Some("ar"));
const RELAY: Person = person(5, Some("fr"));
const OTHER_RELAY: Person = person(6, Some("fr"));
const ACTOR: Person = person(8, Some("fr"));

fn r(b: R) -> Callback {
    Callback::Report(b)
}

fn status(s: ReportStatus) -> u8 {
    ReportStatus::ALL.iter().position(|x| *x == s).unwrap() as u8
}

/// Roubaix with BEL and ROU; Amina (mother of BEL, named), a relay of BEL, a relay of ROU,
/// a local actor of BEL.
async fn city() -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.join(&ADMIN, None, "fr", None).await;
    h.text(&ADMIN, "/newcity Roubaix").await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    h.text(&COORDINATOR, "/newquartier ROU Roubaix centre")
        .await;
    for (who, role, place, name) in [
        (&AMINA, Role::Mother, "Belleville", "Amina"),
        (&RELAY, Role::Relay, "Belleville", "Rachida"),
        (&OTHER_RELAY, Role::Relay, "Roubaix centre", "Sonia"),
        (&ACTOR, Role::Actor, "Belleville", "Agent"),
    ] {
        let code = h.invite(&COORDINATOR, role, Some(place)).await;
        h.join(who, Some(&code), "fr", Some(name)).await;
    }
    h.outbox().await;
    h
}

/// Amina reports (named, with a voice note) for `audience` relays or coordinator only.
async fn report(h: &mut Harness, relays: bool) -> i64 {
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Incivility.code())))
        .await;
    h.press(&AMINA, &r(R::When(0))).await;
    h.text(&AMINA, "Parc Brossolette").await;
    h.attach(
        &AMINA,
        Attachment::Voice {
            file_id: "voice-9".into(),
        },
    )
    .await;
    h.press(&AMINA, &r(R::Audience(relays))).await;
    h.press(&AMINA, &r(R::Named(true))).await;
    h.press(&AMINA, &r(R::KeepMedia(true))).await;
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs)[0], "report-saved");
    sqlx::query_scalar("SELECT MAX(id) FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

async fn report_status(h: &Harness, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM report WHERE id = ?")
        .bind(id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_coordinator_reads_a_report_with_its_voice_note_and_moves_it_on() {
    let mut h = city().await;
    let id = report(&mut h, false).await;
    let outs = h.text(&COORDINATOR, "/reports").await;
    assert_eq!(ids(&outs), ["triage-choose-quartier"]);
    let bel = button(&outs, "Belleville").unwrap();
    let outs = h.press(&COORDINATOR, &bel).await;
    assert_eq!(ids(&outs), ["triage-list-header"]);
    assert!(
        buttons(&outs)
            .iter()
            .any(|(_, c)| *c == Callback::TriageOpen(id))
    );
    let outs = h.press(&COORDINATOR, &Callback::TriageOpen(id)).await;
    assert_eq!(ids(&outs), ["triage-detail"]);
    let detail = h.rendered(&outs, "triage-detail");
    assert!(
        detail.contains("BEL-0001")
            && detail.contains("Parc Brossolette")
            && detail.contains("Amina"),
        "{detail}"
    );
    assert!(
        outs.iter()
            .any(|o| matches!(o, Out::Media { file_id, .. } if file_id == "voice-9")),
        "the voice note is re-sent"
    );
    // Opening a named report is logged.
    let opened: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM report_event WHERE note = 'opened' AND report_id = ?",
    )
    .bind(id)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(opened, 1);
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(id, status(ReportStatus::Acknowledged)),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-status-changed"]);
    assert_eq!(report_status(&h, id).await, "acknowledged");
    // Amina is told, through the outbox, with the reference.
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, AMINA.id);
    assert!(sent[0].text.contains("BEL-0001"), "{}", sent[0].text);
    // Going back is refused; a replayed old button changes nothing.
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(id, status(ReportStatus::Acknowledged)),
        )
        .await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(id, status(ReportStatus::New)),
        )
        .await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(id, status(ReportStatus::Resolved)),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-status-changed"]);
    let events: Vec<(Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT from_status, to_status FROM report_event WHERE report_id = ? AND to_status IS NOT NULL ORDER BY id",
    )
    .bind(id)
    .fetch_all(&h.ctx.pool)
    .await
    .unwrap();
    let trail: Vec<_> = events
        .iter()
        .map(|(f, t)| (f.as_deref(), t.as_deref()))
        .collect();
    assert_eq!(
        trail,
        [
            (None, Some("new")),
            (Some("new"), Some("acknowledged")),
            (Some("acknowledged"), Some("resolved"))
        ]
    );
    // Closed: it moved to the closed list.
    let outs = h.press(&COORDINATOR, &bel).await;
    assert!(
        !buttons(&outs)
            .iter()
            .any(|(_, c)| *c == Callback::TriageOpen(id))
    );
    let closed = button(&outs, "button-show-closed").unwrap();
    let outs = h.press(&COORDINATOR, &closed).await;
    assert!(
        buttons(&outs)
            .iter()
            .any(|(_, c)| *c == Callback::TriageOpen(id))
    );
}

#[tokio::test]
async fn relays_read_only_what_the_reporter_allowed_and_only_in_their_quartier() {
    let mut h = city().await;
    let private = report(&mut h, false).await;
    let shared = report(&mut h, true).await;
    let outs = h.text(&RELAY, "/reports").await;
    assert_eq!(ids(&outs), ["triage-list-header"]);
    let listed: Vec<_> = buttons(&outs).into_iter().map(|(_, c)| c).collect();
    assert!(listed.contains(&Callback::TriageOpen(shared)));
    assert!(
        !listed.contains(&Callback::TriageOpen(private)),
        "coordinator only"
    );
    let outs = h.press(&RELAY, &Callback::TriageOpen(private)).await;
    assert_eq!(ids(&outs), ["error-not-allowed"]);
    let outs = h.press(&RELAY, &Callback::TriageOpen(shared)).await;
    assert_eq!(ids(&outs), ["triage-detail"]);
    // A relay of another quartier, a local actor, an élu, a mother: nothing raw.
    for who in [&OTHER_RELAY, &ACTOR, &AMINA] {
        let outs = h.press(who, &Callback::TriageOpen(shared)).await;
        assert_eq!(ids(&outs), ["error-not-allowed"], "{who:?}");
        let outs = h
            .press(
                who,
                &Callback::TriageStatus(shared, status(ReportStatus::Acknowledged)),
            )
            .await;
        assert_eq!(ids(&outs), ["error-not-allowed"], "{who:?}");
    }
    let outs = h.text(&ACTOR, "/reports").await;
    assert_eq!(ids(&outs), ["error-not-allowed"]);
    // The operator reads no report.
    let outs = h.press(&ADMIN, &Callback::TriageOpen(shared)).await;
    assert_eq!(ids(&outs), ["error-not-allowed"]);
    assert_eq!(report_status(&h, shared).await, "new");
    let bel: i64 = sqlx::query_scalar("SELECT id FROM quartier WHERE prefix = 'BEL'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let forged = Callback::TriageList {
        quartier: agenda_mmm::domain::QuartierId(bel),
        closed: false,
        page: 0,
    };
    let outs = h.press(&OTHER_RELAY, &forged).await;
    assert_eq!(ids(&outs), ["error-not-allowed"]);
}

#[tokio::test]
async fn a_rejection_keeps_its_reason_and_a_duplicate_names_its_original() {
    let mut h = city().await;
    let first = report(&mut h, true).await;
    let second = report(&mut h, true).await;
    let third = report(&mut h, true).await;
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(second, status(ReportStatus::Rejected)),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-ask-reason"]);
    let outs = h.attach(&COORDINATOR, Attachment::Sticker).await;
    assert_eq!(ids(&outs), ["error-expected-text"]);
    let outs = h.text(&COORDINATOR, "Hors du quartier").await;
    assert_eq!(ids(&outs), ["triage-status-changed"]);
    let note: String = sqlx::query_scalar(
        "SELECT note FROM report_event WHERE report_id = ? AND to_status = 'rejected'",
    )
    .bind(second)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(note, "Hors du quartier");
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(third, status(ReportStatus::Duplicate)),
    )
    .await;
    let outs = h.text(&COORDINATOR, "BEL-9999").await;
    assert_eq!(ids(&outs), ["triage-duplicate-unknown"]);
    let outs = h.text(&COORDINATOR, "bel-0003").await;
    assert_eq!(ids(&outs), ["triage-duplicate-unknown"], "not itself");
    let outs = h.text(&COORDINATOR, "bel-0001").await;
    assert_eq!(ids(&outs), ["triage-status-changed"]);
    assert_eq!(report_status(&h, third).await, "duplicate");
    assert_eq!(report_status(&h, first).await, "new");
    let note: String = sqlx::query_scalar(
        "SELECT note FROM report_event WHERE report_id = ? AND to_status = 'duplicate'",
    )
    .bind(third)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(note, "duplicate of BEL-0001");
}

#[tokio::test]
async fn in_discreet_mode_a_status_notice_carries_no_content() {
    let mut h = city().await;
    let id = report(&mut h, true).await;
    h.press(
        &AMINA,
        &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::ToggleDiscreet),
    )
    .await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(id, status(ReportStatus::OnAgenda)),
    )
    .await;
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert!(!sent[0].text.contains("BEL-0001"), "{}", sent[0].text);
    assert!(sent[0].text.contains("/myreports"));
}

#[tokio::test]
async fn an_anonymous_report_shows_no_name_and_a_rounded_location() {
    let mut h = city().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(0))).await;
    h.press(&AMINA, &r(R::When(0))).await;
    h.attach(
        &AMINA,
        Attachment::Location {
            latitude: 50.690449,
            longitude: 3.181726,
        },
    )
    .await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(false))).await;
    h.press(&AMINA, &r(R::KeepMedia(true))).await;
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(
        arg(&outs, "report-saved", "reference").as_deref(),
        Some("BEL-0001")
    );
    let id: i64 = sqlx::query_scalar("SELECT id FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    for who in [&COORDINATOR, &RELAY] {
        let outs = h.press(who, &Callback::TriageOpen(id)).await;
        let detail = h.rendered(&outs, "triage-detail");
        assert!(!detail.contains("Amina"), "{detail}");
        assert!(
            detail.contains("50.69000") && detail.contains("3.18200"),
            "{detail}"
        );
    }
    let opened: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report_event WHERE note = 'opened'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(opened, 0, "only named reports' openings are logged");
}
