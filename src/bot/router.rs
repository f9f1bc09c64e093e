//! One transaction per update: skip a replayed update, load the person and the dialogue,
//! route by input and state, then store the new state with the update id and commit —
//! before anything is sent. A person's mistake rolls the transaction back, and the update's
//! bookkeeping is done again in a second one (no savepoint on the way every update takes:
//! each statement is a round trip to the database thread, see BENCHMARKS.md).

use chrono::{DateTime, SubsecRound, Utc};
use sqlx::SqliteConnection;

use super::callback::Callback;
use super::context::{Ctx, Flood, Turn};
use super::handlers::{self, HandlerResult};
use super::incoming::{Attachment, Incoming, Input};
use super::reply::{Markup, Out, Replies};
use super::state::State;
use crate::domain::{Locale, Person, PersonId};
use crate::i18n::Msg;
use crate::services::{ServiceError, people};
use crate::store::update_tx::{self, UpdateTx};
use crate::store::{chat_messages, chat_state};

/// Handles one update; returns what to send. Never fails: an unexpected error is logged
/// and answered with an apology, and its partial effects are rolled back.
pub async fn handle(ctx: &Ctx, inc: &Incoming) -> Vec<Out> {
    handle_tracked(ctx, inc).await.0
}

/// The same, and whether the messages sent to her chat must be remembered (discreet mode).
pub async fn handle_tracked(ctx: &Ctx, inc: &Incoming) -> Answer {
    let mut answers = handle_batch(ctx, std::slice::from_ref(inc)).await;
    answers.pop().unwrap_or_default()
}

/// What to send for an update, and whether the messages sent to her chat must be
/// remembered (discreet mode).
pub type Answer = (Vec<Out>, bool);

/// Handles updates that arrived together, in order, in one transaction (each update in a
/// savepoint of its own: see `store::update_tx`); returns what to send for each, once
/// all are committed. Never fails: an update that fails unexpectedly is undone and
/// answered with an apology; if the transaction itself fails, every update is.
pub async fn handle_batch(ctx: &Ctx, incs: &[Incoming]) -> Vec<Answer> {
    let mut answers: Vec<Option<Answer>> = incs
        .iter()
        .map(|inc| match ctx.flood_check(inc) {
            Flood::Allowed => None,
            flood => Some((refused(ctx, inc, flood), false)),
        })
        .collect();
    let taken: Vec<&Incoming> = incs
        .iter()
        .zip(&answers)
        .filter(|(_, answer)| answer.is_none())
        .map(|(inc, _)| inc)
        .collect();
    let mut done = match in_batch(ctx, &taken).await {
        Ok(done) => done.into_iter(),
        Err(error) => {
            tracing::error!(updates = taken.len(), error = %format!("{error:#}"), "a batch of updates failed");
            Vec::new().into_iter()
        }
    };
    incs.iter()
        .zip(answers.iter_mut())
        .map(|(inc, answer)| match answer.take() {
            Some(refused) => refused,
            None => done.next().unwrap_or_else(|| (apology(ctx, inc), false)),
        })
        .collect()
}

/// Runs each update in its savepoint, then commits them all; an update that failed is
/// answered with an apology (its writes undone).
async fn in_batch(ctx: &Ctx, incs: &[&Incoming]) -> anyhow::Result<Vec<Answer>> {
    if incs.is_empty() {
        return Ok(Vec::new());
    }
    let mut batch = update_tx::batch(&ctx.pool).await?;
    let mut results = Vec::with_capacity(incs.len());
    for inc in incs {
        let u = Update {
            ctx,
            inc,
            now: ctx.clock.now().trunc_subsecs(0),
        };
        let result = run(&u, &mut batch).await;
        if let Err(error) = &result {
            tracing::error!(update = inc.update_id, chat = inc.chat_id, error = %format!("{error:#}"), "update failed");
        }
        if batch.broken() {
            anyhow::bail!("the batch's bookkeeping failed");
        }
        results.push(result.ok());
    }
    let queued = batch.commit().await?;
    let forgotten = results.iter().flatten().any(|done| done.forgotten);
    after_commit(ctx, forgotten, queued).await;
    Ok(incs
        .iter()
        .zip(results)
        .map(|(inc, result)| match result {
            Some(done) => {
                log_handled(inc, &done.outs);
                (done.outs, done.track)
            }
            None => (apology(ctx, inc), false),
        })
        .collect())
}

/// An update handled in its savepoint: what to send, whether the messages to her chat are
/// remembered (discreet mode), and whether `/forget` erased her.
struct Ran {
    outs: Vec<Out>,
    track: bool,
    forgotten: bool,
}

/// One update in its savepoint: skipped if replayed, handled, its new state stored with
/// the update id — or undone, on an unexpected error.
async fn run(u: &Update<'_>, batch: &mut update_tx::Batch) -> anyhow::Result<Ran> {
    let inc = u.inc;
    let sender = inc.sender.as_ref().map(|s| s.id);
    let (mut tx, arrival) = batch.update(inc.chat_id, sender, u.now).await?;
    let done = match within(u, &mut tx, arrival).await {
        Ok(Some(done)) => done,
        Ok(None) => {
            tx.undo().await;
            return Ok(Ran {
                outs: replayed(u),
                track: false,
                forgotten: false,
            });
        }
        Err(e) => {
            tx.undo().await;
            return Err(e);
        }
    };
    if done.forgotten {
        tx.release();
    } else {
        let json = done.state.to_json();
        let dialogue = done.state.stored(&json);
        tx.save_and_release(inc.chat_id, dialogue, inc.update_id, u.now);
    }
    Ok(Ran {
        outs: done.replies.outs,
        track: done.replies.track,
        forgotten: done.forgotten,
    })
}

/// The answer to an update that failed unexpectedly: an apology in her language (a button
/// is answered too, so that it stops spinning).
pub fn apology(ctx: &Ctx, inc: &Incoming) -> Vec<Out> {
    let locale = ctx
        .localizer
        .best_for(inc.sender.as_ref().and_then(|s| s.language_code.as_deref()));
    let mut replies = Replies::new(inc.chat_id, locale);
    if let Input::Button { query_id, .. } = &inc.input {
        replies.answer(query_id, None);
    }
    replies.say("error-generic");
    replies.outs
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

/// Everything the update does in its transaction but the last write: `None` for an
/// update already processed. A person's mistake rolls back what the handler wrote; the
/// update's bookkeeping (she was seen; the update id is stored with her dialogue as it
/// was) is done again in a new transaction, and she is told what went wrong.
async fn within(
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

/// Runs the handler in the update's transaction (a mistake rolls it back: see `run`).
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

/// Once committed: after `/forget`, her words leave the database files too (not only
/// SQL's answers); the outbox sender is woken if an update queued a message (a wake-up
/// for nothing would cost it a claim on the one connection).
async fn after_commit(ctx: &Ctx, forgotten: bool, queued: bool) {
    if forgotten && let Err(e) = crate::db::checkpoint(&ctx.pool).await {
        tracing::error!(error = %format!("{e:#}"), "checkpoint after /forget failed");
    }
    if queued || forgotten {
        ctx.wake.notify_one();
    }
}

/// The update is logged by ids.
fn log_handled(inc: &Incoming, outs: &[Out]) {
    let answered: Vec<&str> = outs.iter().flat_map(Out::ids).collect();
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
