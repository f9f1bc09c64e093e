//! The built binary, started against the fake Bot API server with a temporary database.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Tests that start the binary run one at a time: several bots at once would compete for
/// the CPUs and make the waits of each other's fake servers run out. A test holds this for
/// its whole length, and starting the binary asks for it (cargo runs the test files one
/// after another; within one file, this lock orders the tests).
pub struct OneAtATime(tokio::sync::MutexGuard<'static, ()>);

static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Waits for the tests that start the binary before this one to end.
pub async fn one_at_a_time() -> OneAtATime {
    OneAtATime(ONE_AT_A_TIME.lock().await)
}

pub struct BotProcess {
    pub child: Child,
    pub log: PathBuf,
}

impl BotProcess {
    /// Starts `agenda-mmm` with the fake server's URL, a database file, admins and
    /// `RUST_LOG`; its output goes to a log file in `dir`.
    pub fn start(
        one: &OneAtATime,
        api_url: &str,
        token: &str,
        dir: &Path,
        admins: &str,
        rust_log: &str,
    ) -> BotProcess {
        Self::start_with(one, api_url, token, dir, admins, rust_log, &[])
    }

    /// The same, with more settings.
    pub fn start_with(
        _one: &OneAtATime,
        api_url: &str,
        token: &str,
        dir: &Path,
        admins: &str,
        rust_log: &str,
        extra: &[(&str, &str)],
    ) -> BotProcess {
        let log = dir.join(format!(
            "bot-{}.log",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        let out = std::fs::File::create(&log).expect("log file");
        let child = Command::new(program())
            .current_dir(dir)
            .env_clear()
            .env("TELOXIDE_TOKEN", token)
            .env("TELOXIDE_API_URL", api_url)
            .env(
                "DATABASE_URL",
                format!("sqlite://{}", dir.join("bot.db").display()),
            )
            .env("ADMIN_IDS", admins)
            .env("RUST_LOG", rust_log)
            .env("POLL_TIMEOUT_SECS", "1")
            .env("BOT_API_TIMEOUT_SECS", "5")
            .env("UPDATES_PER_SECOND", "100")
            .envs(extra.iter().copied())
            .stdout(Stdio::from(out.try_clone().unwrap()))
            .stderr(Stdio::from(out))
            .spawn()
            .expect("the bot binary starts");
        BotProcess { child, log }
    }

    /// SIGKILL: no chance to confirm updates or close anything.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn output(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

/// The bot's binary: the one cargo built, unless `AGENDA_BOT_BIN` names another (the
/// benchmark compares two builds of the bot in turn with the same executable).
fn program() -> PathBuf {
    std::env::var_os("AGENDA_BOT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_agenda-mmm")))
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
