//! Start-up: database, Localizer, Bot API client, background work, then the dispatcher.

use std::sync::Arc;

use anyhow::Context;
use teloxide::dispatching::Dispatcher;
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::Polling;

use tokio::sync::Notify;

use crate::bot::door::BotGroups;
use crate::bot::line::UpdateLine;
use crate::bot::{Ctx, schema::schema, setup};
use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Localizer;
use crate::outbox::limiter::Pacer;
use crate::outbox::sender::{self, BotTransport};
use crate::scheduler::{self, JobContext};
use crate::{db, outbox};

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

/// The system's clock, or (a testing aid) one moved by `CLOCK_OFFSET_FILE`.
fn clock(config: &Config) -> Clock {
    match &config.clock_offset_file {
        None => Clock::system(),
        Some(path) => {
            tracing::warn!("the clock runs ahead by CLOCK_OFFSET_FILE: a testing aid");
            Clock::with_offset_file(path.clone())
        }
    }
}

pub async fn run(config: Config) -> anyhow::Result<()> {
    let pool = db::connect(&config.database_url).await?;
    let clock = clock(&config);
    let localizer = Arc::new(Localizer::embedded(&config.default_locale)?);
    let bot = bot(&config)?;
    let wake = Arc::new(Notify::new());
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
    // One budget of Telegram's limits for the outbox and the replies.
    let pacer = Arc::new(Pacer::new(config.sender.limits));
    let delivery = Delivery {
        pool: &pool,
        localizer: &localizer,
        bot: &bot,
        config: &config,
        wake: &wake,
        pacer: &pacer,
    };
    start_delivery(delivery, &clock).await?;
    queue_missing_commands(&pool, &config, &wake, &clock);
    let groups = Arc::new(BotGroups {
        bot: bot.clone(),
        me: me.id,
        runtime: tokio::runtime::Handle::current(),
    });
    let mut ctx = Ctx::new(
        pool,
        localizer,
        config.admin_ids.clone(),
        config.dialogue_ttl,
        &username,
    )
    .with_wake(wake)
    .with_groups(groups)
    .with_pacer(pacer, config.sender.policy);
    ctx = with_settings(ctx, &config);
    ctx.clock = clock;
    let line = UpdateLine::start(ctx.clone()).context("cannot start the update thread")?;
    // The dispatcher on a worker of the runtime, beside the handlers it feeds (not on the
    // thread that waits for the process to end).
    let poll_timeout = config.poll_timeout;
    tokio::spawn(async move { dispatch(bot, ctx, line, poll_timeout).await })
        .await
        .context("the dispatcher stopped")?;
    Ok(())
}

/// In the background: members who never had a command list of their own get one.
fn queue_missing_commands(
    pool: &sqlx::SqlitePool,
    config: &Config,
    wake: &Arc<Notify>,
    clock: &Clock,
) {
    let (pool, admins, wake) = (pool.clone(), config.admin_ids.clone(), wake.clone());
    let now = clock.now();
    tokio::spawn(async move {
        match setup::queue_missing_commands(&pool, &admins, now).await {
            Ok(0) => {}
            Ok(count) => {
                tracing::info!(count, "command lists queued for members who had none");
                wake.notify_one();
            }
            Err(e) => tracing::error!(error = %e, "could not queue members' command lists"),
        }
    });
}

/// The settings of the configuration the handlers read: time zone, limits, retention
/// periods, "did it get calmer?".
fn with_settings(ctx: Ctx, config: &Config) -> Ctx {
    ctx.with_timezone(config.timezone)
        .with_limits(crate::bot::context::Limits {
            reports_per_day: config.reports_per_day,
            updates_per_second: config.updates_per_second,
        })
        .with_retention(crate::bot::context::Retention {
            outbox_days: config.outbox_retention.num_days(),
            report_days: config.report_retention.num_days(),
            inactive_warning_days: config.inactive_warning.num_days(),
            inactive_erasure_days: config.inactive_erasure.num_days(),
            access_log_days: config.access_log_retention.num_days(),
        })
        .with_calmer(config.calmer.clone())
}

/// Long polling for the update kinds the bot routes, until Ctrl-C.
async fn dispatch(bot: Bot, ctx: Ctx, line: UpdateLine, poll_timeout: std::time::Duration) {
    let listener = Polling::builder(bot.clone())
        .timeout(poll_timeout)
        .allowed_updates(vec![
            AllowedUpdate::Message,
            AllowedUpdate::EditedMessage,
            AllowedUpdate::CallbackQuery,
            // Quartier groups: join requests, and the bot's own place in a group.
            AllowedUpdate::ChatJoinRequest,
            AllowedUpdate::MyChatMember,
        ])
        .delete_webhook()
        .await
        .build();
    Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![ctx, line])
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
}

/// What the background delivery needs.
struct Delivery<'a> {
    pool: &'a sqlx::SqlitePool,
    localizer: &'a Arc<Localizer>,
    bot: &'a Bot,
    config: &'a Config,
    wake: &'a Arc<Notify>,
    pacer: &'a Arc<Pacer>,
}

/// The outbox sender and the scheduler, on the bot's clock. Leases of a previous process
/// are released first: one bot process runs per database.
async fn start_delivery(d: Delivery<'_>, clock: &Clock) -> anyhow::Result<()> {
    let Delivery {
        pool,
        localizer,
        bot,
        config,
        wake,
        pacer,
    } = d;
    let released = outbox::release_leases(pool).await? + scheduler::release_leases(pool).await?;
    if released > 0 {
        tracing::info!(
            count = released,
            "work left by a previous process is due again"
        );
    }
    scheduler::ensure_recurring(pool, clock.now()).await?;
    tokio::spawn(sender::run(
        pool.clone(),
        localizer.clone(),
        BotTransport(bot.clone()),
        config.sender,
        pacer.clone(),
        wake.clone(),
        clock.clone(),
    ));
    tokio::spawn(crate::bot::broadcast_progress::run(
        pool.clone(),
        localizer.clone(),
        crate::bot::broadcast_progress::BotProgress {
            bot: bot.clone(),
            pacer: pacer.clone(),
        },
        clock.clone(),
    ));
    tokio::spawn(scheduler::run(
        Arc::new(JobContext {
            pool: pool.clone(),
            dialogue_ttl: config.dialogue_ttl,
            outbox_retention: config.outbox_retention,
            report_retention: config.report_retention,
            inactive_warning: config.inactive_warning,
            inactive_erasure: config.inactive_erasure,
            access_log_retention: config.access_log_retention,
            broadcast_retention: config.broadcast_retention,
            calmer: config.calmer.clone(),
        }),
        clock.clone(),
    ));
    Ok(())
}
