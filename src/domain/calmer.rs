//! "Did it get calmer?": after an action is done, the mothers of the quartier are asked —
//! at the weekday and time slot where the trouble was, in the city's time zone — whether
//! it got better. When to ask, whom to ask, and what the answers say, as pure functions.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::PersonId;
use super::report::slot::weekday_bit;
use super::report::{Cell, TimeSlot};

/// Results are shown only when at least this many people answered.
pub const MIN_ANSWERS: i64 = 3;

/// When and how widely to ask (configurable).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalmerSettings {
    /// Days after an action is done before each round (two and six weeks by default).
    pub after_days: Vec<i64>,
    /// How many people a round asks when fewer than 3 reported in the same cell.
    pub sample: usize,
}

impl Default for CalmerSettings {
    fn default() -> Self {
        CalmerSettings {
            after_days: vec![14, 42],
            sample: 12,
        }
    }
}

/// One answer.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Calmer {
    Better,
    Same,
    Worse,
}

impl Calmer {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    pub fn button_id(self) -> &'static str {
        match self {
            Calmer::Better => "calmer-button-better",
            Calmer::Same => "calmer-button-same",
            Calmer::Worse => "calmer-button-worse",
        }
    }
}

/// The local hour a slot begins (the question is asked then).
pub fn slot_start_hour(slot: TimeSlot) -> u32 {
    match slot {
        TimeSlot::EarlyMorning => 6,
        TimeSlot::Morning => 9,
        TimeSlot::Midday => 12,
        TimeSlot::Afternoon => 14,
        TimeSlot::SchoolExit => 16,
        TimeSlot::Evening => 18,
        TimeSlot::Night => 21,
    }
}

/// `hour`:00 on `day` in `tz`, in UTC; in a daylight-saving gap (the hour does not exist
/// that day), the first hour after it.
fn local_instant(tz: Tz, day: NaiveDate, hour: u32) -> Option<DateTime<Utc>> {
    (hour..24).find_map(
        |h| match tz.from_local_datetime(&day.and_hms_opt(h, 0, 0)?) {
            LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Some(t.with_timezone(&Utc)),
            LocalResult::None => None,
        },
    )
}

/// The first start of the cell's slot, on one of its weekdays, at or after `earliest`,
/// in the city's time zone (daylight-saving changes included). A cell without a weekday
/// is asked at `earliest`.
pub fn next_in_cell(earliest: DateTime<Utc>, cell: Cell, tz: Tz) -> DateTime<Utc> {
    let first = earliest.with_timezone(&tz).date_naive();
    (0..=7)
        .filter_map(|i| first.checked_add_signed(Duration::days(i)))
        .filter(|day| cell.weekdays & weekday_bit(day.weekday()) != 0)
        .filter_map(|day| local_instant(tz, day, slot_start_hour(cell.slot)))
        .find(|at| *at >= earliest)
        .unwrap_or(earliest)
}

/// When each round asks, for an action done at `done_at` about trouble in `cell`.
pub fn ask_times(
    done_at: DateTime<Utc>,
    cell: Cell,
    tz: Tz,
    settings: &CalmerSettings,
) -> Vec<DateTime<Utc>> {
    settings
        .after_days
        .iter()
        .map(|days| next_in_cell(done_at + Duration::days(*days), cell, tz))
        .collect()
}

/// The cell most reports linked to an action were made in (the first on a tie), if any.
pub fn main_cell(cells: &[Cell]) -> Option<Cell> {
    cells
        .iter()
        .max_by_key(|c| {
            let same = cells.iter().filter(|o| *o == *c).count();
            // On a tie, the first one listed: a later position counts less.
            (same, std::cmp::Reverse(cells.iter().position(|o| o == *c)))
        })
        .copied()
}

/// A stable shuffle key: the same people are sampled for the same seed.
fn mix(person: PersonId, seed: i64) -> u64 {
    let mut x = (person.0 as u64) ^ (seed as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^ (x >> 33)
}

/// Whom a round asks: the mothers who reported in the same cell — or, when they are
/// fewer than 3, they and a sample of the quartier's mothers (`seed` makes the sample
/// stable), up to `sample` people. Each person once.
pub fn cohort(
    same_cell: &[PersonId],
    mothers: &[PersonId],
    sample: usize,
    seed: i64,
) -> Vec<PersonId> {
    let mut chosen: Vec<PersonId> = same_cell.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.len() as i64 >= MIN_ANSWERS {
        return chosen;
    }
    let mut others: Vec<PersonId> = mothers
        .iter()
        .copied()
        .filter(|p| !chosen.contains(p))
        .collect();
    others.sort_unstable_by_key(|p| (mix(*p, seed), *p));
    others.dedup();
    let room = sample.saturating_sub(chosen.len());
    chosen.extend(others.into_iter().take(room));
    chosen
}

/// The answers to a question (one round, or all rounds of an action).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub better: i64,
    pub same: i64,
    pub worse: i64,
}

impl Tally {
    pub fn add(&mut self, answer: Calmer, count: i64) {
        match answer {
            Calmer::Better => self.better += count,
            Calmer::Same => self.same += count,
            Calmer::Worse => self.worse += count,
        }
    }

    pub fn answered(&self) -> i64 {
        self.better + self.same + self.worse
    }

    /// The figures, only when at least 3 answered (fewer could point at someone).
    pub fn shown(self) -> Option<Tally> {
        (self.answered() >= MIN_ANSWERS).then_some(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Timelike, Weekday};
    use chrono_tz::Europe::Paris;

    fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    fn cell(day: Weekday, slot: TimeSlot) -> Cell {
        Cell {
            weekdays: weekday_bit(day),
            slot,
        }
    }

    #[test]
    fn the_question_lands_on_the_next_weekday_and_slot_in_the_city_time_zone() {
        // Done on Wednesday 2 December 2026; two weeks later is Wednesday 16 December.
        let done = utc(2026, 12, 2, 10);
        let tuesday_school_exit = cell(Weekday::Tue, TimeSlot::SchoolExit);
        let at = next_in_cell(done + Duration::days(14), tuesday_school_exit, Paris);
        // The next Tuesday, 22 December, 16:00 in Paris (15:00 UTC in winter).
        assert_eq!(at, utc(2026, 12, 22, 15));
        let local = at.with_timezone(&Paris);
        assert_eq!((local.weekday(), local.hour()), (Weekday::Tue, 16));
    }

    #[test]
    fn the_same_day_is_kept_when_its_slot_is_still_ahead() {
        // Wednesday 16 December, 08:00 UTC = 09:00 Paris; the evening slot is still ahead.
        let at = next_in_cell(
            utc(2026, 12, 16, 8),
            cell(Weekday::Wed, TimeSlot::Evening),
            Paris,
        );
        assert_eq!(at, utc(2026, 12, 16, 17));
        // Past the slot's start: a week later.
        let at = next_in_cell(
            utc(2026, 12, 16, 18),
            cell(Weekday::Wed, TimeSlot::Evening),
            Paris,
        );
        assert_eq!(at, utc(2026, 12, 23, 17));
    }

    #[test]
    fn across_a_daylight_saving_change_the_local_hour_stays_the_same() {
        // Clocks go forward on Sunday 28 March 2027: 16:00 is 15:00 UTC before, 14:00 after.
        let c = cell(Weekday::Tue, TimeSlot::SchoolExit);
        let before = next_in_cell(utc(2027, 3, 22, 0), c, Paris);
        let after = next_in_cell(utc(2027, 3, 28, 0), c, Paris);
        assert_eq!(before, utc(2027, 3, 23, 15));
        assert_eq!(after, utc(2027, 3, 30, 14));
        // Done on 16 March: the two-week round falls after the change, the six-week one too.
        let times = ask_times(utc(2027, 3, 16, 12), c, Paris, &CalmerSettings::default());
        assert_eq!(times, vec![utc(2027, 3, 30, 14), utc(2027, 4, 27, 14)]);
        for t in times {
            assert_eq!(t.with_timezone(&Paris).hour(), 16);
        }
    }

    #[test]
    fn an_hour_that_does_not_exist_is_asked_the_hour_after() {
        // In Santiago the clocks jump from 00:00 to 01:00; a slot starting then moves on.
        let day = NaiveDate::from_ymd_opt(2026, 9, 6).unwrap();
        let tz: Tz = "America/Santiago".parse().unwrap();
        let at = local_instant(tz, day, 0).unwrap();
        assert_eq!(at.with_timezone(&tz).hour(), 1);
    }

    #[test]
    fn a_regular_cell_takes_the_first_of_its_weekdays() {
        let c = Cell {
            weekdays: weekday_bit(Weekday::Mon) | weekday_bit(Weekday::Thu),
            slot: TimeSlot::Morning,
        };
        // From Tuesday 15 December: Thursday 17 December, 09:00 Paris.
        let at = next_in_cell(utc(2026, 12, 15, 12), c, Paris);
        assert_eq!(at, utc(2026, 12, 17, 8));
    }

    #[test]
    fn the_main_cell_is_the_most_frequent_one() {
        let a = cell(Weekday::Mon, TimeSlot::Night);
        let b = cell(Weekday::Fri, TimeSlot::Evening);
        assert_eq!(main_cell(&[a, b, b]), Some(b));
        assert_eq!(main_cell(&[a, b]), Some(a));
        assert_eq!(main_cell(&[]), None);
    }

    #[test]
    fn three_reporters_of_the_cell_are_the_whole_cohort() {
        let same = [PersonId(3), PersonId(1), PersonId(2), PersonId(1)];
        let mothers: Vec<PersonId> = (1..50).map(PersonId).collect();
        assert_eq!(
            cohort(&same, &mothers, 12, 7),
            vec![PersonId(1), PersonId(2), PersonId(3)]
        );
    }

    #[test]
    fn fewer_than_three_reporters_are_completed_by_a_stable_sample_of_mothers() {
        let same = [PersonId(40)];
        let mothers: Vec<PersonId> = (1..50).map(PersonId).collect();
        let one = cohort(&same, &mothers, 12, 7);
        assert_eq!(one.len(), 12);
        assert_eq!(one[0], PersonId(40));
        let mut unique = one.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 12, "each person once");
        assert_eq!(
            cohort(&same, &mothers, 12, 7),
            one,
            "the same seed, the same sample"
        );
        assert_ne!(cohort(&same, &mothers, 12, 8), one);
        // A small quartier: everyone.
        assert_eq!(cohort(&[], &mothers[..2], 12, 7).len(), 2);
    }

    #[test]
    fn results_show_only_from_three_answers() {
        let mut t = Tally::default();
        t.add(Calmer::Better, 2);
        assert_eq!(t.shown(), None);
        t.add(Calmer::Worse, 1);
        assert_eq!(t.shown().map(|t| t.answered()), Some(3));
        for c in [Calmer::Better, Calmer::Same, Calmer::Worse] {
            assert_eq!(Calmer::parse(c.as_str()), Some(c));
        }
    }
}
