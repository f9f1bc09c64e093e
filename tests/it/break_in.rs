//! Trying to break in, in-process: nothing revealed (the database files after an erasure,
//! `/mydata` of each role, the controller nobody chose, the access log, buttons on erased
//! content) and no one where she does not belong (an ended role, a coordinator's equal,
//! the anonymous unlink, another city's group, buttons in a group, a duplicate of a
//! report she cannot read).

use crate::support;

use agenda_mmm::bot::callback::{Callback, FollowUp, PrivacyButton as P, ReportButton as R};
use agenda_mmm::bot::incoming::Input;
use agenda_mmm::bot::reply::Out;
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::domain::ReportId;
use agenda_mmm::domain::report::{Category, ReportStatus};
use agenda_mmm::domain::{AssignmentId, CityId, Locale, PrivacyField, Role};
use agenda_mmm::scheduler::JobKind;
use serde_json::Value;
use support::dialogue::{Harness, Person, button, buttons, ids, person};
use support::scenario::{ADMIN, COORDINATOR, count, last_report, r, roubaix};

const RELAY: Person = person(5_550_001, Some("fr"));
const MOTHER: Person = person(5_550_002, Some("fr"));
const NEWCOMER: Person = person(5_550_003, Some("fr"));
const LYON_COORDINATOR: Person = person(5_550_004, Some("fr"));
const SECOND_COORDINATOR: Person = person(5_550_005, Some("fr"));

/// Roubaix with Belleville: the coordinator (Claire) invites a relay (Rachida), who
/// invites a mother (Zoubida).
async fn city() -> Harness {
    let mut h = roubaix().await;
    let code = h.invite(&COORDINATOR, Role::Relay, None).await;
    h.join(&RELAY, Some(&code), "fr", Some("Rachida")).await;
    let code = h.invite(&RELAY, Role::Mother, None).await;
    h.join(&MOTHER, Some(&code), "fr", Some("Zoubida")).await;
    h.outbox().await;
    h
}

/// The mother reports: a place and a text, shared with the relays or not, named or not.
async fn report(h: &mut Harness, relays: bool, named: bool, words: &str) -> i64 {
    h.text(&MOTHER, "/report").await;
    h.press(&MOTHER, &r(R::Category(Category::Incivility)))
        .await;
    h.press(&MOTHER, &r(R::When(WhenChoice::Now))).await;
    h.text(&MOTHER, &format!("Lieu-{words}")).await;
    h.text(&MOTHER, &format!("Texte-{words}")).await;
    h.press(&MOTHER, &r(R::ContentDone)).await;
    h.press(&MOTHER, &r(R::Audience(relays))).await;
    h.press(&MOTHER, &r(R::Named(named))).await;
    let outs = h.press(&MOTHER, &r(R::Confirm)).await;
    assert_eq!(ids(&outs)[0], "report-saved", "{:?}", ids(&outs));
    last_report(h).await
}

/// `asker` asks the mother a question about report `id`, and she answers.
async fn question_and_answer(h: &mut Harness, asker: &Person, id: i64, words: &str) {
    h.press(asker, &Callback::TriageOpen(ReportId(id))).await;
    h.press(asker, &Callback::TriageAction(ReportId(id), FollowUp::Ask))
        .await;
    let outs = h.text(asker, &format!("Question-{words} ?")).await;
    assert_eq!(ids(&outs), ["triage-question-sent"]);
    h.outbox().await;
    let outs = h.text(&MOTHER, "/myreports").await;
    let answer = button(&outs, "button-answer").expect("an answer button");
    h.press(&MOTHER, &answer).await;
    let outs = h.text(&MOTHER, &format!("Reponse-{words}")).await;
    assert_eq!(ids(&outs)[0], "answer-thanks", "{:?}", ids(&outs));
    h.outbox().await;
}

async fn person_of(h: &Harness, who: &Person) -> i64 {
    sqlx::query_scalar("SELECT person_id FROM telegram_account WHERE telegram_user_id = ?")
        .bind(who.id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

/// The bytes of the database file and of its write-ahead log, as Latin-1 text.
fn files(h: &Harness) -> String {
    let mut all = String::new();
    for name in ["test.db", "test.db-wal"] {
        if let Ok(bytes) = std::fs::read(h.dir.path().join(name)) {
            all.extend(bytes.iter().map(|b| char::from(*b)));
        }
    }
    all
}

fn mydata(outs: &[Out]) -> Value {
    support::privacy::document(outs)
}

#[tokio::test]
async fn after_forget_her_words_are_in_neither_the_database_file_nor_its_wal() {
    let mut h = city().await;
    let id = report(&mut h, true, true, "OCTOPUS").await;
    question_and_answer(&mut h, &COORDINATOR, id, "OCTOPUS").await;
    h.press(
        &COORDINATOR,
        &Callback::TriageAction(ReportId(id), FollowUp::Validate),
    )
    .await;
    h.text(&COORDINATOR, "Partenaires-OCTOPUS").await;
    let markers = [
        "Zoubida",
        "Lieu-OCTOPUS",
        "Texte-OCTOPUS",
        "Question-OCTOPUS",
        "Reponse-OCTOPUS",
        "Partenaires-OCTOPUS",
    ];
    let before = files(&h);
    for marker in markers {
        assert!(before.contains(marker), "the files hold {marker} before");
    }

    h.text(&MOTHER, "/forget").await;
    let outs = h.press(&MOTHER, &Callback::Privacy(P::Forget(true))).await;
    assert_eq!(ids(&outs), ["forget-done"]);

    let after = files(&h);
    for marker in markers {
        assert!(
            !after.contains(marker),
            "{marker} is still in the database files after /forget"
        );
    }
}

#[tokio::test]
async fn after_the_retention_job_erased_a_report_its_words_are_in_no_database_file() {
    let mut h = city().await;
    let id = report(&mut h, false, false, "NARWHAL").await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::Rejected),
    )
    .await;
    h.text(&COORDINATOR, "hors sujet").await;
    assert!(files(&h).contains("Texte-NARWHAL"));
    let later = chrono::Utc::now() + chrono::Duration::days(400);
    h.run_job(JobKind::ReportRetention, later, chrono::Duration::hours(48))
        .await;
    let erased = count(&h, "SELECT COUNT(*) FROM report WHERE content_text IS NULL").await;
    assert_eq!(erased, 1);
    let after = files(&h);
    for marker in ["Texte-NARWHAL", "Lieu-NARWHAL"] {
        assert!(!after.contains(marker), "{marker} is still in the files");
    }
}

/// Every value in `doc` under a key named `key`, anywhere.
fn values_of<'a>(doc: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match doc {
        Value::Object(map) => {
            for (k, v) in map {
                if k == key {
                    out.push(v);
                }
                values_of(v, key, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| values_of(v, key, out)),
        _ => {}
    }
}

#[tokio::test]
async fn in_her_data_no_one_else_appears_by_name_person_id_or_telegram_id() {
    let mut h = city().await;
    // An anonymous report shared with the relays; the relay asks, the mother answers;
    // the coordinator moves it on.
    let id = report(&mut h, true, false, "WALRUS").await;
    question_and_answer(&mut h, &RELAY, id, "WALRUS").await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::Acknowledged),
    )
    .await;
    h.outbox().await;
    let reference: String = sqlx::query_scalar("SELECT reference FROM report WHERE id = ?")
        .bind(id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let people = [
        (COORDINATOR, "Claire"),
        (RELAY, "Rachida"),
        (MOTHER, "Zoubida"),
    ];
    let mut ids_of = vec![];
    for (who, _) in &people {
        ids_of.push(person_of(&h, who).await);
    }
    // The columns that point to a person, in any table.
    let links: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f.\"table\" = 'person'",
    )
    .fetch_all(&h.ctx.pool)
    .await
    .unwrap();
    for (i, (who, name)) in people.iter().enumerate() {
        let doc = mydata(&h.text(who, "/mydata").await);
        let text = doc.to_string();
        let me = ids_of[i];
        for (j, (other, other_name)) in people.iter().enumerate() {
            if i == j {
                continue;
            }
            assert!(
                !text.contains(other_name),
                "{name}'s file names {other_name}"
            );
            // Telegram ids: the chats and accounts in her file are hers only.
            for key in ["chat_id", "telegram_user_id"] {
                let mut found = vec![];
                values_of(&doc, key, &mut found);
                assert!(
                    found
                        .iter()
                        .all(|v| v.is_null() || v.as_i64() == Some(who.id)),
                    "{name}'s file has another {key}: {found:?}"
                );
            }
            // (The coordinator's Telegram id, 2, is too small to look for as text.)
            assert!(
                other.id < 1000 || !text.contains(&other.id.to_string()),
                "{name}'s file holds {other_name}'s Telegram id"
            );
        }
        // Person ids: every link to a person is hers or empty.
        for key in links.iter().map(String::as_str).chain(["about_person_id"]) {
            let mut found = vec![];
            values_of(&doc, key, &mut found);
            assert!(
                found.iter().all(|v| v.is_null() || v.as_i64() == Some(me)),
                "{name}'s file has another person in {key}: {found:?}"
            );
        }
        if who.id != MOTHER.id {
            // Nothing in the coordinator's or the relay's file ties the anonymous report
            // to anyone: a row that names it (an alert, an answer) names no one, and
            // the answer's words, the mother's, are not theirs to take.
            for row in doc
                .as_object()
                .unwrap()
                .values()
                .flat_map(|t| t.as_array().unwrap())
            {
                if row.to_string().contains(&reference) {
                    assert!(row["about_person_id"].is_null(), "{name}: {row}");
                }
            }
            assert!(
                !text.contains("Reponse-WALRUS"),
                "{name}'s file has the answer: {text}"
            );
        }
    }
}

#[tokio::test]
async fn until_the_coordinator_names_the_controller_privacy_says_so_and_settings_remind_her() {
    let mut h = city().await;
    let outs = h.text(&MOTHER, "/privacy").await;
    assert!(
        ids(&outs).contains(&"privacy-controller-not-named"),
        "{:?}",
        ids(&outs)
    );
    assert!(!ids(&outs).contains(&"privacy-controller"));
    let rendered: String = outs.iter().map(|o| h.render(o)).collect();
    assert!(
        !rendered.contains("(mairie)"),
        "a kind nobody chose: {rendered}"
    );
    let details = h.press(&MOTHER, &Callback::Privacy(P::Details)).await;
    assert!(ids(&details).contains(&"privacy-basis-not-named"));
    assert!(!ids(&details).contains(&"privacy-basis"));
    for who in [&COORDINATOR, &ADMIN] {
        let outs = h.text(who, "/settings").await;
        assert!(
            ids(&outs).contains(&"settings-privacy-reminder"),
            "{:?}",
            ids(&outs)
        );
    }
    let outs = h
        .press(&COORDINATOR, &Callback::Privacy(P::City(CityId(1))))
        .await;
    assert_eq!(ids(&outs)[0], "privacy-settings-not-named");

    // Named: the notice says who, of what kind, on what basis; no more reminder.
    h.press(
        &COORDINATOR,
        &Callback::Privacy(P::Edit(CityId(1), PrivacyField::Controller)),
    )
    .await;
    h.text(&COORDINATOR, "Mairie de Roubaix").await;
    let outs = h.text(&MOTHER, "/privacy").await;
    assert!(ids(&outs).contains(&"privacy-controller"));
    let details = h.press(&MOTHER, &Callback::Privacy(P::Details)).await;
    assert!(ids(&details).contains(&"privacy-basis"));
    let outs = h.text(&COORDINATOR, "/settings").await;
    assert!(!ids(&outs).contains(&"settings-privacy-reminder"));
}

#[tokio::test]
async fn one_opening_of_a_named_report_is_logged_once_whatever_buttons_follow() {
    let mut h = city().await;
    let id = report(&mut h, false, true, "OTTER").await;
    let opened = "SELECT COUNT(*) FROM report_event WHERE note = 'opened'";
    h.press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    assert_eq!(count(&h, opened).await, 1);
    // The status buttons under the detail check her rights without logging an opening.
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::Acknowledged),
    )
    .await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::Resolved),
    )
    .await;
    h.press(&COORDINATOR, &Callback::ResolveWithoutNote(ReportId(id)))
        .await;
    h.press(
        &COORDINATOR,
        &Callback::TriageAction(ReportId(id), FollowUp::Safeguarding),
    )
    .await;
    assert_eq!(count(&h, opened).await, 1);
    h.press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    assert_eq!(
        count(&h, opened).await,
        2,
        "a second opening is a second line"
    );
}

#[tokio::test]
async fn a_report_whose_content_was_erased_offers_no_correction_nor_partner_text() {
    let mut h = city().await;
    let id = report(&mut h, false, true, "SEAL").await;
    let outs = h
        .press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    let labels: Vec<String> = buttons(&outs).into_iter().map(|(l, _)| l).collect();
    assert!(labels.iter().any(|l| l == "button-redact"), "{labels:?}");
    h.text(&MOTHER, "/forget").await;
    h.press(&MOTHER, &Callback::Privacy(P::Forget(true))).await;

    let outs = h
        .press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    let labels: Vec<String> = buttons(&outs).into_iter().map(|(l, _)| l).collect();
    for gone in ["button-redact", "button-validate"] {
        assert!(!labels.iter().any(|l| l == gone), "{gone} in {labels:?}");
    }
    // A forged button is refused and writes nothing.
    for action in [FollowUp::Redact, FollowUp::Validate] {
        let outs = h
            .press(&COORDINATOR, &Callback::TriageAction(ReportId(id), action))
            .await;
        assert_eq!(ids(&outs), ["triage-content-erased"]);
    }
    let outs = h.text(&COORDINATOR, "Texte écrit après coup").await;
    assert!(!ids(&outs).contains(&"triage-redacted"));
    assert_eq!(
        count(
            &h,
            "SELECT COUNT(*) FROM report WHERE content_text IS NOT NULL OR partner_text IS NOT NULL"
        )
        .await,
        0
    );
}

async fn assignment(h: &Harness, who: &Person, role: &str) -> AssignmentId {
    let person = person_of(h, who).await;
    AssignmentId(
        sqlx::query_scalar(
            "SELECT id FROM role_assignment WHERE person_id = ? AND role = ? ORDER BY id DESC",
        )
        .bind(person)
        .bind(role)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap(),
    )
}

#[tokio::test]
async fn a_relay_whose_role_was_ended_does_not_come_back_with_her_old_invitation() {
    let mut h = roubaix().await;
    let code = h.invite(&COORDINATOR, Role::Relay, None).await;
    h.join(&RELAY, Some(&code), "fr", Some("Rachida")).await;
    let mother_code = h.invite(&RELAY, Role::Mother, None).await;
    let relay = assignment(&h, &RELAY, "relay").await;
    let outs = h.press(&COORDINATOR, &Callback::EndRole(relay)).await;
    assert_eq!(ids(&outs), ["members-role-ended"]);

    let outs = h.text(&RELAY, &format!("/start {code}")).await;
    assert_eq!(ids(&outs), ["invite-problem-role-ended"]);
    let outs = h.text(&RELAY, "/reports").await;
    assert!(
        !ids(&outs).iter().any(|i| i.starts_with("triage-")),
        "{:?}",
        ids(&outs)
    );
    let active = "SELECT COUNT(*) FROM role_assignment WHERE role = 'relay' AND ends_at IS NULL";
    assert_eq!(count(&h, active).await, 0);

    // What she created while a relay is no longer valid either.
    h.text(&NEWCOMER, &format!("/start {mother_code}")).await;
    h.press(&NEWCOMER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    let outs = h.press(&NEWCOMER, &Callback::Continue).await;
    assert!(
        ids(&outs).contains(&"invite-problem-withdrawn"),
        "{:?}",
        ids(&outs)
    );

    // A new invitation brings her back.
    let code = h.invite(&COORDINATOR, Role::Relay, None).await;
    let outs = h.text(&RELAY, &format!("/start {code}")).await;
    assert_eq!(ids(&outs), ["joined-new-role", "menu-shown"]);
    assert_eq!(count(&h, active).await, 1);
}

#[tokio::test]
async fn a_coordinator_can_neither_demote_nor_end_another_coordinator() {
    let mut h = roubaix().await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&SECOND_COORDINATOR, Some(&code), "fr", Some("Nadia"))
        .await;
    let other = assignment(&h, &SECOND_COORDINATOR, "coordinator").await;
    // No button for her equal in /members.
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::Members(agenda_mmm::bot::callback::ScopeRef::City(CityId(1))),
        )
        .await;
    assert!(
        !buttons(&outs).iter().any(
            |(_, cb)| matches!(cb, Callback::EndRole(a) | Callback::ChangeRole(a) if *a == other)
        ),
        "{:?}",
        buttons(&outs)
    );
    // Forged buttons are refused.
    let outs = h.press(&COORDINATOR, &Callback::ChangeRole(other)).await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h.press(&COORDINATOR, &Callback::EndRole(other)).await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let active =
        "SELECT COUNT(*) FROM role_assignment WHERE role = 'coordinator' AND ends_at IS NULL";
    assert_eq!(count(&h, active).await, 2);
    assert_eq!(
        count(
            &h,
            "SELECT COUNT(*) FROM role_assignment WHERE role = 'elected'"
        )
        .await,
        0
    );
    // The operator may.
    let outs = h.press(&ADMIN, &Callback::EndRole(other)).await;
    assert_eq!(ids(&outs), ["members-role-ended"]);
}

#[tokio::test]
async fn the_anonymous_unlink_reaches_every_row_that_ties_her_to_the_report() {
    let mut h = city().await;
    let id = report(&mut h, true, false, "PUFFIN").await;
    question_and_answer(&mut h, &COORDINATOR, id, "PUFFIN").await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::Rejected),
    )
    .await;
    h.text(&COORDINATOR, "hors sujet").await;
    h.outbox().await;
    let her = person_of(&h, &MOTHER).await;
    let tied = format!(
        "SELECT COUNT(*) FROM outbox WHERE (person_id = {her} OR about_person_id = {her})
           AND (dedup_key LIKE 'status:{id}:%'
                OR dedup_key IN (SELECT 'question:' || id FROM report_question WHERE report_id = {id})
                OR dedup_key IN (SELECT 'answer:' || id FROM report_question WHERE report_id = {id}))"
    );
    assert!(
        count(&h, &tied).await >= 3,
        "status, question and answer rows"
    );

    let later = chrono::Utc::now() + chrono::Duration::days(31);
    h.run_job(JobKind::ReportRetention, later, chrono::Duration::hours(48))
        .await;

    assert_eq!(
        count(
            &h,
            &format!("SELECT COUNT(*) FROM report WHERE reporter_id = {her}")
        )
        .await,
        0
    );
    assert_eq!(
        count(&h, &tied).await,
        0,
        "an outbox row still ties her to it"
    );
    // Every column the inventory calls a link to a person: none ties her to the report.
    let links: Vec<_> = support::privacy::inventory()
        .into_iter()
        .filter(|e| e.personal == "lien")
        .collect();
    for (table, column) in [
        ("outbox", "person_id"),
        ("outbox", "about_person_id"),
        ("report", "reporter_id"),
        ("report_event", "actor_id"),
        ("report_question", "asked_by"),
    ] {
        assert!(
            links.iter().any(|e| e.table == table && e.column == column),
            "the inventory does not call {table}.{column} a link to a person"
        );
    }
    for e in &links {
        let on_report = match e.table.as_str() {
            "report" => format!("id = {id}"),
            "report_event" | "report_question" => format!("report_id = {id}"),
            _ => continue,
        };
        let sql = format!(
            "SELECT COUNT(*) FROM {} WHERE {} = {her} AND {on_report}",
            e.table, e.column
        );
        assert_eq!(
            count(&h, &sql).await,
            0,
            "{}.{} names her",
            e.table,
            e.column
        );
    }
}

#[tokio::test]
async fn a_coordinator_of_another_city_cannot_take_over_a_linked_group() {
    let mut h = roubaix().await;
    let group = -100_300;
    let linkgroup = |args: &str| Input::Command {
        name: "linkgroup".into(),
        args: args.into(),
    };
    let inc = h.incoming(&COORDINATOR, group, linkgroup("BEL"));
    assert_eq!(
        ids(&h.deliver(&inc).await),
        ["linkgroup-done", "linkgroup-door"]
    );
    h.text(&ADMIN, "/newcity Lyon").await;
    let code = h.invite(&ADMIN, Role::Coordinator, Some("Lyon")).await;
    h.join(&LYON_COORDINATOR, Some(&code), "fr", Some("Inès"))
        .await;
    h.text(&LYON_COORDINATOR, "/newquartier CRO Croix-Rousse")
        .await;

    let inc = h.incoming(&LYON_COORDINATOR, group, linkgroup("CRO"));
    assert_eq!(ids(&h.deliver(&inc).await), ["error-not-allowed"]);
    let linked: Vec<(String, Option<i64>)> =
        sqlx::query_as("SELECT prefix, group_chat_id FROM quartier ORDER BY id")
            .fetch_all(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(
        linked,
        [("BEL".to_owned(), Some(group)), ("CRO".to_owned(), None)]
    );
    // Its own coordinator cannot link it to a second quartier either: a group serves one.
    h.text(&COORDINATOR, "/newquartier ROU Roubaix centre")
        .await;
    let inc = h.incoming(&COORDINATOR, group, linkgroup("ROU"));
    assert_eq!(ids(&h.deliver(&inc).await), ["linkgroup-other-quartier"]);
}

#[tokio::test]
async fn a_report_button_pressed_in_a_group_posts_nothing_and_sets_no_state() {
    let mut h = city().await;
    let id = report(&mut h, false, true, "CORMORANT").await;
    let group = -100_400;
    for cb in [
        Callback::TriageOpen(ReportId(id)),
        Callback::TriageStatus(ReportId(id), ReportStatus::Rejected),
        Callback::TriageAction(ReportId(id), FollowUp::Ask),
    ] {
        let input = Input::Button {
            query_id: "q-group".into(),
            data: cb.encode(),
        };
        let inc = h.incoming(&COORDINATOR, group, input);
        let outs = h.deliver(&inc).await;
        assert_eq!(ids(&outs), ["error-private-button"], "{cb:?}");
        assert!(
            outs.iter().all(|o| matches!(o, Out::Answer { .. })),
            "something was posted to the group: {outs:?}"
        );
    }
    let states: Vec<String> = sqlx::query_scalar("SELECT state FROM chat_state WHERE chat_id = ?")
        .bind(group)
        .fetch_all(&h.ctx.pool)
        .await
        .unwrap();
    assert!(
        states
            .iter()
            .all(|s| s == &agenda_mmm::bot::state::State::Idle.to_json()),
        "{states:?}"
    );
    assert_eq!(
        count(
            &h,
            "SELECT COUNT(*) FROM report_event WHERE note = 'opened'"
        )
        .await,
        0
    );
}

#[tokio::test]
async fn a_relay_cannot_merge_into_a_report_she_cannot_read() {
    let mut h = city().await;
    let hidden = report(&mut h, false, true, "HERON").await;
    let shared = report(&mut h, true, true, "EGRET").await;
    let hidden_ref: String = sqlx::query_scalar("SELECT reference FROM report WHERE id = ?")
        .bind(hidden)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    let trail = format!("SELECT COUNT(*) FROM report_event WHERE report_id = {hidden}");
    let before = count(&h, &trail).await;
    h.press(
        &RELAY,
        &Callback::TriageStatus(ReportId(shared), ReportStatus::Duplicate),
    )
    .await;
    let outs = h.text(&RELAY, &hidden_ref).await;
    assert_eq!(
        ids(&outs),
        ["triage-duplicate-unknown"],
        "as if it did not exist"
    );
    assert_eq!(count(&h, &trail).await, before, "its trail is untouched");
    let shared_status: String = sqlx::query_scalar("SELECT status FROM report WHERE id = ?")
        .bind(shared)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(shared_status, "new");
    // The coordinator, who reads both, may merge.
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(shared), ReportStatus::Duplicate),
    )
    .await;
    let outs = h.text(&COORDINATOR, &hidden_ref).await;
    assert_eq!(ids(&outs), ["triage-status-changed"]);
    assert_eq!(count(&h, &trail).await, before + 1);
}
