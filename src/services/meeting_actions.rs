//! Meeting decisions becoming actions (issues 15 and 17 joined): the scope a decision's
//! action takes, who may make it, and whether it already is one. The action itself is
//! made by `services::actions::create` (one per decision, safe to repeat).

use sqlx::SqliteConnection;

use super::actions::MAX_TEXT;
use super::{ServiceError, ServiceResult};
use crate::domain::{Action, ActionId, DecisionId, MeetingId, Principal, Scope};
use crate::store::actions as action_store;
use crate::store::meetings::{self as store, Decision, Meeting};

/// A meeting of one quartier acts in that quartier; one of several (or of the whole
/// city) acts on the city.
pub async fn scope_of(conn: &mut SqliteConnection, m: &Meeting) -> sqlx::Result<Scope> {
    Ok(match store::quartiers(conn, m.id).await?.as_slice() {
        [q] => Scope::Quartier(m.city, *q),
        _ => Scope::City(m.city),
    })
}

/// A decision and the scope of its action, if she may make actions there.
pub async fn decision(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: DecisionId,
) -> ServiceResult<(Scope, Decision)> {
    let d = store::decision(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let m = store::get(&mut *conn, d.meeting)
        .await?
        .ok_or(ServiceError::Stale)?;
    let scope = scope_of(conn, &m).await?;
    if !principal.may(Action::CreateAction(scope)) {
        return Err(ServiceError::NotAllowed);
    }
    Ok((scope, d))
}

/// Where making an action of a decision starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Ask who carries it; `what` is the decision's text (cut to what an action holds).
    Ask { what: String },
    /// It already is this action: nothing to make.
    Already(ActionId),
}

pub async fn start(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: DecisionId,
) -> ServiceResult<Start> {
    let (_, d) = decision(&mut *conn, principal, id).await?;
    if let Some(action) = action_store::of_decision(conn, id).await? {
        return Ok(Start::Already(action));
    }
    Ok(Start::Ask {
        what: what_of(&d.text),
    })
}

/// A decision's text as an action's *what*: at most `MAX_TEXT` characters.
fn what_of(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= MAX_TEXT {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_TEXT - 1).collect();
    format!("{cut}…")
}

/// A meeting's decisions, each with the action it already is, and whether she may make
/// actions of them (the meeting's organiser may not: a relay records, a coordinator or
/// facilitator decides who carries).
pub async fn of_meeting(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: MeetingId,
) -> ServiceResult<(bool, Vec<(Decision, Option<ActionId>)>)> {
    let m = store::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let may = principal.may(Action::CreateAction(scope_of(&mut *conn, &m).await?));
    let mut all = vec![];
    for d in store::decisions(&mut *conn, id).await? {
        let action = action_store::of_decision(&mut *conn, d.id).await?;
        all.push((d, action));
    }
    Ok((may, all))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_decision_is_cut_to_what_an_action_holds() {
        assert_eq!(what_of("  Repeindre le hall  "), "Repeindre le hall");
        let long = "é".repeat(MAX_TEXT + 20);
        let what = what_of(&long);
        assert_eq!(what.chars().count(), MAX_TEXT);
        assert!(what.ends_with('…'));
    }
}
