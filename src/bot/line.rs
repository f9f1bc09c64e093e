//! The update line: every update's transaction runs on one thread of its own, one update
//! after the other, while the Bot API traffic (receiving updates, sending replies) stays
//! on the runtime's workers.
//!
//! The database admits one writer at a time and the process has one connection (see
//! `db::connect`), so update transactions run one after the other whatever the thread.
//! What the thread changes is how long each one holds the connection. On the shared
//! runtime, the update holding it waited, after each statement's answer from sqlx's SQLite
//! thread, behind whatever else was ready to run (other updates' HTTP, JSON, replies), and
//! every update in the queue took the connection from the one before through a wake-up on
//! another worker. Here the holder is the only thing that runs on its thread: the answer
//! is acted on at once, and the next update starts as soon as the last one has committed
//! (see BENCHMARKS.md, "Interactive").

use std::sync::Arc;

use tokio::sync::{mpsc, oneshot};

use super::incoming::Incoming;
use super::{Ctx, router};

pub use super::router::Answer;

struct Job {
    inc: Incoming,
    answer: oneshot::Sender<Answer>,
}

/// The way in to the update thread.
#[derive(Clone)]
pub struct UpdateLine {
    jobs: mpsc::UnboundedSender<Job>,
}

impl UpdateLine {
    /// Starts the update thread, with its own single-threaded runtime.
    pub fn start(ctx: Ctx) -> std::io::Result<UpdateLine> {
        let (jobs, queue) = mpsc::unbounded_channel();
        // Timers only (the pool's): no network driver to poll between two statements.
        // The Bot API calls a handler makes (`door::BotGroups`) run on the main runtime.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()?;
        std::thread::Builder::new()
            .name("updates".into())
            .spawn(move || runtime.block_on(serve(ctx, queue)))?;
        Ok(UpdateLine { jobs })
    }

    /// Runs the update's transaction on the update thread and returns what to send.
    pub async fn handle(&self, ctx: &Ctx, inc: &Incoming) -> Answer {
        let (answer, answered) = oneshot::channel();
        let job = Job {
            inc: inc.clone(),
            answer,
        };
        if self.jobs.send(job).is_err() {
            // The thread is gone (it cannot be, short of a bug): the update is handled here.
            return router::handle_tracked(ctx, inc).await;
        }
        answered.await.unwrap_or_else(|_| {
            tracing::error!(
                update = inc.update_id,
                chat = inc.chat_id,
                "the update thread dropped an update"
            );
            (router::apology(ctx, inc), false)
        })
    }
}

/// At most this many updates go in one transaction.
const BATCH: usize = 64;

/// The updates waiting when the last batch committed go in the next one (group commit: see
/// `router::handle_batch`); a batch whose handling panics is answered with apologies, and
/// the next one goes on.
async fn serve(ctx: Ctx, mut queue: mpsc::UnboundedReceiver<Job>) {
    let mut jobs = Vec::with_capacity(BATCH);
    while queue.recv_many(&mut jobs, BATCH).await > 0 {
        let (incs, waiting): (Vec<Incoming>, Vec<_>) =
            jobs.drain(..).map(|job| (job.inc, job.answer)).unzip();
        let incs: Arc<[Incoming]> = incs.into();
        let task = {
            let (ctx, incs) = (ctx.clone(), incs.clone());
            tokio::spawn(async move { router::handle_batch(&ctx, &incs).await })
        };
        let answers = task.await.unwrap_or_else(|e| {
            tracing::error!(updates = incs.len(), error = %e, "a batch of updates failed");
            incs.iter()
                .map(|inc| (router::apology(&ctx, inc), false))
                .collect()
        });
        for (answer, sent) in waiting.into_iter().zip(answers) {
            let _ = answer.send(sent);
        }
    }
}
