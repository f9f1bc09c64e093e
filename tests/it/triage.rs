//! Triage, in-process: who reads which raw report, status changes along the machine with
//! the reporter told (without content in discreet mode), rejection with a reason,
//! duplicates, the audit trail, and forged buttons.

use crate::support;

use agenda_mmm::bot::callback::{Callback, ReportButton as R};
use agenda_mmm::bot::incoming::{Attachment, Input};
use agenda_mmm::bot::reply::{Label, Markup, Out};
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::domain::report::{AlertSetting, Category, ReportStatus, TimeSlot};
use agenda_mmm::domain::{PersonId, QuartierId, ReportId, Role, TelegramUserId};
use agenda_mmm::scheduler::JobKind;
use agenda_mmm::services::{self, ServiceError};
use agenda_mmm::store::{self, persons};
use chrono::Weekday;
use support::dialogue::{Harness, Person, arg, button, buttons, ids, person};
use support::scenario::{ADMIN, COORDINATOR, r, report_as, report_until_confirm, roubaix};

const AMINA: Person = person(3, Some("ar"));
const RELAY: Person = person(5, Some("fr"));
const OTHER_RELAY: Person = person(6, Some("fr"));
const ACTOR: Person = person(8, Some("fr"));

/// Roubaix with BEL and ROU; Amina (mother of BEL, named), a relay of BEL, a relay of ROU,
/// a local actor of BEL.
async fn city() -> Harness {
    let mut h = roubaix().await;
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
    report_as(h, &AMINA, relays).await
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
    h.outbox().await;
    let outs = h.text(&COORDINATOR, "/reports").await;
    assert_eq!(ids(&outs), ["triage-choose-quartier"]);
    let bel = button(&outs, "Belleville").unwrap();
    let outs = h.press(&COORDINATOR, &bel).await;
    assert_eq!(ids(&outs), ["triage-list-header"]);
    assert!(
        buttons(&outs)
            .iter()
            .any(|(_, c)| *c == Callback::TriageOpen(ReportId(id)))
    );
    let outs = h
        .press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
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
            &Callback::TriageStatus(ReportId(id), ReportStatus::Acknowledged),
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
            &Callback::TriageStatus(ReportId(id), ReportStatus::Acknowledged),
        )
        .await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(ReportId(id), ReportStatus::New),
        )
        .await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageStatus(ReportId(id), ReportStatus::Resolved),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-ask-resolution"]);
    // "You said, we did": what was done goes to her with the resolution.
    let outs = h
        .text(&COORDINATOR, "Un éclairage a été posé au parc.")
        .await;
    assert_eq!(ids(&outs), ["triage-status-changed"]);
    let told = h.outbox().await;
    assert_eq!(told.len(), 1);
    assert!(
        told[0].text.contains("Un éclairage a été posé"),
        "{}",
        told[0].text
    );
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
            .any(|(_, c)| *c == Callback::TriageOpen(ReportId(id)))
    );
    let closed = button(&outs, "button-show-closed").unwrap();
    let outs = h.press(&COORDINATOR, &closed).await;
    assert!(
        buttons(&outs)
            .iter()
            .any(|(_, c)| *c == Callback::TriageOpen(ReportId(id)))
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
    assert!(listed.contains(&Callback::TriageOpen(ReportId(shared))));
    assert!(
        !listed.contains(&Callback::TriageOpen(ReportId(private))),
        "coordinator only"
    );
    let outs = h
        .press(&RELAY, &Callback::TriageOpen(ReportId(private)))
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h
        .press(&RELAY, &Callback::TriageOpen(ReportId(shared)))
        .await;
    assert_eq!(ids(&outs), ["triage-detail"]);
    // A relay of another quartier, a local actor, an élu, a mother: nothing raw.
    for who in [&OTHER_RELAY, &ACTOR, &AMINA] {
        let outs = h.press(who, &Callback::TriageOpen(ReportId(shared))).await;
        assert_eq!(
            ids(&outs),
            ["error-not-allowed", "error-not-allowed-instead"],
            "{who:?}"
        );
        let outs = h
            .press(
                who,
                &Callback::TriageStatus(ReportId(shared), ReportStatus::Acknowledged),
            )
            .await;
        assert_eq!(
            ids(&outs),
            ["error-not-allowed", "error-not-allowed-instead"],
            "{who:?}"
        );
    }
    // A local actor's /reports shows validated texts only: none yet.
    let outs = h.text(&ACTOR, "/reports").await;
    assert_eq!(ids(&outs), ["partners-header", "partners-none"]);
    // The operator reads no report.
    let outs = h
        .press(&ADMIN, &Callback::TriageOpen(ReportId(shared)))
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    assert_eq!(report_status(&h, shared).await, "new");
    let bel: i64 = sqlx::query_scalar("SELECT id FROM quartier WHERE prefix = 'BEL'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let forged = Callback::TriageList {
        quartier: agenda_mmm::domain::QuartierId(bel),
        closed: false,
        page: 0,
        category: None,
        status: None,
    };
    let outs = h.press(&OTHER_RELAY, &forged).await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
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
            &Callback::TriageStatus(ReportId(second), ReportStatus::Rejected),
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
        &Callback::TriageStatus(ReportId(third), ReportStatus::Duplicate),
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
    let merged: String = sqlx::query_scalar(
        "SELECT note FROM report_event WHERE report_id = ? AND note LIKE '%merged%'",
    )
    .bind(first)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(merged, "BEL-0003 merged here");
}

#[tokio::test]
async fn in_discreet_mode_a_status_notice_carries_no_content() {
    let mut h = city().await;
    let id = report(&mut h, true).await;
    h.outbox().await;
    h.press(
        &AMINA,
        &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::ToggleDiscreet),
    )
    .await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::OnAgenda),
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
    h.press(&AMINA, &r(R::Category(Category::Neighbours))).await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
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
        let outs = h.press(who, &Callback::TriageOpen(ReportId(id))).await;
        let detail = h.rendered(&outs, "triage-detail");
        assert!(!detail.contains("Amina"), "{detail}");
        let (lat, lon) = agenda_mmm::domain::report::round_location(50.690449, 3.181726);
        assert!(
            detail.contains(&format!("{lat:.5}")) && detail.contains(&format!("{lon:.5}")),
            "{detail}"
        );
        assert!(
            !detail.contains("50.69045") && !detail.contains("3.18173"),
            "{detail}"
        );
    }
    let opened: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report_event WHERE note = 'opened'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(opened, 0, "only named reports' openings are logged");
}

async fn outbox_texts(h: &mut Harness) -> Vec<(i64, String)> {
    h.outbox()
        .await
        .into_iter()
        .map(|d| (d.chat_id, d.text))
        .collect()
}

#[tokio::test]
async fn those_who_may_read_a_new_report_are_alerted_without_its_content() {
    let mut h = city().await;
    report(&mut h, true).await;
    let mut told: Vec<i64> = outbox_texts(&mut h)
        .await
        .into_iter()
        .map(|(c, text)| {
            assert!(
                text.contains("BEL-0001")
                    && !text.contains("Brossolette")
                    && !text.contains("Amina"),
                "{text}"
            );
            c
        })
        .collect();
    told.sort();
    assert_eq!(told, [COORDINATOR.id, RELAY.id]);
    report(&mut h, false).await;
    let told: Vec<i64> = outbox_texts(&mut h)
        .await
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert_eq!(told, [COORDINATOR.id], "coordinator only");
}

/// A new report's readers are looked up by role in the role index, both parts of the
/// query: reading every role of the city made each report cost a read of all its mothers.
#[tokio::test]
async fn those_told_of_a_new_report_are_found_by_role_without_reading_the_citys_mothers() {
    let h = city().await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let sql = format!("EXPLAIN QUERY PLAN {}", store::reports::READERS_SQL);
    let plan: Vec<(i64, i64, i64, String)> = sqlx::query_as(&sql)
        .bind(chrono::Utc::now())
        .bind(1)
        .bind(1)
        .bind(Role::Coordinator.as_str())
        .bind(true)
        .bind(Role::Relay.as_str())
        .bind(Role::Facilitator.as_str())
        .bind(1)
        .fetch_all(&mut *conn)
        .await
        .unwrap();
    let plan: Vec<String> = plan.into_iter().map(|(_, _, _, d)| d).collect();
    let by_role = |d: &&String| d.starts_with("SEARCH r USING INDEX role_assignment_city_role");
    assert_eq!(plan.iter().filter(by_role).count(), 2, "{plan:?}");
    assert!(
        plan.iter()
            .any(|d| d.contains("(city_id=? AND role=? AND quartier_id=?)")),
        "{plan:?}"
    );
    assert!(!plan.iter().any(|d| d.starts_with("SCAN")), "{plan:?}");
}

#[tokio::test]
async fn a_relay_who_chose_a_daily_round_up_gets_one_message_a_day() {
    let mut h = city().await;
    let outs = h.text(&RELAY, "/settings").await;
    assert!(ids(&outs).contains(&"settings-alerts"));
    let outs = h
        .press(&RELAY, &button(&outs, "button-alerts").unwrap())
        .await;
    assert_eq!(
        arg(&outs, "settings-alerts", "alerts").as_deref(),
        Some("alerts-daily")
    );
    // A mother has no alert setting to change.
    let outs = h.text(&AMINA, "/settings").await;
    assert!(!ids(&outs).contains(&"settings-alerts"));
    let outs = h
        .press(
            &AMINA,
            &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::Alerts),
        )
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    report(&mut h, true).await;
    report(&mut h, true).await;
    let told: Vec<i64> = outbox_texts(&mut h)
        .await
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert!(!told.contains(&RELAY.id), "no immediate alert");
    h.run_job(
        JobKind::ReportRoundup,
        chrono::Utc::now(),
        chrono::Duration::hours(48),
    )
    .await;
    let sent = outbox_texts(&mut h).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].0, RELAY.id);
    assert!(sent[0].1.contains('2'), "{}", sent[0].1);
}

async fn person_id(h: &Harness, who: &Person) -> PersonId {
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    persons::by_telegram(&mut conn, TelegramUserId(who.id))
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn the_daily_round_up_counts_in_one_query_what_each_person_may_read_but_her_own() {
    let mut h = city().await;
    let mut ids = vec![];
    for who in [&COORDINATOR, &RELAY, &OTHER_RELAY] {
        ids.push(person_id(&h, who).await);
    }
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    for id in ids {
        persons::set_alerts(&mut conn, id, AlertSetting::Daily)
            .await
            .unwrap();
    }
    drop(conn);
    report(&mut h, true).await;
    report(&mut h, false).await;
    // The relay's own report is not news to her.
    report_as(&mut h, &RELAY, true).await;
    let now = chrono::Utc::now() + chrono::Duration::minutes(1);
    let coordinator = person_id(&h, &COORDINATOR).await;
    let relay = person_id(&h, &RELAY).await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let counts = store::reports::roundup_counts(&mut conn, now - chrono::Duration::hours(24), now)
        .await
        .unwrap();
    // The coordinator reads all three; the relay of Belleville only Amina's report shared
    // with relays; the relay of Roubaix centre nothing, so she is not listed.
    assert_eq!(counts, [(coordinator, 3), (relay, 1)]);
    let empty = store::reports::roundup_counts(&mut conn, now, now + chrono::Duration::hours(24))
        .await
        .unwrap();
    assert!(empty.is_empty(), "{empty:?}");
}

#[tokio::test]
async fn listing_a_quartier_shows_a_relay_only_what_was_shared_and_refuses_a_mother() {
    let mut h = city().await;
    report(&mut h, true).await;
    report(&mut h, false).await;
    let bel: i64 = sqlx::query_scalar("SELECT id FROM quartier WHERE prefix = 'BEL'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let now = chrono::Utc::now();
    let mut totals = vec![];
    for who in [&COORDINATOR, &RELAY, &OTHER_RELAY, &AMINA] {
        let id = person_id(&h, who).await;
        let mut conn = h.ctx.pool.acquire().await.unwrap();
        let principal = services::people::principal(&mut conn, Some(id), false, now)
            .await
            .unwrap();
        let open = store::reports::Filter::Open;
        let listed =
            services::triage::list(&mut conn, &principal, QuartierId(bel), open, None, 10, 0).await;
        totals.push(match listed {
            Ok((_, page, total)) => {
                assert_eq!(page.len() as i64, total);
                Some(total)
            }
            Err(ServiceError::NotAllowed) => None,
            Err(e) => panic!("{e:?}"),
        });
    }
    assert_eq!(totals, [Some(2), Some(1), None, None]);
}

#[tokio::test]
async fn the_daily_limit_counts_the_reports_of_the_last_24_hours() {
    let mut h = city().await;
    report(&mut h, true).await;
    let amina = person_id(&h, &AMINA).await;
    let pool = h.ctx.pool.clone();
    let now = chrono::Utc::now() + chrono::Duration::seconds(1);
    let over = |max: i64, at: chrono::DateTime<chrono::Utc>| {
        let pool = pool.clone();
        async move {
            let mut conn = pool.acquire().await.unwrap();
            agenda_mmm::services::reports::over_daily_limit(&mut conn, amina, max, at)
                .await
                .unwrap()
        }
    };
    assert!(over(1, now).await, "one made, one allowed");
    assert!(!over(2, now).await, "one made, two allowed");
    let next_day = now + chrono::Duration::hours(24);
    assert!(!over(1, next_day).await, "24 hours later");
}

#[tokio::test]
async fn a_report_confirmed_after_the_limit_was_reached_is_not_saved() {
    let mut h = city().await;
    report(&mut h, true).await;
    report_until_confirm(&mut h, &AMINA, true).await;
    h.ctx.limits.reports_per_day = 1;
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs), ["report-limit"]);
    let made: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(made, 1);
}

#[tokio::test]
async fn a_list_with_a_row_it_cannot_read_fails_instead_of_hiding_it_from_its_total() {
    let mut h = city().await;
    report(&mut h, true).await;
    let unreadable = report(&mut h, true).await;
    sqlx::query("UPDATE report SET category = 'no-such-category' WHERE id = ?")
        .bind(unreadable)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let bel: i64 = sqlx::query_scalar("SELECT id FROM quartier WHERE prefix = 'BEL'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let listed = store::reports::list(
        &mut conn,
        QuartierId(bel),
        store::reports::Filter::Open,
        None,
        false,
        10,
        0,
    )
    .await;
    assert!(listed.is_err(), "{listed:?}");
    drop(conn);
    let amina = person_id(&h, &AMINA).await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let mine = store::reports::of_reporter(&mut conn, amina, 10).await;
    assert!(mine.is_err(), "{mine:?}");
}

#[tokio::test]
async fn limits_answer_politely_and_change_nothing() {
    let mut h = city().await;
    h.ctx.limits.reports_per_day = 1;
    report(&mut h, true).await;
    let outs = h.text(&AMINA, "/report").await;
    assert_eq!(ids(&outs), ["report-limit"]);
    assert!(h.rendered(&outs, "report-limit").contains("17"));
    h.ctx.limits.updates_per_second = 2;
    let newcomer = person(40, Some("fr"));
    // Four commands typed in the same second.
    let at = chrono::Utc::now();
    let help = |h: &mut Harness| {
        let input = Input::Command {
            name: "help".into(),
            args: String::new(),
        };
        let mut incoming = h.incoming(&newcomer, newcomer.id, input);
        incoming.at = at;
        incoming
    };
    let (first, second, third, fourth) = (help(&mut h), help(&mut h), help(&mut h), help(&mut h));
    let first = h.deliver(&first).await;
    let second = h.deliver(&second).await;
    let third = h.deliver(&third).await;
    let fourth = h.deliver(&fourth).await;
    assert_eq!(ids(&first)[0], "help-intro");
    assert_eq!(ids(&second)[0], "help-intro");
    assert_eq!(ids(&third), ["error-slow-down"]);
    assert_eq!(
        arg(&third, "error-slow-down", "what").as_deref(),
        Some("flood-what-message")
    );
    assert!(
        h.rendered(&third, "error-slow-down").contains("ce message"),
        "she is told exactly what was not taken"
    );
    assert!(
        fourth.is_empty(),
        "told once a second: the answer to the third covers what followed it"
    );
}

#[tokio::test]
async fn messages_sent_while_the_bot_was_down_are_not_a_flood() {
    let mut h = city().await;
    h.ctx.limits.updates_per_second = 2;
    let newcomer = person(41, Some("fr"));
    // Ten messages she sent a few seconds apart an hour ago arrive at once after a restart.
    let an_hour_ago = chrono::Utc::now() - chrono::Duration::hours(1);
    for i in 0..10 {
        let input = Input::Command {
            name: "help".into(),
            args: String::new(),
        };
        let mut incoming = h.incoming(&newcomer, newcomer.id, input);
        incoming.at = an_hour_ago + chrono::Duration::seconds(3 * i);
        let outs = h.deliver(&incoming).await;
        assert_eq!(ids(&outs)[0], "help-intro", "message {i} is answered");
    }
}

#[tokio::test]
async fn a_button_press_over_the_flood_limit_is_answered_and_changes_nothing() {
    let mut h = city().await;
    h.ctx.limits.updates_per_second = 1;
    let at = chrono::Utc::now();
    let mut presses = vec![];
    for _ in 0..3 {
        let input = Input::Button {
            query_id: "q".into(),
            data: r(R::Cancel).encode(),
        };
        let mut incoming = h.incoming(&AMINA, AMINA.id, input);
        incoming.at = at;
        presses.push(incoming);
    }
    h.deliver(&presses[0]).await;
    for press in &presses[1..] {
        let outs = h.deliver(press).await;
        assert_eq!(
            ids(&outs),
            ["error-slow-down-button"],
            "each refused press is answered"
        );
        assert!(matches!(outs[0], Out::Answer { .. }));
    }
}

#[tokio::test]
async fn the_photos_of_a_report_are_shown_to_the_coordinator_as_one_album() {
    let mut h = city().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::PublicSpace)))
        .await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.album(&AMINA, chrono::Utc::now(), "g", &["p1", "p2", "p3"])
        .await;
    h.press(&AMINA, &r(R::ContentDone)).await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(true))).await;
    h.press(&AMINA, &r(R::Confirm)).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h
        .press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    let albums: Vec<&Vec<String>> = outs
        .iter()
        .filter_map(|o| match o {
            Out::Photos { file_ids, .. } => Some(file_ids),
            _ => None,
        })
        .collect();
    assert_eq!(albums, [&vec!["p1".to_owned(), "p2".into(), "p3".into()]]);
    assert!(
        !outs.iter().any(|o| matches!(o, Out::Media { .. })),
        "no photo is sent one at a time"
    );
}

#[tokio::test]
async fn retention_erases_raw_content_and_forgets_anonymous_reporters_but_keeps_statistics() {
    let mut h = city().await;
    let named = report(&mut h, true).await;
    // An anonymous one.
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Neighbours))).await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    h.text(&AMINA, "Rue X").await;
    h.text(&AMINA, "Texte").await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(false))).await;
    h.press(&AMINA, &r(R::Confirm)).await;
    let anonymous: i64 = sqlx::query_scalar("SELECT MAX(id) FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let open = report(&mut h, true).await;
    for id in [named, anonymous] {
        h.press(
            &COORDINATOR,
            &Callback::TriageStatus(ReportId(id), ReportStatus::Resolved),
        )
        .await;
        let outs = h
            .press(&COORDINATOR, &Callback::ResolveWithoutNote(ReportId(id)))
            .await;
        assert_eq!(ids(&outs), ["triage-status-changed"]);
    }
    let creator: Option<i64> = sqlx::query_scalar(
        "SELECT actor_id FROM report_event WHERE report_id = ? AND note = 'created'",
    )
    .bind(anonymous)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(
        creator, None,
        "the audit trail does not name an anonymous reporter"
    );
    let run = |days: i64| {
        let now = chrono::Utc::now() + chrono::Duration::days(days);
        h.run_job(JobKind::ReportRetention, now, chrono::Duration::hours(48))
    };
    let row = |id: i64| {
        let pool = h.ctx.pool.clone();
        async move {
            sqlx::query_as::<_, (Option<i64>, Option<String>, Option<String>, String, String)>(
                "SELECT reporter_id, content_text, place_text, category, status FROM report WHERE id = ?",
            )
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    run(31).await;
    assert_eq!(
        row(anonymous).await.0,
        None,
        "anonymous link gone 30 days after closing"
    );
    assert!(
        row(named).await.0.is_some(),
        "a named report keeps its reporter"
    );
    assert!(
        row(named).await.2.is_some(),
        "content kept before six months"
    );
    run(184).await;
    for id in [named, anonymous] {
        let (_, text, place, category, status) = row(id).await;
        assert_eq!((text, place), (None, None));
        assert_eq!(status, "resolved", "statistics are kept");
        assert!(["incivility", "neighbours"].contains(&category.as_str()));
    }
    assert!(
        row(open).await.2.is_some(),
        "an open report younger than 24 months keeps its content"
    );
    run(731).await;
    assert_eq!(row(open).await.2, None, "open reports at most 24 months");
}

#[tokio::test]
async fn a_question_reaches_the_reporter_and_her_answer_comes_back_without_names() {
    use agenda_mmm::bot::callback::FollowUp;
    let mut h = city().await;
    let id = report(&mut h, true).await;
    h.outbox().await;
    let outs = h
        .press(&RELAY, &Callback::TriageAction(ReportId(id), FollowUp::Ask))
        .await;
    assert_eq!(ids(&outs), ["triage-ask-question"]);
    let outs = h.text(&RELAY, "À quelle heure exactement ?").await;
    assert_eq!(ids(&outs), ["triage-question-sent"]);
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, AMINA.id);
    assert!(
        !sent[0].text.contains("Rachida"),
        "the asker is not named: {}",
        sent[0].text
    );
    // She reads it in /myreports and answers.
    let outs = h.text(&AMINA, "/myreports").await;
    assert!(
        ids(&outs).contains(&"myreports-question"),
        "{:?}",
        ids(&outs)
    );
    let answer = button(&outs, "button-answer").unwrap();
    // Nobody else may answer her question.
    let outs = h.press(&RELAY, &answer).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let outs = h.press(&AMINA, &answer).await;
    assert_eq!(ids(&outs), ["answer-ask"]);
    let outs = h.text(&AMINA, "Vers 17 h, à la sortie").await;
    assert_eq!(ids(&outs), ["answer-thanks"]);
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, RELAY.id);
    assert!(
        sent[0].text.contains("Vers 17 h") && !sent[0].text.contains("Amina"),
        "{}",
        sent[0].text
    );
    let outs = h.press(&AMINA, &answer).await;
    assert_eq!(ids(&outs), ["error-stale-button"], "answered once");
    let notes: Vec<String> = sqlx::query_scalar("SELECT note FROM report_event WHERE report_id = ? AND note LIKE '%question%' OR note = 'answered' ORDER BY id")
        .bind(id)
        .fetch_all(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(notes, ["question asked", "answered"]);
}

#[tokio::test]
async fn partners_read_only_the_validated_text_and_never_a_safeguarded_report() {
    use agenda_mmm::bot::callback::FollowUp;
    let mut h = city().await;
    let id = report(&mut h, true).await;
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageAction(ReportId(id), FollowUp::Redact),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-ask-redacted"]);
    h.text(&COORDINATOR, "Bruit et déchets au parc, le soir.")
        .await;
    let raw: String = sqlx::query_scalar("SELECT content_text FROM report WHERE id = ?")
        .bind(id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(raw, "Bruit et déchets au parc, le soir.");
    h.press(
        &COORDINATOR,
        &Callback::TriageAction(ReportId(id), FollowUp::Validate),
    )
    .await;
    let outs = h
        .text(
            &COORDINATOR,
            "Dépôts de déchets au parc Brossolette en soirée.",
        )
        .await;
    assert_eq!(ids(&outs), ["triage-validated"]);
    let outs = h.text(&ACTOR, "/reports").await;
    assert_eq!(ids(&outs), ["partners-header", "partners-entry"]);
    let seen = h.rendered(&outs, "partners-entry");
    assert!(
        seen.contains("Dépôts de déchets") && !seen.contains("Amina") && !seen.contains("voice"),
        "{seen}"
    );
    // Safeguarding: coordinator only; the report leaves the partners' view.
    let outs = h
        .press(
            &RELAY,
            &Callback::TriageAction(ReportId(id), FollowUp::Safeguarding),
        )
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageAction(ReportId(id), FollowUp::Safeguarding),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-safeguarding-on"]);
    let outs = h.text(&ACTOR, "/reports").await;
    assert_eq!(ids(&outs), ["partners-header", "partners-none"]);
    // Partners and mothers cannot act on a report.
    for who in [&ACTOR, &AMINA, &OTHER_RELAY] {
        let outs = h
            .press(
                who,
                &Callback::TriageAction(ReportId(id), FollowUp::Validate),
            )
            .await;
        assert_eq!(
            ids(&outs),
            ["error-not-allowed", "error-not-allowed-instead"],
            "{who:?}"
        );
    }
    let events: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM report_event WHERE report_id = ? AND note IN ('redacted text', 'validated for partners', 'safeguarding on')")
        .bind(id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(events, 3);
}

#[tokio::test]
async fn a_list_can_be_filtered_by_category() {
    let mut h = city().await;
    let incivility = report(&mut h, true).await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::SchoolRun))).await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(false))).await;
    h.press(&AMINA, &r(R::Confirm)).await;
    let outs = h.text(&RELAY, "/reports").await;
    assert_eq!(
        buttons(&outs)
            .iter()
            .filter(|(_, c)| matches!(c, Callback::TriageOpen(ReportId(_))))
            .count(),
        2
    );
    let outs = h
        .press(&RELAY, &button(&outs, "button-by-category").unwrap())
        .await;
    assert_eq!(ids(&outs), ["triage-choose-category"]);
    let outs = h
        .press(&RELAY, &button(&outs, "category-incivility").unwrap())
        .await;
    assert_eq!(ids(&outs), ["triage-list-header", "triage-list-category"]);
    let listed: Vec<_> = buttons(&outs)
        .into_iter()
        .filter_map(|(_, c)| match c {
            Callback::TriageOpen(ReportId(id)) => Some(id),
            _ => None,
        })
        .collect();
    assert_eq!(listed, [incivility]);
    // And by status.
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(incivility), ReportStatus::Acknowledged),
    )
    .await;
    let outs = h.text(&RELAY, "/reports").await;
    let outs = h
        .press(&RELAY, &button(&outs, "button-by-category").unwrap())
        .await;
    let outs = h
        .press(&RELAY, &button(&outs, "status-acknowledged").unwrap())
        .await;
    let listed: Vec<_> = buttons(&outs)
        .into_iter()
        .filter_map(|(_, c)| match c {
            Callback::TriageOpen(ReportId(id)) => Some(id),
            _ => None,
        })
        .collect();
    assert_eq!(listed, [incivility]);
}

#[tokio::test]
async fn one_photo_of_a_report_can_be_dropped() {
    use agenda_mmm::bot::callback::FollowUp;
    let mut h = city().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::PublicSpace)))
        .await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.attach(
        &AMINA,
        Attachment::Photo {
            file_id: "p1".into(),
        },
    )
    .await;
    h.attach(
        &AMINA,
        Attachment::Photo {
            file_id: "p2".into(),
        },
    )
    .await;
    h.press(&AMINA, &r(R::ContentDone)).await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(true))).await;
    h.press(&AMINA, &r(R::Confirm)).await;
    let id: i64 = sqlx::query_scalar("SELECT id FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::TriageAction(ReportId(id), FollowUp::DropPhotos),
        )
        .await;
    assert_eq!(ids(&outs), ["triage-which-photo"]);
    assert_eq!(buttons(&outs).len(), 2);
    let outs = h
        .press(&COORDINATOR, &Callback::DropPhoto(ReportId(id), 0))
        .await;
    assert_eq!(ids(&outs), ["triage-photos-dropped"]);
    let photos: Option<String> = sqlx::query_scalar("SELECT photo_file_ids FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(photos.as_deref(), Some(r#"["p2"]"#));
    let outs = h
        .press(&COORDINATOR, &Callback::DropPhoto(ReportId(id), 1))
        .await;
    assert_eq!(
        ids(&outs),
        ["error-stale-button"],
        "no second photo any more"
    );
    let outs = h
        .press(&OTHER_RELAY, &Callback::DropPhoto(ReportId(id), 0))
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let note: String =
        sqlx::query_scalar("SELECT note FROM report_event WHERE note LIKE 'redacted: photo%'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(note, "redacted: photo 1 dropped");
}

/// The rendered labels of the inline buttons, in order.
fn button_labels(h: &Harness, outs: &[Out]) -> Vec<String> {
    outs.iter()
        .flat_map(|o| match o {
            Out::Text {
                locale,
                markup: Markup::Inline(rows),
                ..
            } => rows
                .iter()
                .flatten()
                .map(|b| match &b.label {
                    Label::Msg(m) => h.ctx.localizer.render(locale, m),
                    Label::Raw(s) => s.clone(),
                })
                .collect::<Vec<_>>(),
            _ => vec![],
        })
        .collect()
}

#[tokio::test]
async fn the_detail_and_the_list_say_whether_it_happens_regularly_and_the_day_it_was_reported() {
    let mut h = city().await;
    // BEL-0001: once, now. BEL-0002: regularly, on Tuesdays at school exit.
    report(&mut h, true).await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Incivility))).await;
    h.press(&AMINA, &r(R::When(WhenChoice::Regularly))).await;
    h.press(&AMINA, &r(R::Weekday(Weekday::Tue))).await;
    h.press(&AMINA, &r(R::WeekdaysDone)).await;
    h.press(&AMINA, &r(R::Slot(TimeSlot::SchoolExit))).await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.press(&AMINA, &r(R::Skip)).await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(true))).await;
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(
        arg(&outs, "report-saved", "reference").as_deref(),
        Some("BEL-0002")
    );
    let made: Vec<(i64, chrono::DateTime<chrono::Utc>)> =
        sqlx::query_as("SELECT id, created_at FROM report ORDER BY id")
            .fetch_all(&h.ctx.pool)
            .await
            .unwrap();
    let fr = agenda_mmm::domain::Locale::parse("fr").unwrap();
    let paris = chrono_tz::Europe::Paris;
    let long = |at| agenda_mmm::domain::time::format_date_time(at, paris, &fr);
    let short = |at| agenda_mmm::domain::time::format_day(at, paris, &fr);

    // The relay, who may read both, sees once / regularly and the day in the list…
    let outs = h.text(&RELAY, "/reports").await;
    let labels = button_labels(&h, &outs);
    let line = |reference: &str| {
        labels
            .iter()
            .find(|l| l.contains(reference))
            .cloned()
            .unwrap_or_else(|| panic!("{reference} in {labels:?}"))
    };
    let (once, regular) = (line("BEL-0001"), line("BEL-0002"));
    assert!(
        once.contains("une fois") && once.contains(&short(made[0].1)),
        "{once}"
    );
    assert!(
        regular.contains("souvent") && regular.contains(&short(made[1].1)),
        "{regular}"
    );
    // …and in the detail, with the weekday, the slot and the date it was reported.
    let outs = h
        .press(&RELAY, &Callback::TriageOpen(ReportId(made[1].0)))
        .await;
    let detail = h.rendered(&outs, "triage-detail");
    assert!(
        detail.contains("souvent — Mardi — ")
            && detail.contains("Sortie d'école")
            && detail.contains(&format!("signalé le {}", long(made[1].1))),
        "{detail}"
    );
    let outs = h
        .press(&RELAY, &Callback::TriageOpen(ReportId(made[0].0)))
        .await;
    let detail = h.rendered(&outs, "triage-detail");
    assert!(
        detail.contains("une fois — ") && detail.contains(&long(made[0].1)),
        "{detail}"
    );
}
