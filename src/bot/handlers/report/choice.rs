//! The buttons pressed during `/report`: how the draft takes each one (pure), and what is
//! left to do next.

use chrono::{DateTime, Utc};

use crate::bot::callback::ReportButton;
use crate::bot::report_draft::{DraftPlace, ReportDraft, ReportStep};
use crate::domain::report::{Audience, slot::weekday_bit};
use crate::services::ServiceError;

/// What is left to do once the draft took a button.
#[derive(Debug, PartialEq)]
pub(super) enum Next {
    /// On to the next step the draft needs.
    Advance,
    /// Show this step again, with this draft (not stored yet).
    Ask(ReportStep, ReportDraft),
    Confirm,
    Cancel,
}

/// The draft takes a button pressed at `step` (pure): a button of another step is stale.
pub(super) fn take_button(
    step: ReportStep,
    b: ReportButton,
    d: &mut ReportDraft,
    at: DateTime<Utc>,
    has_name: bool,
) -> Result<Next, ServiceError> {
    match (step, b) {
        (_, ReportButton::Cancel) => return Ok(Next::Cancel),
        (ReportStep::Quartier, ReportButton::Quartier(q)) => d.quartier = Some(q),
        (ReportStep::Category, ReportButton::Category(c)) => d.category = Some(c),
        (ReportStep::When, ReportButton::When(w)) => {
            d.when = Some(w);
            d.told_at = Some(at);
        }
        (ReportStep::Weekdays, ReportButton::Weekday(day)) => {
            let mut shown = d.clone();
            shown.weekdays ^= weekday_bit(day);
            return Ok(Next::Ask(ReportStep::Weekdays, shown));
        }
        (ReportStep::Weekdays, ReportButton::WeekdaysDone) if d.weekdays != 0 => {}
        (ReportStep::Slot, ReportButton::Slot(s)) => d.slot = Some(s),
        (ReportStep::Place, ReportButton::Skip) => d.place_done = true,
        (ReportStep::Content, ReportButton::Skip | ReportButton::ContentDone) => {
            d.content_done = true
        }
        (ReportStep::Audience, ReportButton::Audience(relays)) => {
            d.audience = Some(if relays {
                Audience::WithRelays
            } else {
                Audience::CoordinatorOnly
            });
        }
        (ReportStep::Identity, ReportButton::Named(named)) => d.anonymous = Some(!named),
        (ReportStep::MediaWarning, ReportButton::KeepMedia(keep)) => {
            if !keep {
                d.voice = None;
                d.photos.clear();
                if matches!(d.place, Some(DraftPlace::Location { .. })) {
                    d.place = None;
                }
            }
            d.media_checked = true;
        }
        (ReportStep::Confirm, ReportButton::Confirm) => return Ok(Next::Confirm),
        (ReportStep::Confirm, ReportButton::Change) => {
            return Ok(Next::Ask(ReportStep::Change, d.clone()));
        }
        (ReportStep::Change, ReportButton::ChangeStep(step)) => d.reset(step),
        _ => return Err(ServiceError::Stale),
    }
    // Without a first name there is nothing to show: her report is anonymous.
    if d.anonymous.is_none() && d.next_step() == ReportStep::Identity && !has_name {
        d.anonymous = Some(true);
    }
    Ok(Next::Advance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::report_draft::WhenChoice;
    use crate::domain::report::Category;

    fn at() -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000, 0).unwrap()
    }

    /// A draft at the audience step (quartier, category, now, place and content given).
    fn at_audience() -> ReportDraft {
        ReportDraft {
            quartier: Some(crate::domain::QuartierId(1)),
            category: Some(Category::Neighbours),
            when: Some(WhenChoice::Now),
            place_done: true,
            content_done: true,
            ..ReportDraft::default()
        }
    }

    #[test]
    fn a_button_of_another_step_is_stale_and_changes_nothing() {
        let mut d = at_audience();
        let taken = take_button(ReportStep::Place, ReportButton::Confirm, &mut d, at(), true);
        assert!(matches!(taken, Err(ServiceError::Stale)));
        assert_eq!(d, at_audience());
    }

    #[test]
    fn without_a_first_name_her_report_is_anonymous_and_she_is_not_asked() {
        let audience = ReportButton::Audience(true);
        let mut d = at_audience();
        let taken = take_button(ReportStep::Audience, audience, &mut d, at(), false);
        assert_eq!(taken.unwrap(), Next::Advance);
        assert_eq!(
            (d.audience, d.anonymous),
            (Some(Audience::WithRelays), Some(true))
        );
        let mut d = at_audience();
        take_button(ReportStep::Audience, audience, &mut d, at(), true).unwrap();
        assert_eq!(
            d.next_step(),
            ReportStep::Identity,
            "with a name she chooses"
        );
    }

    #[test]
    fn change_shows_the_steps_to_change_and_cancel_cancels_from_any_step() {
        let mut d = at_audience();
        let taken = take_button(
            ReportStep::Confirm,
            ReportButton::Change,
            &mut d,
            at(),
            true,
        );
        assert_eq!(taken.unwrap(), Next::Ask(ReportStep::Change, at_audience()));
        for step in [
            ReportStep::Quartier,
            ReportStep::Content,
            ReportStep::Confirm,
        ] {
            let taken = take_button(step, ReportButton::Cancel, &mut d, at(), true);
            assert_eq!(taken.unwrap(), Next::Cancel);
        }
    }
}
