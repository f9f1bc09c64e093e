//! Answers to a meeting: who may answer, her answer and its needs, her upcoming meetings,
//! and the organiser's tally.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::{MeetingProblem, Rsvp};
use crate::domain::{Action, MeetingId, PersonId, Principal, Role, Scope};
use crate::services::{ServiceError, ServiceResult};
use crate::store::meetings::{self as store, Meeting};

use super::*;

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
