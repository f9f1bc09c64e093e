//! The buttons of a city's default language in `/settings` (tag `cl:`).

use super::id_from;
use crate::domain::{CityId, Locale};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CityLanguageButton {
    /// Show the languages to choose from.
    Choose(CityId),
    /// Make this the city's default language.
    Set(CityId, Locale),
}

pub(super) fn encode_city_language(b: &CityLanguageButton) -> String {
    match b {
        CityLanguageButton::Choose(c) => format!("cl:{c}"),
        CityLanguageButton::Set(c, l) => format!("cl:{c}:{l}"),
    }
}

pub(super) fn parse_city_language(body: &str) -> Option<CityLanguageButton> {
    Some(match body.split_once(':') {
        None => CityLanguageButton::Choose(CityId(id_from(body)?)),
        Some((c, l)) if l.len() <= 3 => {
            let locale = Locale::parse(l).ok().filter(|p| p.as_str() == l)?;
            CityLanguageButton::Set(CityId(id_from(c)?), locale)
        }
        Some(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Callback, MAX_BYTES};
    use super::*;

    #[test]
    fn city_language_buttons_round_trip_within_64_bytes_and_junk_is_refused() {
        let big = CityId(i64::MAX);
        for b in [
            CityLanguageButton::Choose(big),
            CityLanguageButton::Set(big, Locale::parse("ar").unwrap()),
        ] {
            let data = Callback::CityLanguage(b.clone()).encode();
            assert!(data.len() <= MAX_BYTES, "{data}");
            assert_eq!(Callback::parse(&data), Some(Callback::CityLanguage(b)));
        }
        for junk in [
            "cl:",
            "cl:x",
            "cl:1:",
            "cl:1:arabic",
            "cl:1:AR",
            "cl:-1:ar",
            "cl:1:ar:2",
        ] {
            assert_eq!(Callback::parse(junk), None, "{junk}");
        }
    }
}
