//! The `VTIMEZONE` of a city's zone, so that the `TZID` of an `.ics` names a definition in
//! the file itself (strict calendar clients require it): the offset in force a year before
//! the meeting, then each change of offset up to a year after it, read from the IANA data
//! of `chrono-tz` (explicit observances, no recurrence rule to get wrong).

use chrono::{DateTime, Datelike, Duration, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// The zone's offset at one instant: seconds east of UTC, summer time or not, its name.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Zone {
    seconds: i32,
    daylight: bool,
    name: String,
}

fn zone(tz: Tz, at: DateTime<Utc>) -> Zone {
    let o = tz.offset_from_utc_datetime(&at.naive_utc());
    Zone {
        seconds: o.fix().local_minus_utc(),
        daylight: !o.dst_offset().is_zero(),
        name: o.abbreviation().unwrap_or("").to_owned(),
    }
}

/// The first instant in `(from, to]` where the zone differs from its state at `from`.
fn change_in(tz: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
    let before = zone(tz, from);
    let (mut low, mut high) = (from, to);
    while high - low > Duration::seconds(1) {
        let mid = low + (high - low) / 2;
        if zone(tz, mid) == before {
            low = mid;
        } else {
            high = mid;
        }
    }
    high
}

/// (when, offset before, zone after) for the start of the window and each change in it.
fn observances(tz: Tz, around: DateTime<Utc>) -> Vec<(DateTime<Utc>, i32, Zone)> {
    let year = |y: i32| Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).single();
    let (Some(start), Some(end)) = (year(around.year() - 1), year(around.year() + 2)) else {
        return vec![];
    };
    let first = zone(tz, start);
    let mut out = vec![(start, first.seconds, first)];
    let mut day = start;
    while day < end {
        let next = day + Duration::days(1);
        if zone(tz, next) != zone(tz, day) {
            let at = change_in(tz, day, next);
            out.push((at, zone(tz, day).seconds, zone(tz, at)));
        }
        day = next;
    }
    out
}

fn offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

fn local(at: DateTime<Utc>, seconds: i32) -> NaiveDateTime {
    at.naive_utc() + Duration::seconds(seconds.into())
}

/// The `VTIMEZONE` block (CRLF lines) for `tz` around a meeting at `around`.
pub fn vtimezone(tz: Tz, around: DateTime<Utc>) -> String {
    let mut lines = vec!["BEGIN:VTIMEZONE".to_owned(), format!("TZID:{}", tz.name())];
    for (at, from, to) in observances(tz, around) {
        let kind = if to.daylight { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!(
            "DTSTART:{}",
            local(at, from).format("%Y%m%dT%H%M%S")
        ));
        lines.push(format!("TZOFFSETFROM:{}", offset(from)));
        lines.push(format!("TZOFFSETTO:{}", offset(to.seconds)));
        if !to.name.is_empty() {
            lines.push(format!("TZNAME:{}", to.name));
        }
        lines.push(format!("END:{kind}"));
    }
    lines.push("END:VTIMEZONE".to_owned());
    lines.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paris_in_2026_changes_on_the_last_sundays_of_march_and_october() {
        let at = Utc.with_ymd_and_hms(2026, 12, 8, 17, 30, 0).unwrap();
        let text = vtimezone(chrono_tz::Europe::Paris, at);
        assert!(text.starts_with("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
        assert!(text.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"
        ));
        assert!(text.contains(
            "BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"
        ));
    }

    #[test]
    fn a_zone_without_summer_time_has_one_standard_observance() {
        let at = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap();
        let text = vtimezone(chrono_tz::Africa::Casablanca, at);
        assert!(text.contains("TZID:Africa/Casablanca"));
        let utc = vtimezone(chrono_tz::UTC, at);
        assert_eq!(utc.matches("BEGIN:STANDARD").count(), 1, "{utc}");
        assert!(utc.contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000"));
    }
}
