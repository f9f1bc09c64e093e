//! The weekly digest of each city, on its day and hour (Monday 08:00 by default, in the
//! city's time zone): a planner schedules the next one ahead, one job per city and day
//! (a unique key, so it fires once, also across restarts); the job queues, for each élu and coordinator of
//! the city, a photo row and a text row in the outbox, rendered when sent in her
//! language. A digest missed while the bot was down goes out late the same day, and is
//! skipped (and logged) after.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;

use super::digest::{self, Area, Part};
use crate::domain::digest::{Period, week_start};
use crate::domain::{CityId, PersonId, Role, Scope};
use crate::outbox::{self, NewMessage};
use crate::scheduler::{self, JobKind};
use crate::store::digest::{self as store, Schedule};
use crate::store::{cities, roles};

/// What a city's digest job carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    pub city: CityId,
    /// The local day it goes out.
    pub date: NaiveDate,
    pub hour: u32,
}

/// The UTC instant of `hour` on a local day (the first that exists, should a
/// daylight-saving change skip it).
fn instant(date: NaiveDate, hour: u32, tz: Tz) -> DateTime<Utc> {
    let local = date.and_hms_opt(hour, 0, 0).expect("an hour of the day");
    tz.from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| {
            crate::domain::digest::local_midnight(date, tz)
                + chrono::Duration::hours(i64::from(hour) + 1)
        })
}

/// The local day and UTC instant of this week's digest (the week of `now`, Monday first).
pub fn due_this_week(s: Schedule, now: DateTime<Utc>, tz: Tz) -> (NaiveDate, DateTime<Utc>) {
    let today = now.with_timezone(&tz).date_naive();
    let date = week_start(today) + Days::new(u64::from(s.weekday.num_days_from_monday()));
    (date, instant(date, s.hour, tz))
}

/// The next digest after `now`: this week's, or next week's once this week's time passed.
/// Planned ahead, so that one missed while the bot was down is found due at restart —
/// and a bot started after this week's time does not send it at once.
pub fn next_due(s: Schedule, now: DateTime<Utc>, tz: Tz) -> (NaiveDate, DateTime<Utc>) {
    let (date, at) = due_this_week(s, now, tz);
    if at > now {
        return (date, at);
    }
    let date = date + Days::new(7);
    (date, instant(date, s.hour, tz))
}

/// The job key of a city's digest of a day.
pub fn key(city: CityId, date: NaiveDate) -> String {
    format!("digest:{city}:{date}")
}

/// Schedules the next digest of every city that has it on.
pub async fn plan(conn: &mut SqliteConnection, now: DateTime<Utc>) -> sqlx::Result<usize> {
    let mut planned = 0;
    for city in cities::all(&mut *conn).await? {
        let s = store::schedule(&mut *conn, city.id).await?;
        if !s.enabled {
            continue;
        }
        let (date, at) = next_due(s, now, city.tz);
        let due = Due {
            city: city.id,
            date,
            hour: s.hour,
        };
        let payload = serde_json::to_value(due).expect("a due digest serialises");
        if scheduler::schedule(
            &mut *conn,
            JobKind::CityDigest,
            &key(city.id, date),
            at,
            &payload,
        )
        .await?
        {
            planned += 1;
        }
    }
    Ok(planned)
}

/// Who receives a city's digest: its élus and coordinators of this moment.
async fn recipients(
    conn: &mut SqliteConnection,
    city: CityId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let mut people = vec![];
    for role in [Role::Elected, Role::Coordinator] {
        people.extend(roles::holders_in_city(&mut *conn, role, Scope::City(city), now).await?);
    }
    people.sort_by_key(|p| p.0);
    people.dedup();
    Ok(people)
}

/// Why a due digest was not sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip {
    /// Its day is over (the bot was down all that day).
    DayOver,
    /// The coordinator changed the day or hour since, or turned it off.
    Changed,
    CityGone,
}

/// Queues a city's digest for each recipient; returns how many were queued (rows already
/// queued by an earlier run count nothing), or why nothing was.
pub async fn deliver(
    conn: &mut SqliteConnection,
    due: Due,
    now: DateTime<Utc>,
) -> sqlx::Result<Result<usize, Skip>> {
    let Some(city) = cities::get(&mut *conn, due.city).await? else {
        return Ok(Err(Skip::CityGone));
    };
    if now.with_timezone(&city.tz).date_naive() != due.date {
        return Ok(Err(Skip::DayOver));
    }
    let s = store::schedule(&mut *conn, city.id).await?;
    if !s.enabled || s.hour != due.hour || due_this_week(s, now, city.tz).0 != due.date {
        return Ok(Err(Skip::Changed));
    }
    let area = Area {
        city: city.id,
        quartier: None,
    };
    let d = digest::compute(
        &mut *conn,
        area,
        city.name.clone(),
        Period::Week,
        now,
        city.tz,
    )
    .await?;
    let mut queued = 0;
    for person in recipients(&mut *conn, city.id, now).await? {
        for (part, delay) in [(Part::Photo, 0), (Part::Text, 1)] {
            let row_key = format!("{}:{person}:{}", key(city.id, due.date), part.as_str());
            let mut m = NewMessage::to_person(
                row_key,
                digest::KIND,
                person,
                digest::carrier(&d, part),
                now,
            );
            m.not_before = now + chrono::Duration::seconds(delay);
            m.batch = Some(key(city.id, due.date));
            if outbox::enqueue(&mut *conn, &m, now).await? && part == Part::Photo {
                queued += 1;
            }
        }
    }
    Ok(Ok(queued))
}

/// The next weekday and the next hour of a schedule, as `/settings` cycles them.
pub fn next_day(s: Schedule) -> Schedule {
    Schedule {
        weekday: s.weekday.succ(),
        ..s
    }
}

pub fn next_hour(s: Schedule) -> Schedule {
    Schedule {
        hour: (s.hour + 1) % 24,
        ..s
    }
}

/// Changes a city's weekly digest, if she may (its coordinators).
pub async fn change(
    conn: &mut SqliteConnection,
    principal: &crate::domain::Principal,
    city: CityId,
    change: fn(Schedule) -> Schedule,
    now: DateTime<Utc>,
) -> super::ServiceResult<Schedule> {
    if !principal.may(crate::domain::Action::ExportReports(city)) {
        return Err(super::ServiceError::NotAllowed);
    }
    let s = change(store::schedule(&mut *conn, city).await?);
    store::set_schedule(conn, city, s, now).await?;
    Ok(s)
}
