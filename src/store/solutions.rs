//! Solutions of a quartier: proposals with their linked reports, supports (once per
//! person), decisions, and the counts by origin.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{role_of, undecodable};
use crate::domain::solutions::{Origin, SolutionStatus};
use crate::domain::{PersonId, QuartierId, ReportId, Role, SolutionId};

/// A solution as those who read it see it: a role, never a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Solution {
    pub id: SolutionId,
    pub quartier: QuartierId,
    pub proposer: Option<PersonId>,
    pub proposer_role: Role,
    /// `None` once the proposer was erased.
    pub text: Option<String>,
    pub status: SolutionStatus,
    pub supporters: i64,
    pub created_at: DateTime<Utc>,
}

type Row = (
    i64,
    i64,
    Option<i64>,
    String,
    Option<String>,
    String,
    i64,
    DateTime<Utc>,
);

fn solution(r: Row) -> sqlx::Result<Solution> {
    Ok(Solution {
        id: SolutionId(r.0),
        quartier: QuartierId(r.1),
        proposer: r.2.map(PersonId),
        proposer_role: role_of(&r.3)?,
        text: r.4,
        status: SolutionStatus::parse(&r.5).ok_or_else(|| undecodable("solution status", &r.5))?,
        supporters: r.6,
        created_at: r.7,
    })
}

const COLUMNS: &str = "SELECT id, quartier_id, proposer_id, proposer_role, text, status,
    supporters, created_at FROM solution";

/// Saves a proposal with the reports it answers; returns its id.
pub async fn create(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    proposer: PersonId,
    role: Role,
    text: &str,
    reports: &[ReportId],
    now: DateTime<Utc>,
) -> sqlx::Result<SolutionId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO solution (quartier_id, proposer_id, proposer_role, text, created_at)
         VALUES (?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(quartier.0)
    .bind(proposer.0)
    .bind(role.as_str())
    .bind(text)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for report in reports {
        sqlx::query("INSERT OR IGNORE INTO solution_report (solution_id, report_id) VALUES (?, ?)")
            .bind(id)
            .bind(report.0)
            .execute(&mut *conn)
            .await?;
    }
    Ok(SolutionId(id))
}

pub async fn get(conn: &mut SqliteConnection, id: SolutionId) -> sqlx::Result<Option<Solution>> {
    let row: Option<Row> = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(solution).transpose()
}

/// The solutions of a quartier still proposed or accepted, most supported first.
pub async fn of_quartier(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    limit: i64,
) -> sqlx::Result<Vec<Solution>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE quartier_id = ? AND status IN ('proposed', 'accepted')
         ORDER BY status = 'accepted' DESC, supporters DESC, id LIMIT ?"
    ))
    .bind(quartier.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(solution).collect()
}

/// The reports a solution answers.
pub async fn reports(conn: &mut SqliteConnection, id: SolutionId) -> sqlx::Result<Vec<ReportId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT report_id FROM solution_report WHERE solution_id = ? ORDER BY report_id",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(ReportId).collect())
}

/// Her support, once: returns false if she had already given it.
pub async fn support(
    conn: &mut SqliteConnection,
    id: SolutionId,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT OR IGNORE INTO solution_support (solution_id, person_id, at) VALUES (?, ?, ?)",
    )
    .bind(id.0)
    .bind(person.0)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    sqlx::query("UPDATE solution SET supporters = supporters + 1 WHERE id = ?")
        .bind(id.0)
        .execute(conn)
        .await?;
    Ok(true)
}

/// Records a decision on a solution still proposed; false if someone decided meanwhile.
pub async fn decide(
    conn: &mut SqliteConnection,
    id: SolutionId,
    to: SolutionStatus,
    merged_into: Option<SolutionId>,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE solution SET status = ?, merged_into = ?, decided_by = ?, decided_at = ?
         WHERE id = ? AND status = 'proposed'",
    )
    .bind(to.as_str())
    .bind(merged_into.map(|s| s.0))
    .bind(by.0)
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many proposals of a quartier came from mothers and from actors.
pub async fn counts_by_origin(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
) -> sqlx::Result<(i64, i64)> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT proposer_role, COUNT(*) FROM solution WHERE quartier_id = ? GROUP BY proposer_role",
    )
    .bind(quartier.0)
    .fetch_all(conn)
    .await?;
    let (mut mothers, mut actors) = (0, 0);
    for (role, count) in rows {
        match Origin::of(role_of(&role)?) {
            Origin::Mothers => mothers += count,
            Origin::Actors => actors += count,
        }
    }
    Ok((mothers, actors))
}

/// `/forget`: her proposals lose their words and her; the rows stay, counted.
pub async fn forget_proposer(conn: &mut SqliteConnection, person: PersonId) -> sqlx::Result<()> {
    sqlx::query("UPDATE solution SET text = NULL WHERE proposer_id = ?")
        .bind(person.0)
        .execute(conn)
        .await
        .map(drop)
}

/// Her open reports (newest first), for "what would help?" under `/myreports`.
pub async fn open_reports_of(
    conn: &mut SqliteConnection,
    person: PersonId,
    limit: i64,
) -> sqlx::Result<Vec<(ReportId, String)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, reference FROM report WHERE reporter_id = ?
           AND status NOT IN ('resolved', 'duplicate', 'rejected')
         ORDER BY id DESC LIMIT ?",
    )
    .bind(person.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|(id, r)| (ReportId(id), r)).collect())
}
