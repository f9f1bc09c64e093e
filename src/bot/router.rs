//! One transaction per update: skip a replayed update, load the person and the dialogue,
//! route by input and state, then store the new state with the update id and commit —
//! before anything is sent.

use chrono::{DateTime, SubsecRound, Utc};
use sqlx::{Connection, SqliteConnection};

use super::callback::Callback;
use super::context::{Ctx, Flood, Turn};
use super::handlers::{self, HandlerResult};
use super::incoming::{Attachment, Incoming, Input};
use super::reply::{Markup, Out, Replies};
use super::state::State;
use crate::domain::{Locale, Person, PersonId};
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
    let u = Update {
        ctx,
        inc,
        now: ctx.clock.now().trunc_subsecs(0),
    };
    let mut tx = ctx.pool.begin_with("BEGIN IMMEDIATE").await?;
    let stored = chat_state::load(&mut tx, inc.chat_id).await?;
    if stored
        .as_ref()
        .is_some_and(|s| inc.update_id <= s.last_update_id)
    {
        return Ok((replayed(&u), false));
    }
    let person = arrived(&u, &mut tx).await?;
    let who = Who::of(ctx, inc, person.as_ref());
    let (state, expired) = dialogue(inc.chat_id, stored.as_ref(), ctx.dialogue_ttl, u.now);
    let locale = locale_for(ctx, inc, person.as_ref().map(|p| &p.locale), &state);
    // Where she is before this update, expiry applied: a mistake leaves her here (an
    // expired dialogue stays expired).
    let before = state.clone();
    let mut replies = Replies::new(inc.chat_id, locale);
    if expired {
        replies.say(expired_note(ctx));
    }
    let handled = in_savepoint(&u, &mut tx, who, person, state, replies).await?;
    let forgotten = handled.forgotten;
    let (state, replies) = match handled.result {
        Ok(()) => (handled.state, handled.replies),
        Err(ServiceError::Unexpected(e)) => return Err(e),
        Err(mistake) => {
            let replies = handled.replies;
            (
                before,
                after_mistake(&u, &mut tx, who, &mistake, replies, expired).await?,
            )
        }
    };
    let replies = conclude(&u, &mut tx, who, &state, replies, forgotten).await?;
    tx.commit().await?;
    after_commit(&u, forgotten, &replies).await;
    Ok((replies.outs, replies.track))
}

/// The update being handled, with its time (read once, from the context's clock).
#[derive(Clone, Copy)]
struct Update<'a> {
    ctx: &'a Ctx,
    inc: &'a Incoming,
    now: DateTime<Utc>,
}

/// Who sent the update.
#[derive(Clone, Copy)]
struct Who {
    person: Option<PersonId>,
    is_admin: bool,
    /// She chose discreet mode.
    discreet: bool,
}

impl Who {
    fn of(ctx: &Ctx, inc: &Incoming, person: Option<&Person>) -> Who {
        Who {
            person: person.map(|p| p.id),
            is_admin: inc
                .sender
                .as_ref()
                .is_some_and(|s| ctx.admin_ids.contains(&s.id)),
            discreet: person.is_some_and(|p| p.discreet),
        }
    }
}

/// What the handler left in its savepoint: its result, her new state, the replies, and
/// whether `/forget` erased her (only if it succeeded).
struct Handled {
    result: HandlerResult,
    state: State,
    replies: Replies,
    forgotten: bool,
}

/// An update already processed for this chat (Telegram sends the last batch again after a
/// crash): nothing changes; a button is answered so that it stops spinning.
fn replayed(u: &Update) -> Vec<Out> {
    tracing::info!(
        update = u.inc.update_id,
        chat = u.inc.chat_id,
        "replayed update skipped"
    );
    match &u.inc.input {
        Input::Button { query_id, .. } => vec![Out::Answer {
            query_id: query_id.clone(),
            locale: u.ctx.localizer.default_locale().clone(),
            text: None,
        }],
        _ => vec![],
    }
}

/// The person who wrote, if registered: she was active now, and reachable again if she
/// had blocked the bot.
async fn arrived(u: &Update<'_>, tx: &mut SqliteConnection) -> sqlx::Result<Option<Person>> {
    let Some(sender) = &u.inc.sender else {
        return Ok(None);
    };
    // She wrote: she is active, and if she had blocked the bot, reachable again.
    persons::seen(tx, sender.id, u.now).await
}

/// Her dialogue as stored, and whether it expired: left longer than `ttl`, expired by the
/// scheduler, or no longer readable after an upgrade. An expired dialogue starts again idle.
fn dialogue(
    chat: i64,
    stored: Option<&chat_state::Stored>,
    ttl: chrono::Duration,
    now: DateTime<Utc>,
) -> (State, bool) {
    let Some(stored) = stored else {
        return (State::Idle, false);
    };
    // The expiry job erased her dialogue: she is told now.
    if stored.expired_at.is_some() {
        return (State::Idle, true);
    }
    match stored.state.as_deref().and_then(State::from_json) {
        Some(state) if state != State::Idle && stored.updated_at + ttl < now => (State::Idle, true),
        Some(state) => (state, false),
        None => {
            tracing::warn!(chat, "stored dialogue no longer reads; reset");
            (State::Idle, true)
        }
    }
}

fn expired_note(ctx: &Ctx) -> Msg {
    Msg::new("dialogue-expired").num("hours", ctx.dialogue_ttl.num_hours())
}

/// Runs the handler in a savepoint: a person's mistake rolls back whatever it wrote.
async fn in_savepoint(
    u: &Update<'_>,
    tx: &mut SqliteConnection,
    who: Who,
    person: Option<Person>,
    state: State,
    replies: Replies,
) -> sqlx::Result<Handled> {
    let mut sp = tx.begin().await?;
    let mut turn = Turn {
        ctx: u.ctx,
        conn: &mut sp,
        inc: u.inc,
        now: u.now,
        person,
        is_admin: who.is_admin,
        state,
        replies,
        forgotten: false,
    };
    let result = dispatch(&mut turn).await;
    let (state, replies, forgotten) = (turn.state, turn.replies, turn.forgotten);
    match result {
        Ok(()) => sp.commit().await?,
        Err(_) => sp.rollback().await?,
    }
    let forgotten = forgotten && result.is_ok();
    Ok(Handled {
        result,
        state,
        replies,
        forgotten,
    })
}

/// A person's mistake: nothing changed and her dialogue stays where it was; she is told
/// what went wrong (and, when she was not allowed, what she can do instead).
async fn after_mistake(
    u: &Update<'_>,
    tx: &mut SqliteConnection,
    who: Who,
    mistake: &ServiceError,
    mut replies: Replies,
    expired: bool,
) -> sqlx::Result<Replies> {
    let msg = handlers::error_message(mistake).unwrap_or(Msg::new("error-generic"));
    replies.outs.retain(|o| matches!(o, Out::Answer { .. }));
    if expired {
        replies.say(expired_note(u.ctx));
    }
    let mut parts = vec![msg];
    if matches!(mistake, ServiceError::NotAllowed) && u.inc.private {
        let principal = people::principal(tx, who.person, who.is_admin, u.now).await?;
        parts.push(handlers::what_she_can_do(&principal, who.person.is_some()));
    }
    replies.say_with(parts, Markup::None);
    Ok(replies)
}

/// What the update leaves, in its transaction: a button is always answered; in discreet
/// mode her chat's messages are remembered or deleted; her new state is stored with the
/// update id — unless `/forget` erased her, and then nothing of her chat is.
async fn conclude(
    u: &Update<'_>,
    tx: &mut SqliteConnection,
    who: Who,
    state: &State,
    mut replies: Replies,
    forgotten: bool,
) -> sqlx::Result<Replies> {
    let inc = u.inc;
    if let Input::Button { query_id, .. } = &inc.input
        && !replies.outs.iter().any(|o| matches!(o, Out::Answer { .. }))
    {
        replies.answer(query_id, None);
    }
    if let Some(her) = who.person.filter(|_| who.discreet && !forgotten) {
        discreet(u, tx, her, state, &mut replies).await?;
    }
    if forgotten {
        // A replay of this update finds her unknown.
        replies.track = false;
    } else {
        let json = state.to_json();
        chat_state::save(tx, inc.chat_id, state.stored(&json), inc.update_id, u.now).await?;
    }
    Ok(replies)
}

/// Discreet mode: while a report is being written (or a view such as /myreports is
/// shown), her messages and the bot's are remembered, to be deleted when it ends (see
/// `Turn::end_discreet_dialogue`); once she has left it, they are deleted.
async fn discreet(
    u: &Update<'_>,
    tx: &mut SqliteConnection,
    her: PersonId,
    state: &State,
    replies: &mut Replies,
) -> sqlx::Result<()> {
    let inc = u.inc;
    if state.keeps_discreet_messages() || replies.track {
        if let Some(id) = inc.message_id {
            chat_messages::remember(tx, inc.chat_id, id, u.now).await?;
        }
        replies.track = true;
    } else {
        let key = format!("update:{}:discreet-left", inc.update_id);
        crate::outbox::queue_discreet_deletion(tx, inc.chat_id, her, None, key, u.now).await?;
    }
    Ok(())
}

/// Once committed: after `/forget`, her words leave the database files too (not only
/// SQL's answers); the outbox sender is woken; the update is logged by ids.
async fn after_commit(u: &Update<'_>, forgotten: bool, replies: &Replies) {
    let inc = u.inc;
    if forgotten && let Err(e) = crate::db::checkpoint(&u.ctx.pool).await {
        tracing::error!(update = inc.update_id, error = %format!("{e:#}"), "checkpoint after /forget failed");
    }
    u.ctx.wake.notify_one();
    let answered: Vec<&str> = replies.outs.iter().flat_map(Out::ids).collect();
    tracing::debug!(
        update = inc.update_id,
        chat = inc.chat_id,
        input = inc.input.kind(),
        ?answered,
        "update handled"
    );
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
        Input::JoinRequest { .. } | Input::BotStatus { .. } | Input::Migrated { .. } => {
            handlers::group_event(t).await
        }
    }
}
