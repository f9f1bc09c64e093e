//! Members of a quartier (or a city's élus) for those who manage them: list, end a role,
//! change a role; the member is told.

use super::HandlerResult;
use crate::bot::callback::{Callback, ScopeRef};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{Action, AssignmentId, PersonId, Role};
use crate::i18n::{Arg, Msg};
use crate::services::{ServiceError, members, people::place_name};
use crate::store::{persons, roles::Assignment};

/// How many members one message lists with buttons (Telegram allows 100 buttons).
const PAGE: usize = 40;

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let mut buttons = vec![];
    for (city, list) in members::manageable(t.conn, &principal).await? {
        buttons.push(Button::raw(
            city.name.clone(),
            Callback::Members(ScopeRef::City(city.id)),
        ));
        for q in list {
            let label = format!("{} ({})", q.name, q.prefix.as_str());
            buttons.push(Button::raw(
                label,
                Callback::Members(ScopeRef::Quartier(q.id)),
            ));
        }
    }
    if buttons.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    t.state = State::Idle;
    t.replies.say_with(
        vec![Msg::new("members-choose-quartier")],
        Markup::column(buttons),
    );
    Ok(())
}

/// Her first name, or "member no. N" when she gave none.
fn display_name(name: Option<&str>, person: PersonId) -> Arg {
    match name {
        Some(n) => Arg::User(n.to_owned()),
        None => Arg::Nested(Box::new(Msg::new("members-unnamed").num("id", person.0))),
    }
}

pub async fn show(t: &mut Turn<'_>, scope: ScopeRef) -> HandlerResult {
    let scope = super::invite::resolve(t, scope).await?;
    let principal = t.principal().await?;
    let list = members::list(t.conn, &principal, scope, t.now).await?;
    let place = place_name(t.conn, scope).await?;
    let mut parts = vec![
        Msg::new("members-header")
            .user("place", place)
            .num("count", list.len() as i64),
    ];
    let mut rows = vec![];
    for (n, m) in (1..).zip(list.iter().take(PAGE)) {
        parts.push(
            Msg::new("members-entry")
                .num("n", n)
                .arg("name", display_name(m.first_name.as_deref(), m.person))
                .msg("role", m.role.message_id()),
        );
        // Buttons only for the roles she may manage (never her equals).
        if principal.may(Action::ManageRole {
            role: m.role,
            scope: m.scope,
        }) {
            rows.push(vec![
                Button::raw(format!("✖️ {n}"), Callback::EndRole(m.assignment)),
                Button::raw(format!("🔁 {n}"), Callback::ChangeRole(m.assignment)),
            ]);
        }
    }
    t.replies.say_with(parts, Markup::Inline(rows));
    Ok(())
}

/// Her name for a message.
async fn member(t: &mut Turn<'_>, person: PersonId) -> Result<Arg, ServiceError> {
    let p = persons::get(t.conn, person).await?;
    Ok(display_name(
        p.first_name.as_ref().map(|n| n.as_str()),
        person,
    ))
}

/// Tells the member, through the outbox, in her language.
async fn tell_member(
    t: &mut Turn<'_>,
    a: &Assignment,
    id: &'static str,
    role: Role,
) -> HandlerResult {
    let place = place_name(t.conn, a.grant.scope).await?;
    let msg = Msg::new(id)
        .user("place", place)
        .msg("role", role.message_id());
    t.tell(a.person, "role_changed", msg).await?;
    // Her "/" list follows her roles.
    t.refresh_commands(a.person).await?;
    Ok(())
}

pub async fn end(t: &mut Turn<'_>, id: AssignmentId) -> HandlerResult {
    let principal = t.principal().await?;
    let a = members::end_role(t.conn, &principal, id, t.now).await?;
    // Out of her quartier's group too, if the bot let her in and no other role keeps her.
    let by = t.person_id()?;
    crate::services::groups::take_out(t.conn, a.person, false, &[by], t.now).await?;
    let name = member(t, a.person).await?;
    let role = a.grant.role;
    t.replies.say(
        Msg::new("members-role-ended")
            .arg("name", name)
            .msg("role", role.message_id()),
    );
    tell_member(t, &a, "member-notice-ended", role).await
}

pub async fn choose_new_role(t: &mut Turn<'_>, id: AssignmentId) -> HandlerResult {
    let principal = t.principal().await?;
    let a = members::managed_assignment(t.conn, &principal, id, t.now).await?;
    let roles = members::replacement_roles(&principal, a.grant.role, a.grant.scope);
    if roles.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    let name = member(t, a.person).await?;
    t.state = State::NewRole { assignment: id };
    let buttons = roles
        .into_iter()
        .map(|r| Button::new(r.message_id(), Callback::ChangeRoleTo(id, r)));
    let msg = Msg::new("members-choose-new-role").arg("name", name);
    t.replies.say_with(vec![msg], Markup::column(buttons));
    Ok(())
}

pub async fn change(t: &mut Turn<'_>, id: AssignmentId, role: Role) -> HandlerResult {
    let principal = t.principal().await?;
    let by = t.person_id()?;
    let a = members::change_role(t.conn, &principal, by, id, role, t.now).await?;
    crate::services::groups::take_out(t.conn, a.person, false, &[by], t.now).await?;
    t.state = State::Idle;
    let name = member(t, a.person).await?;
    t.replies.say(
        Msg::new("members-role-changed")
            .arg("name", name)
            .msg("role", role.message_id()),
    );
    tell_member(t, &a, "member-notice-changed", role).await
}
