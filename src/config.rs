//! Configuration from the environment (and `.env`), validated once at start-up.
//! A missing or invalid setting is one clear sentence naming it.

use std::collections::HashSet;
use std::time::Duration;

use chrono_tz::Tz;
use thiserror::Error;
use url::Url;

use crate::domain::{Locale, TelegramUserId, time::parse_time_zone};
use crate::outbox::limiter::Limits;
use crate::outbox::retry::RetryPolicy;
use crate::outbox::sender::SenderConfig;

#[derive(Debug, Error, PartialEq)]
pub enum ConfigError {
    #[error(
        "TELOXIDE_TOKEN is not set: create a bot with @BotFather and put its token in .env (see .env.example)"
    )]
    MissingToken,
    #[error(
        "TELOXIDE_TOKEN does not look like a bot token (expected digits, a colon, then letters)"
    )]
    BadToken,
    #[error("TELOXIDE_API_URL is not a valid http(s) URL: {0}")]
    BadApiUrl(String),
    #[error("ADMIN_IDS must be Telegram user ids separated by commas, but contains {0:?}")]
    BadAdminIds(String),
    #[error("DEFAULT_LOCALE {0:?} is not a language code such as fr")]
    BadLocale(String),
    #[error("TIMEZONE {0:?} is not a time zone name such as Europe/Paris")]
    BadTimeZone(String),
    #[error("LOG_FORMAT must be text or json, not {0:?}")]
    BadLogFormat(String),
    #[error("{0} must be a positive whole number (in the unit its name says), not {1:?}")]
    BadNumber(&'static str, String),
    #[error("DATABASE_URL must start with sqlite: (for example sqlite://agenda-mmm.db), not {0:?}")]
    BadDatabaseUrl(String),
    #[error(
        "INACTIVE_ERASURE_DAYS ({erase}) must be at least 7 days more than INACTIVE_WARNING_DAYS ({warn}), so that a member is told before her account is erased"
    )]
    BadInactivity { warn: u64, erase: u64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Everything the process needs to know, typed.
#[derive(Debug, Clone)]
pub struct Config {
    pub token: String,
    pub api_url: Option<Url>,
    pub database_url: String,
    pub admin_ids: HashSet<TelegramUserId>,
    pub default_locale: Locale,
    pub timezone: Tz,
    pub log_format: LogFormat,
    /// Timeout of one Bot API request (must exceed the long-polling timeout).
    pub request_timeout: Duration,
    pub connect_timeout: Duration,
    /// How long `getUpdates` waits for updates.
    pub poll_timeout: Duration,
    /// A dialogue left alone this long is erased.
    pub dialogue_ttl: chrono::Duration,
    /// How the outbox sends: limits, retries, lease, concurrency.
    pub sender: SenderConfig,
    /// Delivered messages lose their content after this long.
    pub outbox_retention: chrono::Duration,
    /// Raw content of a closed report is erased after this long (unless its city chose).
    pub report_retention: chrono::Duration,
    /// A member silent this long is told her account will be erased…
    pub inactive_warning: chrono::Duration,
    /// …and it is erased after this long.
    pub inactive_erasure: chrono::Duration,
    /// Who opened a named report is kept this long.
    pub access_log_retention: chrono::Duration,
    /// Broadcast texts and voice notes are kept this long after delivery.
    pub broadcast_retention: chrono::Duration,
    /// Reports one person may make in 24 hours.
    pub reports_per_day: i64,
    /// Updates one person may send in a second before the bot asks her to slow down.
    pub updates_per_second: u32,
    /// "Did it get calmer?": days after an action is done, and the sample size.
    pub calmer: crate::domain::calmer::CalmerSettings,
    /// A testing aid, unset in production: a file holding seconds the bot's clock runs
    /// ahead of the system's (`CLOCK_OFFSET_FILE`), so a test of the binary can jump weeks.
    pub clock_offset_file: Option<std::path::PathBuf>,
}

/// The settings that do not need a Telegram token (logging, database commands).
#[derive(Debug, Clone)]
pub struct BaseConfig {
    pub database_url: String,
    pub log_format: LogFormat,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://agenda-mmm.db";

type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

fn var(env: Env, name: &str) -> Option<String> {
    env(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

fn seconds(env: Env, name: &'static str, default: u64) -> Result<u64, ConfigError> {
    match var(env, name) {
        None => Ok(default),
        Some(v) => v
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or(ConfigError::BadNumber(name, v)),
    }
}

/// `CALMER_AFTER_DAYS` (days after an action is done, comma-separated: `14,42`) and
/// `CALMER_SAMPLE` (people asked when fewer than 3 reported in the same cell).
fn calmer_settings(env: Env) -> Result<crate::domain::calmer::CalmerSettings, ConfigError> {
    let mut settings = crate::domain::calmer::CalmerSettings::default();
    if let Some(v) = var(env, "CALMER_AFTER_DAYS") {
        let days: Option<Vec<i64>> = v
            .split(',')
            .map(|d| d.trim().parse().ok().filter(|n| *n > 0 && *n <= 365))
            .collect();
        settings.after_days = days.ok_or(ConfigError::BadNumber("CALMER_AFTER_DAYS", v))?;
    }
    settings.sample = seconds(env, "CALMER_SAMPLE", settings.sample as u64)? as usize;
    Ok(settings)
}

impl BaseConfig {
    pub fn from_env(env: Env) -> Result<Self, ConfigError> {
        let database_url = var(env, "DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        if !database_url.starts_with("sqlite:") {
            return Err(ConfigError::BadDatabaseUrl(database_url));
        }
        let log_format = match var(env, "LOG_FORMAT").as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => return Err(ConfigError::BadLogFormat(other.into())),
        };
        Ok(BaseConfig {
            database_url,
            log_format,
        })
    }
}

fn sender_config(env: Env) -> Result<SenderConfig, ConfigError> {
    let ms = |name, default| seconds(env, name, default).map(Duration::from_millis);
    let group_per_minute = seconds(env, "OUTBOX_GROUP_PER_MIN", 20)?;
    Ok(SenderConfig {
        limits: Limits {
            overall_per_second: seconds(env, "TELEGRAM_RATE_PER_SEC", 28)? as f64,
            per_second: seconds(env, "OUTBOX_RATE_PER_SEC", 25)? as f64,
            private_interval: ms("OUTBOX_PRIVATE_INTERVAL_MS", 1000)?,
            group_interval: Duration::from_secs_f64(60.0 / group_per_minute as f64),
        },
        policy: RetryPolicy {
            max_attempts: seconds(env, "OUTBOX_MAX_ATTEMPTS", 5)? as u32,
            base: ms("OUTBOX_RETRY_BASE_MS", 2000)?,
            max: Duration::from_secs(300),
        },
        lease: Duration::from_secs(seconds(env, "OUTBOX_LEASE_SECS", 60)?),
        in_flight: seconds(env, "OUTBOX_IN_FLIGHT", 16)? as usize,
    })
}

/// The bot's token: `<digits>:<secret>`.
fn token(env: Env) -> Result<String, ConfigError> {
    let token = var(env, "TELOXIDE_TOKEN").ok_or(ConfigError::MissingToken)?;
    let well_formed = token.split_once(':').is_some_and(|(id, secret)| {
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && !secret.is_empty()
    });
    if !well_formed {
        return Err(ConfigError::BadToken);
    }
    Ok(token)
}

/// Another Bot API server (a local one, or a test's), http or https.
fn api_url(env: Env) -> Result<Option<Url>, ConfigError> {
    let Some(v) = var(env, "TELOXIDE_API_URL") else {
        return Ok(None);
    };
    Url::parse(&v)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .map(Some)
        .ok_or(ConfigError::BadApiUrl(v))
}

/// The operators' Telegram ids, separated by commas.
fn admin_ids(env: Env) -> Result<HashSet<TelegramUserId>, ConfigError> {
    let Some(v) = var(env, "ADMIN_IDS") else {
        return Ok(HashSet::new());
    };
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse()
                .map(TelegramUserId)
                .map_err(|_| ConfigError::BadAdminIds(s.into()))
        })
        .collect()
}

impl Config {
    /// Reads the process environment (after `.env`, loaded by `main`).
    pub fn from_process_env() -> Result<Self, ConfigError> {
        Self::from_env(&|name| std::env::var(name).ok())
    }

    pub fn from_env(env: Env) -> Result<Self, ConfigError> {
        let base = BaseConfig::from_env(env)?;
        let token = token(env)?;
        let api_url = api_url(env)?;
        let admin_ids = admin_ids(env)?;
        let default_locale = match var(env, "DEFAULT_LOCALE") {
            None => Locale::parse("fr").expect("fr is a locale"),
            Some(v) => Locale::parse(&v).map_err(|_| ConfigError::BadLocale(v))?,
        };
        let timezone = match var(env, "TIMEZONE") {
            None => chrono_tz::Europe::Paris,
            Some(v) => parse_time_zone(&v).map_err(|_| ConfigError::BadTimeZone(v))?,
        };
        let poll_timeout = seconds(env, "POLL_TIMEOUT_SECS", 10)?;
        let warn = seconds(env, "INACTIVE_WARNING_DAYS", 365)?;
        let erase = seconds(env, "INACTIVE_ERASURE_DAYS", 395)?;
        if erase < warn + 7 {
            return Err(ConfigError::BadInactivity { warn, erase });
        }
        let request_timeout =
            seconds(env, "BOT_API_TIMEOUT_SECS", poll_timeout + 15)?.max(poll_timeout + 1);
        Ok(Config {
            token,
            api_url,
            database_url: base.database_url,
            admin_ids,
            default_locale,
            timezone,
            log_format: base.log_format,
            request_timeout: Duration::from_secs(request_timeout),
            connect_timeout: Duration::from_secs(seconds(env, "BOT_API_CONNECT_TIMEOUT_SECS", 5)?),
            poll_timeout: Duration::from_secs(poll_timeout),
            dialogue_ttl: chrono::Duration::hours(seconds(env, "DIALOGUE_TTL_HOURS", 48)? as i64),
            sender: sender_config(env)?,
            outbox_retention: chrono::Duration::days(
                seconds(env, "OUTBOX_RETENTION_DAYS", 30)? as i64
            ),
            report_retention: chrono::Duration::days(
                seconds(env, "REPORT_RETENTION_DAYS", 183)? as i64
            ),
            inactive_warning: chrono::Duration::days(warn as i64),
            inactive_erasure: chrono::Duration::days(erase as i64),
            access_log_retention: chrono::Duration::days(seconds(
                env,
                "ACCESS_LOG_RETENTION_DAYS",
                365,
            )? as i64),
            broadcast_retention: chrono::Duration::days(
                30 * seconds(env, "BROADCAST_RETENTION_MONTHS", 12)? as i64,
            ),
            reports_per_day: seconds(env, "REPORTS_PER_DAY", 10)? as i64,
            updates_per_second: seconds(env, "UPDATES_PER_SECOND", 5)? as u32,
            calmer: calmer_settings(env)?,
            clock_offset_file: var(env, "CLOCK_OFFSET_FILE").map(std::path::PathBuf::from),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_env(&move |name| map.get(name).cloned())
    }

    const TOKEN: (&str, &str) = ("TELOXIDE_TOKEN", "123:abc");

    #[test]
    fn calmer_rounds_and_sample_are_configurable_and_a_bad_list_is_named() {
        let c = config(&[TOKEN]).unwrap();
        assert_eq!(c.calmer.after_days, vec![14, 42]);
        let c = config(&[
            TOKEN,
            ("CALMER_AFTER_DAYS", "7, 28"),
            ("CALMER_SAMPLE", "5"),
        ])
        .unwrap();
        assert_eq!((c.calmer.after_days, c.calmer.sample), (vec![7, 28], 5));
        for bad in ["", "0", "14,x", "400"] {
            let e = config(&[TOKEN, ("CALMER_AFTER_DAYS", bad)]);
            assert!(bad.is_empty() || e.is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_token_alone_is_enough() {
        let c = config(&[TOKEN]).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.default_locale.as_str(), "fr");
        assert_eq!(c.timezone, chrono_tz::Europe::Paris);
        assert!(c.admin_ids.is_empty());
        assert!(c.request_timeout > c.poll_timeout);
        assert_eq!(c.dialogue_ttl, chrono::Duration::hours(48));
    }

    #[test]
    fn each_bad_setting_is_named() {
        assert_eq!(config(&[]).unwrap_err(), ConfigError::MissingToken);
        assert_eq!(
            config(&[("TELOXIDE_TOKEN", "nope")]).unwrap_err(),
            ConfigError::BadToken
        );
        let cases = [
            ("TELOXIDE_API_URL", "ftp://x", "TELOXIDE_API_URL"),
            ("ADMIN_IDS", "12,bob", "ADMIN_IDS"),
            ("DEFAULT_LOCALE", "français", "DEFAULT_LOCALE"),
            ("TIMEZONE", "Paris", "TIMEZONE"),
            ("LOG_FORMAT", "xml", "LOG_FORMAT"),
            ("POLL_TIMEOUT_SECS", "-1", "POLL_TIMEOUT_SECS"),
            ("DATABASE_URL", "postgres://x", "DATABASE_URL"),
            ("INACTIVE_ERASURE_DAYS", "366", "INACTIVE_ERASURE_DAYS"),
            (
                "ACCESS_LOG_RETENTION_DAYS",
                "0",
                "ACCESS_LOG_RETENTION_DAYS",
            ),
        ];
        for (name, value, named) in cases {
            let err = config(&[TOKEN, (name, value)]).unwrap_err().to_string();
            assert!(err.contains(named), "{err}");
        }
    }

    #[test]
    fn admin_ids_are_read_with_spaces() {
        let c = config(&[TOKEN, ("ADMIN_IDS", " 1, 22 ,333")]).unwrap();
        assert!(c.admin_ids.contains(&TelegramUserId(22)));
        assert_eq!(c.admin_ids.len(), 3);
    }
}
