//! `/newmeeting`: kind, title, quartiers and roles invited (as broadcasts choose them),
//! day and time (a small calendar and time buttons, or typed as people write them),
//! duration, place, agenda, then the whole repeated back to confirm. Every step keeps the
//! draft in the dialogue state; a bad input is answered and leaves it as it was.

use chrono::{Datelike, Days, NaiveDate, NaiveTime};
use strum::IntoEnumIterator;

use super::HandlerResult;
use crate::bot::callback::{Callback, MeetingButton};
use crate::bot::context::Turn;
use crate::bot::incoming::Attachment;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::meeting::{
    self, MAX_FIELD, MeetingDraft, MeetingKind, Moment, ReminderOffset, WhenProblem,
};
use crate::domain::time::format_date_time;
use crate::domain::{Role, Scope};
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::meetings as service;

fn b(button: MeetingButton) -> Callback {
    Callback::Meeting(button)
}

fn tick(on: bool, label: String) -> String {
    if on { format!("✅ {label}") } else { label }
}

/// `/newmeeting` and its menu button.
pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let cities = service::cities(&principal);
    let Some(city) = cities.first().copied() else {
        return Err(ServiceError::NotAllowed);
    };
    let mut draft = MeetingDraft::default();
    draft.audience.city = Some(city);
    if !principal
        .grants
        .iter()
        .any(|g| g.scope == Scope::City(city) && g.role == Role::Coordinator)
    {
        // Relays and facilitators organise for their own quartiers.
        let mine = service::quartiers_for(t.conn, &principal, city).await?;
        draft.audience.quartiers = mine.into_iter().map(|q| q.id).collect();
    }
    let rows = MeetingKind::iter()
        .map(|k| vec![Button::new(k.message_key(), b(MeetingButton::Kind(k)))])
        .collect();
    t.state = State::MeetingKind { draft };
    t.replies
        .say_with(vec![Msg::new("meeting-ask-kind")], Markup::Inline(rows));
    Ok(())
}

/// A button of the creation dialogue, in the step it belongs to (else stale).
pub async fn step_button(t: &mut Turn<'_>, button: MeetingButton, state: State) -> HandlerResult {
    use MeetingButton as M;
    match (button, state) {
        (M::Kind(k), State::MeetingKind { mut draft }) => {
            draft.kind = Some(k);
            t.state = State::MeetingTitle { draft };
            t.replies.say("meeting-ask-title");
            Ok(())
        }
        (b @ (M::Quartier(_) | M::Role(_) | M::Groups), State::MeetingAudience { draft }) => {
            audience_button(t, b, draft).await
        }
        (M::AudienceDone, State::MeetingAudience { draft }) => audience_done(t, draft).await,
        (M::Day(day), State::MeetingWhen { draft }) => ask_time(t, draft, day),
        (M::Month(first), State::MeetingWhen { draft }) => {
            super::meeting_calendar::month(t, draft, first).await
        }
        (M::Time(h, m), State::MeetingTime { draft, day }) => {
            let at = NaiveTime::from_hms_opt(h.into(), m.into(), 0).ok_or(ServiceError::Stale)?;
            let tz = city_tz(t, &draft).await?;
            let moment = meeting::resolve(day.and_time(at), tz, t.now);
            when_read(t, draft, moment).await
        }
        (
            M::Twice(later),
            State::MeetingTwice {
                mut draft,
                earlier,
                later: second,
            },
        ) => {
            draft.starts_at = Some(if later { second } else { earlier });
            when_set(t, draft).await
        }
        (M::Duration(minutes), State::MeetingDuration { mut draft })
            if (15..=720).contains(&minutes) =>
        {
            draft.duration_minutes = minutes.into();
            ask_place(t, draft)
        }
        (M::SkipPlace, State::MeetingPlace { draft }) => ask_agenda(t, draft),
        (M::AgendaDone, State::MeetingAgenda { draft }) => review(t, draft).await,
        (M::Confirm, State::MeetingReview { draft }) => confirm(t, draft).await,
        _ => super::stale(t),
    }
}

/// Text typed in a step of the creation dialogue.
pub async fn typed(t: &mut Turn<'_>, state: State, text: &str) -> HandlerResult {
    match state {
        State::MeetingTitle { mut draft } => match meeting::parse_field(text, MAX_FIELD) {
            Ok(title) => {
                draft.title = Some(title);
                show_audience(t, draft).await
            }
            Err(p) => say(t, p.message_id()),
        },
        State::MeetingWhen { draft } => when_typed(t, draft, None, text).await,
        State::MeetingTime { draft, day } => when_typed(t, draft, Some(day), text).await,
        State::MeetingDuration { mut draft } => match meeting::parse_duration_minutes(text) {
            Some(minutes) => {
                draft.duration_minutes = minutes;
                ask_place(t, draft)
            }
            None => say(t, "meeting-error-duration"),
        },
        State::MeetingPlace { mut draft } => match meeting::parse_field(text, MAX_FIELD) {
            Ok(place) => {
                draft.place = Some(place);
                ask_agenda(t, draft)
            }
            Err(p) => say(t, p.message_id()),
        },
        State::MeetingAgenda { draft } => agenda_typed(t, draft, text).await,
        _ => say(t, "error-expected-choice"),
    }
}

/// A location sent as the place; anything else where text is awaited is refused.
pub fn attachment(t: &mut Turn<'_>, state: State, attachment: &Attachment) -> HandlerResult {
    match (state, attachment) {
        (
            State::MeetingPlace { mut draft },
            Attachment::Location {
                latitude,
                longitude,
            },
        ) => {
            draft.location = Some((*latitude, *longitude));
            t.state = State::MeetingPlace { draft };
            t.replies.say_with(
                vec![Msg::new("meeting-location-taken")],
                Markup::column([Button::new(
                    "meeting-button-place-done",
                    b(MeetingButton::SkipPlace),
                )]),
            );
            Ok(())
        }
        _ => say(t, "error-expected-text"),
    }
}

fn say(t: &mut Turn<'_>, id: &'static str) -> HandlerResult {
    t.replies.say(id);
    Ok(())
}

async fn show_audience(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let principal = t.principal().await?;
    let city = draft.audience.city.ok_or(ServiceError::Stale)?;
    let a = &draft.audience;
    let mut rows = vec![];
    for q in service::quartiers_for(t.conn, &principal, city).await? {
        let label = tick(a.quartiers.contains(&q.id), q.name.clone());
        rows.push(vec![Button::raw(label, b(MeetingButton::Quartier(q.id)))]);
    }
    let locale = t.replies.locale.clone();
    for role in Role::iter() {
        let name = t
            .ctx
            .localizer
            .render(&locale, &Msg::new(role.message_id()));
        rows.push(vec![Button::raw(
            tick(a.roles.contains(&role), name),
            b(MeetingButton::Role(role)),
        )]);
    }
    let groups = t
        .ctx
        .localizer
        .render(&locale, &Msg::new("meeting-button-groups"));
    rows.push(vec![Button::raw(
        tick(a.groups, groups),
        b(MeetingButton::Groups),
    )]);
    rows.push(vec![Button::new(
        "meeting-button-audience-done",
        b(MeetingButton::AudienceDone),
    )]);
    t.state = State::MeetingAudience { draft };
    t.replies
        .say_with(vec![Msg::new("meeting-ask-audience")], Markup::Inline(rows));
    Ok(())
}

/// A forged button (another city's quartier, one she does not organise for) is refused.
async fn audience_button(
    t: &mut Turn<'_>,
    button: MeetingButton,
    draft: MeetingDraft,
) -> HandlerResult {
    let mut next = draft;
    match button {
        MeetingButton::Quartier(q) => next.audience.toggle_quartier(q),
        MeetingButton::Role(r) => next.audience.toggle_role(r),
        MeetingButton::Groups => next.audience.groups = !next.audience.groups,
        _ => return super::stale(t),
    }
    let principal = t.principal().await?;
    service::check_audience(t.conn, &principal, &next.audience).await?;
    show_audience(t, next).await
}

async fn audience_done(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let principal = t.principal().await?;
    let me = t.person_id()?;
    let count = service::count_invitees(t.conn, &principal, me, &draft, t.now).await?;
    if count == 0 {
        return say(t, "meeting-error-no-invitees");
    }
    t.replies
        .say(Msg::new("meeting-invitee-count").num("count", count as i64));
    ask_day(t, draft).await
}

/// The small calendar: the next fourteen days, a week a row, and "or type it".
async fn ask_day(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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
    rows.push(vec![super::meeting_calendar::more_days(today)]);
    t.state = State::MeetingWhen { draft };
    t.replies
        .say_with(vec![Msg::new("meeting-ask-day")], Markup::Inline(rows));
    Ok(())
}

pub(super) fn weekday_short(locale: &crate::domain::Locale, day: NaiveDate) -> String {
    let names = crate::domain::time::weekday_names(locale);
    let forms = &names[day.weekday().num_days_from_monday() as usize];
    forms.last().cloned().unwrap_or_default()
}

fn ask_time(t: &mut Turn<'_>, draft: MeetingDraft, day: NaiveDate) -> HandlerResult {
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

pub(super) async fn city_tz(
    t: &mut Turn<'_>,
    draft: &MeetingDraft,
) -> Result<chrono_tz::Tz, ServiceError> {
    let city = draft.audience.city.ok_or(ServiceError::Stale)?;
    let city = crate::store::cities::get(t.conn, city)
        .await?
        .ok_or(ServiceError::Stale)?;
    Ok(city.tz)
}

async fn when_typed(
    t: &mut Turn<'_>,
    draft: MeetingDraft,
    day: Option<NaiveDate>,
    text: &str,
) -> HandlerResult {
    let tz = city_tz(t, &draft).await?;
    let moment = meeting::parse_on(text, day, &t.replies.locale, tz, t.now);
    when_read(t, draft, moment).await
}

pub(super) fn when_problem(p: WhenProblem) -> &'static str {
    match p {
        WhenProblem::Unreadable => "meeting-error-when",
        WhenProblem::NoDay => "meeting-error-no-day",
        WhenProblem::NoTime => "meeting-error-no-time",
        WhenProblem::NoSuchDay => "meeting-error-no-such-day",
        WhenProblem::Past => "meeting-error-past",
        WhenProblem::SkippedByClockChange => "meeting-error-skipped-time",
    }
}

async fn when_read(
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
async fn when_set(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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

fn ask_place(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    t.state = State::MeetingPlace { draft };
    t.replies.say_with(
        vec![Msg::new("meeting-ask-place")],
        Markup::column([Button::new(
            "meeting-button-skip-place",
            b(MeetingButton::SkipPlace),
        )]),
    );
    Ok(())
}

fn ask_agenda(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let count = (draft.agenda_reports.len() + draft.agenda_texts.len()) as i64;
    t.state = State::MeetingAgenda { draft };
    t.replies.say_with(
        vec![Msg::new("meeting-ask-agenda").num("count", count)],
        Markup::column([Button::new(
            "meeting-button-agenda-done",
            b(MeetingButton::AgendaDone),
        )]),
    );
    Ok(())
}

/// A report reference (`BEL-0042`, a report `on_agenda` of her quartiers) or a free item.
async fn agenda_typed(t: &mut Turn<'_>, mut draft: MeetingDraft, text: &str) -> HandlerResult {
    if draft.agenda_reports.len() + draft.agenda_texts.len() >= 20 {
        return say(t, "meeting-error-agenda-full");
    }
    if looks_like_reference(text) {
        let report = service::agenda_report(t.conn, &draft, text).await?;
        if !draft.agenda_reports.contains(&report) {
            draft.agenda_reports.push(report);
        }
    } else {
        match meeting::parse_field(text, MAX_FIELD) {
            Ok(item) => draft.agenda_texts.push(item),
            Err(p) => return say(t, p.message_id()),
        }
    }
    ask_agenda(t, draft)
}

/// `BEL-0042`: two to four letters, a dash, digits.
pub fn looks_like_reference(text: &str) -> bool {
    let text = crate::domain::digits::normalize_digits(text.trim());
    text.split_once('-').is_some_and(|(p, n)| {
        (2..=4).contains(&p.len())
            && p.chars().all(|c| c.is_ascii_alphabetic())
            && !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
    })
}

async fn review(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let tz = city_tz(t, &draft).await?;
    let at = draft.starts_at.ok_or(ServiceError::Stale)?;
    let kind = draft.kind.ok_or(ServiceError::Stale)?;
    let summary = Msg::new("meeting-review")
        .msg("kind", kind.message_key())
        .user("title", draft.title.clone().unwrap_or_default())
        .plain("when", format_date_time(at, tz, &t.replies.locale))
        .num("duration", draft.duration_minutes.into())
        .user("place", draft.place.clone().unwrap_or_else(|| "—".into()))
        .num(
            "items",
            (draft.agenda_reports.len() + draft.agenda_texts.len()) as i64,
        );
    let mut rows = reminder_rows(t, &draft.reminders);
    rows.push(vec![Button::new(
        "meeting-button-confirm",
        b(MeetingButton::Confirm),
    )]);
    t.state = State::MeetingReview { draft };
    t.replies.say_with(
        vec![summary, Msg::new("meeting-review-reminders")],
        Markup::Inline(rows),
    );
    Ok(())
}

/// The reminder offsets she may choose, ✅ on those chosen.
fn reminder_rows(t: &Turn<'_>, chosen: &[ReminderOffset]) -> Vec<Vec<Button>> {
    let locale = &t.replies.locale;
    meeting::REMINDER_CHOICES
        .into_iter()
        .map(|o| {
            let (id, n) = o.label();
            let label = t.ctx.localizer.render(locale, &Msg::new(id).num("n", n));
            let label = tick(chosen.contains(&o), label);
            vec![Button::raw(label, b(MeetingButton::Reminder(o)))]
        })
        .collect()
}

/// A reminder offset toggled in the review (stale anywhere else).
pub async fn reminder_toggled(
    t: &mut Turn<'_>,
    offset: ReminderOffset,
    state: State,
) -> HandlerResult {
    let State::MeetingReview { mut draft } = state else {
        return super::stale(t);
    };
    if !meeting::REMINDER_CHOICES.contains(&offset) {
        return super::stale(t);
    }
    meeting::toggle_reminder(&mut draft.reminders, offset);
    review(t, draft).await
}

async fn confirm(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let principal = t.principal().await?;
    let me = t.person_id()?;
    let created = service::create(t.conn, &principal, me, &draft, t.now).await?;
    t.state = State::Idle;
    t.replies
        .say(Msg::new("meeting-created").num("count", created.invited as i64));
    Ok(())
}
