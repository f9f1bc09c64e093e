//! `/newaction`: an action created from nothing by a coordinator or a facilitator — the
//! quartier (buttons, only hers), what, who carries it and by when (the steps of
//! `handlers::actions`), then the linked reports by reference or none.

use super::HandlerResult;
use crate::bot::callback::{Callback, SolutionButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::solutions::{ActionDraft, ActionSource};
use crate::domain::{QuartierId, ReportId};
use crate::i18n::Msg;
use crate::services::actions::{self, Carrier, Plan};
use crate::services::{ServiceError, new_action};

/// The quartiers where she may create an action, one button each.
pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let quartiers = new_action::quartiers(t.conn, &principal).await?;
    if quartiers.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    let buttons = quartiers.into_iter().map(|q| {
        let cb = Callback::Solution(SolutionButton::NewActionIn(q.id));
        Button::raw(q.name, cb)
    });
    t.replies.say_with(
        vec![Msg::new("actions-new-ask-quartier")],
        Markup::column(buttons),
    );
    Ok(())
}

/// A quartier chosen (checked again: a forged button changes nothing): what will be done?
pub async fn quartier_chosen(t: &mut Turn<'_>, quartier: QuartierId) -> HandlerResult {
    let principal = t.principal().await?;
    new_action::scope(t.conn, &principal, quartier).await?;
    t.state = State::ActionNewWhat { quartier };
    t.replies.say("actions-ask-what");
    Ok(())
}

pub async fn what_typed(t: &mut Turn<'_>, quartier: QuartierId, text: &str) -> HandlerResult {
    let Some(what) = super::bounded_text(t, text, actions::MAX_TEXT) else {
        return Ok(());
    };
    super::actions::ask_carrier(t, ActionSource::Quartier(quartier), what).await
}

/// The date is known: the linked reports, by reference, or the button "none".
pub fn ask_reports(t: &mut Turn<'_>, draft: ActionDraft) -> HandlerResult {
    let none = Button::new(
        "actions-new-button-no-reports",
        Callback::Solution(SolutionButton::NoReports),
    );
    t.replies.say_with(
        vec![Msg::new("actions-new-ask-reports")],
        Markup::column([none]),
    );
    t.state = State::ActionReports { draft };
    Ok(())
}

/// References typed (`BEL-0001, BEL-0004`): each must be a report of the quartier;
/// otherwise she is told which one, and may type them again.
pub async fn reports_typed(t: &mut Turn<'_>, draft: ActionDraft, text: &str) -> HandlerResult {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty()
        || !words
            .iter()
            .all(|w| super::meeting::looks_like_reference(w))
    {
        t.replies.say("actions-new-error-references");
        return Ok(());
    }
    let references: Vec<String> = words.into_iter().map(str::to_owned).collect();
    match new_action::reports_named(t.conn, draft.quartier, &references).await? {
        Ok(reports) => create(t, draft, reports).await,
        Err(reference) => {
            let msg = Msg::new("actions-new-error-elsewhere").plain("reference", reference);
            t.replies.say(msg);
            Ok(())
        }
    }
}

/// Creates the action (every check again, in the service) and ends the dialogue.
pub async fn create(t: &mut Turn<'_>, draft: ActionDraft, reports: Vec<ReportId>) -> HandlerResult {
    let principal = t.principal().await?;
    let scope = new_action::scope(t.conn, &principal, draft.quartier).await?;
    let plan = Plan {
        scope,
        what: draft.what,
        carrier: Carrier::from_parts(draft.carrier, draft.organisation),
        due_at: draft.due_at,
        solution: None,
        decision: None,
        reports,
    };
    actions::create(t.conn, &principal, t.person_id()?, plan, t.now).await?;
    t.state = State::Idle;
    t.replies.say("actions-created");
    Ok(())
}
