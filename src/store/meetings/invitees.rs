//! SQL of a meeting's invitees: who an audience names, their answers and needs.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::Rsvp;
use crate::domain::{Audience, CityId, MeetingId, PersonId, Role};

/// The people an audience names at ?1 in city ?2 (roles ?3, quartiers ?4; city roles
/// too), with a Telegram account, ?5 excepted — each once, under her first role in it.
const AUDIENCE: &str = "SELECT p.id AS person_id, (SELECT r.role FROM role_assignment r
        WHERE r.person_id = p.id AND r.city_id = ?2 AND r.starts_at <= ?1
          AND (r.ends_at IS NULL OR r.ends_at > ?1)
          AND r.role IN (SELECT value FROM json_each(?3))
          AND (json_array_length(?4) = 0 OR r.quartier_id IS NULL
               OR r.quartier_id IN (SELECT value FROM json_each(?4)))
        ORDER BY r.id LIMIT 1) AS role
    FROM person p JOIN telegram_account a ON a.person_id = p.id
    WHERE p.id <> ?5";

fn audience_args(audience: &Audience) -> (String, String) {
    let roles: Vec<&str> = audience.roles().into_iter().map(|r| r.as_str()).collect();
    (
        serde_json::to_string(&roles).expect("roles"),
        serde_json::to_string(&audience.quartiers).expect("ids"),
    )
}

/// How many people `invite_audience` would invite now.
pub async fn count_audience(
    conn: &mut SqliteConnection,
    city: CityId,
    audience: &Audience,
    except: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<i64> {
    let (roles, quartiers) = audience_args(audience);
    sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM ({AUDIENCE}) WHERE role IS NOT NULL"
    ))
    .bind(now)
    .bind(city.0)
    .bind(roles)
    .bind(quartiers)
    .bind(except.0)
    .fetch_one(conn)
    .await
}

/// Invites everyone the audience names at `now` (active role, a Telegram account), the
/// organiser excepted, each once, under her first role in the audience; returns who.
pub async fn invite_audience(
    conn: &mut SqliteConnection,
    id: MeetingId,
    city: CityId,
    audience: &Audience,
    except: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let (roles, quartiers) = audience_args(audience);
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "INSERT OR IGNORE INTO meeting_invitee (meeting_id, person_id, role)
         SELECT ?6, person_id, role FROM ({AUDIENCE}) WHERE role IS NOT NULL ORDER BY person_id
         RETURNING person_id"
    ))
    .bind(now)
    .bind(city.0)
    .bind(roles)
    .bind(quartiers)
    .bind(except.0)
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// One invitee's answer, needs and attendance.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct InviteeRow {
    pub id: i64,
    pub person_id: Option<i64>,
    pub role: String,
    pub rsvp: Option<String>,
    pub interpreting_locale: Option<String>,
    pub children: Option<i64>,
    pub attended: bool,
    pub first_name: Option<String>,
}

impl InviteeRow {
    pub fn rsvp(&self) -> Option<Rsvp> {
        self.rsvp.as_deref().and_then(|r| r.parse().ok())
    }
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role).ok()
    }
}

const INVITEE: &str = "SELECT i.id, i.person_id, i.role, i.rsvp, i.interpreting_locale,
    i.children, i.attended, p.first_name
    FROM meeting_invitee i LEFT JOIN person p ON p.id = i.person_id";

pub async fn invitees(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<Vec<InviteeRow>> {
    sqlx::query_as(&format!("{INVITEE} WHERE i.meeting_id = ? ORDER BY i.id"))
        .bind(id.0)
        .fetch_all(conn)
        .await
}

pub async fn invitee(
    conn: &mut SqliteConnection,
    id: MeetingId,
    person: PersonId,
) -> sqlx::Result<Option<InviteeRow>> {
    sqlx::query_as(&format!(
        "{INVITEE} WHERE i.meeting_id = ? AND i.person_id = ?"
    ))
    .bind(id.0)
    .bind(person.0)
    .fetch_optional(conn)
    .await
}

/// Among `persons`, those invited to the meeting: her answer and the role invited as (one
/// query, for the outbox's claim).
pub async fn invitees_among(
    conn: &mut SqliteConnection,
    id: MeetingId,
    persons: &[PersonId],
) -> sqlx::Result<Vec<(PersonId, Option<Rsvp>, Option<Role>)>> {
    let ids: Vec<i64> = persons.iter().map(|p| p.0).collect();
    let rows: Vec<(i64, Option<String>, String)> = sqlx::query_as(
        "SELECT person_id, rsvp, role FROM meeting_invitee
         WHERE meeting_id = ? AND person_id IN (SELECT value FROM json_each(?))",
    )
    .bind(id.0)
    .bind(serde_json::to_string(&ids).expect("ids"))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(p, rsvp, role)| {
            let rsvp = rsvp.and_then(|r| r.parse().ok());
            (PersonId(p), rsvp, Role::parse(&role).ok())
        })
        .collect())
}

/// Those still concerned by news of the meeting: invited, not declined, still here.
pub async fn not_declined(
    conn: &mut SqliteConnection,
    id: MeetingId,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT person_id FROM meeting_invitee
         WHERE meeting_id = ? AND person_id IS NOT NULL AND (rsvp IS NULL OR rsvp <> 'no')
         ORDER BY person_id",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Records her answer (and what goes with it); the other needs are cleared.
pub async fn set_rsvp(
    conn: &mut SqliteConnection,
    id: MeetingId,
    person: PersonId,
    rsvp: Rsvp,
    interpreting: Option<&str>,
    children: Option<i64>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE meeting_invitee SET rsvp = ?, interpreting_locale = ?, children = ?, answered_at = ?
         WHERE meeting_id = ? AND person_id = ?",
    )
    .bind(rsvp.as_str())
    .bind(interpreting)
    .bind(children)
    .bind(now)
    .bind(id.0)
    .bind(person.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
