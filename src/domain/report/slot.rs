//! *When* a moment happens: now, earlier today in a time slot, or regularly on some
//! weekdays in a slot — and the weekday × slot cell of the heat map, computed in the
//! city's time zone. A night slot after midnight belongs to the weekday it began.

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum TimeSlot {
    /// 6–9
    EarlyMorning,
    /// 9–12
    Morning,
    /// 12–14
    Midday,
    /// 14–16
    Afternoon,
    /// 16–18
    SchoolExit,
    /// 18–21
    Evening,
    /// 21–6
    Night,
}

impl TimeSlot {
    /// The slot of a local hour (0–23).
    pub fn of_hour(hour: u32) -> TimeSlot {
        match hour {
            6..=8 => TimeSlot::EarlyMorning,
            9..=11 => TimeSlot::Morning,
            12..=13 => TimeSlot::Midday,
            14..=15 => TimeSlot::Afternoon,
            16..=17 => TimeSlot::SchoolExit,
            18..=20 => TimeSlot::Evening,
            _ => TimeSlot::Night,
        }
    }

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    pub fn message_id(self) -> &'static str {
        match self {
            TimeSlot::EarlyMorning => "slot-early-morning",
            TimeSlot::Morning => "slot-morning",
            TimeSlot::Midday => "slot-midday",
            TimeSlot::Afternoon => "slot-afternoon",
            TimeSlot::SchoolExit => "slot-school-exit",
            TimeSlot::Evening => "slot-evening",
            TimeSlot::Night => "slot-night",
        }
    }
}

/// A set of weekdays, Monday first, as a bit mask.
pub fn weekday_bit(day: Weekday) -> u8 {
    1 << day.num_days_from_monday()
}

/// The days of the week, Monday first: the one list every screen shows them in.
pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The message naming a day of the week.
pub fn weekday_message_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "weekday-mon",
        Weekday::Tue => "weekday-tue",
        Weekday::Wed => "weekday-wed",
        Weekday::Thu => "weekday-thu",
        Weekday::Fri => "weekday-fri",
        Weekday::Sat => "weekday-sat",
        Weekday::Sun => "weekday-sun",
    }
}

/// The days of a bit mask, Monday first.
pub fn weekdays_of(mask: u8) -> impl Iterator<Item = Weekday> {
    WEEKDAYS
        .into_iter()
        .filter(move |day| mask & weekday_bit(*day) != 0)
}

/// When the moment happens, as she said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "when", rename_all = "snake_case")]
pub enum When {
    /// Now: the time of her message.
    Now,
    /// Earlier today, in a slot.
    EarlierToday { slot: TimeSlot },
    /// Regularly, on these weekdays (a bit mask, Monday = 1), in a slot.
    Regularly { weekdays: u8, slot: TimeSlot },
}

impl When {
    /// How she said it, without the details: what a report keeps besides its cell.
    pub fn kind(&self) -> WhenKind {
        match self {
            When::Now => WhenKind::Now,
            When::EarlierToday { .. } => WhenKind::EarlierToday,
            When::Regularly { .. } => WhenKind::Regularly,
        }
    }
}

/// Whether a moment was told as happening now, earlier today (both once, on the day of
/// the report) or regularly: stored with a report, shown to those who triage it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, EnumIter, IntoStaticStr, EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum WhenKind {
    Now,
    EarlierToday,
    Regularly,
}

impl WhenKind {
    /// The stable name stored in the database (`report.when_kind`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// "once" or "regularly", as those who triage read it.
    pub fn message_id(self) -> &'static str {
        match self {
            WhenKind::Now | WhenKind::EarlierToday => "triage-kind-once",
            WhenKind::Regularly => "triage-kind-regularly",
        }
    }
}

/// A heat-map cell: weekdays (a bit mask; one bit unless the moment recurs) and a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub weekdays: u8,
    pub slot: TimeSlot,
}

/// The cell of a moment, told at `at`, in the city's time zone.
pub fn cell_of(when: &When, at: DateTime<Utc>, tz: Tz) -> Cell {
    let local = at.with_timezone(&tz);
    let today = local.weekday();
    match when {
        When::Now => {
            let slot = TimeSlot::of_hour(local.hour());
            let day = if slot == TimeSlot::Night && local.hour() < 6 {
                today.pred()
            } else {
                today
            };
            Cell {
                weekdays: weekday_bit(day),
                slot,
            }
        }
        When::EarlierToday { slot } => {
            // "Earlier today, at night" before 21:00 is the night that began yesterday.
            let day = if *slot == TimeSlot::Night && local.hour() < 21 {
                today.pred()
            } else {
                today
            };
            Cell {
                weekdays: weekday_bit(day),
                slot: *slot,
            }
        }
        When::Regularly { weekdays, slot } => Cell {
            weekdays: *weekdays & 0x7f,
            slot: *slot,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::Paris;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    fn now_cell(at: DateTime<Utc>) -> (Weekday, TimeSlot) {
        let cell = cell_of(&When::Now, at, Paris);
        let day = (0..7)
            .map(|i| Weekday::try_from(i as u8).unwrap())
            .find(|d| weekday_bit(*d) == cell.weekdays)
            .unwrap();
        (day, cell.slot)
    }

    use strum::IntoEnumIterator;

    #[test]
    fn a_weekday_mask_lists_its_days_monday_first() {
        let mask =
            weekday_bit(Weekday::Sun) | weekday_bit(Weekday::Mon) | weekday_bit(Weekday::Thu);
        let days: Vec<Weekday> = weekdays_of(mask).collect();
        assert_eq!(days, [Weekday::Mon, Weekday::Thu, Weekday::Sun]);
        assert_eq!(weekdays_of(0).count(), 0);
        assert_eq!(weekdays_of(0x7f).count(), 7);
    }

    #[test]
    fn when_kinds_round_trip_through_their_stored_names() {
        for kind in WhenKind::iter() {
            assert_eq!(WhenKind::parse(kind.as_str()), Some(kind));
        }
        let regularly = When::Regularly {
            weekdays: 2,
            slot: TimeSlot::SchoolExit,
        };
        assert_eq!(regularly.kind(), WhenKind::Regularly);
        assert_eq!(When::Now.kind().message_id(), "triage-kind-once");
    }

    #[test]
    fn every_hour_has_one_slot() {
        let slots: Vec<_> = (0..24).map(TimeSlot::of_hour).collect();
        assert_eq!(slots[5], TimeSlot::Night);
        assert_eq!(slots[6], TimeSlot::EarlyMorning);
        assert_eq!(slots[16], TimeSlot::SchoolExit);
        assert_eq!(slots[20], TimeSlot::Evening);
        assert_eq!(slots[21], TimeSlot::Night);
        for s in TimeSlot::iter() {
            assert_eq!(TimeSlot::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn the_cell_is_in_the_city_time_zone() {
        // 15:30 UTC on Tuesday 8 December 2026 is 16:30 in Paris: school exit.
        assert_eq!(
            now_cell(utc(2026, 12, 8, 15, 30)),
            (Weekday::Tue, TimeSlot::SchoolExit)
        );
        // The same UTC time in Cayenne (UTC-3) is 12:30: midday.
        let cayenne = cell_of(
            &When::Now,
            utc(2026, 12, 8, 15, 30),
            chrono_tz::America::Cayenne,
        );
        assert_eq!(cayenne.slot, TimeSlot::Midday);
    }

    #[test]
    fn a_night_after_midnight_belongs_to_the_day_it_began() {
        // 01:30 on Wednesday in Paris (00:30 UTC): Tuesday's night.
        assert_eq!(
            now_cell(utc(2026, 12, 9, 0, 30)),
            (Weekday::Tue, TimeSlot::Night)
        );
        // 22:00 on Tuesday: Tuesday's night too.
        assert_eq!(
            now_cell(utc(2026, 12, 8, 21, 0)),
            (Weekday::Tue, TimeSlot::Night)
        );
        // "Earlier today, at night" told on Wednesday morning: Tuesday's night.
        let told = utc(2026, 12, 9, 9, 0);
        let cell = cell_of(
            &When::EarlierToday {
                slot: TimeSlot::Night,
            },
            told,
            Paris,
        );
        assert_eq!(cell.weekdays, weekday_bit(Weekday::Tue));
        let cell = cell_of(
            &When::EarlierToday {
                slot: TimeSlot::Morning,
            },
            told,
            Paris,
        );
        assert_eq!(cell.weekdays, weekday_bit(Weekday::Wed));
    }

    #[test]
    fn daylight_saving_changes_move_the_utc_hour_not_the_slot() {
        // Saturday 28 March 2026, 16:30 UTC = 17:30 CET: school exit.
        assert_eq!(
            now_cell(utc(2026, 3, 28, 16, 30)),
            (Weekday::Sat, TimeSlot::SchoolExit)
        );
        // Sunday 29 March (summer time), 16:30 UTC = 18:30 CEST: evening.
        assert_eq!(
            now_cell(utc(2026, 3, 29, 16, 30)),
            (Weekday::Sun, TimeSlot::Evening)
        );
        // The night of the change: 01:30 UTC on Sunday = 03:30 CEST, Saturday's night.
        assert_eq!(
            now_cell(utc(2026, 3, 29, 1, 30)),
            (Weekday::Sat, TimeSlot::Night)
        );
        // Back to winter time: Sunday 25 October 2026, 00:30 UTC = 02:30 CEST, and
        // 01:30 UTC = 02:30 CET: both Saturday's night.
        assert_eq!(
            now_cell(utc(2026, 10, 25, 0, 30)),
            (Weekday::Sat, TimeSlot::Night)
        );
        assert_eq!(
            now_cell(utc(2026, 10, 25, 1, 30)),
            (Weekday::Sat, TimeSlot::Night)
        );
        // 05:30 UTC that Sunday is 06:30 CET: early morning, Sunday.
        assert_eq!(
            now_cell(utc(2026, 10, 25, 5, 30)),
            (Weekday::Sun, TimeSlot::EarlyMorning)
        );
    }

    #[test]
    fn a_recurring_moment_covers_its_weekdays() {
        let weekdays = weekday_bit(Weekday::Mon) | weekday_bit(Weekday::Thu);
        let cell = cell_of(
            &When::Regularly {
                weekdays,
                slot: TimeSlot::SchoolExit,
            },
            Utc::now(),
            Paris,
        );
        assert_eq!(
            cell,
            Cell {
                weekdays,
                slot: TimeSlot::SchoolExit
            }
        );
    }
}
