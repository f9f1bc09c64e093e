//! What to do after a failed send: classify Telegram's answer, and back off with a
//! bounded number of attempts.

use std::time::Duration;

/// What a send attempt came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// 429: the whole sender pauses this long; the message is not charged an attempt.
    RetryAfter(Duration),
    /// 403: she blocked the bot, left, or her account is gone.
    Unreachable(String),
    /// The group became a supergroup with this id: send there.
    Migrated(i64),
    /// Network error, timeout or 5xx: try again later.
    Transient(String),
    /// 400: the request itself is wrong; never retried.
    Permanent(String),
}

impl Outcome {
    /// Its name, for logs (never the error's text).
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Sent => "sent",
            Outcome::RetryAfter(_) => "retry_after",
            Outcome::Unreachable(_) => "unreachable",
            Outcome::Migrated(_) => "migrated",
            Outcome::Transient(_) => "transient",
            Outcome::Permanent(_) => "permanent",
        }
    }
}

/// Exponential back-off between attempts, up to a number of attempts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    pub base: Duration,
    pub max: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            base: Duration::from_secs(2),
            max: Duration::from_secs(300),
        }
    }
}

impl RetryPolicy {
    /// After `attempts` failed attempts: how long to wait before the next, or `None` to
    /// give up.
    pub fn next_delay(&self, attempts: u32) -> Option<Duration> {
        if attempts >= self.max_attempts {
            return None;
        }
        let factor = 2u32.saturating_pow(attempts.saturating_sub(1));
        Some(self.base.saturating_mul(factor).min(self.max))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_up_to_a_ceiling_then_gives_up() {
        let policy = RetryPolicy {
            max_attempts: 6,
            base: Duration::from_secs(1),
            max: Duration::from_secs(10),
        };
        let delays: Vec<_> = (1..=6).map(|a| policy.next_delay(a)).collect();
        let secs = |s| Some(Duration::from_secs(s));
        assert_eq!(delays, [secs(1), secs(2), secs(4), secs(8), secs(10), None]);
    }

    #[test]
    fn a_single_attempt_policy_never_retries() {
        let policy = RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        };
        assert_eq!(policy.next_delay(1), None);
    }
}
