//! Agenda MMM: parse the command line, load the configuration, run.

use std::process::ExitCode;

use clap::Parser;

use agenda_mmm::cli::{Cli, Command};
use agenda_mmm::config::{BaseConfig, Config};
use agenda_mmm::{db, outbox, startup, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    let base = match BaseConfig::from_env(&|name| std::env::var(name).ok()) {
        Ok(base) => base,
        Err(e) => return fail(e),
    };
    telemetry::init(base.log_format);
    let outcome = match cli.command.unwrap_or(Command::Run) {
        Command::Run => match Config::from_process_env() {
            Ok(config) => startup::run(config).await,
            Err(e) => return fail(e),
        },
        Command::Migrate => db::connect(&base.database_url).await.map(drop),
        Command::Backup { file } => match db::connect(&base.database_url).await {
            Ok(pool) => db::backup(&pool, &file).await,
            Err(e) => Err(e),
        },
        Command::Outbox => match db::connect(&base.database_url).await {
            Ok(pool) => outbox::print_report(&pool).await,
            Err(e) => Err(e),
        },
        Command::Export(args) => match db::connect(&base.database_url).await {
            Ok(pool) => agenda_mmm::cli::export(&pool, args).await,
            Err(e) => Err(e),
        },
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(format!("{e:#}")),
    }
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("agenda-mmm: {message}");
    ExitCode::FAILURE
}
