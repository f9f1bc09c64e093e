//! "Did it get calmer?": whom to ask, the questions asked, the answers and their tallies
//! (per action, and per quartier over a period — what the digest to élus reads).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::calmer::{Calmer, Tally};
use crate::domain::report::Cell;
use crate::domain::{ActionId, CalmerQuestionId, CityId, PersonId, QuartierId};

/// Mothers (and relays) of a quartier who reported in `cell` (a report whose weekdays
/// meet the cell's, in its slot) and still hold their role at `now`.
pub async fn same_cell_reporters(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    cell: Cell,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT r.reporter_id FROM report r
         JOIN role_assignment a ON a.person_id = r.reporter_id AND a.quartier_id = r.quartier_id
         WHERE r.quartier_id = ?1 AND (r.cell_weekdays & ?2) <> 0 AND r.cell_slot = ?3
           AND a.role IN ('mother', 'relay') AND a.starts_at <= ?4
           AND (a.ends_at IS NULL OR a.ends_at > ?4)
         ORDER BY 1",
    )
    .bind(quartier.0)
    .bind(i64::from(cell.weekdays))
    .bind(cell.slot.as_str())
    .bind(now)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// The mothers (and relays) of a quartier at `now`. The quartier's city is named so that
/// the role index `(city_id, role, quartier_id)` finds them without reading every role.
pub async fn mothers(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT person_id FROM role_assignment
         WHERE city_id = (SELECT city_id FROM quartier WHERE id = ?1)
           AND role IN ('mother', 'relay') AND quartier_id = ?1 AND starts_at <= ?2
           AND (ends_at IS NULL OR ends_at > ?2) ORDER BY 1",
    )
    .bind(quartier.0)
    .bind(now)
    .fetch_all(conn)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Records that `person` is asked round `round` of an action; `None` if she already was.
pub async fn ask(
    conn: &mut SqliteConnection,
    action: ActionId,
    round: i64,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<CalmerQuestionId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO calmer_question (action_id, round, person_id, asked_at) VALUES (?, ?, ?, ?)
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(action.0)
    .bind(round)
    .bind(person.0)
    .bind(now)
    .fetch_optional(conn)
    .await?;
    Ok(id.map(CalmerQuestionId))
}

/// Her answer, once: false if the question is not hers or was answered already.
pub async fn answer(
    conn: &mut SqliteConnection,
    question: CalmerQuestionId,
    person: PersonId,
    answer: Calmer,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<ActionId>> {
    let action: Option<i64> = sqlx::query_scalar(
        "UPDATE calmer_question SET answer = ?, answered_at = ?
         WHERE id = ? AND person_id = ? AND answer IS NULL RETURNING action_id",
    )
    .bind(answer.as_str())
    .bind(now)
    .bind(question.0)
    .bind(person.0)
    .fetch_optional(conn)
    .await?;
    Ok(action.map(ActionId))
}

fn tally(rows: Vec<(String, i64)>) -> Tally {
    let mut t = Tally::default();
    for (answer, count) in rows {
        if let Some(a) = Calmer::parse(&answer) {
            t.add(a, count);
        }
    }
    t
}

/// The answers about one action, all rounds together.
pub async fn tally_of_action(conn: &mut SqliteConnection, action: ActionId) -> sqlx::Result<Tally> {
    let rows = sqlx::query_as(
        "SELECT answer, COUNT(*) FROM calmer_question
         WHERE action_id = ? AND answer IS NOT NULL GROUP BY answer",
    )
    .bind(action.0)
    .fetch_all(conn)
    .await?;
    Ok(tally(rows))
}

/// The answers about the actions of a quartier, given in `[from, to)`.
pub async fn tally_of_area(
    conn: &mut SqliteConnection,
    city: CityId,
    quartier: Option<QuartierId>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Tally> {
    let rows = sqlx::query_as(
        "SELECT q.answer, COUNT(*) FROM calmer_question q JOIN action a ON a.id = q.action_id
         WHERE a.city_id = ?1 AND (?2 IS NULL OR a.quartier_id = ?2) AND q.answer IS NOT NULL
           AND q.answered_at >= ?3 AND q.answered_at < ?4 GROUP BY q.answer",
    )
    .bind(city.0)
    .bind(quartier.map(|q| q.0))
    .bind(from)
    .bind(to)
    .fetch_all(conn)
    .await?;
    Ok(tally(rows))
}

/// `/forget`: her questions not answered go; her answers stay, without her.
pub async fn forget(conn: &mut SqliteConnection, person: PersonId) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM calmer_question WHERE person_id = ? AND answer IS NULL")
        .bind(person.0)
        .execute(conn)
        .await
        .map(drop)
}
