//! Typed dates in the six languages, clock changes in Europe/Paris, reminder times.

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;

use super::*;
use crate::domain::Locale;

fn lang(tag: &str) -> Locale {
    Locale::parse(tag).unwrap()
}

/// Monday 30 November 2026, 10:00 in Paris.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap()
}

fn paris(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Paris
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn exact(text: &str, tag: &str) -> DateTime<Utc> {
    match parse_when(text, &lang(tag), Paris, now()) {
        Ok(Moment::Exact(at)) => at,
        other => panic!("{text} in {tag}: {other:?}"),
    }
}

#[test]
fn french_writes_the_day_before_the_month_and_hours_with_an_h() {
    assert_eq!(exact("12/03 18h30", "fr"), paris(2027, 3, 12, 18, 30));
    assert_eq!(exact("04/12 18h", "fr"), paris(2026, 12, 4, 18, 0));
    assert_eq!(exact("4/12/2026 à 9:15", "fr"), paris(2026, 12, 4, 9, 15));
}

#[test]
fn english_writes_the_month_first_and_twelve_hour_times() {
    assert_eq!(exact("3/12 6:30pm", "en"), paris(2027, 3, 12, 18, 30));
    assert_eq!(exact("12/4 6 pm", "en"), paris(2026, 12, 4, 18, 0));
    assert_eq!(exact("12/4 12am", "en"), paris(2026, 12, 4, 0, 0));
    assert_eq!(exact("Friday 18:30", "en"), paris(2026, 12, 4, 18, 30));
}

#[test]
fn arabic_reads_arabic_indic_digits_and_weekday_names() {
    assert_eq!(exact("١٢/٣ ١٨:٣٠", "ar"), paris(2027, 3, 12, 18, 30));
    assert_eq!(exact("الجمعة ١٨:٣٠", "ar"), paris(2026, 12, 4, 18, 30));
}

#[test]
fn turkish_portuguese_and_spanish_read_their_own_weekdays() {
    assert_eq!(exact("cuma 18.30", "tr"), paris(2026, 12, 4, 18, 30));
    assert_eq!(exact("04.12.2026 18:30", "tr"), paris(2026, 12, 4, 18, 30));
    assert_eq!(exact("sexta 18h30", "pt"), paris(2026, 12, 4, 18, 30));
    assert_eq!(exact("4/12 18h30", "pt"), paris(2026, 12, 4, 18, 30));
    assert_eq!(exact("viernes 18:30", "es"), paris(2026, 12, 4, 18, 30));
    assert_eq!(exact("miercoles 9:00", "es"), paris(2026, 12, 2, 9, 0));
}

#[test]
fn a_weekday_typed_on_that_same_weekday_means_next_week() {
    // `now` is a Monday.
    assert_eq!(exact("lundi 18h30", "fr"), paris(2026, 12, 7, 18, 30));
    assert_eq!(exact("mardi 18h30", "fr"), paris(2026, 12, 1, 18, 30));
}

#[test]
fn a_past_date_is_refused() {
    let typed = |t: &str| parse_when(t, &lang("fr"), Paris, now());
    assert_eq!(typed("28/11 18h30"), Err(WhenProblem::Past));
    assert_eq!(typed("30/11/2026 8h00"), Err(WhenProblem::Past));
    assert_eq!(typed("1/1/2025 8h00"), Err(WhenProblem::Past));
}

#[test]
fn half_a_date_or_nonsense_is_named_as_such() {
    let typed = |t: &str| parse_when(t, &lang("fr"), Paris, now());
    assert_eq!(typed("18h30"), Err(WhenProblem::NoDay));
    assert_eq!(typed("12/03"), Err(WhenProblem::NoTime));
    assert_eq!(typed("31/02 18h"), Err(WhenProblem::NoSuchDay));
    assert_eq!(typed("12/03 25h"), Err(WhenProblem::Unreadable));
    assert_eq!(typed("bientôt"), Err(WhenProblem::Unreadable));
    assert_eq!(typed(""), Err(WhenProblem::Unreadable));
    assert_eq!(
        typed("'; DROP TABLE meeting; --"),
        Err(WhenProblem::Unreadable)
    );
}

#[test]
fn a_time_the_clocks_skip_is_refused_and_one_they_repeat_is_asked() {
    let typed = |t: &str| parse_when(t, &lang("fr"), Paris, now());
    assert_eq!(
        typed("29/03/2027 2h30"),
        Ok(Moment::Exact(paris(2027, 3, 29, 2, 30)))
    );
    let march = resolve(
        chrono::NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap(),
        Paris,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    );
    assert_eq!(march, Err(WhenProblem::SkippedByClockChange));
    let october = resolve(
        chrono::NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap(),
        Paris,
        Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    );
    assert_eq!(
        october,
        Ok(Moment::Twice {
            earlier: Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap(),
            later: Utc.with_ymd_and_hms(2026, 10, 25, 1, 30, 0).unwrap(),
        })
    );
}

#[test]
fn a_reminder_three_days_before_a_meeting_after_a_clock_change_keeps_the_local_time() {
    // Tuesday 31 March 2026, 18:00 summer time; three days before is still winter time.
    let start = paris(2026, 3, 31, 18, 0);
    assert_eq!(
        ReminderOffset::Days(3).due(start, Paris),
        paris(2026, 3, 28, 18, 0)
    );
    assert_eq!(
        ReminderOffset::Days(3).due(start, Paris),
        Utc.with_ymd_and_hms(2026, 3, 28, 17, 0, 0).unwrap()
    );
    // Tuesday 27 October 2026, 18:00 winter time; three days before is summer time.
    let start = paris(2026, 10, 27, 18, 0);
    assert_eq!(
        ReminderOffset::Days(3).due(start, Paris),
        Utc.with_ymd_and_hms(2026, 10, 24, 16, 0, 0).unwrap()
    );
    assert_eq!(
        ReminderOffset::Hours(2).due(start, Paris),
        Utc.with_ymd_and_hms(2026, 10, 27, 15, 0, 0).unwrap()
    );
}

#[test]
fn reminder_offsets_round_trip_and_refuse_nonsense() {
    for offset in DEFAULT_REMINDERS {
        assert_eq!(ReminderOffset::parse(&offset.code()), Some(offset));
    }
    assert_eq!(ReminderOffset::parse("0d"), None);
    assert_eq!(ReminderOffset::parse("3x"), None);
    assert_eq!(ReminderOffset::parse(""), None);
}
