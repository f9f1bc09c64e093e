//! The start of `/broadcast` and its audience step: the city, then quartiers, roles and
//! groups ticked on buttons.

use super::HandlerResult;
use crate::bot::callback::{BroadcastButton, Callback};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{BroadcastProblem, Draft, Role};
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::broadcasts as service;

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let cities = service::cities(t.conn, &principal).await?;
    let mut draft = Draft::default();
    match cities.as_slice() {
        [] => return Err(ServiceError::NotAllowed),
        [city] => {
            draft.audience.city = Some(*city);
            if !principal.is_admin && !principal.has_role(Role::Coordinator) {
                // Relays and facilitators reach the mothers of their own quartiers.
                let mine = service::quartiers_for(t.conn, &principal, *city).await?;
                draft.audience.quartiers = mine.into_iter().map(|q| q.id).collect();
                draft.audience.roles = vec![Role::Mother];
            }
        }
        many => {
            let mut buttons = vec![];
            for c in many {
                let name = crate::store::cities::get(t.conn, *c).await?.map(|c| c.name);
                let city = Callback::Broadcast(BroadcastButton::City(*c));
                buttons.push(Button::raw(name.unwrap_or_default(), city));
            }
            t.state = State::BroadcastAudience { draft };
            t.replies.say_with(
                vec![Msg::new("broadcast-ask-city")],
                Markup::column(buttons),
            );
            return Ok(());
        }
    }
    show_audience(t, draft).await
}

fn tick(on: bool, label: String) -> String {
    if on { format!("✅ {label}") } else { label }
}

async fn show_audience(t: &mut Turn<'_>, draft: Draft) -> HandlerResult {
    let principal = t.principal().await?;
    let Some(city) = draft.audience.city else {
        return Err(ServiceError::Stale);
    };
    let a = &draft.audience;
    let mut rows = vec![];
    for q in service::quartiers_for(t.conn, &principal, city).await? {
        let label = tick(a.quartiers.contains(&q.id), q.name.clone());
        rows.push(vec![Button::raw(
            label,
            Callback::Broadcast(BroadcastButton::Quartier(q.id)),
        )]);
    }
    let locale = t.replies.locale.clone();
    for role in service::roles_for(&principal, city) {
        let name = t
            .ctx
            .localizer
            .render(&locale, &Msg::new(role.message_id()));
        let label = tick(a.roles.contains(&role), name);
        rows.push(vec![Button::raw(
            label,
            Callback::Broadcast(BroadcastButton::Role(role)),
        )]);
    }
    let groups = t
        .ctx
        .localizer
        .render(&locale, &Msg::new("broadcast-button-groups"));
    rows.push(vec![Button::raw(
        tick(a.groups, groups),
        Callback::Broadcast(BroadcastButton::Groups),
    )]);
    rows.push(vec![Button::new(
        "broadcast-button-audience-done",
        Callback::Broadcast(BroadcastButton::AudienceDone),
    )]);
    t.state = State::BroadcastAudience { draft };
    t.replies.say_with(
        vec![Msg::new("broadcast-ask-audience")],
        Markup::Inline(rows),
    );
    Ok(())
}

/// A button of the audience step; a forged one (another city's quartier, a role she may
/// not reach) is refused and changes nothing.
pub async fn audience_button(t: &mut Turn<'_>, b: BroadcastButton, draft: Draft) -> HandlerResult {
    let mut next = draft.clone();
    match b {
        BroadcastButton::City(c) => {
            next.audience = Default::default();
            next.audience.city = Some(c);
        }
        BroadcastButton::Quartier(q) => next.audience.toggle_quartier(q),
        BroadcastButton::Role(r) => next.audience.toggle_role(r),
        BroadcastButton::Groups => next.audience.groups = !next.audience.groups,
        BroadcastButton::AudienceDone => return audience_done(t, draft).await,
        _ => return super::stale(t),
    }
    let principal = t.principal().await?;
    service::check_audience(t.conn, &principal, &next.audience).await?;
    show_audience(t, next).await
}

async fn audience_done(t: &mut Turn<'_>, draft: Draft) -> HandlerResult {
    let principal = t.principal().await?;
    let me = t.person_id()?;
    let counts = service::languages(t.conn, &principal, me, &draft.audience, t.now).await?;
    let total: i64 = counts.values().sum();
    if total == 0 && !draft.audience.groups {
        t.replies.say(BroadcastProblem::NoRecipients.message_id());
        return Ok(());
    }
    let locale = t.replies.locale.clone();
    t.replies
        .say(Msg::new("broadcast-ask-text").num("count", total));
    t.state = State::BroadcastVersion { draft, locale };
    Ok(())
}
