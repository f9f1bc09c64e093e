//! The audience step of `/newmeeting`: the quartiers, roles and groups invited, toggled
//! with ✅ buttons, then the count of people that reaches.

use strum::IntoEnumIterator;

use super::when::ask_day;
use super::{b, say, tick};
use crate::bot::callback::MeetingButton;
use crate::bot::context::Turn;
use crate::bot::handlers::HandlerResult;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::Role;
use crate::domain::meeting::MeetingDraft;
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::meetings as service;

pub(super) async fn show_audience(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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
pub(super) async fn audience_button(
    t: &mut Turn<'_>,
    button: MeetingButton,
    draft: MeetingDraft,
) -> HandlerResult {
    let mut next = draft;
    match button {
        MeetingButton::Quartier(q) => next.audience.toggle_quartier(q),
        MeetingButton::Role(r) => next.audience.toggle_role(r),
        MeetingButton::Groups => next.audience.groups = !next.audience.groups,
        _ => return super::super::stale(t),
    }
    let principal = t.principal().await?;
    service::check_audience(t.conn, &principal, &next.audience).await?;
    show_audience(t, next).await
}

pub(super) async fn audience_done(t: &mut Turn<'_>, draft: MeetingDraft) -> HandlerResult {
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
