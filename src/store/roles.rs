//! Role assignments: who holds which role over which scope, from when, until when.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{role_of, scope_of};
use crate::domain::{AssignmentId, Grant, Member, PersonId, Role, Scope};

/// An assignment, active or ended.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub id: AssignmentId,
    pub person: PersonId,
    pub grant: Grant,
    pub ends_at: Option<DateTime<Utc>>,
}

type AssignmentRow = (i64, i64, String, i64, Option<i64>, Option<DateTime<Utc>>);
type MemberRow = (i64, i64, Option<String>, String, i64, Option<i64>);

const ACTIVE: &str = "starts_at <= ?1 AND (ends_at IS NULL OR ends_at > ?1)";

/// The roles a person holds at `now`.
pub async fn active_grants(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(AssignmentId, Grant)>> {
    let rows: Vec<(i64, String, i64, Option<i64>)> = sqlx::query_as(&format!(
        "SELECT id, role, city_id, quartier_id FROM role_assignment
         WHERE person_id = ?2 AND {ACTIVE} ORDER BY id"
    ))
    .bind(now)
    .bind(person.0)
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, role, city, quartier)| {
            Ok((
                AssignmentId(id),
                Grant {
                    role: role_of(&role)?,
                    scope: scope_of(city, quartier),
                },
            ))
        })
        .collect()
}

pub async fn add(
    conn: &mut SqliteConnection,
    person: PersonId,
    grant: Grant,
    granted_by: Option<PersonId>,
    now: DateTime<Utc>,
) -> sqlx::Result<AssignmentId> {
    sqlx::query_scalar(
        "INSERT INTO role_assignment (person_id, role, city_id, quartier_id, starts_at, granted_by)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(person.0)
    .bind(grant.role.as_str())
    .bind(grant.scope.city().0)
    .bind(grant.scope.quartier().map(|q| q.0))
    .bind(now)
    .bind(granted_by.map(|p| p.0))
    .fetch_one(conn)
    .await
    .map(AssignmentId)
}

pub async fn get(
    conn: &mut SqliteConnection,
    id: AssignmentId,
) -> sqlx::Result<Option<Assignment>> {
    let row: Option<AssignmentRow> = sqlx::query_as(
        "SELECT id, person_id, role, city_id, quartier_id, ends_at
             FROM role_assignment WHERE id = ?",
    )
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    row.map(|(id, person, role, city, quartier, ends_at)| {
        Ok(Assignment {
            id: AssignmentId(id),
            person: PersonId(person),
            grant: Grant {
                role: role_of(&role)?,
                scope: scope_of(city, quartier),
            },
            ends_at,
        })
    })
    .transpose()
}

/// Ends an active assignment at `now`; returns whether it was active.
pub async fn end(
    conn: &mut SqliteConnection,
    id: AssignmentId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(&format!(
        "UPDATE role_assignment SET ends_at = ?1 WHERE id = ?2 AND {ACTIVE}"
    ))
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether `person` held exactly this role over exactly this scope and it was ended
/// after `since` (and by `now`).
pub async fn ended_since(
    conn: &mut SqliteConnection,
    person: PersonId,
    grant: Grant,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let ended: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM role_assignment
         WHERE person_id = ? AND role = ? AND city_id = ? AND quartier_id IS ?
           AND ends_at IS NOT NULL AND ends_at > ? AND ends_at <= ?",
    )
    .bind(person.0)
    .bind(grant.role.as_str())
    .bind(grant.scope.city().0)
    .bind(grant.scope.quartier().map(|q| q.0))
    .bind(since)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(ended > 0)
}

/// Whether `person` holds exactly this role over exactly this scope now.
pub async fn holds(
    conn: &mut SqliteConnection,
    person: PersonId,
    grant: Grant,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    Ok(active_grants(conn, person, now)
        .await?
        .iter()
        .any(|(_, g)| *g == grant))
}

/// Active members of a quartier (its own roles; city roles are listed with the city).
pub async fn members(
    conn: &mut SqliteConnection,
    scope: Scope,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Member>> {
    let rows: Vec<MemberRow> = sqlx::query_as(&format!(
        "SELECT r.id, r.person_id, p.first_name, r.role, r.city_id, r.quartier_id
         FROM role_assignment r JOIN person p ON p.id = r.person_id
         WHERE r.city_id = ?2 AND r.quartier_id IS ?3 AND {ACTIVE}
         ORDER BY r.role, r.id"
    ))
    .bind(now)
    .bind(scope.city().0)
    .bind(scope.quartier().map(|q| q.0))
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|(id, person, first_name, role, city, quartier)| {
            Ok(Member {
                assignment: AssignmentId(id),
                person: PersonId(person),
                first_name,
                role: role_of(&role)?,
                scope: scope_of(city, quartier),
            })
        })
        .collect()
}

/// People holding `role` over the city of `scope` (e.g. the coordinators to alert).
pub async fn holders_in_city(
    conn: &mut SqliteConnection,
    role: Role,
    scope: Scope,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(&format!(
        "SELECT DISTINCT person_id FROM role_assignment
         WHERE role = ?2 AND city_id = ?3 AND {ACTIVE}"
    ))
    .bind(now)
    .bind(role.as_str())
    .bind(scope.city().0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}
