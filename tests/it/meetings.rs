//! Meetings through the dialogue harness: creation by a relay (every step, every bad
//! input), invitations in each invitee's language with RSVP buttons and a calendar file,
//! answers and their change, forged buttons, reminders that fire once (late before the
//! start, skipped after it, none for those who declined, following a moved meeting),
//! cancellation, attendance, minutes and decisions, and what /forget leaves.

use crate::support;

use agenda_mmm::bot::callback::{Callback, MeetingButton};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::domain::meeting::{MeetingKind, Rsvp};
use agenda_mmm::domain::{CityId, Locale, MeetingId, QuartierId, Role};
use agenda_mmm::scheduler::{self, JobContext};
use chrono::{DateTime, Duration, TimeZone, Utc};
use icalendar::{Calendar, Component};
use support::dialogue::{Harness, Person, ids, person};

const ADMIN: Person = person(1, Some("fr"));
const COORDINATOR: Person = person(2, Some("fr"));
const AMINA: Person = person(3, Some("ar"));
const LUCIE: Person = person(4, Some("fr"));
const POLICE: Person = person(5, Some("en"));
const RELAY: Person = person(6, Some("fr"));
const NORD: Person = person(7, Some("fr"));

fn m(button: MeetingButton) -> Callback {
    Callback::Meeting(button)
}

/// Monday 30 November 2026, 10:00 in Paris.
fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

/// Roubaix with BEL (mothers in ar and fr, a local actor in en, a relay) and NOR (a mother).
async fn roubaix() -> Harness {
    roubaix_at(monday()).await
}

async fn roubaix_at(start: DateTime<Utc>) -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.ctx.clock.set(start);
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
    let actor = h
        .invite(&COORDINATOR, Role::Actor, Some("Belleville"))
        .await;
    h.join(&POLICE, Some(&actor), "en", None).await;
    let relay = h
        .invite(&COORDINATOR, Role::Relay, Some("Belleville"))
        .await;
    h.join(&RELAY, Some(&relay), "fr", Some("Rania")).await;
    let nord = h.invite(&COORDINATOR, Role::Mother, Some("Nord")).await;
    h.join(&NORD, Some(&nord), "fr", None).await;
    h.outbox().await;
    h
}

async fn scalar(h: &Harness, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

async fn last_meeting(h: &Harness) -> MeetingId {
    MeetingId(scalar(h, "SELECT MAX(id) FROM meeting").await)
}

/// The relay organises a concertation for Belleville on Tuesday 8 December at 18:30.
async fn organise(h: &mut Harness) -> MeetingId {
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Concertation)))
        .await;
    h.text(&RELAY, "Sortie de l'école <Jaurès>").await;
    h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    let outs = h.text(&RELAY, "8/12 18h30").await;
    assert!(
        ids(&outs).contains(&"meeting-when-understood"),
        "{:?}",
        ids(&outs)
    );
    h.press(&RELAY, &m(MeetingButton::Duration(90))).await;
    h.text(&RELAY, "Centre social, salle 2").await;
    h.text(&RELAY, "Le pédibus du matin").await;
    h.press(&RELAY, &m(MeetingButton::AgendaDone)).await;
    let outs = h.press(&RELAY, &m(MeetingButton::Confirm)).await;
    assert_eq!(ids(&outs), ["meeting-created"]);
    last_meeting(h).await
}

fn chat_of(p: &Person) -> i64 {
    p.id
}

fn ics_of(d: &agenda_mmm::outbox::Delivery) -> Calendar {
    let (name, bytes) = d.document.as_ref().expect("a calendar file");
    assert!(name.ends_with(".ics"));
    String::from_utf8(bytes.clone()).unwrap().parse().unwrap()
}

async fn tick(h: &Harness, at: DateTime<Utc>) {
    let ctx = JobContext::with_defaults(h.ctx.pool.clone());
    scheduler::tick(&ctx, at).await.unwrap();
}

#[tokio::test]
async fn a_relay_organises_a_concertation_and_each_invitee_gets_it_in_her_language_with_rsvp_and_a_calendar_file()
 {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    let sent = h.outbox().await;
    let invitations: Vec<_> = sent.iter().filter(|d| d.document.is_some()).collect();
    // The coordinator, Amina, Lucie and the local actor of Belleville; not the relay
    // herself, not Nord's mother.
    let mut chats: Vec<i64> = invitations.iter().map(|d| d.chat_id).collect();
    chats.sort();
    assert_eq!(
        chats,
        [
            COORDINATOR.id,
            chat_of(&AMINA),
            chat_of(&LUCIE),
            chat_of(&POLICE)
        ]
    );
    for d in &invitations {
        assert_eq!(d.keyboard.iter().flatten().count(), 5, "five answers");
        let cal = ics_of(d);
        assert_eq!(cal.property_value("METHOD"), Some("REQUEST"));
        let event = cal.events().next().unwrap();
        assert_eq!(
            event.get_uid(),
            Some(format!("meeting-{id}@agenda-mmm").as_str())
        );
        assert_eq!(event.get_sequence(), Some(0));
        assert!(d.text.contains("&lt;Jaurès&gt;"), "escaped: {}", d.text);
        assert!(d.text.contains("Le pédibus du matin"));
    }
    let amina = invitations.iter().find(|d| d.chat_id == AMINA.id).unwrap();
    assert!(amina.text.contains("ديسمبر"), "{}", amina.text);
    let police = invitations.iter().find(|d| d.chat_id == POLICE.id).unwrap();
    assert!(police.text.contains("December"), "{}", police.text);
    let lucie = invitations.iter().find(|d| d.chat_id == LUCIE.id).unwrap();
    assert!(
        lucie.text.contains("décembre") && lucie.text.contains("18:30"),
        "{}",
        lucie.text
    );
    // Enqueueing twice sends once: a second delivery round finds nothing.
    assert!(h.outbox().await.is_empty());
}

#[tokio::test]
async fn every_bad_input_of_the_creation_dialogue_is_answered_and_changes_nothing() {
    let mut h = roubaix().await;
    h.text(&RELAY, "/newmeeting").await;
    let outs = h.text(&RELAY, "Concertation").await;
    assert_eq!(ids(&outs), ["error-expected-choice"]);
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Workshop)))
        .await;
    assert_eq!(
        ids(&h.text(&RELAY, "   \u{200B} ").await),
        ["meeting-error-empty"]
    );
    assert_eq!(
        ids(&h.text(&RELAY, &"x".repeat(4097)).await),
        ["meeting-error-too-long"]
    );
    assert_eq!(
        ids(&h.attach(&RELAY, Attachment::Sticker).await),
        ["error-expected-text"]
    );
    h.text(&RELAY, "Atelier <b>&</b> '; DROP TABLE meeting; --")
        .await;
    h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    for (typed, answer) in [
        ("bientôt", "meeting-error-when"),
        ("18h30", "meeting-error-no-day"),
        ("8/12", "meeting-error-no-time"),
        ("31/02 18h", "meeting-error-no-such-day"),
        ("28/11 18h30", "meeting-error-past"),
        ("29/03/2027 2h30", "meeting-when-understood"),
    ] {
        let outs = h.text(&RELAY, typed).await;
        assert_eq!(ids(&outs).first().copied(), Some(answer), "{typed}");
        if answer != "meeting-when-understood" {
            assert_eq!(ids(&outs).len(), 1, "{typed}");
        }
    }
    assert_eq!(
        ids(&h.text(&RELAY, "beaucoup").await),
        ["meeting-error-duration"]
    );
    assert_eq!(ids(&h.text(&RELAY, "5").await), ["meeting-error-duration"]);
    assert_eq!(ids(&h.text(&RELAY, "٦٠").await), ["meeting-ask-place"]);
    let outs = h
        .attach(
            &RELAY,
            Attachment::Location {
                latitude: 50.69,
                longitude: 3.18,
            },
        )
        .await;
    assert_eq!(ids(&outs), ["meeting-location-taken"]);
    h.press(&RELAY, &m(MeetingButton::SkipPlace)).await;
    assert_eq!(
        ids(&h.text(&RELAY, "BEL-9999").await),
        ["meeting-error-unknown-report"]
    );
    let outs = h.press(&RELAY, &m(MeetingButton::AgendaDone)).await;
    assert_eq!(ids(&outs), ["meeting-review", "meeting-review-reminders"]);
    // A button of an older step does nothing.
    let outs = h
        .press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Training)))
        .await;
    assert!(
        ids(&outs).contains(&"error-stale-button"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(
        ids(&h.press(&RELAY, &m(MeetingButton::Confirm)).await),
        ["meeting-created"]
    );
    let title: String = sqlx::query_scalar("SELECT title FROM meeting")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(title, "Atelier <b>&</b> '; DROP TABLE meeting; --");
}

#[tokio::test]
async fn a_time_the_clocks_repeat_is_asked_and_the_calendar_buttons_work() {
    let mut h = roubaix_at(Utc.with_ymd_and_hms(2026, 10, 20, 9, 0, 0).unwrap()).await;
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Training)))
        .await;
    h.text(&RELAY, "Formation").await;
    let outs = h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    assert!(ids(&outs).contains(&"meeting-ask-day"));
    let day = chrono::NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
    let outs = h.press(&RELAY, &m(MeetingButton::Day(day))).await;
    assert_eq!(ids(&outs), ["meeting-ask-time"]);
    let outs = h.text(&RELAY, "2h30").await;
    assert_eq!(ids(&outs), ["meeting-ask-which-time"]);
    let outs = h.press(&RELAY, &m(MeetingButton::Twice(true))).await;
    assert!(ids(&outs).contains(&"meeting-when-understood"));
    // The skipped hour of March is refused outright, the dialogue stays at the time.
    h.ctx
        .clock
        .set(Utc.with_ymd_and_hms(2027, 3, 20, 9, 0, 0).unwrap());
    h.text(&RELAY, "/cancel").await;
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Training)))
        .await;
    h.text(&RELAY, "Formation").await;
    h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    let day = chrono::NaiveDate::from_ymd_opt(2027, 3, 28).unwrap();
    h.press(&RELAY, &m(MeetingButton::Day(day))).await;
    let outs = h.press(&RELAY, &m(MeetingButton::Time(2, 30))).await;
    assert_eq!(ids(&outs), ["meeting-error-skipped-time"]);
    let outs = h.press(&RELAY, &m(MeetingButton::Time(18, 0))).await;
    assert!(ids(&outs).contains(&"meeting-when-understood"));
}

#[tokio::test]
async fn who_may_organise_and_answer_is_checked_on_the_server() {
    let mut h = roubaix().await;
    // A mother cannot create a meeting.
    let outs = h.text(&LUCIE, "/newmeeting").await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    // A relay cannot invite another quartier (a forged button).
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Concertation)))
        .await;
    h.text(&RELAY, "Titre").await;
    let nor: i64 = scalar(&h, "SELECT id FROM quartier WHERE prefix = 'NOR'").await;
    let outs = h
        .press(&RELAY, &m(MeetingButton::Quartier(QuartierId(nor))))
        .await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM meeting").await, 0);
    h.text(&RELAY, "/cancel").await;
    let id = organise(&mut h).await;
    // An RSVP for a meeting she was not invited to is refused.
    let outs = h.press(&NORD, &m(MeetingButton::Rsvp(id, Rsvp::Yes))).await;
    assert!(
        ids(&outs).contains(&"meeting-error-not-invited"),
        "{:?}",
        ids(&outs)
    );
    // Nor may she open the organiser's view.
    let outs = h.press(&LUCIE, &m(MeetingButton::Open(id))).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    // After the start, answers are refused.
    h.ctx
        .clock
        .set(Utc.with_ymd_and_hms(2026, 12, 8, 17, 31, 0).unwrap());
    let outs = h
        .press(&LUCIE, &m(MeetingButton::Rsvp(id, Rsvp::Yes)))
        .await;
    assert!(
        ids(&outs).contains(&"meeting-error-started"),
        "{:?}",
        ids(&outs)
    );
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM meeting_invitee WHERE rsvp IS NOT NULL"
        )
        .await,
        0
    );
    let _ = CityId(0);
}

#[tokio::test]
async fn answers_change_until_the_start_and_needs_reach_the_organiser_only() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    let outs = h
        .press(&AMINA, &m(MeetingButton::Rsvp(id, Rsvp::YesChildren)))
        .await;
    assert_eq!(ids(&outs), ["meeting-ask-children"]);
    assert_eq!(
        ids(&h.text(&AMINA, "beaucoup").await),
        ["meeting-error-children"]
    );
    assert_eq!(ids(&h.text(&AMINA, "٢").await), ["meeting-rsvp-recorded"]);
    let outs = h
        .press(&LUCIE, &m(MeetingButton::Rsvp(id, Rsvp::YesInterpreting)))
        .await;
    assert_eq!(ids(&outs), ["meeting-ask-interpreting"]);
    let ar = Locale::parse("ar").unwrap();
    let outs = h.press(&LUCIE, &m(MeetingButton::Interpret(id, ar))).await;
    assert_eq!(ids(&outs), ["meeting-rsvp-recorded"]);
    assert_eq!(
        ids(&h
            .press(&POLICE, &m(MeetingButton::Rsvp(id, Rsvp::Maybe)))
            .await),
        ["meeting-rsvp-recorded"]
    );
    // Lucie changes her mind; /meetings shows her answer with the buttons to change it.
    h.press(&LUCIE, &m(MeetingButton::Rsvp(id, Rsvp::No))).await;
    let outs = h.text(&LUCIE, "/meetings").await;
    assert_eq!(ids(&outs), ["meeting-line"]);
    assert_eq!(
        support::dialogue::arg(&outs, "meeting-line", "answer").as_deref(),
        Some("meeting-rsvp-no")
    );
    let interpreting = scalar(
        &h,
        "SELECT COUNT(*) FROM meeting_invitee WHERE interpreting_locale IS NOT NULL",
    )
    .await;
    assert_eq!(
        interpreting, 0,
        "a changed answer drops the need that went with it"
    );
    // The organiser sees counts, needs and names.
    let outs = h.press(&RELAY, &m(MeetingButton::Open(id))).await;
    let tally = h.rendered(&outs, "meeting-tally");
    assert!(tally.contains("Amina"), "{tally}");
    assert!(tally.contains("Enfants à garder : 2"), "{tally}");
}

#[tokio::test]
async fn reminders_fire_once_late_before_the_start_never_after_and_not_to_those_who_declined() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    h.press(&LUCIE, &m(MeetingButton::Rsvp(id, Rsvp::No))).await;
    // Three days before at the same local time: Saturday 5 December, 18:30 in Paris.
    let three_days = Utc.with_ymd_and_hms(2026, 12, 5, 17, 30, 0).unwrap();
    tick(&h, three_days - Duration::minutes(1)).await;
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM outbox WHERE message LIKE '%meeting-reminder%'"
        )
        .await,
        0
    );
    tick(&h, three_days).await;
    tick(&h, three_days + Duration::minutes(5)).await;
    h.ctx.clock.set(three_days);
    let sent = h.outbox().await;
    let mut chats: Vec<i64> = sent.iter().map(|d| d.chat_id).collect();
    chats.sort();
    assert_eq!(
        chats,
        [COORDINATOR.id, AMINA.id, POLICE.id],
        "once each; none for Lucie who declined"
    );
    // Two hours before, the bot was down: it comes back 30 minutes late, before the start.
    let two_hours = Utc.with_ymd_and_hms(2026, 12, 8, 15, 30, 0).unwrap();
    tick(&h, two_hours + Duration::minutes(30)).await;
    h.ctx.clock.set(two_hours + Duration::minutes(30));
    assert_eq!(h.outbox().await.len(), 3, "late but before the start: sent");
}

#[tokio::test]
async fn a_reminder_due_while_the_bot_was_down_is_skipped_after_the_start() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    let after_start = Utc.with_ymd_and_hms(2026, 12, 8, 17, 45, 0).unwrap();
    tick(&h, after_start).await;
    h.ctx.clock.set(after_start);
    assert!(h.outbox().await.is_empty());
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM job WHERE kind = 'meeting_reminder' AND status = 'pending'"
        )
        .await,
        0
    );
    let _ = id;
}

#[tokio::test]
async fn a_moved_meeting_tells_those_who_did_not_decline_and_its_reminders_follow() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    h.press(&LUCIE, &m(MeetingButton::Rsvp(id, Rsvp::No))).await;
    h.press(&RELAY, &m(MeetingButton::Move(id))).await;
    assert_eq!(
        ids(&h.text(&RELAY, "bientôt").await),
        ["meeting-error-when"]
    );
    assert_eq!(
        ids(&h.text(&RELAY, "10/12 18h").await),
        ["meeting-moved-done"]
    );
    let sent = h.outbox().await;
    assert_eq!(
        sent.len(),
        3,
        "the coordinator, Amina and the local actor, not Lucie"
    );
    for d in &sent {
        let cal = ics_of(d);
        let event = cal.events().next().unwrap();
        assert_eq!(
            event.get_uid(),
            Some(format!("meeting-{id}@agenda-mmm").as_str())
        );
        assert_eq!(event.get_sequence(), Some(1));
    }
    // The old reminder's time passes: nothing. The new one (7 December, 18:00) fires.
    tick(&h, Utc.with_ymd_and_hms(2026, 12, 5, 17, 30, 0).unwrap()).await;
    assert!(h.outbox().await.is_empty());
    let new_due = Utc.with_ymd_and_hms(2026, 12, 7, 17, 0, 0).unwrap();
    tick(&h, new_due).await;
    h.ctx.clock.set(new_due);
    assert_eq!(h.outbox().await.len(), 3);
}

#[tokio::test]
async fn a_cancellation_sends_a_cancel_calendar_file_and_withdraws_the_reminders() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    let outs = h.press(&RELAY, &m(MeetingButton::Cancel(id))).await;
    assert_eq!(ids(&outs), ["meeting-ask-cancel"]);
    assert_eq!(
        ids(&h.press(&RELAY, &m(MeetingButton::CancelConfirm(id))).await),
        ["meeting-cancelled-done"]
    );
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 4);
    for d in &sent {
        let cal = ics_of(d);
        assert_eq!(cal.property_value("METHOD"), Some("CANCEL"));
        assert!(d.keyboard.is_empty(), "no answer to a cancelled meeting");
    }
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM job WHERE kind = 'meeting_reminder' AND status = 'pending'"
        )
        .await,
        0
    );
    // Twice: the second confirmation changes nothing.
    let outs = h.press(&RELAY, &m(MeetingButton::CancelConfirm(id))).await;
    assert!(
        ids(&outs).contains(&"meeting-error-cancelled"),
        "{:?}",
        ids(&outs)
    );
    assert!(h.outbox().await.is_empty());
}

#[tokio::test]
async fn attendance_minutes_and_decisions_are_kept_with_mothers_and_actors_counted_apart() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    let after = Utc.with_ymd_and_hms(2026, 12, 8, 20, 0, 0).unwrap();
    h.ctx.clock.set(after);
    let outs = h.press(&RELAY, &m(MeetingButton::Attendance(id))).await;
    let rows = support::dialogue::buttons(&outs);
    let amina = rows
        .iter()
        .find(|(l, _)| l.contains("Amina"))
        .unwrap()
        .1
        .clone();
    let police = rows
        .iter()
        .find(|(l, _)| l.contains("acteur"))
        .unwrap()
        .1
        .clone();
    h.press(&RELAY, &amina).await;
    let outs = h.press(&RELAY, &police).await;
    assert!(
        support::dialogue::buttons(&outs)
            .iter()
            .any(|(l, _)| l.starts_with("✅ Amina"))
    );
    h.press(&RELAY, &m(MeetingButton::Guests(id))).await;
    assert_eq!(
        ids(&h.text(&RELAY, "trois").await),
        ["meeting-error-number"]
    );
    let outs = h.text(&RELAY, "3").await;
    let tally = h.rendered(&outs, "meeting-tally");
    assert!(
        tally.contains("mères : 1") && tally.contains("élus : 1") && tally.contains("autres : 3"),
        "{tally}"
    );
    // Minutes go to everyone invited.
    h.press(&RELAY, &m(MeetingButton::Minutes(id))).await;
    assert_eq!(
        ids(&h.text(&RELAY, "On a décidé un pédibus.").await),
        ["meeting-minutes-sent"]
    );
    assert_eq!(h.outbox().await.len(), 4);
    // A decision linked to a report moves it to in_progress, with its trail.
    sqlx::query(
        "INSERT INTO report (id, quartier_id, number, reference, anonymous, category, when_kind,
             cell_weekdays, cell_slot, status, audience, created_at)
         SELECT 77, id, 77, 'BEL-0077', 0, 'school_run', 'now', 1, 'morning', 'on_agenda',
             'relays', '2026-11-01T00:00:00Z' FROM quartier WHERE prefix = 'BEL'",
    )
    .execute(&h.ctx.pool)
    .await
    .unwrap();
    h.press(&RELAY, &m(MeetingButton::Decision(id))).await;
    assert_eq!(
        ids(&h.text(&RELAY, "Un pédibus (BEL-9999)").await),
        ["meeting-error-unknown-report"]
    );
    assert_eq!(
        ids(&h.text(&RELAY, "Un pédibus pour BEL-0077").await),
        ["meeting-decision-recorded"]
    );
    let status: String = sqlx::query_scalar("SELECT status FROM report WHERE id = 77")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(status, "in_progress");
    let city = CityId(scalar(&h, "SELECT id FROM city").await);
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let decisions = agenda_mmm::services::meetings::decisions(&mut conn, id)
        .await
        .unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(decisions[0].reports, [agenda_mmm::domain::ReportId(77)]);
    let held = agenda_mmm::store::meetings::held(&mut conn, city, None, monday(), after)
        .await
        .unwrap();
    assert_eq!(held.meetings, 1);
    assert_eq!(held.attendance.get(&Role::Mother), Some(&1));
    assert_eq!(held.attendance.get(&Role::Actor), Some(&1));
    assert_eq!(held.without_bot, 3);
}

#[tokio::test]
async fn forget_takes_her_answer_and_needs_and_leaves_the_counts() {
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.press(&AMINA, &m(MeetingButton::Rsvp(id, Rsvp::YesChildren)))
        .await;
    h.text(&AMINA, "2").await;
    sqlx::query("UPDATE meeting_invitee SET attended = 1")
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h.text(&AMINA, "/forget").await;
    let confirm = support::dialogue::buttons(&outs)
        .into_iter()
        .find(|(_, c)| {
            matches!(
                c,
                Callback::Privacy(agenda_mmm::bot::callback::PrivacyButton::Forget(true))
            )
        })
        .map(|(_, c)| c)
        .expect("the erase button");
    h.press(&AMINA, &confirm).await;
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM meeting_invitee WHERE children IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM meeting_invitee WHERE rsvp IS NOT NULL"
        )
        .await,
        0
    );
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM meeting_invitee WHERE attended = 1"
        )
        .await,
        4
    );
}

/// The relay's `/newmeeting` up to the place: a concertation for Belleville titled
/// `title`, on 8 December at 18:30, for 90 minutes.
async fn up_to_the_place(h: &mut Harness, title: &str) {
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Concertation)))
        .await;
    h.text(&RELAY, title).await;
    h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    h.text(&RELAY, "8/12 18h30").await;
    h.press(&RELAY, &m(MeetingButton::Duration(90))).await;
}

/// 5 December 18:30 in Paris: three days before the relay's meeting.
fn three_days_before() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 5, 17, 30, 0).unwrap()
}

/// 8 December 16:30 in Paris: two hours before it.
fn two_hours_before() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 8, 15, 30, 0).unwrap()
}

async fn reminders_at(h: &mut Harness, at: DateTime<Utc>) -> Vec<agenda_mmm::outbox::Delivery> {
    tick(h, at).await;
    h.ctx.clock.set(at);
    h.outbox().await
}

#[tokio::test]
async fn a_new_place_tells_those_who_did_not_decline_and_the_last_reminder_carries_it_with_its_pin()
{
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    h.press(&LUCIE, &m(MeetingButton::Rsvp(id, Rsvp::No))).await;
    // A mother cannot change the place (a forged button).
    let outs = h.press(&AMINA, &m(MeetingButton::Replace(id))).await;
    assert!(
        ids(&outs).contains(&"error-not-allowed"),
        "{:?}",
        ids(&outs)
    );
    let outs = h.press(&RELAY, &m(MeetingButton::Replace(id))).await;
    assert_eq!(ids(&outs), ["meeting-ask-new-place"]);
    // Nothing given yet: "send" changes nothing; bad inputs are answered.
    assert_eq!(
        ids(&h.press(&RELAY, &m(MeetingButton::PlaceDone(id))).await),
        ["error-stale-button"]
    );
    assert_eq!(
        ids(&h.text(&RELAY, " \u{200B} ").await),
        ["meeting-error-empty"]
    );
    assert_eq!(
        ids(&h.attach(&RELAY, Attachment::Sticker).await),
        ["error-expected-text"]
    );
    assert_eq!(
        ids(&h.text(&RELAY, "Mairie annexe, salle <B>").await),
        ["meeting-new-place-noted"]
    );
    let pin = Attachment::Location {
        latitude: 50.69,
        longitude: 3.18,
    };
    assert_eq!(
        ids(&h.attach(&RELAY, pin).await),
        ["meeting-new-place-noted"]
    );
    assert_eq!(
        ids(&h.press(&RELAY, &m(MeetingButton::PlaceDone(id))).await),
        ["meeting-place-changed-done"]
    );
    let sent = h.outbox().await;
    assert_eq!(
        sent.len(),
        3,
        "the coordinator, Amina and the actor, not Lucie"
    );
    for d in &sent {
        assert!(
            d.text.contains("Mairie annexe, salle &lt;B&gt;"),
            "{}",
            d.text
        );
        let cal = ics_of(d);
        let event = cal.events().next().unwrap();
        let uid = format!("meeting-{id}@agenda-mmm");
        assert_eq!(event.get_uid(), Some(uid.as_str()));
        assert_eq!(event.get_sequence(), Some(1));
        assert_eq!(
            event.property_value("LOCATION"),
            Some("Mairie annexe, salle <B>")
        );
        assert_eq!(event.property_value("GEO"), Some("50.690000;3.180000"));
    }
    // Twice: the second "send" is stale and tells no one.
    let outs = h.press(&RELAY, &m(MeetingButton::PlaceDone(id))).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    assert!(h.outbox().await.is_empty());
    // The reminders follow: the first without the pin, the last with the new place and pin.
    let first = reminders_at(&mut h, three_days_before()).await;
    assert_eq!(first.len(), 3);
    assert!(first.iter().all(|d| d.location.is_none()));
    let last = reminders_at(&mut h, two_hours_before()).await;
    assert_eq!(last.len(), 3);
    for d in &last {
        assert_eq!(d.location, Some((50.69, 3.18)));
        assert!(d.text.contains("Mairie annexe"), "{}", d.text);
    }
}

#[tokio::test]
async fn minutes_as_a_document_or_an_album_of_photos_go_to_everyone_invited_with_their_caption() {
    use agenda_mmm::domain::meeting::{FileKind, MinutesFile};
    let mut h = roubaix().await;
    let id = organise(&mut h).await;
    h.outbox().await;
    h.ctx
        .clock
        .set(Utc.with_ymd_and_hms(2026, 12, 8, 20, 0, 0).unwrap());
    // A document (a PDF), then its text; sent with the text as caption.
    h.press(&RELAY, &m(MeetingButton::Minutes(id))).await;
    assert_eq!(
        ids(&h.attach(&RELAY, Attachment::Contact).await),
        ["meeting-error-minutes-kind"]
    );
    let pdf = Attachment::File {
        file_id: "PDF-1".into(),
    };
    assert_eq!(ids(&h.attach(&RELAY, pdf).await), ["meeting-minutes-files"]);
    assert_eq!(
        ids(&h.text(&RELAY, "Le compte rendu <complet>").await),
        ["meeting-minutes-sent"]
    );
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 4);
    let pdf = MinutesFile {
        kind: FileKind::Document,
        file_id: "PDF-1".into(),
    };
    for d in &sent {
        assert_eq!(d.files, std::slice::from_ref(&pdf));
        assert!(
            d.text.contains("Le compte rendu &lt;complet&gt;"),
            "{}",
            d.text
        );
    }
    // An album of three photos: one update each, answered once; then "send".
    h.press(&RELAY, &m(MeetingButton::Minutes(id))).await;
    let at = h.ctx.clock.now();
    let answers = h.album(&RELAY, at, "album-1", &["P1", "P2", "P3"]).await;
    let told: usize = answers
        .iter()
        .map(|a| {
            ids(a)
                .iter()
                .filter(|i| **i == "meeting-minutes-files")
                .count()
        })
        .sum();
    assert!(told >= 1, "{answers:?}");
    let outs = h.press(&RELAY, &m(MeetingButton::MinutesSend(id))).await;
    assert_eq!(ids(&outs), ["meeting-minutes-sent"]);
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 4);
    for d in &sent {
        let ids: Vec<&str> = d.files.iter().map(|f| f.file_id.as_str()).collect();
        assert_eq!(ids, ["P1", "P2", "P3"]);
        assert!(d.files.iter().all(|f| f.kind == FileKind::Photo));
    }
    // "Send" again, out of that step, is stale and sends nothing.
    let outs = h.press(&RELAY, &m(MeetingButton::MinutesSend(id))).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    assert!(h.outbox().await.is_empty());
}

#[tokio::test]
async fn reminder_offsets_chosen_in_the_review_are_the_ones_scheduled() {
    use agenda_mmm::domain::meeting::ReminderOffset;
    let mut h = roubaix().await;
    up_to_the_place(&mut h, "Titre").await;
    // A reminder button before the review is stale and changes nothing.
    let early = m(MeetingButton::Reminder(ReminderOffset::Days(7)));
    assert_eq!(ids(&h.press(&RELAY, &early).await), ["error-stale-button"]);
    h.press(&RELAY, &m(MeetingButton::SkipPlace)).await;
    let outs = h.press(&RELAY, &m(MeetingButton::AgendaDone)).await;
    let ticked: Vec<String> = support::dialogue::buttons(&outs)
        .into_iter()
        .filter(|(l, _)| l.starts_with('✅'))
        .map(|(l, _)| l)
        .collect();
    assert_eq!(ticked, ["✅ 3 jours avant", "✅ 2 heures avant"]);
    // A week and 30 minutes added, 3 days taken away; a forged offset is refused.
    h.press(&RELAY, &early).await;
    h.press(
        &RELAY,
        &m(MeetingButton::Reminder(ReminderOffset::Minutes(30))),
    )
    .await;
    h.press(&RELAY, &m(MeetingButton::Reminder(ReminderOffset::Days(3))))
        .await;
    let forged = m(MeetingButton::Reminder(ReminderOffset::Hours(5)));
    assert_eq!(ids(&h.press(&RELAY, &forged).await), ["error-stale-button"]);
    h.press(&RELAY, &m(MeetingButton::Confirm)).await;
    assert_eq!(h.outbox().await.len(), 4, "the invitations");
    let id = last_meeting(&h).await;
    let reminders: String = sqlx::query_scalar("SELECT reminders FROM meeting WHERE id = ?")
        .bind(id.0)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(reminders, "7d,2h,30m");
    let jobs: Vec<String> = sqlx::query_scalar(
        "SELECT json_extract(payload, '$.offset') FROM job
         WHERE kind = 'meeting_reminder' AND status = 'pending' ORDER BY due_at",
    )
    .fetch_all(&h.ctx.pool)
    .await
    .unwrap();
    assert_eq!(jobs, ["7d", "2h", "30m"]);
    // A week before (1 December, 18:30 in Paris), to everyone invited.
    let sent = reminders_at(
        &mut h,
        Utc.with_ymd_and_hms(2026, 12, 1, 17, 30, 0).unwrap(),
    )
    .await;
    assert_eq!(sent.len(), 4, "a week before, to everyone invited");
}

#[tokio::test]
async fn a_local_actor_reads_an_agenda_report_only_as_its_text_validated_for_partners() {
    let mut h = roubaix().await;
    sqlx::query(
        "INSERT INTO report (id, quartier_id, number, reference, anonymous, category, when_kind,
             cell_weekdays, cell_slot, status, audience, created_at, validated_at, partner_text)
         SELECT 77, id, 77, 'BEL-0077', 0, 'school_run', 'now', 1, 'morning', 'on_agenda',
             'relays', '2026-11-01T00:00:00Z', NULL, NULL FROM quartier WHERE prefix = 'BEL'
         UNION ALL
         SELECT 78, id, 78, 'BEL-0078', 0, 'school_run', 'now', 1, 'morning', 'on_agenda',
             'relays', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', 'Voitures trop <rapides>'
             FROM quartier WHERE prefix = 'BEL'",
    )
    .execute(&h.ctx.pool)
    .await
    .unwrap();
    up_to_the_place(&mut h, "Sortie de l'école").await;
    h.press(&RELAY, &m(MeetingButton::SkipPlace)).await;
    for item in ["BEL-0077", "BEL-0078", "Le pédibus"] {
        assert_eq!(ids(&h.text(&RELAY, item).await), ["meeting-ask-agenda"]);
    }
    h.press(&RELAY, &m(MeetingButton::AgendaDone)).await;
    h.press(&RELAY, &m(MeetingButton::Confirm)).await;
    let sent = h.outbox().await;
    let police = sent.iter().find(|d| d.chat_id == POLICE.id).unwrap();
    assert!(!police.text.contains("BEL-0077"), "{}", police.text);
    assert!(!police.text.contains("BEL-0078"), "{}", police.text);
    assert!(
        police.text.contains("• Voitures trop &lt;rapides&gt;"),
        "{}",
        police.text
    );
    assert!(police.text.contains("• Le pédibus"), "{}", police.text);
    let lucie = sent.iter().find(|d| d.chat_id == LUCIE.id).unwrap();
    assert!(lucie.text.contains("• BEL-0077\n"), "{}", lucie.text);
    assert!(
        lucie
            .text
            .contains("• BEL-0078 — Voitures trop &lt;rapides&gt;"),
        "{}",
        lucie.text
    );
}

#[tokio::test]
async fn the_calendar_goes_month_by_month_beyond_fourteen_days_up_to_a_year() {
    let mut h = roubaix().await;
    h.text(&RELAY, "/newmeeting").await;
    h.press(&RELAY, &m(MeetingButton::Kind(MeetingKind::Concertation)))
        .await;
    h.text(&RELAY, "Titre").await;
    let outs = h.press(&RELAY, &m(MeetingButton::AudienceDone)).await;
    let more = m(MeetingButton::Month(
        chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
    ));
    assert!(
        support::dialogue::buttons(&outs)
            .iter()
            .any(|(_, cb)| *cb == more),
        "a button to other dates"
    );
    // November 2026 from today (Monday 30), then December, January 2027.
    let outs = h.press(&RELAY, &more).await;
    assert_eq!(ids(&outs), ["meeting-month-shown"]);
    let days: Vec<String> = support::dialogue::buttons(&outs)
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    assert_eq!(days.len(), 2, "the 30th and ›: {days:?}");
    let next = |d: chrono::NaiveDate| m(MeetingButton::Month(d));
    let jan = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let outs = h.press(&RELAY, &next(jan)).await;
    assert_eq!(ids(&outs), ["meeting-month-shown"]);
    let buttons = support::dialogue::buttons(&outs);
    assert_eq!(buttons.len(), 31 + 2, "31 days, ‹ and ›");
    // A forged month in the past or beyond a year is stale and changes nothing.
    for forged in [
        chrono::NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2027, 12, 1).unwrap(),
    ] {
        assert_eq!(
            ids(&h.press(&RELAY, &next(forged)).await),
            ["error-stale-button"]
        );
    }
    // A day of January, then a time: said back in full.
    let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 19).unwrap();
    assert_eq!(
        ids(&h.press(&RELAY, &m(MeetingButton::Day(day))).await),
        ["meeting-ask-time"]
    );
    let outs = h.press(&RELAY, &m(MeetingButton::Time(18, 30))).await;
    let when = h.rendered(&outs, "meeting-when-understood");
    assert!(when.contains("janvier") && when.contains("2027"), "{when}");
}
