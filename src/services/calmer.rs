//! "Did it get calmer?": a round of questions (run by the scheduler at the cell's weekday
//! and slot), one answer per person, and the results — shown only from 3 answers — for an
//! action and for a quartier over a period (what the digest to élus calls).

use chrono::{DateTime, Duration, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult, actions as action_service};
use crate::domain::calmer::{Calmer, CalmerSettings, Tally, cohort, next_in_cell};
use crate::domain::{ActionId, CalmerQuestionId, CityId, PersonId, QuartierId};
use crate::i18n::Msg;
use crate::outbox;
use crate::scheduler::{self, JobKind};
use crate::store::{actions, calmer, cities, persons};

/// The kind of the outbox rows that carry the three answer buttons.
pub const QUESTION_KIND: &str = "calmer_question";
/// A round the bot could not ask within this long of its slot's start waits for the
/// next occurrence of the cell, so the question still comes at that weekday and hour.
pub const LATE_LIMIT: Duration = Duration::hours(2);

/// What a round job did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Round {
    /// So many questions queued (0 when everyone was asked already).
    Asked(usize),
    /// Too late for its slot: moved to the next occurrence.
    Moved(DateTime<Utc>),
    /// The action is gone or has no quartier or cell.
    Nothing,
}

/// Asks round `round` of an action's questions, once per person (safe to run again).
pub async fn ask_round(
    conn: &mut SqliteConnection,
    action: ActionId,
    round: i64,
    due_at: DateTime<Utc>,
    settings: &CalmerSettings,
    now: DateTime<Utc>,
) -> sqlx::Result<Round> {
    let Some(a) = actions::get(&mut *conn, action).await? else {
        return Ok(Round::Nothing);
    };
    let (Some(cell), Some(quartier)) = (
        a.calmer_cell,
        action_service::quartier_of(&mut *conn, &a).await?,
    ) else {
        return Ok(Round::Nothing);
    };
    if now - due_at > LATE_LIMIT {
        let tz = cities::time_zone(&mut *conn, a.city).await?;
        let next = next_in_cell(now, cell, tz);
        let key = format!("calmer:{action}:{round}:{}", next.timestamp());
        let payload =
            serde_json::json!({"action": action.0, "round": round, "at": next.timestamp()});
        scheduler::schedule(&mut *conn, JobKind::CalmerRound, &key, next, &payload).await?;
        return Ok(Round::Moved(next));
    }
    let same = calmer::same_cell_reporters(&mut *conn, quartier, cell, now).await?;
    let mothers = calmer::mothers(&mut *conn, quartier, now).await?;
    let people = cohort(&same, &mothers, settings.sample, action.0 * 10 + round);
    let mut asked = 0;
    for person in people {
        if let Some(q) = calmer::ask(&mut *conn, action, round, person, now).await? {
            // In discreet mode her phone shows no word of what was done.
            let msg = if persons::get(&mut *conn, person).await?.discreet {
                Msg::new("calmer-question-discreet").num("question", q.0)
            } else {
                Msg::new("calmer-question")
                    .num("question", q.0)
                    .user("what", a.what.clone())
            };
            let key = format!("calmer-question:{q}");
            outbox::tell(&mut *conn, key, QUESTION_KIND, person, msg, now).await?;
            asked += 1;
        }
    }
    tracing::info!(action = %action, round, asked, "calmer round asked");
    Ok(Round::Asked(asked))
}

/// Her answer, once; another tap (or someone else's question) changes nothing.
pub async fn answer(
    conn: &mut SqliteConnection,
    person: PersonId,
    question: CalmerQuestionId,
    answer: Calmer,
    now: DateTime<Utc>,
) -> ServiceResult<ActionId> {
    calmer::answer(conn, question, person, answer, now)
        .await?
        .ok_or(ServiceError::Duplicate("calmer-already-answered"))
}

/// The results about an action: `None` while fewer than 3 answered.
pub async fn results_of_action(
    conn: &mut SqliteConnection,
    action: ActionId,
) -> sqlx::Result<Option<Tally>> {
    Ok(calmer::tally_of_action(conn, action).await?.shown())
}

/// The results about the actions of a city, or of one of its quartiers, answered in
/// `[from, to)`: `None` while fewer than 3 answered. The digest to élus shows them.
pub async fn results_of_area(
    conn: &mut SqliteConnection,
    city: CityId,
    quartier: Option<QuartierId>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Option<Tally>> {
    Ok(calmer::tally_of_area(conn, city, quartier, from, to)
        .await?
        .shown())
}
