//! `/report`: the danger numbers first, then quartier, category, when, where, what, who may
//! read it, named or anonymous, a summary to confirm (`/myreports` is in `myreports.rs`).

mod choice;
mod media;

pub use media::attachment;

use super::report_prompt::{Found, prompt_for};
use super::{HandlerResult, report_summary, show_menu};
use crate::bot::callback::{Callback, ReportButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::report_draft::{DraftPlace, ReportDraft, ReportStep};
use crate::bot::state::State;
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::reports::{self, Opening};
use crate::store;
use choice::{Next, take_button};

const MAX_PLACE: usize = 300;
const MAX_TEXT: usize = 3000;

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let her = t.person.clone().ok_or(ServiceError::NotAllowed)?;
    let max = t.ctx.limits.reports_per_day;
    let (places, offer_discreet) = match reports::open(t.conn, &principal, &her, max, t.now).await?
    {
        Opening::OverLimit { max } => return report_summary::over_limit(t, max),
        Opening::NoQuartier => {
            t.state = State::Idle;
            t.replies.say("report-not-member");
            return Ok(());
        }
        Opening::Ready {
            quartiers,
            offer_discreet,
        } => (quartiers, offer_discreet),
    };
    let danger = Markup::column([Button::new("button-danger-now", Callback::DangerNow)]);
    t.replies.say_with(vec![Msg::new("report-danger")], danger);
    // Her first report: discreet mode is offered again.
    if offer_discreet {
        let offer = Markup::Inline(vec![vec![
            Button::new("button-discreet-on", Callback::DiscreetOffer(true)),
            Button::new("button-discreet-off", Callback::DiscreetOffer(false)),
        ]]);
        t.replies
            .say_with(vec![Msg::new("report-discreet-offer")], offer);
    }
    let mut draft = ReportDraft::default();
    if let [only] = places.as_slice() {
        draft.quartier = Some(only.id);
    }
    advance(t, draft).await
}

/// Moves to the next missing step and asks for it.
async fn advance(t: &mut Turn<'_>, draft: ReportDraft) -> HandlerResult {
    let step = draft.next_step();
    ask(t, step, draft).await
}

async fn ask(t: &mut Turn<'_>, step: ReportStep, draft: ReportDraft) -> HandlerResult {
    let found = match step {
        ReportStep::Quartier => {
            let principal = t.principal().await?;
            Found::Quartiers(reports::reportable_quartiers(t.conn, &principal).await?)
        }
        ReportStep::Confirm => Found::Summary(report_summary::summary(t, &draft).await?),
        _ => Found::Nothing,
    };
    let (msg, buttons) = prompt_for(step, &draft, found);
    t.state = State::Report { step, draft };
    t.replies.say_with(vec![msg], Markup::column(buttons));
    Ok(())
}

fn draft_of(t: &Turn<'_>) -> Result<(ReportStep, ReportDraft), ServiceError> {
    match &t.state {
        State::Report { step, draft } => Ok((*step, draft.clone())),
        _ => Err(ServiceError::Stale),
    }
}

pub async fn button_pressed(t: &mut Turn<'_>, b: ReportButton) -> HandlerResult {
    let (step, mut d) = draft_of(t)?;
    let has_name = t.person.as_ref().is_some_and(|p| p.first_name.is_some());
    match take_button(step, b, &mut d, t.inc.at, has_name)? {
        Next::Cancel => cancel(t).await,
        Next::Ask(step, shown) => ask(t, step, shown).await,
        Next::Confirm => super::report_summary::confirm(t, d).await,
        Next::Advance => advance(t, d).await,
    }
}

pub async fn text(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    let (step, mut d) = draft_of(t)?;
    let limit = match step {
        ReportStep::Place => MAX_PLACE,
        ReportStep::Content => MAX_TEXT,
        _ => {
            t.replies.say("error-expected-choice");
            return Ok(());
        }
    };
    let Some(text) = super::bounded_text(t, text, limit) else {
        return Ok(());
    };
    if step == ReportStep::Place {
        d.place = Some(DraftPlace::Text(text));
        d.place_done = true;
    } else {
        d.text = Some(text);
        d.content_done = true;
    }
    advance(t, d).await
}

pub async fn cancel(t: &mut Turn<'_>) -> HandlerResult {
    t.state = State::Idle;
    t.end_discreet_dialogue().await?;
    t.replies.say("report-cancelled");
    show_menu(t, "menu-shown").await
}

/// Her answer to the discreet-mode offer: remembered, so that it is not made again; "yes"
/// turns the mode on. The report goes on where it was.
pub async fn discreet_offer_answered(t: &mut Turn<'_>, on: bool) -> HandlerResult {
    let person = t.person_id()?;
    store::persons::discreet_offer_answered(t.conn, person, t.now).await?;
    if on {
        store::persons::set_discreet(t.conn, person, true).await?;
        if let Some(p) = t.person.as_mut() {
            p.discreet = true;
        }
        t.replies.say("report-discreet-accepted");
    } else {
        t.replies.say("report-discreet-declined");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::reply::Label;
    use crate::domain::report::Category;
    use crate::domain::report::slot::weekday_bit;

    use chrono::Weekday;

    fn audience_first(category: Category) -> Callback {
        let draft = ReportDraft {
            category: Some(category),
            ..ReportDraft::default()
        };
        let (_, buttons) = prompt_for(ReportStep::Audience, &draft, Found::Nothing);
        buttons[0].callback.clone()
    }

    #[test]
    fn the_audience_her_category_suggests_is_offered_first() {
        let coordinator_only = Callback::Report(ReportButton::Audience(false));
        let with_relays = Callback::Report(ReportButton::Audience(true));
        assert_eq!(audience_first(Category::Harassment), coordinator_only);
        assert_eq!(audience_first(Category::Incivility), with_relays);
    }

    #[test]
    fn the_weekdays_she_ticked_are_marked_and_done_comes_last() {
        let draft = ReportDraft {
            weekdays: weekday_bit(Weekday::Tue) | weekday_bit(Weekday::Sun),
            ..ReportDraft::default()
        };
        let (msg, buttons) = prompt_for(ReportStep::Weekdays, &draft, Found::Nothing);
        assert_eq!(msg.id, "report-ask-weekdays");
        let ticked: Vec<usize> = (0..buttons.len())
            .filter(|i| matches!(&buttons[*i].label, Label::Msg(m) if m.id == "weekday-ticked"))
            .collect();
        assert_eq!(ticked, [1, 6]);
        assert_eq!(
            buttons.last().map(|b| b.callback.clone()),
            Some(Callback::Report(ReportButton::WeekdaysDone))
        );
    }
}
