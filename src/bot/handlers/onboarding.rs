//! Onboarding: language, notice, invitation code, optional first name, discreet mode,
//! then registration with the invitation's role, the privacy guide and the menu.

use super::{HandlerResult, domain_message, show_menu};
use crate::bot::callback::Callback;
use crate::bot::context::Turn;
use crate::bot::keyboards::languages;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{FirstName, Locale, PersonId};
use crate::i18n::Msg;
use crate::services::registration::{self, Joined, Registration};
use crate::services::{ServiceError, ServiceResult};
use crate::store::{persons, update_tx};

/// `/start [code]`.
pub async fn start(t: &mut Turn<'_>, args: &str) -> HandlerResult {
    let code = Some(args.trim())
        .filter(|c| !c.is_empty())
        .map(str::to_owned);
    let Some(person) = t.person.clone() else {
        t.state = State::Language { code };
        return prompt(t).await;
    };
    t.state = State::Idle;
    let Some(code) = code else {
        return show_menu(t, "onboarding-already-member").await;
    };
    match registration::join(t.conn, person.id, &code, &t.ctx.admin_ids, t.now).await {
        Ok(joined) => {
            let id = if joined.is_new {
                "joined-new-role"
            } else {
                "joined-already"
            };
            notify_inviter(t, &joined).await?;
            if joined.is_new {
                t.refresh_commands(person.id).await?;
            }
            let msg = Msg::new(id)
                .user("place", &joined.place)
                .msg("role", joined.role.message_id());
            t.replies.say(msg);
            show_menu(t, "menu-shown").await
        }
        Err(ServiceError::Invitation(problem)) => {
            t.replies.say(problem.message_id());
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// Asks again for what the current onboarding step waits for.
pub async fn prompt(t: &mut Turn<'_>) -> HandlerResult {
    match t.state.clone() {
        State::Language { .. } => {
            let markup = languages(&t.ctx.localizer, &t.replies.locale);
            t.replies
                .say_with(vec![Msg::new("onboarding-choose-language")], markup);
        }
        State::Notice { .. } => t.replies.say_with(
            vec![t.ctx.registration_notice()],
            Markup::column([Button::new("button-continue", Callback::Continue)]),
        ),
        State::InvitationCode { .. } => t.replies.say("onboarding-ask-code"),
        State::FirstName { .. } => t.replies.say_with(
            vec![Msg::new("onboarding-ask-name")],
            Markup::column([Button::new("button-skip", Callback::SkipName)]),
        ),
        State::DiscreetChoice { .. } => t.replies.say_with(
            vec![Msg::new("onboarding-ask-discreet")],
            Markup::column([
                Button::new("button-discreet-on", Callback::Discreet(true)),
                Button::new("button-discreet-off", Callback::Discreet(false)),
            ]),
        ),
        _ => t.replies.say("error-not-registered"),
    }
    Ok(())
}

pub async fn language_chosen(
    t: &mut Turn<'_>,
    locale: Locale,
    code: Option<String>,
) -> HandlerResult {
    if !t.ctx.localizer.has(&locale) {
        return Err(ServiceError::Stale);
    }
    t.replies.locale = locale.clone();
    t.state = State::Notice { locale, code };
    prompt(t).await
}

pub async fn notice_read(t: &mut Turn<'_>) -> HandlerResult {
    let State::Notice { locale, code } = t.state.clone() else {
        return Err(ServiceError::Stale);
    };
    t.state = match code {
        Some(code) => {
            match registration::usable_invitation(t.conn, &code, &t.ctx.admin_ids, t.now).await {
                Ok(inv) => State::FirstName {
                    locale,
                    code: Some(inv.code.as_str().to_owned()),
                },
                Err(ServiceError::Invitation(problem)) => {
                    t.replies.say(problem.message_id());
                    State::InvitationCode { locale }
                }
                Err(e) => return Err(e),
            }
        }
        None if t.is_admin => State::FirstName { locale, code: None },
        None => State::InvitationCode { locale },
    };
    prompt(t).await
}

pub async fn code_typed(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    let State::InvitationCode { locale } = t.state.clone() else {
        return Err(ServiceError::Stale);
    };
    match registration::usable_invitation(t.conn, text, &t.ctx.admin_ids, t.now).await {
        Ok(inv) => {
            t.state = State::FirstName {
                locale,
                code: Some(inv.code.as_str().to_owned()),
            };
        }
        Err(ServiceError::Invitation(problem)) => t.replies.say(problem.message_id()),
        Err(e) => return Err(e),
    }
    prompt(t).await
}

pub async fn name_typed(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    match FirstName::parse(text) {
        Ok(name) => set_name(t, Some(name)).await,
        Err(e) => {
            t.replies.say(domain_message(&e));
            prompt(t).await
        }
    }
}

pub async fn name_skipped(t: &mut Turn<'_>) -> HandlerResult {
    set_name(t, None).await
}

async fn set_name(t: &mut Turn<'_>, first_name: Option<FirstName>) -> HandlerResult {
    let State::FirstName { locale, code } = t.state.clone() else {
        return Err(ServiceError::Stale);
    };
    t.state = State::DiscreetChoice {
        locale,
        code,
        first_name,
    };
    prompt(t).await
}

/// The last step: registers her, with the invitation's role, in one savepoint.
pub async fn finish(t: &mut Turn<'_>, discreet: bool) -> HandlerResult {
    let State::DiscreetChoice {
        locale,
        code,
        first_name,
    } = t.state.clone()
    else {
        return Err(ServiceError::Stale);
    };
    let sender = t.sender_id().ok_or(ServiceError::Stale)?;
    let registration = Registration {
        telegram_user: sender,
        chat_id: t.inc.chat_id,
        locale: &locale,
        first_name: first_name.as_ref(),
        discreet,
    };
    let (person, joined) = match register(t, registration, code.as_deref()).await? {
        Ok(done) => done,
        Err(ServiceError::Invitation(problem)) => {
            // The invitation ran out while she was choosing: ask for another code.
            t.replies.say(problem.message_id());
            t.state = State::InvitationCode { locale };
            return prompt(t).await;
        }
        Err(e) => return Err(e),
    };
    welcome(t, person, joined).await
}

/// Registers her in a savepoint of its own: a refused invitation leaves nothing behind
/// and lets her try another code in the same update.
async fn register(
    t: &mut Turn<'_>,
    registration: Registration<'_>,
    code: Option<&str>,
) -> sqlx::Result<ServiceResult<(PersonId, Option<Joined>)>> {
    update_tx::savepoint(t.conn).await?;
    let admins = &t.ctx.admin_ids;
    let result = registration::register(t.conn, registration, code, admins, t.now).await;
    update_tx::release(t.conn, result.is_ok()).await?;
    Ok(result)
}

/// She is registered: her commands, the inviter told, a welcome naming her place and
/// role, then the privacy guide and the menu.
async fn welcome(t: &mut Turn<'_>, person: PersonId, joined: Option<Joined>) -> HandlerResult {
    t.person = Some(persons::get(t.conn, person).await?);
    t.state = State::Idle;
    t.refresh_commands(person).await?;
    match &joined {
        Some(joined) => {
            notify_inviter(t, joined).await?;
            t.replies.say(
                Msg::new("onboarding-welcome")
                    .user("place", &joined.place)
                    .msg("role", joined.role.message_id()),
            );
        }
        None => t.replies.say("onboarding-welcome-admin"),
    }
    // Her quartier's group, when the bot keeps its door.
    super::group::offer(t, false).await?;
    show_menu(t, "onboarding-privacy-guide").await
}

/// Tells the inviter, in her language, that someone joined with her invitation.
async fn notify_inviter(t: &mut Turn<'_>, joined: &Joined) -> HandlerResult {
    let Some(inviter) = joined.inviter.filter(|_| joined.is_new) else {
        return Ok(());
    };
    let newcomer = persons::get(t.conn, joined.person).await?;
    let msg = match &newcomer.first_name {
        Some(name) => Msg::new("inviter-joined-named").user("name", name.as_str()),
        None => Msg::new("inviter-joined-unnamed"),
    };
    let msg = msg
        .user("place", &joined.place)
        .msg("role", joined.role.message_id());
    t.tell_about(inviter, "inviter_joined", msg, joined.person)
        .await?;
    Ok(())
}
