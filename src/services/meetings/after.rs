//! After a meeting: attendance, people who came without the bot, minutes sent to those
//! invited, and decisions (linked reports move to `in_progress`).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::{MeetingProblem, MinutesFile};
use crate::domain::report::ReportStatus;
use crate::domain::{MeetingId, PersonId, Principal, QuartierId};
use crate::services::{ServiceError, ServiceResult};
use crate::store::meetings::{self as store, Decision};
use crate::store::quartiers;

use super::*;

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
            crate::services::triage::change_status(
                conn,
                p,
                me,
                *report,
                ReportStatus::InProgress,
                None,
                now,
            )
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
