//! The last step of `/newmeeting`: the whole meeting repeated back with reminder choices,
//! then its creation once confirmed.

use super::when::city_tz;
use super::{b, tick};
use crate::bot::callback::MeetingButton;
use crate::bot::context::Turn;
use crate::bot::handlers::HandlerResult;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::meeting::{self, MeetingDraft, ReminderOffset};
use crate::domain::time::format_date_time;
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::meetings as service;

pub(super) async fn review(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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
        return super::super::stale(t);
    };
    if !meeting::REMINDER_CHOICES.contains(&offset) {
        return super::super::stale(t);
    }
    meeting::toggle_reminder(&mut draft.reminders, offset);
    review(t, draft).await
}

pub(super) async fn confirm(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
    let principal = t.principal().await?;
    let me = t.person_id()?;
    let created = service::create(t.conn, &principal, me, &draft, t.now).await?;
    t.state = State::Idle;
    t.replies
        .say(Msg::new("meeting-created").num("count", created.invited as i64));
    Ok(())
}
