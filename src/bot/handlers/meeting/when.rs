//! The day-and-time step of `/newmeeting`: the small calendar and time buttons, typed
//! dates and times, the choice when a clock change makes a time happen twice, then the duration.

use chrono::{Datelike, Days, NaiveDate};

use super::{b, say};
use crate::bot::callback::MeetingButton;
use crate::bot::context::Turn;
use crate::bot::handlers::HandlerResult;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::meeting::{self, MeetingDraft, Moment, WhenProblem};
use crate::domain::time::format_date_time;
use crate::i18n::Msg;
use crate::services::ServiceError;

/// The small calendar: the next fourteen days, a week a row, and "or type it".
pub(super) async fn ask_day(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let tz = city_tz(t, &draft).await?;
    let today = t.now.with_timezone(&tz).date_naive();
    let locale = t.replies.locale.clone();
    let days: Vec<NaiveDate> = (0..14)
        .filter_map(|i| today.checked_add_days(Days::new(i)))
        .collect();
    let mut rows: Vec<Vec<Button>> = days
        .chunks(7)
        .map(|week| {
            week.iter()
                .map(|d| {
                    let label = format!("{} {}", weekday_short(&locale, *d), d.day());
                    Button::raw(label, b(MeetingButton::Day(*d)))
                })
                .collect()
        })
        .collect();
    rows.push(vec![super::super::meeting_calendar::more_days(today)]);
    t.state = State::MeetingWhen { draft };
    t.replies
        .say_with(vec![Msg::new("meeting-ask-day")], Markup::Inline(rows));
    Ok(())
}

pub(in crate::bot::handlers) fn weekday_short(
    locale: &crate::domain::Locale,
    day: NaiveDate,
) -> String {
    let names = crate::domain::time::weekday_names(locale);
    let forms = &names[day.weekday().num_days_from_monday() as usize];
    forms.last().cloned().unwrap_or_default()
}

pub(super) fn ask_time(t: &mut Turn<'_>, draft: MeetingDraft, day: NaiveDate) -> HandlerResult {
    let times: Vec<(u8, u8)> = (8..=20)
        .map(|h| (h, 0))
        .chain([(18, 30), (9, 30), (14, 30)])
        .collect();
    let mut sorted = times;
    sorted.sort();
    let rows = sorted
        .chunks(4)
        .map(|row| {
            row.iter()
                .map(|(h, m)| Button::raw(format!("{h:02}:{m:02}"), b(MeetingButton::Time(*h, *m))))
                .collect()
        })
        .collect();
    t.state = State::MeetingTime { draft, day };
    t.replies
        .say_with(vec![Msg::new("meeting-ask-time")], Markup::Inline(rows));
    Ok(())
}

pub(in crate::bot::handlers) async fn city_tz(
    t: &mut Turn<'_>,
    draft: &MeetingDraft,
) -> Result<chrono_tz::Tz, ServiceError> {
    let city = draft.audience.city.ok_or(ServiceError::Stale)?;
    let city = crate::store::cities::get(t.conn, city)
        .await?
        .ok_or(ServiceError::Stale)?;
    Ok(city.tz)
}

pub(super) async fn when_typed(
    t: &mut Turn<'_>,
    draft: MeetingDraft,
    day: Option<NaiveDate>,
    text: &str,
) -> HandlerResult {
    let tz = city_tz(t, &draft).await?;
    let moment = meeting::parse_on(text, day, &t.replies.locale, tz, t.now);
    when_read(t, draft, moment).await
}

pub(in crate::bot::handlers) fn when_problem(p: WhenProblem) -> &'static str {
    match p {
        WhenProblem::Unreadable => "meeting-error-when",
        WhenProblem::NoDay => "meeting-error-no-day",
        WhenProblem::NoTime => "meeting-error-no-time",
        WhenProblem::NoSuchDay => "meeting-error-no-such-day",
        WhenProblem::Past => "meeting-error-past",
        WhenProblem::SkippedByClockChange => "meeting-error-skipped-time",
    }
}

pub(super) async fn when_read(
    t: &mut Turn<'_>,
    mut draft: MeetingDraft,
    moment: Result<Moment, WhenProblem>,
) -> HandlerResult {
    match moment {
        Err(p) => say(t, when_problem(p)),
        Ok(Moment::Exact(at)) => {
            draft.starts_at = Some(at);
            when_set(t, draft).await
        }
        Ok(Moment::Twice { earlier, later }) => {
            let rows = vec![vec![
                Button::new("meeting-button-first-time", b(MeetingButton::Twice(false))),
                Button::new("meeting-button-second-time", b(MeetingButton::Twice(true))),
            ]];
            t.state = State::MeetingTwice {
                draft,
                earlier,
                later,
            };
            t.replies.say_with(
                vec![Msg::new("meeting-ask-which-time")],
                Markup::Inline(rows),
            );
            Ok(())
        }
    }
}

/// The date and time repeated back in full, in her language; then the duration.
pub(super) async fn when_set(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let tz = city_tz(t, &draft).await?;
    let at = draft.starts_at.ok_or(ServiceError::Stale)?;
    let when = format_date_time(at, tz, &t.replies.locale);
    let rows = vec![
        [60u16, 90, 120, 180]
            .into_iter()
            .map(|m| {
                Button::raw(
                    format!("{}h{:02}", m / 60, m % 60),
                    b(MeetingButton::Duration(m)),
                )
            })
            .collect(),
    ];
    t.state = State::MeetingDuration { draft };
    t.replies.say_with(
        vec![
            Msg::new("meeting-when-understood").plain("when", when),
            Msg::new("meeting-ask-duration"),
        ],
        Markup::Inline(rows),
    );
    Ok(())
}
