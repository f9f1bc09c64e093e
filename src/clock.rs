//! Where the bot reads the time of an update: the system's clock, or in tests a clock
//! they move by hand (to age a dialogue past its time to live without touching the database).

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

/// The time, read once per update and passed down as `now`. Clones share one clock.
#[derive(Clone, Debug, Default)]
pub struct Clock(Arc<Mutex<Source>>);

#[derive(Clone, Copy, Debug)]
enum Source {
    /// The system's time, moved forward by `ahead`.
    System { ahead: Duration },
    /// A time that changes only when told.
    Fixed(DateTime<Utc>),
}

impl Default for Source {
    fn default() -> Self {
        Source::System {
            ahead: Duration::zero(),
        }
    }
}

impl Clock {
    /// The system's clock (what production uses).
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock that stays at `at` until it is set or advanced.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mutex::new(Source::Fixed(at))))
    }

    pub fn now(&self) -> DateTime<Utc> {
        match *self.source() {
            Source::System { ahead } => Utc::now() + ahead,
            Source::Fixed(at) => at,
        }
    }

    /// Moves the clock forward by `by` (the system's clock keeps running from there).
    pub fn advance(&self, by: Duration) {
        let mut source = self.source();
        *source = match *source {
            Source::System { ahead } => Source::System { ahead: ahead + by },
            Source::Fixed(at) => Source::Fixed(at + by),
        };
    }

    /// Stops the clock at `at`.
    pub fn set(&self, at: DateTime<Utc>) {
        *self.source() = Source::Fixed(at);
    }

    fn source(&self) -> std::sync::MutexGuard<'_, Source> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_its_clones_move_with_it() {
        let start = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let clock = Clock::fixed(start);
        let shared = clock.clone();
        assert_eq!(clock.now(), start);
        shared.advance(Duration::hours(49));
        assert_eq!(clock.now(), start + Duration::hours(49));
        shared.set(start);
        assert_eq!(clock.now(), start);
    }

    #[test]
    fn the_system_clock_advanced_runs_ahead_of_the_system_time() {
        let clock = Clock::system();
        clock.advance(Duration::hours(49));
        let before = Utc::now();
        let now = clock.now();
        assert!(now >= before + Duration::hours(49), "{now} {before}");
    }
}
