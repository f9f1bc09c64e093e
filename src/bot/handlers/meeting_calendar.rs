//! The month-by-month calendar of `/newmeeting`, beyond the next fourteen days: the days of
//! a month still to come (a week a row) with ‹ and › to move, up to a year ahead.

use chrono::{Datelike, Months, NaiveDate};

use super::HandlerResult;
use crate::bot::callback::{Callback, MeetingButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::meeting::MeetingDraft;
use crate::domain::time::format_day;
use crate::i18n::Msg;

/// How many months ahead the calendar goes.
const MONTHS_AHEAD: u32 = 12;

fn b(button: MeetingButton) -> Callback {
    Callback::Meeting(button)
}

/// The first day of the month of `day`.
pub fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

/// The button that opens the month view (under the fourteen days).
pub fn more_days(today: NaiveDate) -> Button {
    Button::new(
        "meeting-button-more-days",
        b(MeetingButton::Month(first_of_month(today))),
    )
}

/// The month of `first` (its days from today on); a month before this one or more than a
/// year ahead is stale (a forged button) and changes nothing.
pub async fn month(t: &mut Turn<'_>, draft: MeetingDraft, first: NaiveDate) -> HandlerResult {
    let tz = super::meeting::city_tz(t, &draft).await?;
    let today = t.now.with_timezone(&tz).date_naive();
    let this = first_of_month(today);
    let last = this.checked_add_months(Months::new(MONTHS_AHEAD));
    if first.day() != 1 || first < this || last.is_none_or(|l| first > l) {
        return super::stale(t);
    }
    let locale = t.replies.locale.clone();
    let end = first
        .checked_add_months(Months::new(1))
        .unwrap_or(first)
        .pred_opt()
        .unwrap_or(first);
    let from = first.max(today);
    let days: Vec<NaiveDate> = from.iter_days().take_while(|d| *d <= end).collect();
    let mut rows: Vec<Vec<Button>> = days
        .chunks(7)
        .map(|week| {
            week.iter()
                .map(|d| {
                    let label =
                        format!("{} {}", super::meeting::weekday_short(&locale, *d), d.day());
                    Button::raw(label, b(MeetingButton::Day(*d)))
                })
                .collect()
        })
        .collect();
    let mut nav = vec![];
    if let Some(prev) = first
        .checked_sub_months(Months::new(1))
        .filter(|p| *p >= this)
    {
        nav.push(Button::raw("‹", b(MeetingButton::Month(prev))));
    }
    if let Some(next) = first
        .checked_add_months(Months::new(1))
        .filter(|n| last.is_some_and(|l| *n <= l))
    {
        nav.push(Button::raw("›", b(MeetingButton::Month(next))));
    }
    rows.push(nav);
    let shown = from
        .and_hms_opt(12, 0, 0)
        .map(|noon| noon.and_utc())
        .map(|at| format_day(at, chrono_tz::UTC, &locale))
        .unwrap_or_default();
    t.state = State::MeetingWhen { draft };
    t.replies.say_with(
        vec![Msg::new("meeting-month-shown").plain("from", shown)],
        Markup::Inline(rows),
    );
    Ok(())
}
