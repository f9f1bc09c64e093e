//! Meetings: who may organise where, creating one (invitees named by role as broadcasts
//! do, an invitation each through the outbox, reminders through the scheduler), changes
//! and cancellation; answers and the organiser's tally, reminders, and what happens after
//! (attendance, minutes, decisions) in sub-modules. No Telegram here.

mod after;
mod answers;
mod reminders;

pub use after::*;
pub use answers::*;
pub use reminders::*;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::{MeetingDraft, MeetingProblem};
use crate::domain::{Action, Audience, CityId, MeetingId, PersonId, Principal, ReportId, Scope};
use crate::i18n::Msg;
use crate::outbox::{self, NewMessage, Recipient};
use crate::scheduler::{self, JobKind};
use crate::services::{ServiceError, ServiceResult};
use crate::store::meetings::{self as store, Meeting, NewMeeting};
use crate::store::quartiers;

/// The outbox kind of every message about a meeting (rendered at send time).
pub const KIND: &str = "meeting";

/// What a meeting message says; its Fluent id.
pub mod what {
    pub const INVITATION: &str = "meeting-invitation";
    pub const CHANGED: &str = "meeting-changed";
    pub const CANCELLED: &str = "meeting-cancelled";
    pub const REMINDER: &str = "meeting-reminder";
    pub const MINUTES: &str = "meeting-minutes";
    pub const ANNOUNCEMENT: &str = "meeting-announcement";
}

impl From<MeetingProblem> for ServiceError {
    fn from(p: MeetingProblem) -> Self {
        ServiceError::Duplicate(p.message_id())
    }
}

fn batch(id: MeetingId) -> String {
    format!("meeting:{id}")
}

/// Whether she may organise meetings somewhere (the menu and `/help` offer it).
pub fn may_organise_somewhere(p: &Principal) -> bool {
    p.grants
        .iter()
        .any(|g| p.may(Action::ManageMeetings(g.scope)))
}

/// The cities she may organise in.
pub fn cities(p: &Principal) -> Vec<CityId> {
    let mut cities: Vec<CityId> = p
        .grants
        .iter()
        .filter(|g| p.may(Action::ManageMeetings(g.scope)))
        .map(|g| g.scope.city())
        .collect();
    cities.sort();
    cities.dedup();
    cities
}

/// The quartiers of a city she may organise for.
pub async fn quartiers_for(
    conn: &mut SqliteConnection,
    p: &Principal,
    city: CityId,
) -> sqlx::Result<Vec<crate::domain::Quartier>> {
    let all = quartiers::of_city(conn, city).await?;
    Ok(all
        .into_iter()
        .filter(|q| p.may(Action::ManageMeetings(q.scope())))
        .collect())
}

/// The scopes an audience touches: its quartiers (all of its city), or the city.
async fn scopes(conn: &mut SqliteConnection, audience: &Audience) -> ServiceResult<Vec<Scope>> {
    let city = audience.city.ok_or(ServiceError::NotAllowed)?;
    let mut scopes = vec![];
    for q in &audience.quartiers {
        match quartiers::get(conn, *q).await? {
            Some(found) if found.city == city => scopes.push(Scope::Quartier(city, *q)),
            _ => return Err(ServiceError::NotAllowed),
        }
    }
    if scopes.is_empty() {
        scopes.push(Scope::City(city));
    }
    Ok(scopes)
}

/// Refuses a meeting over quartiers she does not organise for (a forged button ends
/// here and changes nothing); returns its city.
pub async fn check_audience(
    conn: &mut SqliteConnection,
    p: &Principal,
    audience: &Audience,
) -> ServiceResult<CityId> {
    let scopes = scopes(conn, audience).await?;
    if scopes.iter().all(|s| p.may(Action::ManageMeetings(*s))) {
        Ok(scopes[0].city())
    } else {
        Err(ServiceError::NotAllowed)
    }
}

/// Whether she may manage this meeting: its organiser, or someone who may organise over
/// all of its quartiers (its city's coordinator).
pub async fn may_manage(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    m: &Meeting,
) -> ServiceResult<bool> {
    if m.organiser == Some(me) && may_organise_somewhere(p) {
        return Ok(true);
    }
    let scopes = scopes(conn, &m.audience).await?;
    Ok(scopes.iter().all(|s| p.may(Action::ManageMeetings(*s))))
}

async fn managed(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
) -> ServiceResult<Meeting> {
    let m = store::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    if !may_manage(conn, p, me, &m).await? {
        return Err(ServiceError::NotAllowed);
    }
    Ok(m)
}

/// An agenda reference typed by the organiser: a report `on_agenda` of the meeting's
/// quartiers (any of the city's when the meeting is city-wide).
pub async fn agenda_report(
    conn: &mut SqliteConnection,
    draft: &MeetingDraft,
    reference: &str,
) -> ServiceResult<ReportId> {
    let quartiers = match (&draft.audience.quartiers[..], draft.audience.city) {
        ([], Some(city)) => quartiers::of_city(conn, city)
            .await?
            .into_iter()
            .map(|q| q.id)
            .collect(),
        (qs, _) => qs.to_vec(),
    };
    let reference = reference.trim().to_uppercase();
    store::on_agenda_report(conn, &quartiers, &reference)
        .await?
        .ok_or_else(|| MeetingProblem::UnknownReport.into())
}

/// How many people the draft would invite now (the organiser excepted).
pub async fn count_invitees(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    draft: &MeetingDraft,
    now: DateTime<Utc>,
) -> ServiceResult<usize> {
    let city = check_audience(conn, p, &draft.audience).await?;
    let found = store::count_audience(conn, city, &draft.audience, me, now).await?;
    Ok(found as usize)
}

/// What `create` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Created {
    pub id: MeetingId,
    pub invited: usize,
}

/// Creates the meeting, invites its audience (an outbox row each, and the linked groups
/// if chosen) and schedules its reminders — all in the caller's transaction.
pub async fn create(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    draft: &MeetingDraft,
    now: DateTime<Utc>,
) -> ServiceResult<Created> {
    let city = check_audience(conn, p, &draft.audience).await?;
    let (Some(kind), Some(title), Some(starts_at)) =
        (draft.kind, draft.title.as_deref(), draft.starts_at)
    else {
        return Err(ServiceError::Stale);
    };
    if starts_at <= now {
        return Err(MeetingProblem::Started.into());
    }
    let audience = Audience {
        city: Some(city),
        ..draft.audience.clone()
    };
    let new = NewMeeting {
        city,
        organiser: me,
        kind,
        title,
        starts_at,
        duration_minutes: draft.duration_minutes.into(),
        place: draft.place.as_deref(),
        location: draft.location,
        audience: &audience,
        reminders: &draft.reminders,
        agenda_reports: &draft.agenda_reports,
        agenda_texts: &draft.agenda_texts,
    };
    let id = store::create(conn, &new, now).await?;
    let invited = store::invite_audience(conn, id, city, &audience, me, now).await?;
    if invited.is_empty() {
        return Err(MeetingProblem::NoInvitees.into());
    }
    tell_all(conn, id, &invited, what::INVITATION, 0, now).await?;
    if audience.groups {
        announce_in_groups(conn, id, &audience, now).await?;
    }
    schedule_reminders(conn, id, now).await?;
    tracing::info!(meeting = id.0, invited = invited.len(), "meeting created");
    Ok(Created {
        id,
        invited: invited.len(),
    })
}

/// One outbox row per person (written in one statement): `what` about meeting `id`,
/// version `sequence`.
async fn tell_all(
    conn: &mut SqliteConnection,
    id: MeetingId,
    people: &[PersonId],
    what: &'static str,
    sequence: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let keyed: Vec<(String, PersonId)> = people
        .iter()
        .map(|person| (format!("meeting:{id}:{what}:{sequence}:{person}"), *person))
        .collect();
    let message = Msg::new(what).num("meeting", id.0);
    outbox::enqueue_to_people(conn, KIND, &batch(id), &message, &keyed, now).await?;
    Ok(())
}

async fn announce_in_groups(
    conn: &mut SqliteConnection,
    id: MeetingId,
    audience: &Audience,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    for q in &audience.quartiers {
        let key = format!("meeting:{id}:announcement:{q}");
        let mut row = NewMessage::to_person(
            key,
            KIND,
            PersonId(0),
            Msg::new(what::ANNOUNCEMENT).num("meeting", id.0),
            now,
        );
        row.to = Recipient::Group(*q);
        row.batch = Some(batch(id));
        outbox::enqueue(conn, &row, now).await?;
    }
    Ok(())
}

/// Schedules a reminder job per offset of the meeting as it stands (its sequence in the
/// key, so that a moved meeting gets new ones); those already past are not scheduled.
async fn schedule_reminders(
    conn: &mut SqliteConnection,
    id: MeetingId,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let m = store::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    let tz = crate::store::cities::get(conn, m.city)
        .await?
        .ok_or(ServiceError::Stale)?
        .tz;
    for offset in &m.reminders {
        let due = offset.due(m.starts_at, tz);
        if due <= now {
            continue;
        }
        let key = format!("meeting_reminder:{id}:{}:{}", offset.code(), m.sequence);
        let payload =
            serde_json::json!({ "meeting": id.0, "offset": offset.code(), "sequence": m.sequence });
        scheduler::schedule(conn, JobKind::MeetingReminder, &key, due, &payload).await?;
    }
    Ok(())
}

/// A new start: those who did not decline are told, with an updated `.ics` (same UID,
/// SEQUENCE + 1); pending reminders are withdrawn and scheduled anew.
pub async fn change(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let m = changeable(conn, p, me, id, now).await?;
    if starts_at <= now {
        return Err(MeetingProblem::Started.into());
    }
    let (place, location) = (m.place.as_deref(), m.location);
    apply_change(conn, &m, starts_at, place, location, now).await
}

/// A new place, in words and/or a Telegram location (what is not given stays): told as a
/// new time is, and the reminders follow (the last one carries the new place and pin).
pub async fn change_place(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    place: Option<&str>,
    location: Option<(f64, f64)>,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let m = changeable(conn, p, me, id, now).await?;
    if place.is_none() && location.is_none() {
        return Err(MeetingProblem::Empty.into());
    }
    let place = place.or(m.place.as_deref());
    let location = location.or(m.location);
    apply_change(conn, &m, m.starts_at, place, location, now).await
}

/// A meeting she manages that is neither cancelled nor started.
async fn changeable(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    now: DateTime<Utc>,
) -> ServiceResult<Meeting> {
    let m = managed(conn, p, me, id).await?;
    if m.cancelled {
        return Err(MeetingProblem::Cancelled.into());
    }
    if m.starts_at <= now {
        return Err(MeetingProblem::Started.into());
    }
    Ok(m)
}

async fn apply_change(
    conn: &mut SqliteConnection,
    m: &Meeting,
    starts_at: DateTime<Utc>,
    place: Option<&str>,
    location: Option<(f64, f64)>,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let id = m.id;
    store::change(conn, id, starts_at, place, location).await?;
    store::withdraw_reminders(conn, id, now).await?;
    let people = store::not_declined(conn, id).await?;
    tell_all(conn, id, &people, what::CHANGED, m.sequence + 1, now).await?;
    schedule_reminders(conn, id, now).await?;
    tracing::info!(meeting = id.0, told = people.len(), "meeting changed");
    Ok(())
}

/// Calls the meeting off: a notice with a `METHOD:CANCEL` file to those who did not
/// decline; reminders not yet sent are withdrawn.
pub async fn cancel(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let m = managed(conn, p, me, id).await?;
    if !store::cancel(conn, id, now).await? {
        return Err(MeetingProblem::Cancelled.into());
    }
    store::withdraw_reminders(conn, id, now).await?;
    let people = store::not_declined(conn, id).await?;
    tell_all(conn, id, &people, what::CANCELLED, m.sequence + 1, now).await?;
    tracing::info!(meeting = id.0, told = people.len(), "meeting cancelled");
    Ok(())
}
