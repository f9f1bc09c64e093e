//! The weekly digest through the scheduler and the outbox, in-process with a fixed clock:
//! it fires once at its day and hour in the city's time zone, reaches élus and
//! coordinators as a photo with the text in each one's language, a digest missed while
//! the bot was down goes out late the same day and never the day after.

use crate::support;

use agenda_mmm::domain::{CityId, Role};
use agenda_mmm::scheduler::{self, JobContext, JobKind};
use agenda_mmm::services::digest_delivery::{self, Due, Skip};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use support::dialogue::{Harness, Person, person};
use support::scenario::{COORDINATOR, roubaix};

const ELU: Person = person(30, Some("ar"));
const ELU_TR: Person = person(31, Some("tr"));
const ROUBAIX: CityId = CityId(1);

fn utc(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, d, h, m, 0).unwrap()
}

async fn city() -> Harness {
    let mut h = roubaix().await;
    for (who, lang) in [(&ELU, "ar"), (&ELU_TR, "tr")] {
        let code = h.invite(&COORDINATOR, Role::Elected, None).await;
        h.join(who, Some(&code), lang, None).await;
    }
    h.outbox().await;
    h
}

async fn tick(h: &Harness, now: DateTime<Utc>) {
    let ctx = JobContext::with_defaults(h.ctx.pool.clone());
    scheduler::tick(&ctx, now).await.unwrap();
}

#[tokio::test]
async fn the_weekly_digest_fires_once_on_monday_at_eight_in_each_recipients_language() {
    let mut h = city().await;
    // Monday 7 December 2026, 07:50 in Roubaix: the planner schedules 08:00 (07:00 UTC).
    h.ctx.clock.set(utc(7, 6, 50));
    h.run_job(
        JobKind::DigestPlanner,
        utc(7, 6, 50),
        chrono::Duration::hours(48),
    )
    .await;
    tick(&h, utc(7, 6, 55)).await;
    assert!(h.outbox().await.is_empty(), "nothing before its hour");
    h.ctx.clock.set(utc(7, 7, 0));
    tick(&h, utc(7, 7, 0)).await;
    h.ctx.clock.set(utc(7, 7, 1));
    let sent = h.outbox().await;
    let photos: Vec<_> = sent.iter().filter(|d| d.attachment.is_some()).collect();
    assert_eq!(photos.len(), 3, "two élus and the coordinator");
    let to = |p: &Person| photos.iter().find(|d| d.chat_id == p.id).unwrap();
    assert!(to(&ELU).text.contains("ملخّص"), "{}", to(&ELU).text);
    assert!(to(&ELU_TR).text.contains("Özet"), "{}", to(&ELU_TR).text);
    assert!(to(&COORDINATOR).text.contains("Résumé"));
    assert!(
        to(&ELU)
            .attachment
            .as_ref()
            .unwrap()
            .starts_with(b"\x89PNG")
    );
    // Planned again, ticked again, as after a restart: nothing more.
    h.run_job(
        JobKind::DigestPlanner,
        utc(7, 7, 5),
        chrono::Duration::hours(48),
    )
    .await;
    tick(&h, utc(7, 7, 6)).await;
    h.ctx.clock.set(utc(7, 7, 10));
    assert!(h.outbox().await.is_empty());
}

#[tokio::test]
async fn a_digest_missed_while_down_goes_out_late_the_same_day_and_never_the_next() {
    let h = city().await;
    let due = Due {
        city: ROUBAIX,
        date: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        hour: 8,
    };
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    // Tuesday 00:30 in Roubaix: the day is over.
    let next_day = utc(7, 23, 30);
    let skipped = digest_delivery::deliver(&mut conn, due, next_day)
        .await
        .unwrap();
    assert_eq!(skipped, Err(Skip::DayOver));
    // Monday 22:00 in Roubaix: late, the same day.
    let late = digest_delivery::deliver(&mut conn, due, utc(7, 21, 0))
        .await
        .unwrap();
    assert_eq!(late, Ok(3));
    let again = digest_delivery::deliver(&mut conn, due, utc(7, 21, 30))
        .await
        .unwrap();
    assert_eq!(again, Ok(0), "queued once");
}

#[tokio::test]
async fn a_changed_hour_replaces_the_planned_digest() {
    let h = city().await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let s = agenda_mmm::store::digest::Schedule {
        hour: 18,
        ..Default::default()
    };
    agenda_mmm::store::digest::set_schedule(&mut conn, ROUBAIX, s, utc(7, 6, 0))
        .await
        .unwrap();
    let old = Due {
        city: ROUBAIX,
        date: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        hour: 8,
    };
    let outcome = digest_delivery::deliver(&mut conn, old, utc(7, 7, 0))
        .await
        .unwrap();
    assert_eq!(outcome, Err(Skip::Changed));
    let (date, at) = digest_delivery::due_this_week(s, utc(7, 7, 0), chrono_tz::Europe::Paris);
    assert_eq!((date, at), (old.date, utc(7, 17, 0)));
}

#[tokio::test]
async fn a_bot_started_after_the_hour_plans_next_week_and_sends_nothing_now() {
    let mut h = city().await;
    // Monday 7 December, 15:00 in Roubaix: this week's 08:00 is over.
    h.ctx.clock.set(utc(7, 14, 0));
    h.run_job(
        JobKind::DigestPlanner,
        utc(7, 14, 0),
        chrono::Duration::hours(48),
    )
    .await;
    tick(&h, utc(7, 14, 1)).await;
    assert!(h.outbox().await.is_empty());
    let due: String = sqlx::query_scalar("SELECT dedup_key FROM job WHERE kind = 'city_digest'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(due, "digest:1:2026-12-14");
}
