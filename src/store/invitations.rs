//! Invitations and their uses.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{role_of, scope_of};
use crate::domain::{Invitation, InvitationCode, InvitationId, PersonId};

type Row = (
    i64,
    String,
    String,
    i64,
    Option<i64>,
    Option<i64>,
    DateTime<Utc>,
    DateTime<Utc>,
    i64,
    i64,
    Option<DateTime<Utc>>,
);

const COLUMNS: &str = "SELECT id, code, role, city_id, quartier_id, created_by, created_at,
    expires_at, max_uses, uses, revoked_at FROM invitation";

fn invitation(row: Row) -> sqlx::Result<Invitation> {
    let (
        id,
        code,
        role,
        city,
        quartier,
        created_by,
        created_at,
        expires_at,
        max_uses,
        uses,
        revoked_at,
    ) = row;
    Ok(Invitation {
        id: InvitationId(id),
        code: InvitationCode::parse(&code).map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        role: role_of(&role)?,
        scope: scope_of(city, quartier),
        created_by: created_by.map(PersonId),
        created_at,
        expires_at,
        max_uses,
        uses,
        revoked_at,
    })
}

pub async fn insert(conn: &mut SqliteConnection, inv: &Invitation) -> sqlx::Result<InvitationId> {
    sqlx::query_scalar(
        "INSERT INTO invitation (code, role, city_id, quartier_id, created_by, created_at,
             expires_at, max_uses, uses, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(inv.code.as_str())
    .bind(inv.role.as_str())
    .bind(inv.scope.city().0)
    .bind(inv.scope.quartier().map(|q| q.0))
    .bind(inv.created_by.map(|p| p.0))
    .bind(inv.created_at)
    .bind(inv.expires_at)
    .bind(inv.max_uses)
    .bind(inv.uses)
    .bind(inv.revoked_at)
    .fetch_one(conn)
    .await
    .map(InvitationId)
}

pub async fn by_code(
    conn: &mut SqliteConnection,
    code: &InvitationCode,
) -> sqlx::Result<Option<Invitation>> {
    let row: Option<Row> = sqlx::query_as(&format!("{COLUMNS} WHERE code = ?"))
        .bind(code.as_str())
        .fetch_optional(conn)
        .await?;
    row.map(invitation).transpose()
}

pub async fn get(
    conn: &mut SqliteConnection,
    id: InvitationId,
) -> sqlx::Result<Option<Invitation>> {
    let row: Option<Row> = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(invitation).transpose()
}

/// Records one use of a still-valid invitation; returns false if it could not be used
/// (expired, used up or revoked meanwhile).
pub async fn record_use(
    conn: &mut SqliteConnection,
    id: InvitationId,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let used = sqlx::query(
        "UPDATE invitation SET uses = uses + 1
         WHERE id = ? AND uses < max_uses AND revoked_at IS NULL AND expires_at > ?",
    )
    .bind(id.0)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if used.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query(
        "INSERT OR IGNORE INTO invitation_use (invitation_id, person_id, used_at) VALUES (?, ?, ?)",
    )
    .bind(id.0)
    .bind(person.0)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(true)
}

/// Whether `person` has used this invitation before.
pub async fn used_by(
    conn: &mut SqliteConnection,
    id: InvitationId,
    person: PersonId,
) -> sqlx::Result<bool> {
    let uses: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM invitation_use WHERE invitation_id = ? AND person_id = ?",
    )
    .bind(id.0)
    .bind(person.0)
    .fetch_one(conn)
    .await?;
    Ok(uses > 0)
}

pub async fn revoke(
    conn: &mut SqliteConnection,
    id: InvitationId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done =
        sqlx::query("UPDATE invitation SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
            .bind(now)
            .bind(id.0)
            .execute(conn)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// Invitations created by `person` that can still be used.
pub async fn usable_by_creator(
    conn: &mut SqliteConnection,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Invitation>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE created_by = ? AND revoked_at IS NULL AND expires_at > ?
         AND uses < max_uses ORDER BY id DESC LIMIT 20"
    ))
    .bind(person.0)
    .bind(now)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(invitation).collect()
}
