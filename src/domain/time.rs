//! Dates shown to people: in the city's time zone, in the reader's language, written the
//! way that language writes dates (CLDR data through ICU4X — a new language needs no code).

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;
use icu_calendar::Iso;
use icu_datetime::fieldsets::{E, MD, YMDE};
use icu_datetime::input::{Date, DateTime as IcuDateTime, Time};
use icu_datetime::{DateTimeFormatter, DateTimeFormatterPreferences};

use super::{DomainError, Locale, digits::normalize_digits};

/// Parses an IANA time zone name such as `Europe/Paris`.
pub fn parse_time_zone(name: &str) -> Result<Tz, DomainError> {
    name.trim().parse().map_err(|_| DomainError::BadTimeZone)
}

/// ICU4X preferences for a language; an unknown language falls back to CLDR's root.
fn preferences(locale: &Locale) -> DateTimeFormatterPreferences {
    let icu: icu_locale_core::Locale = locale
        .as_str()
        .parse()
        .unwrap_or(icu_locale_core::Locale::UNKNOWN);
    (&icu).into()
}

fn icu_date(day: NaiveDate) -> Date<Iso> {
    Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8)
        .unwrap_or_else(|_| Date::try_new_iso(2000, 1, 1).expect("a valid date"))
}

fn icu_date_time(local: NaiveDateTime) -> IcuDateTime<Iso> {
    let time = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0)
        .unwrap_or_else(|_| Time::start_of_day());
    IcuDateTime {
        date: icu_date(local.date()),
        time,
    }
}

/// A day and time such as `mardi 8 décembre 2026 à 18:30`, in `tz`, in `locale`.
pub fn format_date_time(at: DateTime<Utc>, tz: Tz, locale: &Locale) -> String {
    let local = at.with_timezone(&tz).naive_local();
    match DateTimeFormatter::try_new(preferences(locale), YMDE::long().with_time_hm()) {
        Ok(f) => f.format(&icu_date_time(local)).to_string(),
        Err(_) => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}

/// A short day such as `8 déc.`, in `tz`, in `locale` (for a line of a list).
pub fn format_day(at: DateTime<Utc>, tz: Tz, locale: &Locale) -> String {
    let local = at.with_timezone(&tz).date_naive();
    match DateTimeFormatter::try_new(preferences(locale), MD::medium()) {
        Ok(f) => f.format(&icu_date(local)).to_string(),
        Err(_) => local.format("%d/%m").to_string(),
    }
}

/// The names of the days of the week in `locale`, Monday first, long then abbreviated
/// (`lundi`, `lun.`), in lower case — so that a typed weekday is read in any language.
pub fn weekday_names(locale: &Locale) -> [Vec<String>; 7] {
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).expect("a Monday");
    let long = DateTimeFormatter::try_new(preferences(locale), E::long()).ok();
    let short = DateTimeFormatter::try_new(preferences(locale), E::short()).ok();
    std::array::from_fn(|i| {
        let day = icu_date(monday + chrono::Days::new(i as u64));
        [&long, &short]
            .iter()
            .filter_map(|f| f.as_ref())
            .map(|f| f.format(&day).to_string().to_lowercase())
            .collect()
    })
}

/// Whether `locale` writes the day before the month in a short date (`12/03` is 12 March
/// in French, `3/12` is 12 March in English), read from how it writes 22 November.
pub fn day_before_month(locale: &Locale) -> bool {
    let day = NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let Ok(f) = DateTimeFormatter::try_new(preferences(locale), MD::short()) else {
        return true;
    };
    let written = normalize_digits(&f.format(&icu_date(day)).to_string());
    match (written.find("22"), written.find("11")) {
        (Some(d), Some(m)) => d < m,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn fr() -> Locale {
        Locale::parse("fr").unwrap()
    }

    #[test]
    fn dates_are_in_the_city_time_zone_and_the_reader_language() {
        let at = Utc.with_ymd_and_hms(2026, 12, 8, 17, 30, 0).unwrap();
        let paris = parse_time_zone("Europe/Paris").unwrap();
        let french = format_date_time(at, paris, &fr());
        assert!(french.starts_with("mardi 8 décembre 2026"), "{french}");
        assert!(french.ends_with("18:30"), "{french}");
        let en = format_date_time(at, paris, &Locale::parse("en").unwrap());
        assert!(en.contains("Tuesday") && en.contains("December"), "{en}");
        let tr = format_date_time(at, paris, &Locale::parse("tr").unwrap());
        assert!(tr.contains("Aralık"), "{tr}");
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 16, 0, 0).unwrap();
        assert!(format_date_time(summer, paris, &fr()).ends_with("18:00"));
    }

    #[test]
    fn a_language_without_code_of_its_own_still_gets_its_dates_from_cldr() {
        let at = Utc.with_ymd_and_hms(2026, 12, 8, 17, 30, 0).unwrap();
        let paris = parse_time_zone("Europe/Paris").unwrap();
        let de = format_date_time(at, paris, &Locale::parse("de").unwrap());
        assert!(de.contains("Dezember"), "{de}");
        let ar = format_date_time(at, paris, &Locale::parse("ar").unwrap());
        assert!(ar.contains("ديسمبر"), "{ar}");
    }

    #[test]
    fn a_short_day_is_in_the_city_time_zone() {
        // 23:30 UTC on 31 December is already 1 January in Paris.
        let at = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        let paris = parse_time_zone("Europe/Paris").unwrap();
        let en = format_day(at, paris, &Locale::parse("en").unwrap());
        assert!(en.contains("Jan") && en.contains('1'), "{en}");
    }

    #[test]
    fn weekday_names_and_day_month_order_come_from_cldr() {
        assert_eq!(weekday_names(&fr())[1][0], "mardi");
        assert_eq!(weekday_names(&Locale::parse("tr").unwrap())[1][0], "salı");
        assert!(day_before_month(&fr()));
        assert!(!day_before_month(&Locale::parse("en").unwrap()));
        assert!(day_before_month(&Locale::parse("ar").unwrap()));
    }

    #[test]
    fn unknown_time_zones_are_refused() {
        assert!(parse_time_zone("Mars/Olympus").is_err());
        assert!(parse_time_zone("America/Cayenne").is_ok());
    }
}
