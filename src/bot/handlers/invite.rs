//! `/invite`: a role she may grant, a place, then the code, the deep link and a printable
//! QR code; `/revoke` and the revoke button.

use super::HandlerResult;
use crate::bot::callback::{Callback, ScopeRef};
use crate::bot::context::Turn;
use crate::bot::qr;
use crate::bot::reply::{Button, Label, Markup};
use crate::bot::state::State;
use crate::domain::{
    Invitation, InvitationCode, InvitationId, Role, Scope, time::format_date_time,
};
use crate::i18n::Msg;
use crate::services::{ServiceError, administration, people::place_name};
use crate::store::{cities, invitations, quartiers};

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let roles = administration::grantable_roles(t.conn, &principal).await?;
    if roles.is_empty() {
        t.state = State::Idle;
        t.replies.say("invite-nothing-to-grant");
        return Ok(());
    }
    t.state = State::InviteRole;
    let buttons = roles.into_iter().map(|r| Button {
        label: Label::Msg(Msg::new(r.message_id())),
        callback: Callback::InviteRole(r),
    });
    t.replies.say_with(
        vec![Msg::new("invite-choose-role")],
        Markup::column(buttons),
    );
    Ok(())
}

pub async fn role_chosen(t: &mut Turn<'_>, role: Role) -> HandlerResult {
    let principal = t.principal().await?;
    let scopes = administration::scopes_for_invitation(t.conn, &principal, role).await?;
    match scopes.as_slice() {
        [] => Err(ServiceError::NotAllowed),
        [(scope, _)] => create(t, role, *scope).await,
        _ => {
            t.state = State::InviteScope { role };
            let buttons = scopes.into_iter().map(|(scope, name)| {
                let r = match scope {
                    Scope::City(c) => ScopeRef::City(c),
                    Scope::Quartier(_, q) => ScopeRef::Quartier(q),
                };
                Button::raw(name, Callback::InviteScope(r))
            });
            t.replies.say_with(
                vec![Msg::new("invite-choose-place")],
                Markup::column(buttons),
            );
            Ok(())
        }
    }
}

/// The scope a button names, as it is in the database now.
pub async fn resolve(t: &mut Turn<'_>, scope: ScopeRef) -> Result<Scope, ServiceError> {
    match scope {
        ScopeRef::City(c) => cities::get(t.conn, c)
            .await?
            .map(|c| Scope::City(c.id))
            .ok_or(ServiceError::Stale),
        ScopeRef::Quartier(q) => quartiers::get(t.conn, q)
            .await?
            .map(|q| q.scope())
            .ok_or(ServiceError::Stale),
    }
}

pub async fn scope_chosen(t: &mut Turn<'_>, role: Role, scope: ScopeRef) -> HandlerResult {
    let scope = resolve(t, scope).await?;
    create(t, role, scope).await
}

async fn create(t: &mut Turn<'_>, role: Role, scope: Scope) -> HandlerResult {
    let principal = t.principal().await?;
    let by = t.person_id()?;
    let code = InvitationCode::generate(&mut rand::rng());
    let invitation =
        administration::create_invitation(t.conn, &principal, by, role, scope, t.now, code).await?;
    t.state = State::Idle;
    let place = place_name(t.conn, scope).await?;
    let tz = cities::time_zone(t.conn, scope.city()).await?;
    let code = invitation.code.as_str().to_owned();
    let link = format!("https://t.me/{}?start={code}", t.ctx.bot_username);
    let until = format_date_time(invitation.expires_at, tz, &t.replies.locale);
    t.replies.say(
        Msg::new("invite-created")
            .msg("role", role.message_id())
            .user("place", &place)
            .plain("code", &code)
            .plain("link", &link)
            .plain("until", until)
            .num("uses", invitation.max_uses),
    );
    let png = qr::png(&link).map_err(ServiceError::Unexpected)?;
    let caption = Msg::new("invite-qr-caption")
        .user("place", &place)
        .plain("code", &code);
    let revoke = Markup::column([Button::new(
        "button-revoke",
        Callback::Revoke(invitation.id),
    )]);
    t.replies.photo(png, caption, revoke);
    Ok(())
}

pub async fn revoke(t: &mut Turn<'_>, id: InvitationId) -> HandlerResult {
    let principal = t.principal().await?;
    let by = t.person_id()?;
    let invitation = administration::revoke_invitation(t.conn, &principal, by, id, t.now).await?;
    t.replies
        .say(Msg::new("invite-revoked").plain("code", invitation.code.as_str()));
    Ok(())
}

/// `/revoke CODE`, or `/revoke` alone: her invitations still valid, with buttons.
pub async fn revoke_command(t: &mut Turn<'_>, args: &str) -> HandlerResult {
    if !args.is_empty() {
        let code = InvitationCode::parse(args).map_err(ServiceError::Invalid)?;
        let invitation =
            invitations::by_code(t.conn, &code)
                .await?
                .ok_or(ServiceError::Invitation(
                    crate::domain::InvitationProblem::Unknown,
                ))?;
        return revoke(t, invitation.id).await;
    }
    let by = t.person_id()?;
    let list = invitations::usable_by_creator(t.conn, by, t.now).await?;
    if list.is_empty() {
        t.replies.say("invite-list-empty");
        return Ok(());
    }
    let mut parts = vec![Msg::new("invite-list")];
    let mut buttons = vec![];
    for inv in &list {
        parts.push(entry(t, inv).await?);
        buttons.push(Button::raw(
            format!("🚫 {}", inv.code.as_str()),
            Callback::Revoke(inv.id),
        ));
    }
    t.replies.say_with(parts, Markup::column(buttons));
    Ok(())
}

async fn entry(t: &mut Turn<'_>, inv: &Invitation) -> Result<Msg, ServiceError> {
    Ok(Msg::new("invite-list-entry")
        .plain("code", inv.code.as_str())
        .msg("role", inv.role.message_id())
        .user("place", place_name(t.conn, inv.scope).await?)
        .num("used", inv.uses)
        .num("max", inv.max_uses))
}
