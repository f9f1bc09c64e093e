//! `/actions`: a coordinator's health view of her city and its actions; the actions a
//! member carries, with the partner texts of their linked reports and the update buttons
//! (started, done with a note, blocked with why, new date); making an accepted solution
//! an action; and the answers to "did it get calmer?".

use super::HandlerResult;
use crate::bot::callback::{Callback, SolutionButton, action_updates};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::calmer::Calmer;
use crate::domain::solutions::{ActionDraft, ActionSource, parse_due};
use crate::domain::{ActionId, CalmerQuestionId, PersonId, SolutionId};
use crate::i18n::{Arg, Msg};
use crate::services::actions::{self, Carrier, Plan, Update};
use crate::services::{ServiceError, calmer, health};
use crate::store::actions::ActionRow;
use crate::store::cities;

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let person = t.person_id()?;
    let views = health::views(t.conn, &principal, t.now).await?;
    let carried = crate::store::actions::carried_by(t.conn, person, 20).await?;
    if views.is_empty() && carried.is_empty() {
        t.replies.say("actions-none");
        return Ok(());
    }
    for view in views {
        t.replies.say(health_message(&view));
        for a in &view.actions {
            let parts = line(t, a).await?;
            let open = Button::new("actions-button-open", open_button(a.id));
            t.replies.say_with(parts, Markup::Inline(vec![vec![open]]));
        }
    }
    for a in carried {
        show_card(t, &a).await?;
    }
    Ok(())
}

fn open_button(id: ActionId) -> Callback {
    Callback::Solution(SolutionButton::Open(id))
}

fn health_message(view: &health::View) -> Msg {
    health_figures(&view.city, &view.health)
}

/// The health figures of one city (`/actions` and `/health`).
pub fn health_figures(city: &str, h: &crate::store::health::Health) -> Msg {
    let hours = |d: Option<chrono::Duration>| {
        let msg = match d {
            Some(d) => Msg::new("health-hours").num("hours", d.num_hours()),
            None => Msg::new("health-unknown"),
        };
        Arg::Nested(Box::new(msg))
    };
    Msg::new("health-view")
        .plain("city", city.to_owned())
        .num("overdue", h.actions_overdue)
        .num("open", h.actions_open)
        .num("waiting", h.reports_waiting)
        .arg("oldest", hours(h.oldest_waiting))
        .arg("median", hours(h.median_to_triage))
        .num("minutes", h.meetings_without_minutes)
}

/// One action: what, by when, where it stands, its note, and "did it get calmer?" once
/// 3 answered.
async fn line(t: &mut Turn<'_>, a: &ActionRow) -> Result<Vec<Msg>, ServiceError> {
    let due = actions::due_text(t.conn, a.city, a.due_at).await?;
    let overdue = a.status.is_pending() && a.due_at < t.now;
    let id = if overdue {
        "actions-line-overdue"
    } else {
        "actions-line"
    };
    let mut parts = vec![
        Msg::new(id)
            .user("what", a.what.clone())
            .plain("due", due)
            .msg("status", a.status.message_id()),
    ];
    if let Some(note) = &a.note {
        parts.push(Msg::new("actions-note").user("note", note.clone()));
    }
    parts.push(match calmer::results_of_action(t.conn, a.id).await? {
        Some(tally) => Msg::new("calmer-results")
            .num("better", tally.better)
            .num("same", tally.same)
            .num("worse", tally.worse),
        None if a.done_at.is_some() => Msg::new("calmer-results-none"),
        None => return Ok(parts),
    });
    Ok(parts)
}

/// An action with its update buttons and the partner texts of its linked reports.
async fn show_card(t: &mut Turn<'_>, a: &ActionRow) -> HandlerResult {
    let mut parts = line(t, a).await?;
    for (reference, text) in crate::store::actions::partner_texts(t.conn, a.id).await? {
        parts.push(
            Msg::new("actions-partner-text")
                .plain("reference", reference)
                .user("text", text),
        );
    }
    let buttons = if a.status.is_pending() {
        action_updates(a.id)
            .into_iter()
            .map(|(label, cb)| Button::new(label, cb))
            .collect()
    } else {
        vec![]
    };
    t.replies.say_with(parts, Markup::column(buttons));
    Ok(())
}

pub async fn open(t: &mut Turn<'_>, id: ActionId) -> HandlerResult {
    let principal = t.principal().await?;
    let a = actions::updatable(t.conn, &principal, t.person_id()?, id).await?;
    show_card(t, &a).await
}

pub async fn started(t: &mut Turn<'_>, id: ActionId) -> HandlerResult {
    apply(t, id, Update::Started).await
}

/// Done or blocked: the note comes next (what was done, or why).
pub async fn ask_note(t: &mut Turn<'_>, id: ActionId, done: bool) -> HandlerResult {
    let principal = t.principal().await?;
    let a = actions::updatable(t.conn, &principal, t.person_id()?, id).await?;
    if !a.status.is_pending() {
        return Err(ServiceError::Stale);
    }
    t.state = State::ActionNote { action: id, done };
    t.replies.say(if done {
        "actions-ask-done-note"
    } else {
        "actions-ask-blocked-why"
    });
    Ok(())
}

pub async fn ask_date(t: &mut Turn<'_>, id: ActionId) -> HandlerResult {
    let principal = t.principal().await?;
    let a = actions::updatable(t.conn, &principal, t.person_id()?, id).await?;
    if !a.status.is_pending() {
        return Err(ServiceError::Stale);
    }
    t.state = State::ActionNewDate { action: id };
    t.replies.say("actions-ask-date");
    Ok(())
}

pub async fn note_typed(t: &mut Turn<'_>, id: ActionId, done: bool, text: &str) -> HandlerResult {
    let update = if done {
        Update::Done(text.to_owned())
    } else {
        Update::Blocked(text.to_owned())
    };
    apply(t, id, update).await
}

pub async fn date_typed(t: &mut Turn<'_>, id: ActionId, text: &str) -> HandlerResult {
    let a = crate::store::actions::get(t.conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let Some(at) = due_in_city(t, a.city, text).await? else {
        return Ok(());
    };
    apply(t, id, Update::NewDate(at)).await
}

/// A date typed in the city's time zone; `None` (and she is told the form) if unreadable.
async fn due_in_city(
    t: &mut Turn<'_>,
    city: crate::domain::CityId,
    text: &str,
) -> Result<Option<chrono::DateTime<chrono::Utc>>, ServiceError> {
    let tz = cities::time_zone(t.conn, city).await?;
    let at = parse_due(text, tz);
    if at.is_none() {
        t.replies.say("actions-error-date");
    }
    Ok(at)
}

async fn apply(t: &mut Turn<'_>, id: ActionId, update: Update) -> HandlerResult {
    let principal = t.principal().await?;
    let person = t.person_id()?;
    let calmer = t.ctx.calmer.clone();
    actions::update(t.conn, &principal, person, id, update, &calmer, t.now).await?;
    t.state = State::Idle;
    t.replies.say("actions-updated");
    Ok(())
}

/// Making an action: what will be done, then who carries it.
pub async fn what_typed(t: &mut Turn<'_>, solution: SolutionId, text: &str) -> HandlerResult {
    let Some(what) = super::bounded_text(t, text, actions::MAX_TEXT) else {
        return Ok(());
    };
    ask_carrier(t, ActionSource::Solution(solution), what).await
}

/// Who carries it: a button per member who may, or an organisation's name typed.
pub async fn ask_carrier(t: &mut Turn<'_>, from: ActionSource, what: String) -> HandlerResult {
    let principal = t.principal().await?;
    let (scope, _) = actions::plan_from(t.conn, &principal, from).await?;
    let buttons = actions::carriers(t.conn, scope, t.now)
        .await?
        .into_iter()
        .map(|m| {
            let name = m.first_name.unwrap_or_else(|| format!("#{}", m.person));
            let role = t
                .ctx
                .localizer
                .render(&t.replies.locale, &Msg::new(m.role.message_id()));
            let cb = Callback::Solution(SolutionButton::Carrier(m.person));
            Button::raw(format!("{name} · {role}"), cb)
        });
    t.replies.say_with(
        vec![Msg::new("actions-ask-carrier")],
        Markup::column(buttons),
    );
    t.state = State::ActionCarrier { from, what };
    Ok(())
}

pub async fn carrier_chosen(
    t: &mut Turn<'_>,
    from: ActionSource,
    what: String,
    person: PersonId,
) -> HandlerResult {
    // A forged carrier is refused here, while she can still choose another.
    let principal = t.principal().await?;
    let (scope, _) = actions::plan_from(t.conn, &principal, from).await?;
    actions::check_carrier(t.conn, person, scope, t.now).await?;
    t.state = State::ActionDue {
        from,
        what,
        carrier: Some(person),
        organisation: None,
    };
    t.replies.say("actions-ask-due");
    Ok(())
}

/// An organisation named in words carries it.
pub async fn carrier_typed(
    t: &mut Turn<'_>,
    from: ActionSource,
    what: String,
    text: &str,
) -> HandlerResult {
    let Some(name) = super::bounded_text(t, text, actions::MAX_TEXT) else {
        return Ok(());
    };
    t.state = State::ActionDue {
        from,
        what,
        carrier: None,
        organisation: Some(name),
    };
    t.replies.say("actions-ask-due");
    Ok(())
}

pub async fn due_typed(
    t: &mut Turn<'_>,
    from: ActionSource,
    what: String,
    carrier: Carrier,
    text: &str,
) -> HandlerResult {
    let principal = t.principal().await?;
    let (scope, reports) = actions::plan_from(t.conn, &principal, from).await?;
    let Some(due_at) = due_in_city(t, scope.city(), text).await? else {
        return Ok(());
    };
    if due_at <= t.now {
        return Err(ServiceError::Duplicate("actions-error-date-past"));
    }
    let (solution, decision) = match from {
        ActionSource::Solution(s) => (Some(s), None),
        ActionSource::Decision(d) => (None, Some(d)),
        ActionSource::Quartier(quartier) => {
            // From nothing: the linked reports come last, by reference.
            let (carrier, organisation) = carrier.into_parts();
            let draft = ActionDraft {
                quartier,
                what,
                carrier,
                organisation,
                due_at,
            };
            return super::new_action::ask_reports(t, draft);
        }
    };
    let plan = Plan {
        scope,
        what,
        carrier,
        due_at,
        solution,
        decision,
        reports,
    };
    actions::create(t.conn, &principal, t.person_id()?, plan, t.now).await?;
    t.state = State::Idle;
    t.replies.say("actions-created");
    Ok(())
}

pub async fn calmer_answer(t: &mut Turn<'_>, q: CalmerQuestionId, answer: Calmer) -> HandlerResult {
    calmer::answer(t.conn, t.person_id()?, q, answer, t.now).await?;
    t.replies.say("calmer-thanks");
    Ok(())
}
