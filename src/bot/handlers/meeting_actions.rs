//! A meeting decision becoming an action: the decisions under the organiser's view (and
//! the one she just recorded), each with *📌 Make it an action* for whoever may create
//! actions there; the button runs the action dialogue from "who carries it".

use super::HandlerResult;
use crate::bot::callback::{Callback, SolutionButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::domain::solutions::ActionSource;
use crate::domain::{ActionId, DecisionId, MeetingId, Principal};
use crate::i18n::Msg;
use crate::services::meeting_actions::{self as service, Start};
use crate::store::meetings::Decision;

/// *📌 Make it an action*: checked again here (a forged button changes nothing).
pub async fn make_action(t: &mut Turn<'_>, id: DecisionId) -> HandlerResult {
    let principal = t.principal().await?;
    match service::start(t.conn, &principal, id).await? {
        Start::Ask { what } => {
            super::actions::ask_carrier(t, ActionSource::Decision(id), what).await
        }
        Start::Already(action) => {
            already(t, action);
            Ok(())
        }
    }
}

fn already(t: &mut Turn<'_>, action: ActionId) {
    let open = Button::new(
        "actions-button-open",
        Callback::Solution(SolutionButton::Open(action)),
    );
    t.replies.say_with(
        vec![Msg::new("actions-decision-already")],
        Markup::column([open]),
    );
}

/// The meeting's decisions, one message each, with the button where it may be used.
pub async fn show(t: &mut Turn<'_>, principal: &Principal, meeting: MeetingId) -> HandlerResult {
    let (may, decisions) = service::of_meeting(t.conn, principal, meeting).await?;
    for (d, action) in decisions {
        line(t, may, &d, action);
    }
    Ok(())
}

/// Right after a decision is recorded: the same line, with its button.
pub async fn offer(t: &mut Turn<'_>, principal: &Principal, id: DecisionId) -> HandlerResult {
    let Some(d) = crate::store::meetings::decision(t.conn, id).await? else {
        return Ok(());
    };
    let (may, _) = service::of_meeting(t.conn, principal, d.meeting).await?;
    if may {
        line(t, may, &d, None);
    }
    Ok(())
}

fn line(t: &mut Turn<'_>, may: bool, d: &Decision, action: Option<ActionId>) {
    let id = if action.is_some() {
        "meeting-decision-line-acted"
    } else {
        "meeting-decision-line"
    };
    let text = vec![Msg::new(id).user("text", d.text.clone())];
    let markup = if may && action.is_none() {
        let cb = Callback::Solution(SolutionButton::FromDecision(d.id));
        Markup::column([Button::new("solutions-button-action", cb)])
    } else {
        Markup::None
    };
    t.replies.say_with(text, markup);
}
