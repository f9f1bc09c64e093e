//! Actions: what, who carries it, by when, linked to a solution, a meeting decision and
//! reports; their updates; and the lists `/actions` shows.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::undecodable;
use crate::domain::report::{Cell, TimeSlot};
use crate::domain::solutions::ActionStatus;
use crate::domain::{ActionId, CityId, DecisionId, PersonId, QuartierId, ReportId, SolutionId};

/// An action to create.
#[derive(Debug, Clone)]
pub struct NewAction<'a> {
    pub city: CityId,
    pub quartier: Option<QuartierId>,
    pub what: &'a str,
    pub carrier: Option<PersonId>,
    pub carrier_org: Option<&'a str>,
    pub due_at: DateTime<Utc>,
    pub solution: Option<SolutionId>,
    pub meeting_decision: Option<DecisionId>,
    pub reports: &'a [ReportId],
    pub created_by: PersonId,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ActionRow {
    pub id: ActionId,
    pub city: CityId,
    pub quartier: Option<QuartierId>,
    pub what: String,
    pub carrier: Option<PersonId>,
    pub carrier_org: Option<String>,
    pub due_at: DateTime<Utc>,
    pub status: ActionStatus,
    pub note: Option<String>,
    pub solution: Option<SolutionId>,
    pub meeting_decision: Option<DecisionId>,
    pub done_at: Option<DateTime<Utc>>,
    pub calmer_cell: Option<Cell>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    city_id: i64,
    quartier_id: Option<i64>,
    what: String,
    carrier_id: Option<i64>,
    carrier_org: Option<String>,
    due_at: DateTime<Utc>,
    status: String,
    note: Option<String>,
    solution_id: Option<i64>,
    meeting_decision_id: Option<i64>,
    done_at: Option<DateTime<Utc>>,
    calmer_weekdays: Option<i64>,
    calmer_slot: Option<String>,
}

fn action(r: Row) -> sqlx::Result<ActionRow> {
    let calmer_cell = match (r.calmer_weekdays, r.calmer_slot) {
        (Some(days), Some(slot)) => Some(Cell {
            weekdays: days as u8,
            slot: TimeSlot::parse(&slot).ok_or_else(|| undecodable("slot", &slot))?,
        }),
        _ => None,
    };
    Ok(ActionRow {
        id: ActionId(r.id),
        city: CityId(r.city_id),
        quartier: r.quartier_id.map(QuartierId),
        what: r.what,
        carrier: r.carrier_id.map(PersonId),
        carrier_org: r.carrier_org,
        due_at: r.due_at,
        status: ActionStatus::parse(&r.status)
            .ok_or_else(|| undecodable("action status", &r.status))?,
        note: r.note,
        solution: r.solution_id.map(SolutionId),
        meeting_decision: r.meeting_decision_id.map(DecisionId),
        done_at: r.done_at,
        calmer_cell,
    })
}

const COLUMNS: &str = "SELECT id, city_id, quartier_id, what, carrier_id, carrier_org, due_at,
    status, note, solution_id, meeting_decision_id, done_at, calmer_weekdays, calmer_slot
    FROM action";

pub async fn create(
    conn: &mut SqliteConnection,
    a: &NewAction<'_>,
    now: DateTime<Utc>,
) -> sqlx::Result<ActionId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO action (city_id, quartier_id, what, carrier_id, carrier_org, due_at,
             solution_id, meeting_decision_id, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(a.city.0)
    .bind(a.quartier.map(|q| q.0))
    .bind(a.what)
    .bind(a.carrier.map(|p| p.0))
    .bind(a.carrier_org)
    .bind(a.due_at)
    .bind(a.solution.map(|s| s.0))
    .bind(a.meeting_decision.map(|d| d.0))
    .bind(a.created_by.0)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    for report in a.reports {
        sqlx::query("INSERT OR IGNORE INTO action_report (action_id, report_id) VALUES (?, ?)")
            .bind(id)
            .bind(report.0)
            .execute(&mut *conn)
            .await?;
    }
    Ok(ActionId(id))
}

pub async fn get(conn: &mut SqliteConnection, id: ActionId) -> sqlx::Result<Option<ActionRow>> {
    let row: Option<Row> = sqlx::query_as(&format!("{COLUMNS} WHERE id = ?"))
        .bind(id.0)
        .fetch_optional(conn)
        .await?;
    row.map(action).transpose()
}

/// The action made from a meeting decision, if any (a decision becomes one action).
pub async fn of_decision(
    conn: &mut SqliteConnection,
    decision: DecisionId,
) -> sqlx::Result<Option<ActionId>> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM action WHERE meeting_decision_id = ? LIMIT 1")
            .bind(decision.0)
            .fetch_optional(conn)
            .await?;
    Ok(id.map(ActionId))
}

/// Moves an action from `from` to `to` with a note; false if it changed meanwhile.
pub async fn set_status(
    conn: &mut SqliteConnection,
    id: ActionId,
    from: ActionStatus,
    to: ActionStatus,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done_at = (to == ActionStatus::Done).then_some(now);
    let done = sqlx::query(
        "UPDATE action SET status = ?, note = COALESCE(?, note), updated_at = ?, done_at = ?
         WHERE id = ? AND status = ?",
    )
    .bind(to.as_str())
    .bind(note)
    .bind(now)
    .bind(done_at)
    .bind(id.0)
    .bind(from.as_str())
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A new due date for an action not done.
pub async fn set_due(
    conn: &mut SqliteConnection,
    id: ActionId,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE action SET due_at = ?, updated_at = ? WHERE id = ? AND status <> 'done'",
    )
    .bind(due_at)
    .bind(now)
    .bind(id.0)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Keeps the cell "did it get calmer?" asks at.
pub async fn set_calmer_cell(
    conn: &mut SqliteConnection,
    id: ActionId,
    cell: Cell,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE action SET calmer_weekdays = ?, calmer_slot = ? WHERE id = ?")
        .bind(i64::from(cell.weekdays))
        .bind(cell.slot.as_str())
        .bind(id.0)
        .execute(conn)
        .await
        .map(drop)
}

/// The reports an action answers.
pub async fn reports(conn: &mut SqliteConnection, id: ActionId) -> sqlx::Result<Vec<ReportId>> {
    let ids: Vec<i64> =
        sqlx::query_scalar("SELECT report_id FROM action_report WHERE action_id = ? ORDER BY 1")
            .bind(id.0)
            .fetch_all(conn)
            .await?;
    Ok(ids.into_iter().map(ReportId).collect())
}

/// The actions she carries, not done first, soonest due first.
pub async fn carried_by(
    conn: &mut SqliteConnection,
    person: PersonId,
    limit: i64,
) -> sqlx::Result<Vec<ActionRow>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE carrier_id = ? ORDER BY status = 'done', due_at, id LIMIT ?"
    ))
    .bind(person.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(action).collect()
}

/// The actions of a city: not done first, soonest due first.
pub async fn of_city(
    conn: &mut SqliteConnection,
    city: CityId,
    limit: i64,
) -> sqlx::Result<Vec<ActionRow>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{COLUMNS} WHERE city_id = ? ORDER BY status = 'done', due_at, id LIMIT ?"
    ))
    .bind(city.0)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(action).collect()
}

/// `/forget`: the notes she wrote on the actions she carried go with her.
pub async fn forget_carrier(conn: &mut SqliteConnection, person: PersonId) -> sqlx::Result<()> {
    sqlx::query("UPDATE action SET note = NULL WHERE carrier_id = ?")
        .bind(person.0)
        .execute(conn)
        .await
        .map(drop)
}

/// What a carrier may read of an action's linked reports: their reference and the text
/// validated for partners (no identity, no safeguarding report).
pub async fn partner_texts(
    conn: &mut SqliteConnection,
    id: ActionId,
) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as(
        "SELECT r.reference, r.partner_text FROM action_report ar JOIN report r ON r.id = ar.report_id
         WHERE ar.action_id = ? AND r.validated_at IS NOT NULL AND r.partner_text IS NOT NULL
           AND r.safeguarding = 0 ORDER BY r.id",
    )
    .bind(id.0)
    .fetch_all(conn)
    .await
}
