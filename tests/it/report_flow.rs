//! The report flow, in-process: by buttons and a voice note alone, with a location and
//! photos, anonymous and named, changed and cancelled; the danger button; /myreports;
//! bad inputs, replays and forged buttons.

use crate::support;

use agenda_mmm::bot::callback::{Callback, ReportButton as R};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::bot::reply::Out;
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::domain::report::{Category, TimeSlot};
use agenda_mmm::domain::{Locale, Role};
use agenda_mmm::i18n::Arg;
use agenda_mmm::scheduler::JobKind;
use chrono::Weekday;
use strum::IntoEnumIterator;
use support::dialogue::{Harness, Person, arg, button, buttons, ids, person};
use support::scenario::{ADMIN, COORDINATOR, count, r, roubaix};

const AMINA: Person = person(3, Some("ar"));
const NADIA: Person = person(4, Some("fr"));

/// A city, its coordinator, quartier BEL, and two mothers: Amina (Arabic, named "Amina")
/// and Nadia (French, no first name).
async fn quartier() -> Harness {
    let mut h = roubaix().await;
    let code = h.invite(&COORDINATOR, Role::Mother, None).await;
    h.join(&AMINA, Some(&code), "ar", Some("Amina")).await;
    h.join(&NADIA, Some(&code), "fr", None).await;
    h.outbox().await;
    h
}

#[tokio::test]
async fn a_mother_reports_in_arabic_by_buttons_and_a_voice_note_alone() {
    let mut h = quartier().await;
    let outs = h.text(&AMINA, "/report").await;
    // The danger numbers come first, always; her first report offers discreet mode; one
    // quartier: straight to the category.
    assert_eq!(
        ids(&outs),
        [
            "report-danger",
            "report-discreet-offer",
            "report-choose-category"
        ]
    );
    let danger = h.rendered(&outs, "report-danger");
    for number in ["17", "112", "114", "119", "3919"] {
        assert!(danger.contains(number), "{number} in {danger}");
    }
    // The danger button, "yes" and "no thanks" to discreet mode, the categories.
    assert_eq!(buttons(&outs).len(), 3 + Category::iter().count());
    let outs = h.press(&AMINA, &r(R::Category(Category::SchoolRun))).await;
    assert_eq!(ids(&outs), ["report-ask-when"]);
    let outs = h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    assert_eq!(ids(&outs), ["report-ask-place"]);
    let outs = h.press(&AMINA, &r(R::Skip)).await;
    assert_eq!(ids(&outs), ["report-ask-content"]);
    let guidance = h.rendered(&outs, "report-ask-content");
    assert!(
        guidance.contains("<b>"),
        "the guidance is in bold: {guidance}"
    );
    let outs = h
        .attach(
            &AMINA,
            Attachment::Voice {
                file_id: "voice-1".into(),
            },
        )
        .await;
    assert_eq!(ids(&outs), ["report-ask-audience"]);
    // School run: the relays are offered first.
    assert_eq!(buttons(&outs)[0].1, r(R::Audience(true)));
    let outs = h.press(&AMINA, &r(R::Audience(true))).await;
    assert_eq!(ids(&outs), ["report-ask-identity"]);
    let outs = h.press(&AMINA, &r(R::Named(false))).await;
    // Anonymous with a voice note: she is warned before it is taken.
    assert_eq!(ids(&outs), ["report-anonymous-warning"]);
    let outs = h.press(&AMINA, &r(R::KeepMedia(true))).await;
    assert_eq!(ids(&outs), ["report-summary"]);
    let summary = h.rendered(&outs, "report-summary");
    assert!(
        summary.contains("Belleville") && summary.contains("رسالة صوتية"),
        "{summary}"
    );
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs), ["report-saved", "menu-shown"]);
    assert_eq!(
        arg(&outs, "report-saved", "reference").as_deref(),
        Some("BEL-0001")
    );
    let row: (String, i64, String, Option<String>, i64) = sqlx::query_as(
        "SELECT category, anonymous, audience, voice_file_id, cell_weekdays FROM report",
    )
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(row.0, "school_run");
    assert_eq!(
        (row.1, row.2.as_str(), row.3.as_deref()),
        (1, "relays", Some("voice-1"))
    );
    assert_eq!(
        row.4.count_ones(),
        1,
        "one weekday for a moment happening now"
    );
}

#[tokio::test]
async fn a_recurring_moment_with_a_place_and_a_text_is_named_and_numbered_in_turn() {
    let mut h = quartier().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Harassment))).await;
    let outs = h.press(&AMINA, &r(R::When(WhenChoice::Regularly))).await;
    assert_eq!(ids(&outs), ["report-ask-weekdays"]);
    let outs = h.press(&AMINA, &r(R::WeekdaysDone)).await;
    assert_eq!(ids(&outs), ["error-stale-button"], "at least one day");
    h.press(&AMINA, &r(R::Weekday(Weekday::Mon))).await;
    let outs = h.press(&AMINA, &r(R::Weekday(Weekday::Thu))).await;
    assert_eq!(
        buttons(&outs)
            .iter()
            .filter(|(l, _)| l == "weekday-ticked")
            .count(),
        2
    );
    let outs = h.press(&AMINA, &r(R::WeekdaysDone)).await;
    assert_eq!(ids(&outs), ["report-ask-slot"]);
    h.press(&AMINA, &r(R::Slot(TimeSlot::SchoolExit))).await;
    h.text(&AMINA, "Arrêt de bus <Jean-Jaurès> & parc").await;
    let outs = h
        .text(
            &AMINA,
            "Des insultes à la sortie, tous les lundis et jeudis",
        )
        .await;
    // Harassment: coordinator only is offered first.
    assert_eq!(buttons(&outs)[0].1, r(R::Audience(false)));
    h.press(&AMINA, &r(R::Audience(false))).await;
    let outs = h.press(&AMINA, &r(R::Named(true))).await;
    assert_eq!(ids(&outs), ["report-summary"]);
    let summary = h.rendered(&outs, "report-summary");
    assert!(
        summary.contains("&lt;Jean-Jaurès&gt; &amp; parc"),
        "escaped: {summary}"
    );
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(
        arg(&outs, "report-saved", "reference").as_deref(),
        Some("BEL-0001")
    );
    let weekdays = count(&h, "SELECT cell_weekdays FROM report").await;
    assert_eq!(weekdays, 0b1001, "Monday and Thursday");
    assert_eq!(count(&h, "SELECT anonymous FROM report").await, 0);
    // The next report in the quartier has the next number.
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.press(&NADIA, &r(R::When(WhenChoice::EarlierToday))).await;
    h.press(&NADIA, &r(R::Slot(TimeSlot::Night))).await;
    h.press(&NADIA, &r(R::Skip)).await;
    h.press(&NADIA, &r(R::Skip)).await;
    // Nadia gave no first name: no identity step, her report is anonymous.
    let outs = h.press(&NADIA, &r(R::Audience(true))).await;
    assert_eq!(ids(&outs), ["report-summary"]);
    let outs = h.press(&NADIA, &r(R::Confirm)).await;
    assert_eq!(
        arg(&outs, "report-saved", "reference").as_deref(),
        Some("BEL-0002")
    );
}

#[tokio::test]
async fn an_anonymous_reporter_may_drop_her_photos_and_exact_location() {
    let mut h = quartier().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::PublicSpace)))
        .await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    let outs = h
        .attach(
            &AMINA,
            Attachment::Location {
                latitude: 50.690449,
                longitude: 3.181726,
            },
        )
        .await;
    assert_eq!(ids(&outs), ["report-ask-content"]);
    let outs = h
        .attach(
            &AMINA,
            Attachment::Photo {
                file_id: "p1".into(),
            },
        )
        .await;
    assert_eq!(ids(&outs), ["report-photos-added"]);
    h.attach(
        &AMINA,
        Attachment::Photo {
            file_id: "p2".into(),
        },
    )
    .await;
    let outs = h.press(&AMINA, &r(R::ContentDone)).await;
    assert_eq!(ids(&outs), ["report-ask-audience"]);
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(false))).await;
    let outs = h.press(&AMINA, &r(R::KeepMedia(false))).await;
    assert_eq!(ids(&outs), ["report-summary"]);
    h.press(&AMINA, &r(R::Confirm)).await;
    let row: (Option<String>, Option<f64>) =
        sqlx::query_as("SELECT photo_file_ids, latitude FROM report")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(row, (None, None));
}

#[tokio::test]
async fn a_step_can_be_changed_from_the_summary_and_a_report_cancelled() {
    let mut h = quartier().await;
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
    h.text(&NADIA, "Rue des Lilas").await;
    h.press(&NADIA, &r(R::Skip)).await;
    h.press(&NADIA, &r(R::Audience(true))).await;
    let outs = h.press(&NADIA, &r(R::Change)).await;
    assert_eq!(ids(&outs), ["report-change-which"]);
    let category_step = button(&outs, "step-category").unwrap();
    let outs = h.press(&NADIA, &category_step).await;
    assert_eq!(ids(&outs), ["report-choose-category"]);
    let outs = h.press(&NADIA, &r(R::Category(Category::Incivility))).await;
    assert_eq!(
        ids(&outs),
        ["report-summary"],
        "back to the summary, the rest kept"
    );
    assert!(
        h.rendered(&outs, "report-summary")
            .contains("Rue des Lilas")
    );
    let outs = h.press(&NADIA, &r(R::Cancel)).await;
    assert_eq!(ids(&outs), ["report-cancelled", "menu-shown"]);
    assert_eq!(count(&h, "SELECT COUNT(*) FROM report").await, 0);
    let outs = h.press(&NADIA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
}

#[tokio::test]
async fn someone_in_danger_gets_the_numbers_and_the_coordinator_is_alerted_without_her_name() {
    let mut h = quartier().await;
    h.text(&AMINA, "/report").await;
    let outs = h.press(&AMINA, &Callback::DangerNow).await;
    assert_eq!(ids(&outs), ["report-danger", "report-danger-alerted"]);
    let said = h.rendered(&outs, "report-danger-alerted");
    assert!(
        said.contains("17") && said.contains("112"),
        "not an emergency service: {said}"
    );
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, COORDINATOR.id);
    assert!(
        sent[0].text.contains("Belleville") && !sent[0].text.contains("Amina"),
        "{}",
        sent[0].text
    );
    // Her report is still there to finish.
    let outs = h.press(&AMINA, &r(R::Category(Category::Neighbours))).await;
    assert_eq!(ids(&outs), ["report-ask-when"]);
}

#[tokio::test]
async fn she_is_told_the_coordinator_was_alerted_only_when_a_coordinator_was() {
    let mut h = quartier().await;
    // The coordinator herself presses the button: nobody else to alert, and she is not
    // alerted about herself.
    h.text(&COORDINATOR, "/report").await;
    let outs = h.press(&COORDINATOR, &Callback::DangerNow).await;
    assert_eq!(
        ids(&outs),
        ["report-danger", "report-danger-no-coordinator"]
    );
    assert!(h.outbox().await.is_empty());
    // The city loses its coordinator: a mother is told that no one was alerted, and
    // still to call 17 or 112.
    sqlx::query(
        "UPDATE role_assignment SET ends_at = '2000-01-01T00:00:00Z' WHERE role = 'coordinator'",
    )
    .execute(&h.ctx.pool)
    .await
    .unwrap();
    h.text(&NADIA, "/report").await;
    let outs = h.press(&NADIA, &Callback::DangerNow).await;
    assert_eq!(
        ids(&outs),
        ["report-danger", "report-danger-no-coordinator"]
    );
    let said = h.rendered(&outs, "report-danger-no-coordinator");
    assert!(said.contains("17") && said.contains("112"), "{said}");
    assert!(h.outbox().await.is_empty());
}

#[tokio::test]
async fn only_members_of_a_quartier_report() {
    let mut h = quartier().await;
    let outs = h.text(&ADMIN, "/report").await;
    assert_eq!(ids(&outs), ["report-not-member"]);
    let elected_code = h.invite(&ADMIN, Role::Elected, None).await;
    let elected = person(7, Some("fr"));
    h.join(&elected, Some(&elected_code), "fr", None).await;
    let outs = h.text(&elected, "/report").await;
    assert_eq!(ids(&outs), ["report-not-member"]);
    // The coordinator reports for any quartier of her city.
    h.text(&COORDINATOR, "/newquartier ROU Roubaix centre")
        .await;
    let outs = h.text(&COORDINATOR, "/report").await;
    assert_eq!(
        ids(&outs),
        [
            "report-danger",
            "report-discreet-offer",
            "report-choose-quartier"
        ]
    );
    assert_eq!(buttons(&outs).len(), 3 + 2);
}

#[tokio::test]
async fn what_the_flow_cannot_use_is_answered_with_what_it_expects() {
    let mut h = quartier().await;
    h.text(&NADIA, "/report").await;
    let outs = h.text(&NADIA, "bonjour").await;
    assert_eq!(ids(&outs), ["error-expected-choice"]);
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
    let outs = h.attach(&NADIA, Attachment::Document).await;
    assert_eq!(ids(&outs), ["report-expected-place"]);
    let outs = h.text(&NADIA, &"x".repeat(301)).await;
    assert_eq!(ids(&outs), ["error-text-too-long"]);
    h.press(&NADIA, &r(R::Skip)).await;
    for thing in [
        Attachment::Sticker,
        Attachment::Contact,
        Attachment::Location {
            latitude: 1.0,
            longitude: 2.0,
        },
    ] {
        let outs = h.attach(&NADIA, thing).await;
        assert_eq!(ids(&outs), ["report-expected-content"]);
    }
    let outs = h.text(&NADIA, &"é".repeat(5000)).await;
    assert_eq!(ids(&outs), ["error-text-too-long"]);
    let outs = h.text(&NADIA, "'; DROP TABLE report; -- <script>").await;
    assert_eq!(ids(&outs), ["report-ask-audience"]);
    // A button of another step, or forged data, is refused.
    let outs = h.press(&NADIA, &r(R::Slot(TimeSlot::Midday))).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let outs = h.press_raw(&NADIA, "r:c99").await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
}

#[tokio::test]
async fn a_replayed_confirm_makes_one_report_and_a_forged_quartier_is_refused() {
    let mut h = quartier().await;
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
    h.press(&NADIA, &r(R::Skip)).await;
    h.press(&NADIA, &r(R::Skip)).await;
    h.press(&NADIA, &r(R::Audience(true))).await;
    let confirm = h.incoming(
        &NADIA,
        NADIA.id,
        agenda_mmm::bot::incoming::Input::Button {
            query_id: "q".into(),
            data: r(R::Confirm).encode(),
        },
    );
    h.deliver(&confirm).await;
    h.deliver(&confirm).await;
    h.press(&NADIA, &r(R::Confirm)).await;
    assert_eq!(count(&h, "SELECT COUNT(*) FROM report").await, 1);

    // A draft naming a quartier of another city (as forged data would): refused on save.
    h.text(&ADMIN, "/newcity Lyon").await;
    let outs = h.text(&ADMIN, "/newquartier CRO Croix-Rousse").await;
    h.press(&ADMIN, &button(&outs, "Lyon").unwrap()).await;
    let lyon_q: i64 = count(&h, "SELECT id FROM quartier WHERE prefix = 'CRO'").await;
    h.text(&NADIA, "/report").await;
    let forged = format!(
        r#"{{"awaiting":"report","step":"confirm","draft":{{"quartier":{lyon_q},"category":"other","when":"now","weekdays":0,"place":null,"place_done":true,"text":null,"voice":null,"photos":[],"content_done":true,"audience":"with_relays","anonymous":true,"media_checked":false}}}}"#
    );
    sqlx::query("UPDATE chat_state SET state = ? WHERE chat_id = ?")
        .bind(forged)
        .bind(NADIA.id)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h.press(&NADIA, &r(R::Confirm)).await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    assert_eq!(count(&h, "SELECT COUNT(*) FROM report").await, 1);
}

#[tokio::test]
async fn a_report_in_progress_survives_a_restart() {
    let mut h = quartier().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Neighbours))).await;
    let mut h = h.restart(&[ADMIN.id]).await;
    let outs = h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    assert_eq!(ids(&outs), ["report-ask-place"]);
}

#[tokio::test]
async fn my_reports_lists_hers_newest_first_with_their_status() {
    let mut h = quartier().await;
    let outs = h.text(&NADIA, "/myreports").await;
    assert_eq!(ids(&outs), ["myreports-none"]);
    for category in [Category::Neighbours, Category::Incivility] {
        h.text(&NADIA, "/report").await;
        h.press(&NADIA, &r(R::Category(category))).await;
        h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
        h.press(&NADIA, &r(R::Skip)).await;
        h.press(&NADIA, &r(R::Skip)).await;
        h.press(&NADIA, &r(R::Audience(true))).await;
        h.press(&NADIA, &r(R::Confirm)).await;
    }
    let outs = h.text(&NADIA, "📋 Mes signalements").await;
    assert_eq!(
        ids(&outs),
        [
            "myreports-header",
            "myreports-entry",
            "myreports-entry",
            "solutions-what-would-help"
        ]
    );
    let text = h.rendered(&outs, "myreports-header");
    let (second, first) = (
        text.find("BEL-0002").unwrap(),
        text.find("BEL-0001").unwrap(),
    );
    assert!(second < first, "newest first: {text}");
    assert!(text.contains("reçu"), "{text}");
    // Amina sees none of Nadia's reports.
    let outs = h.text(&AMINA, "/myreports").await;
    assert_eq!(ids(&outs), ["myreports-none"]);
    let _ = Locale::parse("fr");
}

#[tokio::test]
async fn in_discreet_mode_the_dialogue_is_erased_after_saving_cancelling_or_abandoning() {
    let mut h = quartier().await;
    h.press(
        &NADIA,
        &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::ToggleDiscreet),
    )
    .await;
    // Saved: a neutral receipt, and everything she sent is deleted.
    let first = h.text(&NADIA, "/report").await;
    assert!(
        !ids(&first).contains(&"report-discreet-offer"),
        "already discreet"
    );
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
    h.text(&NADIA, "Rue des Lilas").await;
    h.press(&NADIA, &r(R::Skip)).await;
    h.press(&NADIA, &r(R::Audience(true))).await;
    let outs = h.press(&NADIA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs), ["report-discreet-receipt"]);
    assert!(
        !h.rendered(&outs, "report-discreet-receipt")
            .contains("BEL-"),
        "no content"
    );
    let sent = h.outbox().await;
    let deletion: Vec<_> = sent.iter().filter(|d| !d.delete_ids.is_empty()).collect();
    assert_eq!(deletion.len(), 1);
    assert_eq!(deletion[0].chat_id, NADIA.id);
    assert_eq!(
        deletion[0].delete_ids.len(),
        7,
        "the seven messages of the dialogue: {:?}",
        deletion[0].delete_ids
    );
    // Cancelled.
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.text(&NADIA, "/cancel").await;
    let sent = h.outbox().await;
    assert_eq!(
        sent.iter().filter(|d| d.delete_ids.len() == 3).count(),
        1,
        "{sent:?}"
    );
    // Abandoned: the expiry job deletes it.
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    // Left alone past the dialogue's 48 hours.
    h.ctx.clock.advance(chrono::Duration::hours(49));
    h.run_job(
        JobKind::ExpireDialogues,
        h.ctx.clock.now(),
        chrono::Duration::hours(48),
    )
    .await;
    let sent = h.outbox().await;
    assert_eq!(
        sent.iter().filter(|d| d.delete_ids.len() == 2).count(),
        1,
        "{sent:?}"
    );
    // Someone not in discreet mode keeps her dialogue; her first report offers the mode.
    let outs = h.text(&AMINA, "/report").await;
    assert!(ids(&outs).contains(&"report-discreet-offer"));
    h.text(&AMINA, "/cancel").await;
    assert!(h.outbox().await.iter().all(|d| d.delete_ids.is_empty()));
}

#[tokio::test]
async fn a_discreet_dialogue_ends_before_telegram_can_no_longer_delete_it() {
    let mut h = quartier().await;
    h.press(
        &NADIA,
        &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::ToggleDiscreet),
    )
    .await;
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.outbox().await;
    let tick_at = |hours: i64| {
        let now = chrono::Utc::now() + chrono::Duration::hours(hours);
        h.run_job(JobKind::ExpireDialogues, now, chrono::Duration::hours(72))
    };
    let deletions = |pool: sqlx::SqlitePool| async move {
        sqlx::query_scalar::<_, String>(
            "SELECT delete_ids FROM outbox WHERE kind = 'discreet_delete'",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    tick_at(39).await;
    assert!(
        deletions(h.ctx.pool.clone()).await.is_empty(),
        "still within the limit"
    );
    tick_at(41).await;
    let rows = deletions(h.ctx.pool.clone()).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(serde_json::from_str::<Vec<i64>>(&rows[0]).unwrap().len(), 2);
    let outs = h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
    assert_eq!(ids(&outs), ["dialogue-expired", "error-stale-button"]);
}

#[tokio::test]
async fn an_expired_dialogue_stays_expired_when_her_next_input_is_refused() {
    let mut h = quartier().await;
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Neighbours))).await;
    // Left alone past the dialogue's 48 hours.
    h.ctx.clock.advance(chrono::Duration::hours(49));
    // A mother may not triage: her input is refused, and she is told the draft expired.
    let outs = h.text(&AMINA, "/reports").await;
    assert_eq!(
        ids(&outs).first(),
        Some(&"dialogue-expired"),
        "{:?}",
        ids(&outs)
    );
    let state: String = sqlx::query_scalar("SELECT state FROM chat_state WHERE chat_id = ?")
        .bind(AMINA.id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(
        agenda_mmm::bot::state::State::from_json(&state),
        Some(agenda_mmm::bot::state::State::Idle),
        "the expired draft did not come back"
    );
    // The next button of the old draft finds nothing to continue.
    let outs = h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    assert!(
        !ids(&outs).contains(&"report-ask-place"),
        "{:?}",
        ids(&outs)
    );
}

#[tokio::test]
async fn the_discreet_offer_takes_no_thanks_and_is_not_made_again() {
    let mut h = quartier().await;
    let outs = h.text(&AMINA, "/report").await;
    let offered: Vec<Callback> = buttons(&outs).into_iter().map(|(_, cb)| cb).collect();
    assert!(
        offered.contains(&Callback::DiscreetOffer(true)),
        "{offered:?}"
    );
    assert!(
        offered.contains(&Callback::DiscreetOffer(false)),
        "{offered:?}"
    );
    let outs = h.press(&AMINA, &Callback::DiscreetOffer(false)).await;
    assert_eq!(ids(&outs), ["report-discreet-declined"]);
    // Her draft goes on where it was.
    let outs = h.press(&AMINA, &r(R::Category(Category::Neighbours))).await;
    assert!(ids(&outs).contains(&"report-ask-when"), "{:?}", ids(&outs));
    h.text(&AMINA, "/cancel").await;
    // Still no report made, but she answered: she is not asked again.
    let outs = h.text(&AMINA, "/report").await;
    assert!(
        !ids(&outs).contains(&"report-discreet-offer"),
        "{:?}",
        ids(&outs)
    );
    // "Yes" turns the mode on, and is remembered too.
    let outs = h.text(&NADIA, "/report").await;
    assert!(ids(&outs).contains(&"report-discreet-offer"));
    let outs = h.press(&NADIA, &Callback::DiscreetOffer(true)).await;
    assert_eq!(ids(&outs), ["report-discreet-accepted"]);
    let discreet: bool = sqlx::query_scalar(
        "SELECT p.discreet FROM person p JOIN telegram_account a ON a.person_id = p.id
         WHERE a.telegram_user_id = ?",
    )
    .bind(NADIA.id)
    .fetch_one(&h.ctx.pool)
    .await
    .unwrap();
    assert!(discreet);
}

/// Nadia in discreet mode, with a report dialogue of two messages left unfinished.
async fn discreet_draft() -> Harness {
    let mut h = quartier().await;
    h.press(
        &NADIA,
        &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::ToggleDiscreet),
    )
    .await;
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.outbox().await;
    // Left alone past the dialogue's 48 hours.
    h.ctx.clock.advance(chrono::Duration::hours(49));
    h
}

async fn remembered(h: &Harness) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM chat_message")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_expiry_job_forgets_discreet_messages_only_with_their_deletion_queued() {
    let h = discreet_draft().await;
    // The deletion cannot be queued (as a crash at that moment): nothing is lost.
    sqlx::query(
        "CREATE TRIGGER crash BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'crash'); END",
    )
    .execute(&h.ctx.pool)
    .await
    .unwrap();
    let now = h.ctx.clock.now();
    h.run_job(JobKind::ExpireDialogues, now, chrono::Duration::hours(48))
        .await;
    assert_eq!(remembered(&h).await, 2, "her messages are still remembered");
    sqlx::query("DROP TRIGGER crash")
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    h.run_job(
        JobKind::ExpireDialogues,
        now + chrono::Duration::minutes(10),
        chrono::Duration::hours(48),
    )
    .await;
    assert_eq!(remembered(&h).await, 0);
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT delete_ids FROM outbox WHERE kind = 'discreet_delete'")
            .fetch_all(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(serde_json::from_str::<Vec<i64>>(&rows[0]).unwrap().len(), 2);
}

/// A transport whose every send fails as a network error would.
struct Failing;

impl agenda_mmm::outbox::sender::Transport for Failing {
    async fn send(&self, _: &agenda_mmm::outbox::Delivery) -> agenda_mmm::outbox::retry::Outcome {
        agenda_mmm::outbox::retry::Outcome::Transient("network down".into())
    }
}

#[tokio::test]
async fn a_failed_discreet_deletion_is_retried_while_telegram_allows_it_then_counted() {
    let h = discreet_draft().await;
    let now = h.ctx.clock.now();
    h.run_job(JobKind::ExpireDialogues, now, chrono::Duration::hours(48))
        .await;
    let policy = agenda_mmm::outbox::retry::RetryPolicy::default();
    let status = || async {
        sqlx::query_scalar::<_, String>("SELECT status FROM outbox WHERE kind = 'discreet_delete'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap()
    };
    // Far more failures than the usual attempts, within Telegram's 48 hours: still queued.
    for minutes in 0..(2 * policy.max_attempts as i64) {
        let at = now + chrono::Duration::minutes(10 * minutes + 10);
        agenda_mmm::outbox::sender::deliver_due(
            &h.ctx.pool,
            &h.ctx.localizer,
            &Failing,
            &policy,
            at,
        )
        .await
        .unwrap();
    }
    assert_eq!(status().await, "queued");
    // Past what Telegram allows: failed, and counted.
    let late = now + chrono::Duration::hours(9);
    agenda_mmm::outbox::sender::deliver_due(&h.ctx.pool, &h.ctx.localizer, &Failing, &policy, late)
        .await
        .unwrap();
    assert_eq!(status().await, "failed");
    let (kinds, _) = agenda_mmm::outbox::report(&h.ctx.pool, late).await.unwrap();
    let counts = kinds
        .iter()
        .find(|(k, _)| k == "discreet_delete")
        .map(|(_, c)| c.failed);
    assert_eq!(counts, Some(1));
}

#[tokio::test]
async fn in_discreet_mode_what_myreports_showed_is_deleted_once_she_leaves_it() {
    let mut h = quartier().await;
    h.press(
        &NADIA,
        &Callback::Settings(agenda_mmm::bot::callback::SettingsAction::ToggleDiscreet),
    )
    .await;
    h.text(&NADIA, "/myreports").await;
    assert_eq!(remembered(&h).await, 1, "her /myreports is remembered");
    h.text(&NADIA, "/help").await;
    assert_eq!(remembered(&h).await, 0);
    let sent = h.outbox().await;
    assert_eq!(
        sent.iter().filter(|d| d.delete_ids.len() == 1).count(),
        1,
        "{sent:?}"
    );
    // Or a few minutes later, if she does not write again.
    h.text(&NADIA, "/myreports").await;
    h.run_job(
        JobKind::ExpireDialogues,
        chrono::Utc::now() + chrono::Duration::minutes(6),
        chrono::Duration::hours(48),
    )
    .await;
    assert_eq!(remembered(&h).await, 0);
    let deletions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'discreet_delete'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(deletions, 2, "one when she left, one by the job");
}

/// Nadia's report at the content step (place skipped).
async fn at_content_step(h: &mut Harness) {
    h.text(&NADIA, "/report").await;
    h.press(&NADIA, &r(R::Category(Category::Neighbours))).await;
    h.press(&NADIA, &r(R::When(WhenChoice::Now))).await;
    let outs = h.press(&NADIA, &r(R::Skip)).await;
    assert_eq!(ids(&outs), ["report-ask-content"]);
}

/// Confirms Nadia's report (shared with relays, photos kept) and reads its photos.
async fn confirm_and_read_photos(h: &mut Harness) -> Vec<String> {
    // Nadia gave no first name: her report is anonymous, and she keeps her photos.
    h.press(&NADIA, &r(R::ContentDone)).await;
    let outs = h.press(&NADIA, &r(R::Audience(true))).await;
    assert_eq!(ids(&outs), ["report-anonymous-warning"]);
    h.press(&NADIA, &r(R::KeepMedia(true))).await;
    h.press(&NADIA, &r(R::Confirm)).await;
    let photos: String = sqlx::query_scalar("SELECT photo_file_ids FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    serde_json::from_str(&photos).unwrap()
}

#[tokio::test]
async fn an_album_of_six_photos_is_one_input_answered_by_one_message_under_the_flood_limit() {
    let mut h = quartier().await;
    at_content_step(&mut h).await;
    h.ctx.limits.updates_per_second = 5;
    let later = chrono::Utc::now() + chrono::Duration::seconds(5);
    let album = ["p1", "p2", "p3", "p4", "p5", "p6"];
    let answers = h.album(&NADIA, later, "album-1", &album).await;
    for (i, outs) in answers.iter().enumerate() {
        assert_eq!(ids(outs), ["report-photos-added"], "photo {}", i + 1);
        assert!(
            matches!(&outs[0], Out::Tally { group, .. } if group == "album-1"),
            "every photo of the album updates the same answer"
        );
        assert_eq!(
            arg_num(outs, "report-photos-added", "count"),
            Some(i as i64 + 1)
        );
    }
    assert_eq!(confirm_and_read_photos(&mut h).await, album);
}

#[tokio::test]
async fn a_report_keeps_ten_photos_says_so_at_the_tenth_and_names_what_was_not_taken() {
    let mut h = quartier().await;
    at_content_step(&mut h).await;
    for i in 1..=9 {
        let photo = Attachment::Photo {
            file_id: format!("p{i}"),
        };
        let outs = h.attach(&NADIA, photo).await;
        assert_eq!(ids(&outs), ["report-photos-added"]);
    }
    let tenth = Attachment::Photo {
        file_id: "p10".into(),
    };
    let outs = h.attach(&NADIA, tenth).await;
    assert_eq!(
        ids(&outs),
        ["report-photos-added", "report-photo-cap-reached"]
    );
    assert!(h.rendered(&outs, "report-photo-cap-reached").contains("10"));
    let eleventh = Attachment::Photo {
        file_id: "p11".into(),
    };
    let outs = h.attach(&NADIA, eleventh).await;
    assert_eq!(ids(&outs), ["report-photos-not-taken"]);
    let answers = h
        .album(&NADIA, chrono::Utc::now(), "album-2", &["a", "b", "c"])
        .await;
    let last = answers.last().unwrap();
    assert_eq!(ids(last), ["report-photos-not-taken"]);
    assert_eq!(arg_num(last, "report-photos-not-taken", "count"), Some(3));
    let kept = confirm_and_read_photos(&mut h).await;
    let expected: Vec<String> = (1..=10).map(|i| format!("p{i}")).collect();
    assert_eq!(kept, expected);
}

/// A number argument of the first message `id`.
fn arg_num(outs: &[Out], id: &str, name: &str) -> Option<i64> {
    outs.iter()
        .flat_map(|o| match o {
            Out::Text { parts, .. } | Out::Tally { parts, .. } => parts.clone(),
            _ => vec![],
        })
        .filter(|m| m.id == id)
        .flat_map(|m| m.args)
        .find_map(|(n, v)| match v {
            Arg::Num(n2) if n == name => Some(n2),
            _ => None,
        })
}
