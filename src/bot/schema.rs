//! The dispatcher's handler tree. Routing by command, button and dialogue state happens
//! in `router`, inside the update's transaction; this tree only adapts teloxide to it.

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;

use super::line::UpdateLine;
use super::{Ctx, incoming::Incoming, send};

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry().endpoint(on_update)
}

#[tracing::instrument(skip_all, fields(update = update.id.0))]
async fn on_update(bot: Bot, ctx: Ctx, line: UpdateLine, update: Update) -> anyhow::Result<()> {
    let Some(incoming) = Incoming::from_update(&update, &ctx.bot_username, ctx.clock.now()) else {
        tracing::debug!("update not for the bot");
        return Ok(());
    };
    let (outs, track) = line.handle(&ctx, &incoming).await;
    let remember = track.then_some(incoming.chat_id);
    send::deliver(&bot, &ctx, outs, remember).await;
    Ok(())
}
