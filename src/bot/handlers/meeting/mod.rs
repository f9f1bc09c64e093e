//! `/newmeeting`: kind, title, quartiers and roles invited (as broadcasts choose them),
//! day and time (a small calendar and time buttons, or typed as people write them),
//! duration, place, agenda, then the whole repeated back to confirm. Every step keeps the
//! draft in the dialogue state; a bad input is answered and leaves it as it was.

mod audience;
mod place_agenda;
mod review;
mod when;

use chrono::NaiveTime;
use strum::IntoEnumIterator;

use super::HandlerResult;
use crate::bot::callback::{Callback, MeetingButton};
use crate::bot::context::Turn;
use crate::bot::incoming::Attachment;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::meeting::{self, MAX_FIELD, MeetingDraft, MeetingKind};
use crate::domain::{Role, Scope};
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::meetings as service;

use audience::{audience_button, audience_done, show_audience};
pub use place_agenda::looks_like_reference;
use place_agenda::{agenda_typed, ask_agenda, ask_place};
pub use review::reminder_toggled;
use review::{confirm, review};
use when::{ask_time, when_read, when_set, when_typed};
pub(super) use when::{city_tz, weekday_short, when_problem};

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
