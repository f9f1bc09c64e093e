//! The place and agenda steps of `/newmeeting`: an optional place, then agenda items,
//! either report references or free text.

use super::{b, say};
use crate::bot::callback::MeetingButton;
use crate::bot::context::Turn;
use crate::bot::handlers::HandlerResult;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::meeting::{self, MAX_FIELD, MeetingDraft};
use crate::i18n::Msg;
use crate::services::meetings as service;

pub(super) fn ask_place(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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

pub(super) fn ask_agenda(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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
pub(super) async fn agenda_typed(
    t: &mut Turn<'_>,
    mut draft: MeetingDraft,
    text: &str,
) -> HandlerResult {
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
