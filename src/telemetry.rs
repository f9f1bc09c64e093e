//! Logging with `tracing`: `RUST_LOG` chooses the level, `LOG_FORMAT=json` the format.
//! Our own code logs ids only. The HTTP and Telegram client crates are capped at `info`
//! whatever `RUST_LOG` says: their lower levels are connection noise, and a log line that
//! quotes a request or response body would carry what people wrote (the end-to-end test
//! runs the binary at `trace` and looks for a user's text in the output).

use tracing_subscriber::{EnvFilter, fmt};

use crate::config::LogFormat;

const CAPS: &[&str] = &[
    "teloxide=info",
    "teloxide_core=info",
    "reqwest=info",
    "hyper=info",
    "hyper_util=info",
    "h2=info",
    "rustls=info",
    "sqlx=warn",
];

pub fn init(format: LogFormat) {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    for cap in CAPS {
        filter = filter.add_directive(cap.parse().expect("a valid directive"));
    }
    let builder = fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}
