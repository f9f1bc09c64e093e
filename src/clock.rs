//! Where the bot reads the time of an update: the system's clock, or in tests a clock
//! they move by hand (to age a dialogue past its time to live without touching the database).
//! A test of the built binary moves its clock through a file (`CLOCK_OFFSET_FILE`).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};

/// The time, read once per update and passed down as `now`. Clones share one clock.
#[derive(Clone, Debug, Default)]
pub struct Clock(Arc<Mutex<Source>>);

#[derive(Clone, Debug)]
enum Source {
    /// The system's time, moved forward by `ahead` and by the seconds written in
    /// `offset_file`, if any (read at each `now`).
    System {
        ahead: Duration,
        offset_file: Option<Arc<PathBuf>>,
    },
    /// A time that changes only when told.
    Fixed(DateTime<Utc>),
}

impl Default for Source {
    fn default() -> Self {
        Source::System {
            ahead: Duration::zero(),
            offset_file: None,
        }
    }
}

/// The offset a file holds, in seconds (`1209600`: two weeks ahead); none if the file is
/// missing or holds no number.
fn offset_in(path: &Path) -> Duration {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| text.trim().parse::<i64>().ok())
        .map_or(Duration::zero(), Duration::seconds)
}

impl Clock {
    /// The system's clock (what production uses).
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A testing aid for the built binary: the system's clock moved forward by the number
    /// of seconds written in `path`, read at each `now` (a test writes it to jump ahead).
    pub fn with_offset_file(path: PathBuf) -> Clock {
        Clock(Arc::new(Mutex::new(Source::System {
            ahead: Duration::zero(),
            offset_file: Some(Arc::new(path)),
        })))
    }

    /// A clock that stays at `at` until it is set or advanced.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Mutex::new(Source::Fixed(at))))
    }

    pub fn now(&self) -> DateTime<Utc> {
        let source = self.source().clone();
        match source {
            Source::System {
                ahead,
                offset_file: None,
            } => Utc::now() + ahead,
            Source::System {
                ahead,
                offset_file: Some(path),
            } => Utc::now() + ahead + offset_in(&path),
            Source::Fixed(at) => at,
        }
    }

    /// Moves the clock forward by `by` (the system's clock keeps running from there).
    pub fn advance(&self, by: Duration) {
        let mut source = self.source();
        match &mut *source {
            Source::System { ahead, .. } => *ahead += by,
            Source::Fixed(at) => *at += by,
        }
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
    fn a_clock_with_an_offset_file_runs_ahead_by_what_the_file_says_when_it_says_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("offset");
        let clock = Clock::with_offset_file(path.clone());
        // No file yet, or no number in it: the system's time.
        assert!(clock.now() < Utc::now() + Duration::hours(1));
        std::fs::write(&path, "not a number").unwrap();
        assert!(clock.now() < Utc::now() + Duration::hours(1));
        std::fs::write(&path, "1209600\n").unwrap();
        let before = Utc::now();
        assert!(clock.now() >= before + Duration::days(14));
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
