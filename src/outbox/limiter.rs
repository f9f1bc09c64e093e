//! Telegram's sending limits with an explicit clock: an overall rate shared by replies and
//! the outbox (the outbox within its own share), a minimum interval per private chat and
//! per group, and a pause for everyone after a 429. One `Pacer` holds them for the process.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The limits every send keeps (configurable; the outbox's share leaves room for
/// interactive replies).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Messages per second overall, replies and outbox together (Telegram allows ~30).
    pub overall_per_second: f64,
    /// The outbox's share of it, in messages per second.
    pub per_second: f64,
    /// Minimum time between two messages to one private chat.
    pub private_interval: Duration,
    /// Minimum time between two messages to one group.
    pub group_interval: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            // Telegram allows about 30; a margin for the jitter of the network.
            overall_per_second: 28.0,
            per_second: 25.0,
            private_interval: Duration::from_secs(1),
            group_interval: Duration::from_secs(3),
        }
    }
}

/// Who asks for a slot: the outbox keeps within its share, a reply only within the
/// overall rate (so that replies go first when both are busy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    Outbox,
    Reply,
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
    /// The next slot of the overall rate.
    next_any: Option<Instant>,
    /// The next slot of the outbox's share.
    next_outbox: Option<Instant>,
    paused_until: Option<Instant>,
    next_by_chat: HashMap<i64, Instant>,
}

impl Limiter {
    pub fn new(limits: Limits) -> Self {
        Limiter {
            limits,
            next_any: None,
            next_outbox: None,
            paused_until: None,
            next_by_chat: HashMap::new(),
        }
    }

    fn interval(per_second: f64) -> Duration {
        Duration::from_secs_f64(1.0 / per_second.max(0.001))
    }

    /// Pace from the previous slot, not from now, so that a late wake-up does not lose
    /// rate; never bank more than one slot.
    fn next_slot(previous: Option<Instant>, now: Instant, interval: Duration) -> Instant {
        let base = previous.map_or(now, |n| n.max(now.checked_sub(interval).unwrap_or(now)));
        base + interval
    }

    /// Takes an outbox slot for `chat` at `now`, or says how long to wait.
    pub fn acquire(&mut self, chat: i64, now: Instant) -> Result<(), Wait> {
        self.acquire_in(Lane::Outbox, Some(chat), now)
    }

    /// Takes a slot in `lane` at `now` — for `chat`, or counted only in the overall rate
    /// (an edit) — or says how long to wait.
    pub fn acquire_in(&mut self, lane: Lane, chat: Option<i64>, now: Instant) -> Result<(), Wait> {
        if let Some(until) = self.paused_until.filter(|u| *u > now) {
            return Err(Wait::All(until));
        }
        if let Some(next) = self.next_any.filter(|n| *n > now) {
            return Err(Wait::All(next));
        }
        if lane == Lane::Outbox
            && let Some(next) = self.next_outbox.filter(|n| *n > now)
        {
            return Err(Wait::All(next));
        }
        if let Some(next) = chat.and_then(|c| self.next_by_chat.get(&c).filter(|n| **n > now)) {
            return Err(Wait::Chat(*next));
        }
        let overall = Self::interval(self.limits.overall_per_second);
        self.next_any = Some(Self::next_slot(self.next_any, now, overall));
        if lane == Lane::Outbox {
            let share = Self::interval(self.limits.per_second);
            self.next_outbox = Some(Self::next_slot(self.next_outbox, now, share));
        }
        let Some(chat) = chat else {
            return Ok(());
        };
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

/// The one limiter of the process, shared by the outbox sender and the replies.
#[derive(Debug)]
pub struct Pacer(Mutex<Limiter>);

impl Pacer {
    pub fn new(limits: Limits) -> Self {
        Pacer(Mutex::new(Limiter::new(limits)))
    }

    fn limiter(&self) -> std::sync::MutexGuard<'_, Limiter> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes a slot in `lane` for `chat` (or only in the overall rate) at `now`, or says
    /// how long to wait.
    pub fn acquire(&self, lane: Lane, chat: Option<i64>, now: Instant) -> Result<(), Wait> {
        self.limiter().acquire_in(lane, chat, now)
    }

    /// After a 429: nobody sends before `until`.
    pub fn pause(&self, until: Instant) {
        self.limiter().pause(until)
    }

    /// Waits for a slot in `lane` for `chat` (or only in the overall rate), then takes it.
    pub async fn wait_turn(&self, lane: Lane, chat: Option<i64>) {
        loop {
            let at = match self.acquire(lane, chat, Instant::now()) {
                Ok(()) => return,
                Err(Wait::All(at) | Wait::Chat(at)) => at,
            };
            tokio::time::sleep_until(tokio::time::Instant::from_std(at)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(per_second: f64) -> Limits {
        Limits {
            overall_per_second: per_second,
            per_second,
            ..Limits::default()
        }
    }

    #[test]
    fn replies_keep_the_overall_rate_and_leave_the_outbox_its_share_only() {
        let start = Instant::now();
        let mut limiter = Limiter::new(Limits {
            overall_per_second: 30.0,
            per_second: 25.0,
            ..Limits::default()
        });
        let (mut replies, mut outbox) = (0, 0);
        let mut now = start;
        let mut chat = 0;
        // Both lanes ask as fast as they can for one second, replies first.
        while now < start + Duration::from_secs(1) {
            chat += 1;
            let reply = limiter.acquire_in(Lane::Reply, Some(chat), now);
            chat += 1;
            let queued = limiter.acquire(chat, now);
            replies += usize::from(reply.is_ok());
            outbox += usize::from(queued.is_ok());
            if reply.is_err() && queued.is_err() {
                now += Duration::from_millis(1);
            }
        }
        assert!(replies + outbox <= 31, "{replies} + {outbox} in one second");
        assert!(outbox <= 26, "the outbox took {outbox}");
        assert!(replies >= 5, "replies got {replies}");
    }

    #[test]
    fn a_reply_and_an_outbox_message_to_one_chat_are_a_second_apart() {
        let now = Instant::now();
        let mut limiter = Limiter::new(limits(1000.0));
        assert_eq!(limiter.acquire_in(Lane::Reply, Some(7), now), Ok(()));
        let soon = now + Duration::from_millis(10);
        assert_eq!(
            limiter.acquire(7, soon),
            Err(Wait::Chat(now + Duration::from_secs(1)))
        );
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
