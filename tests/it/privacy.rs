//! Privacy, in-process: `/privacy` names the city's controller, `/mydata` hands over
//! everything held, `/forget` leaves nothing of her in any table while her reports stay
//! as statistics, old buttons after `/forget` get a clear answer, and a coordinator sets
//! the city's notice.

use crate::support;

use agenda_mmm::bot::callback::{Callback, FollowUp, PrivacyButton as P, ReportButton as R};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::bot::reply::{Markup, Out};
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::domain::ReportId;
use agenda_mmm::domain::report::{Category, ReportStatus};
use agenda_mmm::domain::{CityId, PrivacyField, Role};
use support::dialogue::{Harness, Person, arg, button, ids, person};
use support::privacy::{every_value, her_markers};
use support::scenario::{ADMIN, COORDINATOR, count, last_report, r, roubaix};

const RELAY: Person = person(5, Some("fr"));
/// Her Telegram id is one no other value of the database could be by chance.
const ZOUBIDA: Person = person(7_770_001, Some("fr"));
const NEVER_STARTED: Person = person(7_770_002, Some("fr"));

/// Roubaix with Belleville: a coordinator, a relay, and Zoubida (a mother, named).
async fn city() -> Harness {
    let mut h = roubaix().await;
    let code = h
        .invite(&COORDINATOR, Role::Relay, Some("Belleville"))
        .await;
    h.join(&RELAY, Some(&code), "fr", Some("Rachida")).await;
    let code = h
        .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
        .await;
    h.join(&ZOUBIDA, Some(&code), "fr", Some("Zoubida")).await;
    h.outbox().await;
    h
}

/// Zoubida reports, named, with an exact location, a text and a photo; the coordinator
/// opens it, asks a question she answers, validates a partner text and resolves it with
/// a note. Returns the report's id.
async fn her_report_and_its_history(h: &mut Harness) -> i64 {
    h.text(&ZOUBIDA, "/report").await;
    h.press(&ZOUBIDA, &r(R::Category(Category::Incivility)))
        .await;
    h.press(&ZOUBIDA, &r(R::When(WhenChoice::Now))).await;
    let location = Attachment::Location {
        latitude: 50.694217,
        longitude: 3.174631,
    };
    assert_eq!(
        ids(&h.attach(&ZOUBIDA, location).await),
        ["report-ask-content"]
    );
    let photo = Attachment::Photo {
        file_id: "photo-MARQUEUR".into(),
    };
    h.attach(&ZOUBIDA, photo).await;
    h.text(&ZOUBIDA, "Texte-MARQUEUR au parc").await;
    h.press(&ZOUBIDA, &r(R::ContentDone)).await;
    h.press(&ZOUBIDA, &r(R::Audience(true))).await;
    h.press(&ZOUBIDA, &r(R::Named(true))).await;
    let outs = h.press(&ZOUBIDA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs)[0], "report-saved", "{:?}", ids(&outs));
    let id = last_report(h).await;
    h.press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    h.press(
        &COORDINATOR,
        &Callback::TriageAction(ReportId(id), FollowUp::Ask),
    )
    .await;
    h.text(&COORDINATOR, "Question-MARQUEUR ?").await;
    h.outbox().await;
    let outs = h.text(&ZOUBIDA, "/myreports").await;
    let answer = button(&outs, "button-answer").expect("an answer button");
    h.press(&ZOUBIDA, &answer).await;
    h.text(&ZOUBIDA, "Reponse-MARQUEUR").await;
    h.press(
        &COORDINATOR,
        &Callback::TriageAction(ReportId(id), FollowUp::Validate),
    )
    .await;
    h.text(&COORDINATOR, "Partenaires-MARQUEUR").await;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), ReportStatus::Resolved),
    )
    .await;
    h.text(&COORDINATOR, "Note-MARQUEUR posée").await;
    id
}

#[tokio::test]
async fn after_forget_no_table_holds_anything_of_her_and_her_reports_stay_as_statistics() {
    let mut h = city().await;
    let id = her_report_and_its_history(&mut h).await;
    // Part of it is still to be delivered: a queued message to her, and her answer to the
    // coordinator (which carries her words).
    let markers = her_markers(ZOUBIDA.id, "Zoubida");
    let before = every_value(&h.ctx.pool).await;
    assert!(
        markers.iter().all(|m| before.iter().any(|v| v.contains(m))),
        "the scenario holds every marker before /forget"
    );

    let outs = h.text(&ZOUBIDA, "/forget").await;
    assert_eq!(ids(&outs), ["forget-confirm"]);
    let outs = h.press(&ZOUBIDA, &Callback::Privacy(P::Forget(true))).await;
    assert_eq!(ids(&outs), ["forget-done"]);
    assert!(outs.iter().any(|o| matches!(
        o,
        Out::Text {
            markup: Markup::RemoveMenu,
            ..
        }
    )));

    let after = every_value(&h.ctx.pool).await;
    for marker in &markers {
        let left: Vec<&String> = after.iter().filter(|v| v.contains(marker)).collect();
        assert!(left.is_empty(), "{marker:?} is still held: {left:?}");
    }
    // Her report remains as an anonymous figure: quartier, category, cell, status.
    let stats: (Option<i64>, String, String, String, Option<String>) = sqlx::query_as(
        "SELECT reporter_id, category, cell_slot, status, content_erased_at FROM report WHERE id = ?",
    )
    .bind(id)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(stats.0, None);
    assert_eq!(stats.1, Category::Incivility.as_str());
    assert_eq!(stats.3, "resolved");
    assert!(stats.4.is_some());
    // Nothing more goes to her, and others are unaffected.
    assert_eq!(count(&h, "SELECT COUNT(*) FROM person").await, 3);
    assert!(h.outbox().await.iter().all(|d| d.chat_id != ZOUBIDA.id));
}

#[tokio::test]
async fn forget_says_when_her_city_erases_an_anonymous_report_it_can_no_longer_find() {
    let mut h = city().await;
    let outs = h.text(&ZOUBIDA, "/forget").await;
    assert_eq!(ids(&outs), ["forget-confirm"]);
    let months = agenda_mmm::bot::context::Retention::months(h.ctx.retention.report_days);
    let said = h.rendered(&outs, "forget-confirm");
    assert!(
        said.contains(&format!("à Roubaix, {months} mois après sa clôture")),
        "{said}"
    );
}

#[tokio::test]
async fn old_buttons_after_forget_or_before_start_get_a_clear_answer_and_she_can_start_afresh() {
    let mut h = city().await;
    let settings = h.text(&ZOUBIDA, "/settings").await;
    let toggle = button(&settings, "button-toggle-discreet").unwrap();
    h.text(&ZOUBIDA, "/forget").await;
    let confirm = Callback::Privacy(P::Forget(true));
    h.press(&ZOUBIDA, &confirm).await;
    for old in [
        toggle,
        confirm,
        r(R::Confirm),
        Callback::TriageOpen(ReportId(1)),
    ] {
        let outs = h.press(&ZOUBIDA, &old).await;
        assert_eq!(ids(&outs), ["error-not-registered"], "{old:?}");
    }
    // The menu she still sees, and commands of members.
    for text in ["📝 Signaler", "/report", "/myreports"] {
        let outs = h.text(&ZOUBIDA, text).await;
        assert_eq!(ids(&outs), ["error-not-registered"], "{text}");
    }
    for cmd in ["/mydata", "/forget"] {
        let outs = h.text(&ZOUBIDA, cmd).await;
        assert_eq!(ids(&outs), ["privacy-nothing-held"], "{cmd}");
    }
    // Someone who never ran /start.
    let outs = h.press(&NEVER_STARTED, &r(R::Confirm)).await;
    assert_eq!(ids(&outs), ["error-not-registered"]);
    let outs = h.press_raw(&NEVER_STARTED, "p:f1").await;
    assert_eq!(ids(&outs), ["error-not-registered"]);
    assert_eq!(count(&h, "SELECT COUNT(*) FROM person").await, 3);
    // She comes back with a new invitation: a new person, nothing of the old one.
    let code = h
        .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
        .await;
    let outs = h.text(&ZOUBIDA, &format!("/start {code}")).await;
    assert_eq!(ids(&outs), ["onboarding-choose-language"]);
    h.join(&ZOUBIDA, Some(&code), "fr", None).await;
    let outs = h.text(&ZOUBIDA, "/mydata").await;
    assert_eq!(
        arg(&outs, "mydata-summary", "name"),
        Some("settings-name-none".into())
    );
    let reports: i64 = count(
        &h,
        "SELECT COUNT(*) FROM report WHERE reporter_id IS NOT NULL",
    )
    .await;
    assert_eq!(reports, 0);
}

#[tokio::test]
async fn keeping_the_account_erases_nothing() {
    let mut h = city().await;
    h.text(&ZOUBIDA, "/forget").await;
    let outs = h
        .press(&ZOUBIDA, &Callback::Privacy(P::Forget(false)))
        .await;
    assert_eq!(ids(&outs), ["forget-kept"]);
    assert_eq!(count(&h, "SELECT COUNT(*) FROM person").await, 4);
    // The confirmation is one step: the old button does nothing now.
    let outs = h.press(&ZOUBIDA, &Callback::Privacy(P::Forget(true))).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    assert_eq!(count(&h, "SELECT COUNT(*) FROM person").await, 4);
    // Asked in the middle of a report, "keep" takes her back to it.
    h.text(&ZOUBIDA, "/report").await;
    h.press(&ZOUBIDA, &r(R::Category(Category::Incivility)))
        .await;
    h.press(&ZOUBIDA, &r(R::When(WhenChoice::Now))).await;
    h.text(&ZOUBIDA, "/forget").await;
    let outs = h
        .press(&ZOUBIDA, &Callback::Privacy(P::Forget(false)))
        .await;
    assert_eq!(ids(&outs), ["forget-kept"]);
    let outs = h.text(&ZOUBIDA, "Parc Brossolette").await;
    assert_eq!(ids(&outs), ["report-ask-content"]);
}

#[tokio::test]
async fn mydata_sends_a_summary_and_a_json_file_of_everything_held() {
    let mut h = city().await;
    her_report_and_its_history(&mut h).await;
    let outs = h.text(&ZOUBIDA, "/mydata").await;
    assert_eq!(ids(&outs), ["mydata-summary", "mydata-caption"]);
    assert_eq!(arg(&outs, "mydata-summary", "name"), Some("Zoubida".into()));
    let json = support::privacy::document(&outs);
    assert_eq!(json["person"][0]["first_name"], "Zoubida");
    assert_eq!(json["telegram_account"][0]["telegram_user_id"], ZOUBIDA.id);
    assert_eq!(json["report"][0]["content_text"], "Texte-MARQUEUR au parc");
    assert_eq!(json["report"][0]["latitude"], 50.694217);
    let answers: Vec<&str> = json["report_question"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|q| q["answer"].as_str())
        .collect();
    assert_eq!(answers, ["Reponse-MARQUEUR"]);
    // Messages to her only: her answer relayed to the coordinator is the coordinator's
    // message, and its row would tie her to the coordinator.
    let outbox = json["outbox"].as_array().unwrap();
    assert!(!outbox.is_empty());
    assert!(
        outbox
            .iter()
            .all(|m| m["person_id"] == json["person"][0]["id"]),
        "{outbox:?}"
    );
    // Nothing of anyone else: the coordinator's and relay's names are not in it.
    let text = json.to_string();
    assert!(
        !text.contains("Claire") && !text.contains("Rachida"),
        "{text}"
    );
    let rendered = h.rendered(&outs, "mydata-summary");
    assert!(rendered.contains("1 signalement"), "{rendered}");
}

#[tokio::test]
async fn privacy_names_the_controller_the_coordinator_set_in_her_language() {
    let mut h = city().await;
    let outs = h.text(&ZOUBIDA, "/privacy").await;
    let short = h.rendered(&outs, "privacy-controller-not-named");
    assert!(short.contains("pas encore nommé"), "{short}");
    // A mother may not set it; the coordinator may, from /settings.
    let city = CityId(1);
    let edit = Callback::Privacy(P::Edit(city, PrivacyField::Controller));
    let outs = h.press(&ZOUBIDA, &edit).await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h.text(&COORDINATOR, "/settings").await;
    let open = button(&outs, "button-privacy-city").expect("a privacy button");
    let outs = h.press(&COORDINATOR, &open).await;
    assert_eq!(
        ids(&outs),
        ["privacy-settings-not-named", "privacy-settings"]
    );
    h.press(&COORDINATOR, &edit).await;
    let outs = h.text(&COORDINATOR, &"x".repeat(300)).await;
    assert_eq!(ids(&outs), ["error-text-too-long"]);
    let outs = h.text(&COORDINATOR, "Mairie de Roubaix").await;
    assert_eq!(ids(&outs), ["privacy-saved", "privacy-settings"]);
    h.press(
        &COORDINATOR,
        &Callback::Privacy(P::Edit(city, PrivacyField::DpoContact)),
    )
    .await;
    h.text(&COORDINATOR, "dpo@ville-roubaix.fr").await;
    h.press(&COORDINATOR, &Callback::Privacy(P::SwitchKind(city)))
        .await;
    let outs = h
        .press(&COORDINATOR, &Callback::Privacy(P::Retention(city)))
        .await;
    let shown = h.rendered(&outs, "privacy-settings");
    assert!(shown.contains("3 mois"), "{shown}");
    // What every member now reads.
    let outs = h.text(&ZOUBIDA, "/privacy").await;
    let short = h.rendered(&outs, "privacy-controller");
    assert!(
        short.contains("Mairie de Roubaix") && short.contains("dpo@ville-roubaix.fr"),
        "{short}"
    );
    let details = button(&outs, "button-privacy-details").unwrap();
    let outs = h.press(&ZOUBIDA, &details).await;
    let ids = ids(&outs);
    for part in [
        "privacy-details-collected",
        "privacy-basis",
        "privacy-details-who-sees",
        "privacy-retention-city",
        "privacy-details-retention",
        "privacy-details-rights",
        "privacy-details-telegram",
    ] {
        assert!(ids.contains(&part), "{part} in {ids:?}");
    }
    assert_eq!(
        arg(&outs, "privacy-basis", "basis"),
        Some("privacy-basis-legitimate-interest".into())
    );
    let retention = h.rendered(&outs, "privacy-retention-city");
    assert!(retention.contains("3 mois"), "{retention}");
    let rights = h.rendered(&outs, "privacy-details-rights");
    assert!(rights.contains("CNIL"), "{rights}");
}

#[tokio::test]
async fn privacy_is_readable_before_registration() {
    let mut h = Harness::new(&[ADMIN.id]).await;
    let outs = h.text(&NEVER_STARTED, "/privacy").await;
    assert!(ids(&outs).contains(&"privacy-controller-unknown"));
    let notice = h.rendered(&outs, "onboarding-notice");
    assert!(notice.contains("48 heures"), "{notice}");
    let outs = h
        .press(&NEVER_STARTED, &Callback::Privacy(P::Details))
        .await;
    assert!(ids(&outs).contains(&"privacy-details-rights"));
    let retention = h.rendered(&outs, "privacy-details-retention");
    for figure in ["48 heures", "30 jours", "6 mois", "12 mois", "13 mois"] {
        assert!(retention.contains(figure), "{figure} in {retention}");
    }
}

#[tokio::test]
async fn mydata_covers_every_column_the_inventory_marks_as_hers() {
    let mut h = city().await;
    her_report_and_its_history(&mut h).await;
    // The bot let her into her quartier's group.
    let group = -100_600;
    let link = agenda_mmm::bot::incoming::Input::Command {
        name: "linkgroup".into(),
        args: "BEL".into(),
    };
    let inc = h.incoming(&COORDINATOR, group, link);
    h.deliver(&inc).await;
    let request = agenda_mmm::bot::incoming::Input::JoinRequest { group };
    let inc = h.incoming(&ZOUBIDA, ZOUBIDA.id, request);
    assert_eq!(ids(&h.deliver(&inc).await), ["group-join-approved"]);
    // A discreet report under way: the ids of its messages are held too.
    let settings = h.text(&ZOUBIDA, "/settings").await;
    h.press(
        &ZOUBIDA,
        &button(&settings, "button-toggle-discreet").unwrap(),
    )
    .await;
    h.text(&ZOUBIDA, "/report").await;
    // A broadcast of hers (written as a relay's would be) and her "understood" on it.
    for sql in [
        "INSERT INTO broadcast (id, city_id, author_id, author_chat_id, audience, default_locale,
             send_at, created_at)
         SELECT 900, r.city_id, a.person_id, a.chat_id, '{}', 'fr', '2025-01-01T00:00:00Z',
             '2025-01-01T00:00:00Z'
         FROM telegram_account a JOIN role_assignment r ON r.person_id = a.person_id
         WHERE a.telegram_user_id = ?1 LIMIT 1",
        "INSERT INTO broadcast_version (broadcast_id, locale, text, voice_file_id)
         VALUES (900, 'fr', 'Atelier jeudi', 'VOICE')",
        "INSERT INTO broadcast_ack (broadcast_id, person_id, acked_at)
         SELECT 900, person_id, '2025-01-02T00:00:00Z' FROM telegram_account
         WHERE telegram_user_id = ?1",
        // A meeting she organises, her answer to it, and a decision she recorded.
        "INSERT INTO meeting (id, city_id, organiser_id, kind, title, starts_at,
             duration_minutes, audience, created_at)
         SELECT 900, r.city_id, a.person_id, 'workshop', 'Atelier', '2025-02-01T17:00:00Z',
             90, '{}', '2025-01-01T00:00:00Z'
         FROM telegram_account a JOIN role_assignment r ON r.person_id = a.person_id
         WHERE a.telegram_user_id = ?1 LIMIT 1",
        "INSERT INTO meeting_invitee (meeting_id, person_id, role, rsvp, interpreting_locale,
             children, answered_at, attended)
         SELECT 900, person_id, 'mother', 'yes_children', 'ar', 2, '2025-01-02T00:00:00Z', 1
         FROM telegram_account WHERE telegram_user_id = ?1",
        "INSERT INTO meeting_decision (meeting_id, text, created_by, created_at)
         SELECT 900, 'Un pédibus', person_id, '2025-02-01T19:00:00Z'
         FROM telegram_account WHERE telegram_user_id = ?1",
        // Solutions and actions (issue 17): her proposal, her support, an action she
        // carries with her note, her answer to "did it get calmer?".
        "INSERT INTO solution (id, quartier_id, proposer_id, proposer_role, text, created_at)
         SELECT 900, r.quartier_id, r.person_id, 'mother', 'Un adulte devant l''école',
             '2025-01-01T00:00:00Z'
         FROM telegram_account a JOIN role_assignment r ON r.person_id = a.person_id
         WHERE a.telegram_user_id = ?1 AND r.quartier_id IS NOT NULL LIMIT 1",
        "INSERT INTO solution_support (solution_id, person_id, at)
         SELECT 900, person_id, '2025-01-02T00:00:00Z' FROM telegram_account
         WHERE telegram_user_id = ?1",
        "INSERT INTO action (id, city_id, what, carrier_id, due_at, note, created_at, updated_at)
         SELECT 900, r.city_id, 'Un adulte', a.person_id, '2025-02-01T00:00:00Z', 'Fait',
             '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'
         FROM telegram_account a JOIN role_assignment r ON r.person_id = a.person_id
         WHERE a.telegram_user_id = ?1 LIMIT 1",
        "INSERT INTO calmer_question (action_id, round, person_id, asked_at, answer, answered_at)
         SELECT 900, 1, person_id, '2025-02-15T00:00:00Z', 'better', '2025-02-15T01:00:00Z'
         FROM telegram_account WHERE telegram_user_id = ?1",
    ] {
        sqlx::query(sql)
            .bind(ZOUBIDA.id)
            .execute(&h.ctx.pool)
            .await
            .unwrap();
    }
    let json = support::privacy::document(&h.text(&ZOUBIDA, "/mydata").await);
    let inventory = support::privacy::inventory();
    assert!(!inventory.is_empty());
    for entry in inventory.iter().filter(|e| e.personal == "oui") {
        let rows = json[&entry.table]
            .as_array()
            .unwrap_or_else(|| panic!("/mydata has no table {}", entry.table));
        let first = rows
            .first()
            .unwrap_or_else(|| panic!("the scenario holds no {} of hers", entry.table));
        assert!(
            first.get(&entry.column).is_some(),
            "/mydata lacks {}.{}",
            entry.table,
            entry.column
        );
    }
}
