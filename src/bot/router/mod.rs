//! Updates' transactions: the updates that arrived together (a batch, see `bot::line`)
//! are handled in order in one transaction, each in a savepoint of its own — skip a
//! replayed update, load the person and the dialogue, route by input and state, store the
//! new state with the update id — and committed together before anything is sent (group
//! commit, `store::update_tx`). A person's mistake or an unexpected error undoes only that
//! update's writes. The handling of one update is in `update`.

use chrono::SubsecRound;

mod update;

use super::context::{Ctx, Flood};
use super::incoming::{Attachment, Incoming, Input};
use super::reply::{Out, Replies};
use crate::i18n::Msg;
use crate::store::update_tx;
use update::{Update, replayed, within};

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
