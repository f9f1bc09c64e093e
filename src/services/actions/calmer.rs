//! "Did it get calmer?": once an action is done, the jobs that ask the quartier at the
//! next start of its reports' main cell, and the quartier those questions go to.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::QuartierId;
use crate::domain::calmer::{CalmerSettings, ask_times, main_cell};
use crate::domain::report::{Cell, TimeSlot};
use crate::scheduler::{self, JobKind};
use crate::services::ServiceResult;
use crate::store::actions::{self, ActionRow};
use crate::store::{cities, reports};

/// The cell of the linked reports, kept on the action, and one job per round at the
/// next start of that cell after two (then six) weeks.
pub(super) async fn schedule_calmer(
    conn: &mut SqliteConnection,
    a: &ActionRow,
    settings: &CalmerSettings,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let mut cells = vec![];
    for id in actions::reports(&mut *conn, a.id).await? {
        if let Some(r) = reports::get(&mut *conn, id).await?
            && let Some(slot) = TimeSlot::parse(&r.cell_slot)
        {
            cells.push(Cell {
                weekdays: r.cell_weekdays,
                slot,
            });
        }
    }
    let Some(cell) = main_cell(&cells) else {
        return Ok(());
    };
    actions::set_calmer_cell(&mut *conn, a.id, cell).await?;
    let tz = cities::time_zone(&mut *conn, a.city).await?;
    for (i, at) in ask_times(now, cell, tz, settings).into_iter().enumerate() {
        let round = i as i64 + 1;
        let key = format!("calmer:{}:{round}", a.id);
        let payload = serde_json::json!({"action": a.id.0, "round": round, "at": at.timestamp()});
        scheduler::schedule(&mut *conn, JobKind::CalmerRound, &key, at, &payload).await?;
    }
    Ok(())
}

/// The quartier an action's questions go to: its own, else its first linked report's.
pub async fn quartier_of(
    conn: &mut SqliteConnection,
    a: &ActionRow,
) -> sqlx::Result<Option<QuartierId>> {
    if a.quartier.is_some() {
        return Ok(a.quartier);
    }
    let first = actions::reports(&mut *conn, a.id).await?.into_iter().next();
    Ok(match first {
        Some(id) => reports::get(conn, id).await?.map(|r| r.quartier),
        None => None,
    })
}
