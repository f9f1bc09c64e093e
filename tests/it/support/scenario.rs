//! The city most in-process tests start from, and small readers of its reports.

use agenda_mmm::bot::callback::{Callback, ReportButton};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::bot::report_draft::WhenChoice;
use agenda_mmm::domain::report::Category;
use agenda_mmm::domain::{PersonId, Role, TelegramUserId};
use agenda_mmm::store::persons;
use chrono::{DateTime, Utc};

use super::dialogue::{Harness, Person, ids, person};

pub const ADMIN: Person = person(1, Some("fr"));
pub const COORDINATOR: Person = person(2, Some("fr"));

/// The operator, the city of Roubaix, its coordinator Claire and quartier BEL
/// (Belleville).
pub async fn roubaix() -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.join(&ADMIN, None, "fr", None).await;
    h.text(&ADMIN, "/newcity Roubaix").await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    h
}

/// A button of the report flow.
pub fn r(b: ReportButton) -> Callback {
    Callback::Report(b)
}

/// One number read from the database.
pub async fn count(h: &Harness, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

/// The id of the last report made.
pub async fn last_report(h: &Harness) -> i64 {
    count(h, "SELECT MAX(id) FROM report").await
}

/// Someone of Belleville writes a report up to its summary (named, with a voice note).
pub async fn report_until_confirm(h: &mut Harness, who: &Person, relays: bool) {
    h.text(who, "/report").await;
    h.press(who, &r(ReportButton::Category(Category::Incivility)))
        .await;
    h.press(who, &r(ReportButton::When(WhenChoice::Now))).await;
    h.text(who, "Parc Brossolette").await;
    h.attach(
        who,
        Attachment::Voice {
            file_id: "voice-9".into(),
        },
    )
    .await;
    h.press(who, &r(ReportButton::Audience(relays))).await;
    h.press(who, &r(ReportButton::Named(true))).await;
    h.press(who, &r(ReportButton::KeepMedia(true))).await;
}

/// Someone of Belleville reports (named, with a voice note).
pub async fn report_as(h: &mut Harness, who: &Person, relays: bool) -> i64 {
    report_until_confirm(h, who, relays).await;
    let outs = h.press(who, &r(ReportButton::Confirm)).await;
    assert_eq!(ids(&outs)[0], "report-saved");
    sqlx::query_scalar("SELECT MAX(id) FROM report")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

/// Her person's id.
pub async fn id_of(h: &Harness, who: &Person) -> PersonId {
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    persons::by_telegram(&mut conn, TelegramUserId(who.id))
        .await
        .unwrap()
        .unwrap()
        .id
}

/// A member to invite: who, her role, her quartier's name, her language, her first name.
pub type Member<'a> = (&'a Person, Role, &'a str, &'a str, Option<&'a str>);

/// On a clock stopped at `at`: the operator Nadia, Roubaix, its coordinator Claire,
/// quartiers BEL (Belleville) and NOR (Nord), and `members` invited by the coordinator.
pub async fn roubaix_with(at: DateTime<Utc>, members: &[Member<'_>]) -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.ctx.clock.set(at);
    h.join(&ADMIN, None, "fr", Some("Nadia")).await;
    h.text(&ADMIN, "/newcity Roubaix").await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    h.text(&COORDINATOR, "/newquartier NOR Nord").await;
    for (who, role, quartier, locale, name) in members {
        let code = h.invite(&COORDINATOR, *role, Some(quartier)).await;
        h.join(who, Some(&code), locale, *name).await;
    }
    h.outbox().await;
    h
}
