//! Telegram's sending limits with an explicit clock: an overall rate, a minimum interval
//! per private chat and per group, and a pause for everyone after a 429.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The limits the sender keeps (configurable; defaults leave room for interactive replies).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Messages per second overall.
    pub per_second: f64,
    /// Minimum time between two messages to one private chat.
    pub private_interval: Duration,
    /// Minimum time between two messages to one group.
    pub group_interval: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            per_second: 25.0,
            private_interval: Duration::from_secs(1),
            group_interval: Duration::from_secs(3),
        }
    }
}

/// Why a message cannot go now, and when to look again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Everyone waits (the overall rate, or a pause after a 429).
    All(Instant),
    /// Only this chat waits; others may go.
    Chat(Instant),
}

#[derive(Debug)]
pub struct Limiter {
    limits: Limits,
    next_any: Option<Instant>,
    paused_until: Option<Instant>,
    next_by_chat: HashMap<i64, Instant>,
}

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        Limiter {
            limits,
            next_any: None,
            paused_until: None,
            next_by_chat: HashMap::new(),
        }
    }

    fn interval(&self) -> Duration {
        Duration::from_secs_f64(1.0 / self.limits.per_second.max(0.001))
    }

    /// Takes a slot for `chat` at `now`, or says how long to wait.
    pub fn acquire(&mut self, chat: i64, now: Instant) -> Result<(), Wait> {
        if let Some(until) = self.paused_until.filter(|u| *u > now) {
            return Err(Wait::All(until));
        }
        if let Some(next) = self.next_any.filter(|n| *n > now) {
            return Err(Wait::All(next));
        }
        if let Some(next) = self.next_by_chat.get(&chat).filter(|n| **n > now) {
            return Err(Wait::Chat(*next));
        }
        // Pace from the previous slot, not from now, so that a late wake-up does not
        // lose rate; never bank more than one slot.
        let base = self.next_any.map_or(now, |n| n.max(now - self.interval()));
        self.next_any = Some(base + self.interval());
        let per_chat = if chat < 0 {
            self.limits.group_interval
        } else {
            self.limits.private_interval
        };
        self.next_by_chat.insert(chat, now + per_chat);
        if self.next_by_chat.len() > 10_000 {
            self.next_by_chat.retain(|_, n| *n > now);
        }
        Ok(())
    }

    /// After a 429: nobody sends before `until`.
    pub fn pause(&mut self, until: Instant) {
        self.paused_until = Some(self.paused_until.map_or(until, |p| p.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_second: f64) -> Limits {
        Limits {
            per_second,
            ..Limits::default()
        }
    }

    #[test]
    fn the_overall_rate_is_kept_over_a_second() {
        let start = Instant::now();
        let mut limiter = Limiter::new(limits(25.0));
        let mut sent = 0;
        let mut now = start;
        while now < start + Duration::from_secs(1) {
            match limiter.acquire(sent, now) {
                Ok(()) => sent += 1,
                Err(Wait::All(at)) => now = at,
                Err(Wait::Chat(_)) => unreachable!("each message goes to a new chat"),
            }
        }
        assert_eq!(sent, 25);
    }

    #[test]
    fn one_private_chat_gets_one_message_a_second_and_a_group_one_every_three() {
        let now = Instant::now();
        let mut limiter = Limiter::new(limits(1000.0));
        assert_eq!(limiter.acquire(7, now), Ok(()));
        let later = now + Duration::from_millis(10);
        assert_eq!(
            limiter.acquire(7, later),
            Err(Wait::Chat(now + Duration::from_secs(1)))
        );
        assert_eq!(limiter.acquire(8, later), Ok(()), "another chat may go");
        assert_eq!(limiter.acquire(7, now + Duration::from_secs(1)), Ok(()));
        let t = now + Duration::from_millis(1500);
        assert_eq!(limiter.acquire(-100, t), Ok(()));
        let two_later = t + Duration::from_secs(2);
        assert!(matches!(
            limiter.acquire(-100, two_later),
            Err(Wait::Chat(_))
        ));
        assert_eq!(limiter.acquire(-100, t + Duration::from_secs(3)), Ok(()));
    }

    #[test]
    fn a_pause_stops_everyone_until_it_ends() {
        let now = Instant::now();
        let mut limiter = Limiter::new(limits(1000.0));
        limiter.pause(now + Duration::from_secs(3));
        assert_eq!(
            limiter.acquire(1, now),
            Err(Wait::All(now + Duration::from_secs(3)))
        );
        assert_eq!(
            limiter.acquire(2, now + Duration::from_secs(2)),
            Err(Wait::All(now + Duration::from_secs(3)))
        );
        assert_eq!(limiter.acquire(2, now + Duration::from_secs(3)), Ok(()));
    }

    #[test]
    fn a_late_wake_up_does_not_bank_a_burst() {
        let now = Instant::now();
        let mut limiter = Limiter::new(limits(10.0));
        assert_eq!(limiter.acquire(1, now), Ok(()));
        // Idle for five seconds, then two messages at once: the second still waits.
        let later = now + Duration::from_secs(5);
        assert_eq!(limiter.acquire(2, later), Ok(()));
        assert_eq!(
            limiter.acquire(3, later),
            Ok(()),
            "one slot may be caught up"
        );
        assert!(matches!(limiter.acquire(4, later), Err(Wait::All(_))));
    }
}
