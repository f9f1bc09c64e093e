//! Start-up: database, Localizer, Bot API client, background work, then the dispatcher.

use std::sync::Arc;

use anyhow::Context;
use chrono::Utc;
use teloxide::dispatching::Dispatcher;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::Polling;

use crate::bot::{Ctx, schema::schema, setup, state::State};
use crate::config::Config;
use crate::i18n::Localizer;
use crate::{db, store};

/// Builds the Bot API client with the configured timeouts and server.
pub fn bot(config: &Config) -> anyhow::Result<Bot> {
    let client = teloxide::net::default_reqwest_settings()
        .timeout(config.request_timeout)
        .connect_timeout(config.connect_timeout)
        .build()
        .context("cannot build the HTTP client")?;
    let bot = Bot::with_client(&config.token, client);
    Ok(match &config.api_url {
        Some(url) => bot.set_api_url(url.clone()),
        None => bot,
    })
}

pub async fn run(config: Config) -> anyhow::Result<()> {
    let pool = db::connect(&config.database_url).await?;
    let localizer = Arc::new(Localizer::embedded(&config.default_locale)?);
    let bot = bot(&config)?;
    let me = bot
        .get_me()
        .await
        .context("cannot reach the Telegram Bot API (is TELOXIDE_TOKEN right?)")?;
    let username = me.username.clone().unwrap_or_default();
    tracing::info!(bot = %username, "connected to the Bot API");

    tokio::spawn({
        let (bot, localizer) = (bot.clone(), localizer.clone());
        async move { setup::publish(&bot, &localizer).await }
    });
    tokio::spawn(expire_dialogues(pool.clone(), config.dialogue_ttl));

    let ctx = Ctx::new(
        pool,
        localizer,
        config.admin_ids.clone(),
        config.dialogue_ttl,
        &username,
    );
    let listener = Polling::builder(bot.clone())
        .timeout(config.poll_timeout)
        .allowed_updates(vec![
            AllowedUpdate::Message,
            AllowedUpdate::EditedMessage,
            AllowedUpdate::CallbackQuery,
        ])
        .delete_webhook()
        .await
        .build();
    Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![ctx])
        .default_handler(|update| async move {
            tracing::debug!(
                update = update.id.0,
                "update of a kind the bot does not use"
            );
        })
        .error_handler(LoggingErrorHandler::with_custom_text("a handler failed"))
        .enable_ctrlc_handler()
        .build()
        .dispatch_with_listener(
            listener,
            LoggingErrorHandler::with_custom_text("getUpdates failed"),
        )
        .await;
    Ok(())
}

/// Erases dialogues left alone longer than `ttl` (their content goes; the person is told
/// when she next writes). Runs every ten minutes.
async fn expire_dialogues(pool: sqlx::SqlitePool, ttl: chrono::Duration) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        tick.tick().await;
        let result = async {
            let mut conn = pool.acquire().await?;
            store::chat_state::expire(&mut conn, &State::Idle.to_json(), Utc::now() - ttl).await
        }
        .await;
        match result {
            Ok(chats) if !chats.is_empty() => {
                tracing::info!(count = chats.len(), "dialogues expired")
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(error = %error, "dialogue expiry failed"),
        }
    }
}
