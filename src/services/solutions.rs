//! Solutions: proposed by any member of a quartier (from one of her reports — "what would
//! help?" — or on her own), supported once per person, decided by a coordinator or a
//! facilitator (accepted, merged, set aside) with the proposer told in her language.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::error::bounded_text;
use crate::domain::solutions::{SolutionStatus, speaking_role};
use crate::domain::{
    Action, PersonId, Principal, Quartier, QuartierId, ReportId, Role, SolutionId,
};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::solutions::{self, Solution};
use crate::store::{quartiers, reports};

/// The longest proposal, in characters.
pub const MAX_TEXT: usize = 1000;

/// The quartiers where she may propose and support solutions.
pub async fn quartiers(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<Quartier>> {
    quartiers_where(conn, principal, Action::ProposeSolution).await
}

/// The quartiers her roles cover where she may do `action`.
pub async fn quartiers_where(
    conn: &mut SqliteConnection,
    principal: &Principal,
    action: fn(crate::domain::Scope) -> Action,
) -> ServiceResult<Vec<Quartier>> {
    let scopes: Vec<_> = principal.grants.iter().map(|g| g.scope).collect();
    let all = quartiers::covered_by(conn, &scopes).await?;
    Ok(all
        .into_iter()
        .filter(|q| principal.may(action(q.scope())))
        .collect())
}

/// A quartier she may act in (propose, support, create an action): refused otherwise.
pub async fn quartier_for(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: QuartierId,
    action: fn(crate::domain::Scope) -> Action,
) -> ServiceResult<Quartier> {
    let q = quartiers::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    if !principal.may(action(q.scope())) {
        return Err(ServiceError::NotAllowed);
    }
    Ok(q)
}

/// The role she speaks as in this quartier (shown instead of her name, counted).
fn role_in(principal: &Principal, q: &Quartier) -> ServiceResult<Role> {
    let roles: Vec<Role> = principal
        .grants
        .iter()
        .filter(|g| g.scope.city() == q.city && g.scope.quartier().is_none_or(|id| id == q.id))
        .map(|g| g.role)
        .collect();
    speaking_role(&roles).ok_or(ServiceError::NotAllowed)
}

/// Checks a proposal's text: trimmed, not empty, not too long.
pub fn check_text(text: &str) -> ServiceResult<String> {
    Ok(bounded_text(text, MAX_TEXT)?)
}

/// Her report, to propose "what would help?" from: hers, and still in the bot.
pub async fn own_report(
    conn: &mut SqliteConnection,
    person: PersonId,
    report: ReportId,
) -> ServiceResult<reports::Report> {
    reports::get(conn, report)
        .await?
        .filter(|r| r.reporter == Some(person))
        .ok_or(ServiceError::NotAllowed)
}

/// Proposes a solution for a quartier, linked to her own report if she starts from one.
pub async fn propose(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    quartier: QuartierId,
    from_report: Option<ReportId>,
    text: &str,
    now: DateTime<Utc>,
) -> ServiceResult<SolutionId> {
    let text = check_text(text)?;
    let q = quartier_for(&mut *conn, principal, quartier, Action::ProposeSolution).await?;
    let linked = match from_report {
        Some(id) => {
            let r = own_report(&mut *conn, person, id).await?;
            if r.quartier != q.id {
                return Err(ServiceError::NotAllowed);
            }
            vec![id]
        }
        None => vec![],
    };
    let role = role_in(principal, &q)?;
    let id = solutions::create(conn, q.id, person, role, &text, &linked, now).await?;
    tracing::info!(solution = %id, quartier = %q.id, "solution proposed");
    Ok(id)
}

/// Supports a solution once: `Ok(false)` when she had already.
pub async fn support(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    id: SolutionId,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let s = solutions::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    quartier_for(&mut *conn, principal, s.quartier, Action::ProposeSolution).await?;
    if !s.status.open_to_support() {
        return Err(ServiceError::Stale);
    }
    Ok(solutions::support(conn, id, person, now).await?)
}

/// Accepts, merges (into `into`, a solution of the same quartier) or sets aside a
/// proposed solution; the proposer is told in her language.
pub async fn decide(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    id: SolutionId,
    to: SolutionStatus,
    into: Option<SolutionId>,
    now: DateTime<Utc>,
) -> ServiceResult<Solution> {
    let s = solutions::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    quartier_for(&mut *conn, principal, s.quartier, Action::DecideSolution).await?;
    let to = s.status.decide(to).ok_or(ServiceError::Stale)?;
    if to == SolutionStatus::Merged {
        let target = match into {
            Some(t) if t != id => solutions::get(&mut *conn, t).await?,
            _ => None,
        };
        if target.is_none_or(|t| t.quartier != s.quartier) {
            return Err(ServiceError::Stale);
        }
    }
    if !solutions::decide(&mut *conn, id, to, into, person, now).await? {
        return Err(ServiceError::Stale);
    }
    if let Some(proposer) = s.proposer {
        let msg = Msg::new("solutions-decided-proposer")
            .user("text", s.text.clone().unwrap_or_default())
            .msg("status", to.message_id());
        let key = format!("solution-decided:{id}");
        outbox::tell(conn, key, "solution_decided", proposer, msg, now).await?;
    }
    tracing::info!(solution = %id, status = to.as_str(), "solution decided");
    Ok(s)
}

/// What `/solutions` shows of a quartier: its open solutions and how many proposals came
/// from mothers and from actors.
pub struct Board {
    pub quartier: Quartier,
    pub solutions: Vec<Solution>,
    pub from_mothers: i64,
    pub from_actors: i64,
    pub may_decide: bool,
}

pub async fn boards(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<Board>> {
    let mut out = vec![];
    for q in quartiers(&mut *conn, principal).await? {
        let (from_mothers, from_actors) = solutions::counts_by_origin(&mut *conn, q.id).await?;
        let list = solutions::of_quartier(&mut *conn, q.id, 10).await?;
        let may_decide = principal.may(Action::DecideSolution(q.scope()));
        out.push(Board {
            quartier: q,
            solutions: list,
            from_mothers,
            from_actors,
            may_decide,
        });
    }
    if out.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    Ok(out)
}
