//! One update in its savepoint: what it finds, the handler run on it, a person's mistake
//! undone and told, what it leaves (a button answered, discreet mode).

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::super::callback::Callback;
use super::super::context::{Ctx, Turn};
use super::super::handlers::{self, HandlerResult};
use super::super::incoming::{Incoming, Input};
use super::super::reply::{Markup, Out, Replies};
use super::super::state::State;
use crate::domain::{Locale, Person, PersonId};
use crate::i18n::Msg;
use crate::services::{ServiceError, people};
use crate::store::update_tx::{self, UpdateTx};
use crate::store::{chat_messages, chat_state};

/// Everything the update does in its savepoint but the last write: `None` for an update
/// already processed. A person's mistake undoes what the handler wrote (back to her
/// savepoint); the update's bookkeeping (she was seen; the update id is stored with her
/// dialogue as it was) is done again, and she is told what went wrong.
pub(super) async fn within(
    u: &Update<'_>,
    tx: &mut UpdateTx<'_>,
    arrival: update_tx::Arrival,
) -> anyhow::Result<Option<Handled>> {
    let Some(found) = found_in(u, arrival) else {
        return Ok(None);
    };
    let who = found.who;
    let handled = handle_in(u, tx.conn(), found).await;
    let (who, handled) = match handled.result {
        Ok(()) => (who, handled),
        Err(ServiceError::Unexpected(e)) => return Err(e),
        Err(mistake) => {
            let sender = u.inc.sender.as_ref().map(|s| s.id);
            let arrival = tx.again(u.inc.chat_id, sender, u.now).await?;
            let Some(found) = found_in(u, arrival) else {
                return Ok(None);
            };
            let replies = handled.replies;
            let replies =
                after_mistake(u, tx.conn(), found.who, &mistake, replies, found.expired).await?;
            let handled = Handled {
                result: Ok(()),
                state: found.state,
                replies,
                forgotten: false,
            };
            (found.who, handled)
        }
    };
    let replies = conclude(
        u,
        tx.conn(),
        who,
        &handled.state,
        handled.replies,
        handled.forgotten,
    )
    .await?;
    Ok(Some(Handled { replies, ..handled }))
}

/// The update being handled, with its time (read once, from the context's clock).
#[derive(Clone, Copy)]
pub(super) struct Update<'a> {
    pub(super) ctx: &'a Ctx,
    pub(super) inc: &'a Incoming,
    pub(super) now: DateTime<Utc>,
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

/// What the update found when it arrived: who wrote (marked seen), her dialogue with
/// expiry applied, whether it had expired, and the replies begun in her language.
struct Found {
    who: Who,
    person: Option<Person>,
    state: State,
    expired: bool,
    replies: Replies,
}

/// What the handler left: its result, her new state, the replies, and whether `/forget`
/// erased her (only if it succeeded).
pub(super) struct Handled {
    result: HandlerResult,
    pub(super) state: State,
    pub(super) replies: Replies,
    pub(super) forgotten: bool,
}

/// An update already processed for this chat (Telegram sends the last batch again after a
/// crash): nothing changes; a button is answered so that it stops spinning.
pub(super) fn replayed(u: &Update) -> Vec<Out> {
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

/// What the update found (her chat read, the person who wrote marked active now and
/// reachable again if she had blocked the bot), as the handler will see it; `None` for an
/// update already processed.
fn found_in(u: &Update<'_>, arrival: update_tx::Arrival) -> Option<Found> {
    let inc = u.inc;
    let stored = arrival.stored.as_ref();
    if stored.is_some_and(|s| inc.update_id <= s.last_update_id) {
        return None;
    }
    let person = arrival.person;
    let (state, expired) = dialogue(inc.chat_id, stored, u.ctx.dialogue_ttl, u.now);
    let locale = locale_for(u.ctx, inc, person.as_ref().map(|p| &p.locale), &state);
    let mut replies = Replies::new(inc.chat_id, locale);
    if expired {
        replies.say(expired_note(u.ctx));
    }
    Some(Found {
        who: Who::of(u.ctx, inc, person.as_ref()),
        person,
        state,
        expired,
        replies,
    })
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

/// Runs the handler in the update's savepoint (a mistake undoes it: see `within`).
async fn handle_in(u: &Update<'_>, tx: &mut SqliteConnection, found: Found) -> Handled {
    let mut turn = Turn {
        ctx: u.ctx,
        conn: tx,
        inc: u.inc,
        now: u.now,
        person: found.person,
        is_admin: found.who.is_admin,
        state: found.state,
        replies: found.replies,
        forgotten: false,
    };
    let result = dispatch(&mut turn).await;
    let forgotten = turn.forgotten && result.is_ok();
    Handled {
        result,
        state: turn.state,
        replies: turn.replies,
        forgotten,
    }
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
/// mode her chat's messages are remembered or deleted. (Her new state is then stored with
/// the update id, with the commit — unless `/forget` erased her, and then nothing of her
/// chat is: see `run`.)
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
