//! `/solutions`: the solutions of her quartiers (a role, never a name; mothers' and
//! actors' proposals counted apart), propose — also "what would help?" under her own
//! reports — support once, and, for coordinators and facilitators, accept, merge, set
//! aside or make an action.

use super::HandlerResult;
use crate::bot::callback::{Callback, SolutionButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::solutions::SolutionStatus;
use crate::domain::{QuartierId, ReportId, SolutionId};
use crate::i18n::Msg;
use crate::services::solutions::{self, Board};
use crate::services::{ServiceError, actions};
use crate::store::solutions::Solution;

fn press(label: &'static str, b: SolutionButton) -> Button {
    Button::new(label, Callback::Solution(b))
}

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    for board in solutions::boards(t.conn, &principal).await? {
        show_board(t, board);
    }
    Ok(())
}

fn show_board(t: &mut Turn<'_>, board: Board) {
    let header = Msg::new("solutions-header")
        .plain("quartier", board.quartier.name.clone())
        .num("mothers", board.from_mothers)
        .num("actors", board.from_actors);
    let propose = press(
        "solutions-button-propose",
        SolutionButton::Propose(board.quartier.id),
    );
    t.replies
        .say_with(vec![header], Markup::Inline(vec![vec![propose]]));
    if board.solutions.is_empty() {
        t.replies.say("solutions-none");
    }
    for s in &board.solutions {
        t.replies
            .say_with(vec![entry(s)], Markup::column(buttons(s, board.may_decide)));
    }
}

/// One solution: its words, who proposed it as a role, its status and its support.
pub fn entry(s: &Solution) -> Msg {
    let text = match &s.text {
        Some(text) => Msg::new("solutions-entry").user("text", text.clone()),
        None => Msg::new("solutions-entry-erased"),
    };
    text.msg("role", s.proposer_role.message_id())
        .msg("status", s.status.message_id())
        .num("supporters", s.supporters)
}

fn buttons(s: &Solution, may_decide: bool) -> Vec<Button> {
    let mut out = vec![press(
        "solutions-button-support",
        SolutionButton::Support(s.id),
    )];
    if may_decide && s.status == SolutionStatus::Proposed {
        out.extend([
            press(
                "solutions-button-accept",
                SolutionButton::Decide(s.id, SolutionStatus::Accepted),
            ),
            press("solutions-button-merge", SolutionButton::Merge(s.id)),
            press(
                "solutions-button-set-aside",
                SolutionButton::Decide(s.id, SolutionStatus::SetAside),
            ),
        ]);
    }
    if may_decide && s.status == SolutionStatus::Accepted {
        out.push(press(
            "solutions-button-action",
            SolutionButton::MakeAction(s.id),
        ));
    }
    out
}

/// `/propose`: straight to her words if she has one quartier, else a button per quartier.
pub async fn propose_start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let mine = solutions::quartiers(t.conn, &principal).await?;
    match mine.as_slice() {
        [] => Err(ServiceError::NotAllowed),
        [one] => propose(t, one.id).await,
        several => {
            let rows = several
                .iter()
                .map(|q| {
                    let propose = Callback::Solution(SolutionButton::Propose(q.id));
                    vec![Button::raw(q.name.clone(), propose)]
                })
                .collect();
            t.replies.say_with(
                vec![Msg::new("solutions-which-quartier")],
                Markup::Inline(rows),
            );
            Ok(())
        }
    }
}

/// "Propose a solution" for a quartier she belongs to.
pub async fn propose(t: &mut Turn<'_>, quartier: QuartierId) -> HandlerResult {
    let principal = t.principal().await?;
    let mine = solutions::quartiers(t.conn, &principal).await?;
    if !mine.iter().any(|q| q.id == quartier) {
        return Err(ServiceError::NotAllowed);
    }
    t.state = State::SolutionText {
        quartier,
        report: None,
    };
    t.replies.say("solutions-ask-text");
    Ok(())
}

/// "What would help?" under one of her own reports.
pub async fn propose_for(t: &mut Turn<'_>, report: ReportId) -> HandlerResult {
    let r = solutions::own_report(t.conn, t.person_id()?, report).await?;
    t.state = State::SolutionText {
        quartier: r.quartier,
        report: Some(report),
    };
    t.replies
        .say(Msg::new("solutions-ask-text-report").plain("reference", r.reference));
    Ok(())
}

pub async fn text_typed(
    t: &mut Turn<'_>,
    quartier: QuartierId,
    report: Option<ReportId>,
    text: &str,
) -> HandlerResult {
    let principal = t.principal().await?;
    let person = t.person_id()?;
    solutions::propose(t.conn, &principal, person, quartier, report, text, t.now).await?;
    t.state = State::Idle;
    t.replies.say("solutions-proposed");
    Ok(())
}

pub async fn support(t: &mut Turn<'_>, id: SolutionId) -> HandlerResult {
    let principal = t.principal().await?;
    let person = t.person_id()?;
    let first = solutions::support(t.conn, &principal, person, id, t.now).await?;
    t.replies.say(if first {
        "solutions-supported"
    } else {
        "solutions-already-supported"
    });
    Ok(())
}

pub async fn decide(t: &mut Turn<'_>, id: SolutionId, to: SolutionStatus) -> HandlerResult {
    let principal = t.principal().await?;
    let person = t.person_id()?;
    solutions::decide(t.conn, &principal, person, id, to, None, t.now).await?;
    t.replies
        .say(Msg::new("solutions-decided").msg("status", to.message_id()));
    Ok(())
}

/// Merge: the other open solutions of the same quartier, to choose the one it goes into.
pub async fn merge(t: &mut Turn<'_>, id: SolutionId) -> HandlerResult {
    let principal = t.principal().await?;
    let s = crate::store::solutions::get(t.conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let board = solutions::boards(t.conn, &principal)
        .await?
        .into_iter()
        .find(|b| b.quartier.id == s.quartier && b.may_decide)
        .ok_or(ServiceError::NotAllowed)?;
    let others: Vec<Button> = board
        .solutions
        .iter()
        .filter(|o| o.id != id)
        .map(|o| {
            let label = o
                .text
                .clone()
                .unwrap_or_default()
                .chars()
                .take(40)
                .collect::<String>();
            Button::raw(
                label,
                Callback::Solution(SolutionButton::MergeInto(id, o.id)),
            )
        })
        .collect();
    if others.is_empty() {
        t.replies.say("solutions-merge-none");
        return Ok(());
    }
    t.replies.say_with(
        vec![Msg::new("solutions-merge-choose")],
        Markup::column(others),
    );
    Ok(())
}

pub async fn merge_into(t: &mut Turn<'_>, id: SolutionId, into: SolutionId) -> HandlerResult {
    let principal = t.principal().await?;
    let person = t.person_id()?;
    let merged = SolutionStatus::Merged;
    solutions::decide(t.conn, &principal, person, id, merged, Some(into), t.now).await?;
    t.replies
        .say(Msg::new("solutions-decided").msg("status", merged.message_id()));
    Ok(())
}

/// An accepted solution becomes an action: first, what will be done.
pub async fn make_action(t: &mut Turn<'_>, id: SolutionId) -> HandlerResult {
    let principal = t.principal().await?;
    actions::plan_from_solution(t.conn, &principal, id).await?;
    t.state = State::ActionWhat { solution: id };
    t.replies.say("actions-ask-what");
    Ok(())
}

/// Under `/myreports`: "what would help?", one button per open report of hers.
pub async fn what_would_help(t: &mut Turn<'_>) -> HandlerResult {
    let person = t.person_id()?;
    let open = crate::store::solutions::open_reports_of(t.conn, person, 5).await?;
    if open.is_empty() {
        return Ok(());
    }
    let buttons = open.into_iter().map(|(id, reference)| {
        Button::raw(
            format!("💡 {reference}"),
            Callback::Solution(SolutionButton::ProposeFor(id)),
        )
    });
    t.replies.say_with(
        vec![Msg::new("solutions-what-would-help")],
        Markup::column(buttons),
    );
    Ok(())
}
