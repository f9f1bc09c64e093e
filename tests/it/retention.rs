//! Retention jobs with an explicit clock: inactive accounts are told after a year and
//! erased a month later unless they write; the log of who opened a named report goes
//! after a year; raw report content follows the retention its city chose. (Dialogues
//! after 48 h and delivered outbox content after 30 days: tests/scheduler.rs.)

use crate::support;

use agenda_mmm::bot::callback::{Callback, FollowUp, PrivacyButton as P, ReportButton as R};
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::domain::ReportId;
use agenda_mmm::domain::report::{Category, ReportStatus};
use agenda_mmm::domain::{CityId, Role};
use agenda_mmm::scheduler::JobKind;
use chrono::{DateTime, Duration, Utc};
use support::dialogue::{Harness, Person, button, ids, person};
use support::scenario::{COORDINATOR, last_report, r, roubaix};

const AMINA: Person = person(3, Some("fr"));
const FATIMA: Person = person(4, Some("fr"));

const TTL: Duration = Duration::hours(48);

async fn city() -> Harness {
    let mut h = roubaix().await;
    for (who, name) in [(&AMINA, "Amina"), (&FATIMA, "Fatima")] {
        let code = h
            .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
            .await;
        h.join(who, Some(&code), "fr", Some(name)).await;
    }
    h.outbox().await;
    h
}

async fn last_seen(h: &Harness, telegram: i64, at: DateTime<Utc>) {
    sqlx::query(
        "UPDATE person SET last_seen_at = ?
         WHERE id = (SELECT person_id FROM telegram_account WHERE telegram_user_id = ?)",
    )
    .bind(at)
    .bind(telegram)
    .execute(&h.ctx.pool)
    .await
    .unwrap();
}

async fn registered(h: &Harness, telegram: i64) -> bool {
    sqlx::query_scalar("SELECT COUNT(*) FROM telegram_account WHERE telegram_user_id = ?")
        .bind(telegram)
        .fetch_one(&h.ctx.pool)
        .await
        .map(|n: i64| n == 1)
        .unwrap()
}

#[tokio::test]
async fn an_inactive_account_is_told_after_a_year_and_erased_a_month_later_unless_she_writes() {
    let mut h = city().await;
    let t0 = Utc::now() - Duration::days(40);
    for who in [&AMINA, &FATIMA] {
        last_seen(&h, who.id, t0 - Duration::days(366)).await;
    }
    last_seen(&h, COORDINATOR.id, t0 - Duration::days(300)).await;
    h.run_job(JobKind::InactiveAccounts, t0, TTL).await;
    let told = h.outbox().await;
    let mut chats: Vec<i64> = told.iter().map(|d| d.chat_id).collect();
    chats.sort();
    assert_eq!(
        chats,
        [AMINA.id, FATIMA.id],
        "the coordinator wrote 300 days ago"
    );
    assert!(told[0].text.contains("30 jours"), "{}", told[0].text);
    // Told once only.
    h.run_job(JobKind::InactiveAccounts, t0 + Duration::days(1), TTL)
        .await;
    assert!(h.outbox().await.is_empty());
    // Fatima writes: she is no longer warned, nor erased.
    h.text(&FATIMA, "/help").await;
    // Before the month's notice is over, nothing is erased.
    h.run_job(JobKind::InactiveAccounts, t0 + Duration::days(29), TTL)
        .await;
    assert!(registered(&h, AMINA.id).await);
    h.run_job(JobKind::InactiveAccounts, t0 + Duration::days(30), TTL)
        .await;
    assert!(!registered(&h, AMINA.id).await, "erased as by /forget");
    assert!(registered(&h, FATIMA.id).await);
    assert!(registered(&h, COORDINATOR.id).await);
    let outs = h.text(&AMINA, "/report").await;
    assert_eq!(ids(&outs), ["error-not-registered"]);
}

/// Amina reports, named; the coordinator opens it, asks a question Amina answers, and
/// resolves it. Returns its id.
async fn named_report_resolved(h: &mut Harness) -> i64 {
    h.text(&AMINA, "/report").await;
    h.press(&AMINA, &r(R::Category(Category::Incivility))).await;
    h.press(&AMINA, &r(R::When(WhenChoice::Now))).await;
    h.text(&AMINA, "Parc Brossolette").await;
    h.text(&AMINA, "Des motos sur le trottoir").await;
    h.press(&AMINA, &r(R::Audience(true))).await;
    h.press(&AMINA, &r(R::Named(true))).await;
    let outs = h.press(&AMINA, &r(R::Confirm)).await;
    assert_eq!(ids(&outs)[0], "report-saved", "{:?}", ids(&outs));
    let id = last_report(h).await;
    h.press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    h.press(
        &COORDINATOR,
        &Callback::TriageAction(ReportId(id), FollowUp::Ask),
    )
    .await;
    h.text(&COORDINATOR, "À quelle heure ?").await;
    let outs = h.text(&AMINA, "/myreports").await;
    h.press(&AMINA, &button(&outs, "button-answer").unwrap())
        .await;
    h.text(&AMINA, "Vers 17 h").await;
    let resolved = ReportStatus::Resolved;
    h.press(
        &COORDINATOR,
        &Callback::TriageStatus(ReportId(id), resolved),
    )
    .await;
    h.text(&COORDINATOR, "Des potelets ont été posés").await;
    id
}

#[tokio::test]
async fn who_opened_a_named_report_is_forgotten_after_a_year() {
    let mut h = city().await;
    let id = named_report_resolved(&mut h).await;
    // Opened twice: the first opening is made a year and a day old.
    h.press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    let now = Utc::now();
    let old = sqlx::query(
        "UPDATE report_event SET at = ? WHERE note = 'opened'
         AND id < (SELECT MAX(id) FROM report_event WHERE note = 'opened')",
    )
    .bind(now - Duration::days(366))
    .execute(&h.ctx.pool)
    .await
    .unwrap()
    .rows_affected();
    assert!(old >= 1);
    h.press(&COORDINATOR, &Callback::TriageOpen(ReportId(id)))
        .await;
    h.run_job(JobKind::AccessLogRetention, now, TTL).await;
    let notes: Vec<(i64, Option<String>)> =
        sqlx::query_as("SELECT id, note FROM report_event WHERE report_id = ? ORDER BY id")
            .bind(id)
            .fetch_all(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(
        notes
            .iter()
            .filter(|(_, n)| n.as_deref() == Some("opened"))
            .count(),
        2,
        "the old openings are gone, the two recent ones stay: {notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|(_, n)| n.as_deref() == Some("Des potelets ont été posés")),
        "the rest of the audit trail stays: {notes:?}"
    );
}

async fn content(h: &Harness, id: i64) -> Option<String> {
    sqlx::query_scalar("SELECT content_text FROM report WHERE id = ?")
        .bind(id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn raw_report_content_follows_the_retention_its_city_chose() {
    let mut h = city().await;
    let id = named_report_resolved(&mut h).await;
    let now = Utc::now();
    // Closed 100 days ago: the default (6 months) keeps it.
    sqlx::query("UPDATE report SET closed_at = ? WHERE id = ?")
        .bind(now - Duration::days(100))
        .bind(id)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    h.run_job(JobKind::ReportRetention, now, TTL).await;
    assert!(content(&h, id).await.is_some());
    let answers: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM report_question WHERE answer IS NOT NULL")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(answers, 1);
    // The coordinator chooses 3 months: the next run erases it, keeping the figures.
    let outs = h
        .press(&COORDINATOR, &Callback::Privacy(P::Retention(CityId(1))))
        .await;
    assert_eq!(
        ids(&outs),
        ["privacy-settings-not-named", "privacy-settings"]
    );
    h.run_job(JobKind::ReportRetention, now + Duration::minutes(1), TTL)
        .await;
    assert_eq!(content(&h, id).await, None);
    let qa: Vec<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT question, answer FROM report_question WHERE report_id = ?")
            .bind(id)
            .fetch_all(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(
        qa,
        [(None, None)],
        "questions and answers go with the content"
    );
    let kept: (String, String) = sqlx::query_as("SELECT category, status FROM report WHERE id = ?")
        .bind(id)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(
        kept,
        (Category::Incivility.as_str().into(), "resolved".into())
    );
}
