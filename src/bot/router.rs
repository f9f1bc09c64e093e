//! One transaction per update: skip a replayed update, load the person and the dialogue,
//! route by input and state, then store the new state with the update id and commit —
//! before anything is sent.

use chrono::{SubsecRound, Utc};
use sqlx::Connection;

use super::callback::Callback;
use super::context::{Ctx, Flood, Turn};
use super::handlers::{self, HandlerResult};
use super::incoming::{Attachment, Incoming, Input};
use super::reply::{Markup, Out, Replies};
use super::state::State;
use crate::domain::Locale;
use crate::i18n::Msg;
use crate::services::{ServiceError, people};
use crate::store::{chat_messages, chat_state, persons};

/// Handles one update; returns what to send. Never fails: an unexpected error is logged
/// and answered with an apology, and its partial effects are rolled back.
pub async fn handle(ctx: &Ctx, inc: &Incoming) -> Vec<Out> {
    handle_tracked(ctx, inc).await.0
}

/// The same, and whether the messages sent to her chat must be remembered (discreet mode).
pub async fn handle_tracked(ctx: &Ctx, inc: &Incoming) -> (Vec<Out>, bool) {
    let flood = ctx.flood_check(inc);
    if flood != Flood::Allowed {
        return (refused(ctx, inc, flood), false);
    }
    match run(ctx, inc).await {
        Ok(done) => done,
        Err(error) => {
            tracing::error!(update = inc.update_id, chat = inc.chat_id, error = %format!("{error:#}"), "update failed");
            let locale = ctx
                .localizer
                .best_for(inc.sender.as_ref().and_then(|s| s.language_code.as_deref()));
            let mut replies = Replies::new(inc.chat_id, locale);
            if let Input::Button { query_id, .. } = &inc.input {
                replies.answer(query_id, None);
            }
            replies.say("error-generic");
            (replies.outs, false)
        }
    }
}

/// The answer to an input the flood limit refused: it says exactly what was not taken —
/// this input, and what she sent after it in the same second (told once a second); a
/// button press is always answered.
fn refused(ctx: &Ctx, inc: &Incoming, flood: Flood) -> Vec<Out> {
    tracing::info!(
        update = inc.update_id,
        chat = inc.chat_id,
        input = inc.input.kind(),
        "flood limit: input not taken"
    );
    let language = inc.sender.as_ref().and_then(|s| s.language_code.as_deref());
    let mut replies = Replies::new(inc.chat_id, ctx.localizer.best_for(language));
    let what = match &inc.input {
        Input::Button { query_id, .. } => {
            replies.answer(query_id, Some(Msg::new("error-slow-down-button")));
            return replies.outs;
        }
        Input::Attachment(Attachment::Photo { .. }) => "flood-what-photo",
        Input::Attachment(Attachment::Voice { .. }) => "flood-what-voice",
        Input::Attachment(Attachment::Location { .. }) => "flood-what-location",
        _ => "flood-what-message",
    };
    if flood == Flood::TellHer {
        replies.say(Msg::new("error-slow-down").msg("what", what));
    }
    replies.outs
}

async fn run(ctx: &Ctx, inc: &Incoming) -> anyhow::Result<(Vec<Out>, bool)> {
    let now = Utc::now().trunc_subsecs(0);
    let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
    let stored = chat_state::load(&mut tx, inc.chat_id).await?;
    if stored
        .as_ref()
        .is_some_and(|s| inc.update_id <= s.last_update_id)
    {
        tracing::info!(
            update = inc.update_id,
            chat = inc.chat_id,
            "replayed update skipped"
        );
        let outs = match &inc.input {
            Input::Button { query_id, .. } => vec![Out::Answer {
                query_id: query_id.clone(),
                locale: ctx.localizer.default_locale().clone(),
                text: None,
            }],
            _ => vec![],
        };
        return Ok((outs, false));
    }
    let person = match &inc.sender {
        Some(s) => persons::by_telegram(&mut tx, s.id).await?,
        None => None,
    };
    if let Some(p) = &person {
        persons::touch(&mut tx, p.id, now).await?;
        // She wrote: if she had blocked the bot, she can be reached again.
        crate::outbox::mark_reachable(&mut tx, p.id).await?;
    }
    let mut expired = false;
    let state = match &stored {
        None => State::Idle,
        // The expiry job erased her dialogue: she is told now.
        Some(s) if s.expired_at.is_some() => {
            expired = true;
            State::Idle
        }
        Some(s) => match s.state.as_deref().and_then(State::from_json) {
            Some(state) if state != State::Idle && s.updated_at + ctx.dialogue_ttl < now => {
                expired = true;
                State::Idle
            }
            Some(state) => state,
            None => {
                tracing::warn!(chat = inc.chat_id, "stored dialogue no longer reads; reset");
                expired = true;
                State::Idle
            }
        },
    };
    let locale = locale_for(ctx, inc, person.as_ref().map(|p| &p.locale), &state);
    let is_admin = inc
        .sender
        .as_ref()
        .is_some_and(|s| ctx.admin_ids.contains(&s.id));
    let discreet = person.as_ref().filter(|p| p.discreet).map(|p| p.id);
    let person_id = person.as_ref().map(|p| p.id);
    // Where she is before this update, expiry applied: a mistake leaves her here (an
    // expired dialogue stays expired).
    let before = state.clone();
    // The handler works in a savepoint: a person's mistake rolls back whatever it wrote.
    let (result, state, mut replies, forgotten) = {
        let mut sp = tx.begin().await?;
        let mut turn = Turn {
            ctx,
            conn: &mut sp,
            inc,
            now,
            person,
            is_admin,
            state,
            replies: Replies::new(inc.chat_id, locale),
            forgotten: false,
        };
        if expired {
            let hours = ctx.dialogue_ttl.num_hours();
            turn.replies
                .say(Msg::new("dialogue-expired").num("hours", hours));
        }
        let result = dispatch(&mut turn).await;
        let (state, replies, forgotten) = (turn.state, turn.replies, turn.forgotten);
        match result {
            Ok(()) => sp.commit().await?,
            Err(_) => sp.rollback().await?,
        }
        let forgotten = forgotten && result.is_ok();
        (result, state, replies, forgotten)
    };
    let state = match result {
        Ok(()) => state,
        Err(ServiceError::Unexpected(e)) => return Err(e),
        Err(user_error) => {
            // A person's mistake: nothing changed, her dialogue stays where it was.
            let msg = handlers::error_message(&user_error).unwrap_or(Msg::new("error-generic"));
            replies.outs.retain(|o| matches!(o, Out::Answer { .. }));
            if expired {
                let hours = ctx.dialogue_ttl.num_hours();
                replies.say(Msg::new("dialogue-expired").num("hours", hours));
            }
            let mut parts = vec![msg];
            if matches!(user_error, ServiceError::NotAllowed) && inc.private {
                // Say what she can do instead.
                let principal = people::principal(&mut tx, person_id, is_admin, now).await?;
                parts.push(handlers::what_she_can_do(&principal, person_id.is_some()));
            }
            replies.say_with(parts, Markup::None);
            before
        }
    };
    if let Input::Button { query_id, .. } = &inc.input
        && !replies.outs.iter().any(|o| matches!(o, Out::Answer { .. }))
    {
        replies.answer(query_id, None);
    }
    // Discreet mode: while a report is being written (or a view such as /myreports is
    // shown), her messages and the bot's are remembered, to be deleted when it ends (see
    // `Turn::end_discreet_dialogue`); once she has left it, they are deleted.
    if let Some(her) = discreet.filter(|_| !forgotten) {
        if state.keeps_discreet_messages() || replies.track {
            if let Some(id) = inc.message_id {
                chat_messages::remember(&mut tx, inc.chat_id, id, now).await?;
            }
            replies.track = true;
        } else {
            let key = format!("update:{}:discreet-left", inc.update_id);
            crate::outbox::queue_discreet_deletion(&mut tx, inc.chat_id, her, None, key, now)
                .await?;
        }
    }
    if forgotten {
        // Her chat is not remembered either: a replay of this update finds her unknown.
        replies.track = false;
    } else {
        let json = state.to_json();
        chat_state::save(
            &mut tx,
            inc.chat_id,
            state.stored(&json),
            inc.update_id,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    if forgotten {
        // Her words must leave the database files too, not only SQL's answers.
        if let Err(e) = crate::db::checkpoint(&ctx.pool).await {
            tracing::error!(update = inc.update_id, error = %format!("{e:#}"), "checkpoint after /forget failed");
        }
    }
    ctx.wake.notify_one();
    let answered: Vec<&str> = replies.outs.iter().flat_map(Out::ids).collect();
    tracing::debug!(
        update = inc.update_id,
        chat = inc.chat_id,
        input = inc.input.kind(),
        ?answered,
        "update handled"
    );
    Ok((replies.outs, replies.track))
}

fn locale_for(ctx: &Ctx, inc: &Incoming, person: Option<&Locale>, state: &State) -> Locale {
    let from_state = match state {
        State::Notice { locale, .. }
        | State::InvitationCode { locale }
        | State::FirstName { locale, .. }
        | State::DiscreetChoice { locale, .. } => Some(locale),
        _ => None,
    };
    person
        .or(from_state)
        .filter(|l| ctx.localizer.has(l))
        .cloned()
        .unwrap_or_else(|| {
            ctx.localizer
                .best_for(inc.sender.as_ref().and_then(|s| s.language_code.as_deref()))
        })
}

async fn dispatch(t: &mut Turn<'_>) -> HandlerResult {
    match t.inc.input.clone() {
        Input::Command { name, args } => handlers::command(t, &name, &args).await,
        Input::Button { query_id, data } => match Callback::parse(&data) {
            Some(cb) => handlers::button(t, &query_id, cb).await,
            None => {
                tracing::info!(update = t.inc.update_id, "unreadable callback data refused");
                t.replies
                    .answer(&query_id, Some(Msg::new("error-stale-button")));
                Ok(())
            }
        },
        Input::Text(text) => handlers::text(t, &text).await,
        Input::Attachment(a) => handlers::attachment(t, &a).await,
        Input::Edited => {
            t.replies.say("error-edited");
            Ok(())
        }
    }
}
