//! The pure rules of a digest to élus: its period in the city's time zone, the heat map
//! weekday × time slot (the *temps d'incohésion*), trends, and small-cell suppression.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;

use super::report::{Cell, TimeSlot, WEEKDAYS, weekdays_of};

/// A figure below this is shown as "fewer than 3" and never opens an excerpt: one or
/// two reports in a cell could point at the mother who made them.
pub const MIN_CELL: u32 = 3;

/// How long a digest looks back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Week,
    Month,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Period::Week, Period::Month]
            .into_iter()
            .find(|p| p.as_str() == name)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Period::Week => "digest-period-week",
            Period::Month => "digest-period-month",
        }
    }

    /// The local day the period starts, for one ending (excluded) on `end`.
    fn start_of(self, end: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => end - Days::new(7),
            Period::Month => end - Months::new(1),
        }
    }
}

/// A span `[start, end)` in UTC, made of whole local days of the city.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// The UTC instant a local day begins (the first instant that exists, should midnight be
/// skipped by a daylight-saving change).
pub fn local_midnight(day: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let mut at = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    loop {
        if let Some(local) = tz.from_local_datetime(&at).earliest() {
            return local.with_timezone(&Utc);
        }
        at += chrono::Duration::minutes(30);
    }
}

/// The period that ended at the start of today (in the city's time zone) and the one
/// before it, for trends: a digest on Monday covers Monday to Sunday just gone.
pub fn spans(period: Period, now: DateTime<Utc>, tz: Tz) -> (Span, Span) {
    let today = now.with_timezone(&tz).date_naive();
    let start = period.start_of(today);
    let before = period.start_of(start);
    let current = Span {
        start: local_midnight(start, tz),
        end: local_midnight(today, tz),
    };
    let previous = Span {
        start: local_midnight(before, tz),
        end: current.start,
    };
    (current, previous)
}

/// Counts of reports per weekday (Monday first) × time slot. A report told as
/// happening regularly counts once in each of its weekdays.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HeatMap {
    counts: [[u32; 7]; 7],
}

/// What a cell shows: nothing, "fewer than 3", or a count of at least 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Zero,
    Few,
    Count(u32),
}

impl Shown {
    pub fn of(n: u32) -> Shown {
        match n {
            0 => Shown::Zero,
            n if n < MIN_CELL => Shown::Few,
            n => Shown::Count(n),
        }
    }
}

fn slot_index(slot: TimeSlot) -> usize {
    TimeSlot::iter().position(|s| s == slot).unwrap_or(0)
}

impl HeatMap {
    /// Adds `n` reports of one cell.
    pub fn add(&mut self, cell: Cell, n: u32) {
        for day in weekdays_of(cell.weekdays) {
            self.counts[day.num_days_from_monday() as usize][slot_index(cell.slot)] += n;
        }
    }

    pub fn count(&self, day: Weekday, slot: TimeSlot) -> u32 {
        self.counts[day.num_days_from_monday() as usize][slot_index(slot)]
    }

    /// What the cell shows, small counts suppressed.
    pub fn shown(&self, day: Weekday, slot: TimeSlot) -> Shown {
        Shown::of(self.count(day, slot))
    }

    /// Whether every day of `cell` holds at least `MIN_CELL` reports: only then may an
    /// excerpt of a report of that cell be quoted.
    pub fn may_quote(&self, cell: Cell) -> bool {
        let mut days = weekdays_of(cell.weekdays).peekable();
        days.peek().is_some() && days.all(|d| self.count(d, cell.slot) >= MIN_CELL)
    }

    /// The largest count shown (suppressed cells excluded), for the colour scale.
    pub fn max_shown(&self) -> u32 {
        self.counts
            .iter()
            .flatten()
            .copied()
            .filter(|n| *n >= MIN_CELL)
            .max()
            .unwrap_or(0)
    }

    /// The `n` busiest cells that are shown, busiest first (ties Monday first, then by slot).
    pub fn busiest(&self, n: usize) -> Vec<(Weekday, TimeSlot, u32)> {
        let mut cells: Vec<_> = WEEKDAYS
            .into_iter()
            .flat_map(|d| TimeSlot::iter().map(move |s| (d, s)))
            .map(|(d, s)| (d, s, self.count(d, s)))
            .filter(|(_, _, c)| *c >= MIN_CELL)
            .collect();
        cells.sort_by_key(|(d, s, c)| (std::cmp::Reverse(*c), d.num_days_from_monday(), *s));
        cells.truncate(n);
        cells
    }
}

/// A figure against the same figure of the previous period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Nothing before: new, not a division by zero.
    New,
    /// Up by this many percent.
    Up(u32),
    /// Down by this many percent.
    Down(u32),
    Steady,
    /// One of the two figures is under `MIN_CELL`: no percentage that would reveal it.
    Hidden,
}

impl Trend {
    pub fn of(current: u32, previous: u32) -> Trend {
        let small = |n: u32| n > 0 && n < MIN_CELL;
        if previous == 0 {
            return if current == 0 {
                Trend::Steady
            } else {
                Trend::New
            };
        }
        if small(current) || small(previous) {
            return Trend::Hidden;
        }
        let pct = |d: u32| ((f64::from(d) * 100.0 / f64::from(previous)).round()) as u32;
        match current.cmp(&previous) {
            std::cmp::Ordering::Greater => Trend::Up(pct(current - previous)),
            std::cmp::Ordering::Less => Trend::Down(pct(previous - current)),
            std::cmp::Ordering::Equal => Trend::Steady,
        }
    }
}

/// The Monday of the week of a local date: what exports cut dates to.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// The ISO week of a date, `2026-W49`.
pub fn iso_week(day: NaiveDate) -> String {
    let w = day.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The median of durations in minutes, `None` when there are none.
pub fn median(mut values: Vec<i64>) -> Option<i64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2
    } else {
        values[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::slot::weekday_bit;
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
    fn a_weekly_digest_on_monday_covers_the_week_just_gone_in_local_days() {
        // Monday 7 December 2026, 08:00 in Paris (07:00 UTC).
        let (week, before) = spans(Period::Week, utc(2026, 12, 7, 7), Paris);
        assert_eq!(week.start, utc(2026, 11, 29, 23)); // Monday 30 Nov, 00:00 CET
        assert_eq!(week.end, utc(2026, 12, 6, 23));
        assert_eq!(before.end, week.start);
        assert_eq!(before.start, utc(2026, 11, 22, 23));
    }

    #[test]
    fn a_week_across_a_daylight_saving_change_is_made_of_whole_local_days() {
        // Monday 30 March 2026: the week before held the change to summer time.
        let (week, before) = spans(Period::Week, utc(2026, 3, 30, 6), Paris);
        assert_eq!(week.start, utc(2026, 3, 22, 23)); // 00:00 CET
        assert_eq!(week.end, utc(2026, 3, 29, 22)); // 00:00 CEST
        assert_eq!((week.end - week.start).num_hours(), 167);
        assert_eq!((before.end - before.start).num_hours(), 168);
        // And back to winter time in October: a week of 169 hours.
        let (week, _) = spans(Period::Week, utc(2026, 10, 26, 7), Paris);
        assert_eq!((week.end - week.start).num_hours(), 169);
    }

    #[test]
    fn a_month_goes_back_one_calendar_month() {
        let (month, before) = spans(Period::Month, utc(2026, 12, 15, 10), Paris);
        assert_eq!(month.start, utc(2026, 11, 14, 23));
        assert_eq!(before.start, utc(2026, 10, 14, 22)); // still summer time on 15 Oct
    }

    #[test]
    fn a_regular_moment_counts_in_each_of_its_weekdays() {
        let mut map = HeatMap::default();
        let both = Cell {
            weekdays: weekday_bit(Weekday::Mon) | weekday_bit(Weekday::Thu),
            slot: TimeSlot::SchoolExit,
        };
        map.add(both, 2);
        map.add(cell(Weekday::Mon, TimeSlot::SchoolExit), 1);
        assert_eq!(map.count(Weekday::Mon, TimeSlot::SchoolExit), 3);
        assert_eq!(map.count(Weekday::Thu, TimeSlot::SchoolExit), 2);
        assert_eq!(map.count(Weekday::Tue, TimeSlot::SchoolExit), 0);
    }

    #[test]
    fn cells_under_three_are_suppressed_and_never_quoted() {
        let mut map = HeatMap::default();
        map.add(cell(Weekday::Tue, TimeSlot::Evening), 2);
        map.add(cell(Weekday::Fri, TimeSlot::Night), 5);
        assert_eq!(map.shown(Weekday::Tue, TimeSlot::Evening), Shown::Few);
        assert_eq!(map.shown(Weekday::Fri, TimeSlot::Night), Shown::Count(5));
        assert_eq!(map.shown(Weekday::Sun, TimeSlot::Night), Shown::Zero);
        assert!(!map.may_quote(cell(Weekday::Tue, TimeSlot::Evening)));
        assert!(map.may_quote(cell(Weekday::Fri, TimeSlot::Night)));
        let both = Cell {
            weekdays: weekday_bit(Weekday::Tue) | weekday_bit(Weekday::Fri),
            slot: TimeSlot::Night,
        };
        assert!(!map.may_quote(both), "one of its days is a small cell");
        assert!(!map.may_quote(Cell {
            weekdays: 0,
            slot: TimeSlot::Night
        }));
        assert_eq!(map.max_shown(), 5);
        assert_eq!(map.busiest(3), [(Weekday::Fri, TimeSlot::Night, 5)]);
    }

    #[test]
    fn the_busiest_cells_come_first_then_monday_first() {
        let mut map = HeatMap::default();
        map.add(cell(Weekday::Wed, TimeSlot::Morning), 4);
        map.add(cell(Weekday::Mon, TimeSlot::Evening), 4);
        map.add(cell(Weekday::Sun, TimeSlot::Night), 9);
        assert_eq!(
            map.busiest(2),
            [
                (Weekday::Sun, TimeSlot::Night, 9),
                (Weekday::Mon, TimeSlot::Evening, 4)
            ]
        );
    }

    #[test]
    fn an_empty_previous_period_reads_new_not_a_division_by_zero() {
        assert_eq!(Trend::of(7, 0), Trend::New);
        assert_eq!(Trend::of(0, 0), Trend::Steady);
        assert_eq!(Trend::of(6, 4), Trend::Up(50));
        assert_eq!(Trend::of(3, 6), Trend::Down(50));
        assert_eq!(Trend::of(4, 4), Trend::Steady);
        assert_eq!(Trend::of(0, 5), Trend::Down(100));
        assert_eq!(Trend::of(9, 2), Trend::Hidden);
        assert_eq!(Trend::of(1, 9), Trend::Hidden);
    }

    #[test]
    fn exports_cut_dates_to_the_week() {
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        assert_eq!(
            week_start(thursday),
            NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
        );
        assert_eq!(iso_week(thursday), "2026-W50");
    }

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![30, 10, 20]), Some(20));
        assert_eq!(median(vec![40, 10, 20, 30]), Some(25));
    }

    #[test]
    fn periods_round_trip_by_name() {
        for p in [Period::Week, Period::Month] {
            assert_eq!(Period::parse(p.as_str()), Some(p));
        }
        assert_eq!(Period::parse("year"), None);
    }
}
