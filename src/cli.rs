//! The command line: run the bot (default), migrate the database, back it up, export a
//! city's validated reports.

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
    /// Export a city's reports validated for partners (never safeguarding reports, nothing
    /// of the reporter): CSV, or Open311 GeoReport v2 JSON. The same file as the one the
    /// bot sends a coordinator.
    Export(ExportArgs),
}

/// `agenda-mmm export --city Roubaix --format csv --from 2026-01-01 --to 2026-12-31`
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The city: its name or its number.
    #[arg(long)]
    pub city: String,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// First day (YYYY-MM-DD, the city's time zone), included.
    #[arg(long)]
    pub from: chrono::NaiveDate,
    /// Last day (YYYY-MM-DD), included.
    #[arg(long)]
    pub to: chrono::NaiveDate,
    /// Write to this file instead of the standard output.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// One row per report.
    Csv,
    /// Open311 GeoReport v2 service requests, as JSON.
    Open311,
}

impl From<ExportFormat> for crate::services::export::Format {
    fn from(f: ExportFormat) -> Self {
        match f {
            ExportFormat::Csv => crate::services::export::Format::Csv,
            ExportFormat::Open311 => crate::services::export::Format::Open311,
        }
    }
}

/// Runs `agenda-mmm export`: the file goes to `--output` or the standard output.
pub async fn export(pool: &sqlx::SqlitePool, args: ExportArgs) -> anyhow::Result<()> {
    use std::io::Write;
    anyhow::ensure!(args.from <= args.to, "--from is after --to");
    let localizer = crate::i18n::Localizer::embedded(&crate::domain::Locale::parse("fr")?)?;
    let mut conn = pool.begin().await?;
    let city = crate::services::export::find_city(&mut conn, &args.city)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no city {:?}", args.city))?;
    let bytes = crate::services::export::export(
        &mut conn,
        &localizer,
        city,
        args.format.into(),
        args.from,
        args.to,
    )
    .await?;
    conn.commit().await?;
    match args.output {
        Some(path) => std::fs::write(path, bytes)?,
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(())
}
