//! Actions created from nothing (`/newaction`): a coordinator in a quartier of her city, a
//! facilitator in hers; linked reports are named by reference, of that quartier only. The
//! action itself is made by `services::actions::create`, like the others.

use sqlx::SqliteConnection;

use super::ServiceResult;
use super::solutions::{quartier_for, quartiers_where};
use crate::domain::digits::normalize_digits;
use crate::domain::{Action, Principal, Quartier, QuartierId, ReportId, Scope};
use crate::store::reports;

/// The quartiers where she may create an action (the buttons of the first step).
pub async fn quartiers(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<Quartier>> {
    quartiers_where(conn, principal, Action::CreateAction).await
}

/// The scope of an action in that quartier, if she may create one there.
pub async fn scope(
    conn: &mut SqliteConnection,
    principal: &Principal,
    quartier: QuartierId,
) -> ServiceResult<Scope> {
    Ok(
        quartier_for(conn, principal, quartier, Action::CreateAction)
            .await?
            .scope(),
    )
}

/// The reports named by these references in the quartier, each once; `Err` holds the
/// first reference that is not a report of that quartier (from elsewhere, or unknown).
pub async fn reports_named(
    conn: &mut SqliteConnection,
    quartier: QuartierId,
    references: &[String],
) -> ServiceResult<Result<Vec<ReportId>, String>> {
    let mut found = vec![];
    for typed in references {
        let reference = normalize_digits(typed.trim()).to_uppercase();
        match reports::by_reference(&mut *conn, quartier, &reference).await? {
            Some(r) if !found.contains(&r.id) => found.push(r.id),
            Some(_) => {}
            None => return Ok(Err(reference)),
        }
    }
    Ok(Ok(found))
}
