//! Meetings: who may organise where, creating one (invitees named by role as broadcasts
//! do, an invitation each through the outbox, reminders through the scheduler), answers,
//! changes and cancellation, attendance, minutes and decisions. No Telegram here.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::meeting::{MeetingDraft, MeetingProblem, MinutesFile, ReminderOffset, Rsvp};
use crate::domain::report::ReportStatus;
use crate::domain::{
    Action, Audience, CityId, MeetingId, PersonId, Principal, QuartierId, ReportId, Role, Scope,
};
use crate::i18n::Msg;
use crate::outbox::{self, NewMessage, Recipient};
use crate::scheduler::{self, JobKind};
use crate::store::meetings::{self as store, Decision, Meeting, NewMeeting};
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

/// One outbox row per person: `what` about meeting `id`, version `sequence`.
async fn tell_all(
    conn: &mut SqliteConnection,
    id: MeetingId,
    people: &[PersonId],
    what: &'static str,
    sequence: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    for person in people {
        let key = format!("meeting:{id}:{what}:{sequence}:{person}");
        let message = Msg::new(what).num("meeting", id.0);
        let mut row = NewMessage::to_person(key, KIND, *person, message, now);
        row.batch = Some(batch(id));
        outbox::enqueue(conn, &row, now).await?;
    }
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

/// A meeting she may answer now: invited, not cancelled, not started.
async fn answerable(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    now: DateTime<Utc>,
) -> ServiceResult<Meeting> {
    let m = store::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    if store::invitee(conn, id, me).await?.is_none() || !p.may(Action::Rsvp(Scope::City(m.city))) {
        return Err(MeetingProblem::NotInvited.into());
    }
    if m.cancelled {
        return Err(MeetingProblem::Cancelled.into());
    }
    if m.starts_at <= now {
        return Err(MeetingProblem::Started.into());
    }
    Ok(m)
}

/// An answer with what goes with it: the language to interpret into, the children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answer<'a> {
    pub rsvp: Rsvp,
    pub interpreting: Option<&'a str>,
    pub children: Option<i64>,
}

/// Records her answer; she may change it until the start.
pub async fn answer(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    a: Answer<'_>,
    now: DateTime<Utc>,
) -> ServiceResult<Meeting> {
    let m = answerable(conn, p, me, id, now).await?;
    store::set_rsvp(conn, id, me, a.rsvp, a.interpreting, a.children, now).await?;
    Ok(m)
}

/// Checks that she may answer (before asking which language or how many children).
pub async fn check_answer(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    now: DateTime<Utc>,
) -> ServiceResult<Meeting> {
    answerable(conn, p, me, id, now).await
}

/// Her upcoming meetings (invited or organised) with her answer.
pub async fn upcoming(
    conn: &mut SqliteConnection,
    me: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(Meeting, Option<Rsvp>)>> {
    let mut out = vec![];
    for m in store::upcoming_for(conn, me, now).await? {
        let rsvp = store::invitee(conn, m.id, me).await?.and_then(|i| i.rsvp());
        out.push((m, rsvp));
    }
    Ok(out)
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

/// What a reminder job did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminded {
    Queued(usize),
    /// The meeting started (the reminder came too late), was cancelled or moved.
    Skipped(&'static str),
}

/// The reminder job: an outbox row to each invitee who did not decline — unless the
/// meeting started meanwhile (a reminder late past the start is skipped and logged),
/// was cancelled, or moved (its new reminders carry the new sequence).
pub async fn remind(
    conn: &mut SqliteConnection,
    id: MeetingId,
    offset: ReminderOffset,
    sequence: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<Reminded> {
    let Some(m) = store::get(conn, id).await? else {
        return Ok(Reminded::Skipped("no meeting"));
    };
    let why = if m.cancelled {
        Some("cancelled")
    } else if m.sequence != sequence {
        Some("moved")
    } else if m.starts_at <= now {
        Some("meeting started")
    } else {
        None
    };
    if let Some(why) = why {
        tracing::info!(meeting = id.0, offset = %offset.code(), why, "meeting reminder skipped");
        return Ok(Reminded::Skipped(why));
    }
    let people = store::not_declined(conn, id).await?;
    let last = i64::from(is_last(&m, offset));
    for person in &people {
        let key = format!(
            "meeting:{id}:reminder:{}:{sequence}:{person}",
            offset.code()
        );
        let message = Msg::new(what::REMINDER)
            .num("meeting", id.0)
            .num("last", last);
        let mut row = NewMessage::to_person(key, KIND, *person, message, now);
        row.batch = Some(batch(id));
        outbox::enqueue(conn, &row, now).await?;
    }
    Ok(Reminded::Queued(people.len()))
}

/// Whether `offset` is the meeting's last reminder (the one with the place and its pin).
fn is_last(m: &Meeting, offset: ReminderOffset) -> bool {
    let tz = chrono_tz::UTC;
    m.reminders.iter().map(|o| o.due(m.starts_at, tz)).max() == Some(offset.due(m.starts_at, tz))
}

/// The answers to a meeting as its organiser sees them: counts per answer, interpreting
/// languages, children to look after, who answered (first names, when given), and who
/// came — mothers (and relays) and local actors (and élus) apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub answers: BTreeMap<&'static str, i64>,
    pub no_answer: i64,
    pub interpreting: BTreeMap<String, i64>,
    pub children: i64,
    pub names: Vec<(Option<String>, Rsvp)>,
    pub came_mothers: i64,
    pub came_actors: i64,
    pub came_others: i64,
    pub without_bot: i64,
}

/// Which side of the table a role sits on ("equal footing" is measured so).
pub fn side(role: Option<Role>) -> &'static str {
    match role {
        Some(Role::Mother | Role::Relay) => "mothers",
        Some(Role::Actor | Role::Elected) => "actors",
        _ => "others",
    }
}

/// The organiser's view (needs are for her only: refused to anyone else).
pub async fn tally(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
) -> ServiceResult<(Meeting, Tally)> {
    let m = managed(conn, p, me, id).await?;
    let mut t = Tally {
        without_bot: m.guests_without_bot,
        ..Tally::default()
    };
    for i in store::invitees(conn, id).await? {
        match i.rsvp() {
            Some(r) => {
                *t.answers.entry(r.as_str()).or_insert(0) += 1;
                t.names.push((i.first_name.clone(), r));
            }
            None => t.no_answer += 1,
        }
        if let Some(l) = &i.interpreting_locale {
            *t.interpreting.entry(l.clone()).or_insert(0) += 1;
        }
        t.children += i.children.unwrap_or(0);
        if i.attended {
            match side(i.role()) {
                "mothers" => t.came_mothers += 1,
                "actors" => t.came_actors += 1,
                _ => t.came_others += 1,
            }
        }
    }
    Ok((m, t))
}

/// The invitees, for the attendance buttons (organiser only).
pub async fn invitees(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
) -> ServiceResult<Vec<store::InviteeRow>> {
    managed(conn, p, me, id).await?;
    Ok(store::invitees(conn, id).await?)
}

/// Ticks or unticks one invitee as present; returns whether she is now.
pub async fn toggle_attendance(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    invitee: i64,
) -> ServiceResult<bool> {
    managed(conn, p, me, id).await?;
    let rows = store::invitees(conn, id).await?;
    let row = rows
        .iter()
        .find(|i| i.id == invitee)
        .ok_or(ServiceError::Stale)?;
    store::set_attended(conn, id, invitee, !row.attended).await?;
    Ok(!row.attended)
}

pub async fn set_guests(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    guests: i64,
) -> ServiceResult<()> {
    managed(conn, p, me, id).await?;
    store::set_guests(conn, id, guests).await?;
    Ok(())
}

/// Posts the minutes (text and/or a document or photos) and sends them to everyone invited.
pub async fn post_minutes(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    text: Option<&str>,
    files: &[MinutesFile],
    now: DateTime<Utc>,
) -> ServiceResult<usize> {
    managed(conn, p, me, id).await?;
    store::set_minutes(conn, id, text, files, now).await?;
    let invited: Vec<PersonId> = store::invitees(conn, id)
        .await?
        .iter()
        .filter_map(|i| i.person_id.map(PersonId))
        .collect();
    let version = minutes_version(now, text, files);
    tell_all(conn, id, &invited, what::MINUTES, version, now).await?;
    Ok(invited.len())
}

/// The version of minutes in their outbox keys: the same minutes posted twice in the same
/// second are sent once; other minutes (another text, other files) are sent again.
fn minutes_version(now: DateTime<Utc>, text: Option<&str>, files: &[MinutesFile]) -> i64 {
    // FNV-1a: stable across builds, unlike the standard library's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let stamp = now.timestamp().to_string();
    let parts = [stamp.as_str(), text.unwrap_or("")];
    let ids = files.iter().map(|f| f.file_id.as_str());
    for byte in parts
        .into_iter()
        .chain(ids)
        .flat_map(|p| p.bytes().chain([0]))
    {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    (hash >> 1) as i64
}

/// Records a decision, linked to reports of the meeting's quartiers by reference; each
/// linked report moves to `in_progress` with the usual audit trail and reporter notice.
pub async fn decide(
    conn: &mut SqliteConnection,
    p: &Principal,
    me: PersonId,
    id: MeetingId,
    text: &str,
    references: &[String],
    now: DateTime<Utc>,
) -> ServiceResult<crate::domain::DecisionId> {
    let m = managed(conn, p, me, id).await?;
    let quartiers: Vec<QuartierId> = match store::quartiers(conn, id).await?.as_slice() {
        [] => quartiers::of_city(conn, m.city)
            .await?
            .into_iter()
            .map(|q| q.id)
            .collect(),
        qs => qs.to_vec(),
    };
    let mut reports = vec![];
    for reference in references {
        let found = store::report_in(conn, &quartiers, &reference.trim().to_uppercase()).await?;
        reports.push(found.ok_or(MeetingProblem::UnknownReport)?);
    }
    let decision = store::add_decision(conn, id, text, &reports, me, now).await?;
    for report in &reports {
        let current = crate::store::reports::get(conn, *report)
            .await?
            .ok_or(ServiceError::Stale)?;
        if current.status.transition(ReportStatus::InProgress).is_ok() {
            super::triage::change_status(conn, p, me, *report, ReportStatus::InProgress, None, now)
                .await?;
        }
    }
    Ok(decision)
}

/// A meeting's decisions with the reports each concerns (`services::meeting_actions`
/// makes them actions).
pub async fn decisions(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<Vec<Decision>> {
    store::decisions(conn, id).await
}
