//! Dates shown to people: in the city's time zone, in the reader's language.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::{DomainError, Locale};

/// Parses an IANA time zone name such as `Europe/Paris`.
pub fn parse_time_zone(name: &str) -> Result<Tz, DomainError> {
    name.trim().parse().map_err(|_| DomainError::BadTimeZone)
}

fn chrono_locale(locale: &Locale) -> chrono::Locale {
    match locale.as_str() {
        "fr" => chrono::Locale::fr_FR,
        "ar" => chrono::Locale::ar_SA,
        "tr" => chrono::Locale::tr_TR,
        "pt" => chrono::Locale::pt_PT,
        "es" => chrono::Locale::es_ES,
        _ => chrono::Locale::en_GB,
    }
}

/// A day and time such as `mardi 8 décembre 2026, 18:30`, in `tz`, in `locale`.
pub fn format_date_time(at: DateTime<Utc>, tz: Tz, locale: &Locale) -> String {
    at.with_timezone(&tz)
        .format_localized("%A %-d %B %Y, %H:%M", chrono_locale(locale))
        .to_string()
}

/// A short day such as `8 déc.`, in `tz`, in `locale` (for a line of a list).
pub fn format_day(at: DateTime<Utc>, tz: Tz, locale: &Locale) -> String {
    at.with_timezone(&tz)
        .format_localized("%-d %b", chrono_locale(locale))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_are_in_the_city_time_zone_and_the_reader_language() {
        let at = Utc.with_ymd_and_hms(2026, 12, 8, 17, 30, 0).unwrap();
        let paris = parse_time_zone("Europe/Paris").unwrap();
        let fr = format_date_time(at, paris, &Locale::parse("fr").unwrap());
        assert_eq!(fr, "mardi 8 décembre 2026, 18:30");
        let en = format_date_time(at, paris, &Locale::parse("en").unwrap());
        assert_eq!(en, "Tuesday 8 December 2026, 18:30");
        let tr = format_date_time(at, paris, &Locale::parse("tr").unwrap());
        assert!(tr.contains("Aralık"), "{tr}");
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 16, 0, 0).unwrap();
        assert!(format_date_time(summer, paris, &Locale::parse("fr").unwrap()).ends_with("18:00"));
    }

    #[test]
    fn a_short_day_is_in_the_city_time_zone() {
        // 23:30 UTC on 31 December is already 1 January in Paris.
        let at = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        let paris = parse_time_zone("Europe/Paris").unwrap();
        assert_eq!(
            format_day(at, paris, &Locale::parse("en").unwrap()),
            "1 Jan"
        );
    }

    #[test]
    fn unknown_time_zones_are_refused() {
        assert!(parse_time_zone("Mars/Olympus").is_err());
        assert!(parse_time_zone("America/Cayenne").is_ok());
    }
}
