//! The command line: run the bot (default), migrate the database, back it up.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "agenda-mmm",
    version,
    about = "Agenda MMM: the Telegram bot of the Agenda du mieux vivre ensemble"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the bot (the default).
    Run,
    /// Create or upgrade the database, then exit.
    Migrate,
    /// Write a consistent copy of the live database to FILE.
    Backup { file: PathBuf },
    /// Print the outbox: queued / sent / unreachable / failed per kind, and the age of the
    /// oldest queued message.
    Outbox,
}
