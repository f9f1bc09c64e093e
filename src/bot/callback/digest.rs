//! The buttons of `/summary`, `/export` and the weekly digest's settings.

use super::{ScopeRef, id_from, scope_code, scope_from};
use crate::domain::CityId;
use crate::domain::digest::Period;
use crate::services::export::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestButton {
    /// `/summary`: this city or quartier; the period comes next.
    Area(ScopeRef),
    /// `/summary`: the digest of an area over a period.
    Show(ScopeRef, Period),
    /// `/export`: a city's validated reports of the last twelve months, in a format.
    Export(CityId, Format),
    /// `/settings`: the next weekday of the city's weekly digest.
    Day(CityId),
    /// `/settings`: the next hour of the city's weekly digest.
    Hour(CityId),
    /// `/settings`: the weekly digest on or off.
    Toggle(CityId),
}

fn period_code(p: Period) -> char {
    match p {
        Period::Week => 'w',
        Period::Month => 'm',
    }
}

fn format_code(f: Format) -> char {
    match f {
        Format::Csv => 'c',
        Format::Open311 => 'o',
    }
}

pub(super) fn encode_digest(b: DigestButton) -> String {
    let body = match b {
        DigestButton::Area(s) => format!("a:{}", scope_code(s)),
        DigestButton::Show(s, p) => format!("s:{}:{}", scope_code(s), period_code(p)),
        DigestButton::Export(c, f) => format!("x:{c}:{}", format_code(f)),
        DigestButton::Day(c) => format!("d:{c}"),
        DigestButton::Hour(c) => format!("h:{c}"),
        DigestButton::Toggle(c) => format!("t:{c}"),
    };
    format!("dg:{body}")
}

pub(super) fn parse_digest(body: &str) -> Option<DigestButton> {
    let (tag, rest) = body.split_once(':')?;
    let city = || id_from(rest).map(CityId);
    Some(match tag {
        "a" => DigestButton::Area(scope_from(rest)?),
        "s" => {
            let (scope, p) = rest.split_once(':')?;
            let period = [Period::Week, Period::Month]
                .into_iter()
                .find(|x| p.len() == 1 && p.starts_with(period_code(*x)))?;
            DigestButton::Show(scope_from(scope)?, period)
        }
        "x" => {
            let (c, f) = rest.split_once(':')?;
            let format = [Format::Csv, Format::Open311]
                .into_iter()
                .find(|x| f.len() == 1 && f.starts_with(format_code(*x)))?;
            DigestButton::Export(CityId(id_from(c)?), format)
        }
        "d" => DigestButton::Day(city()?),
        "h" => DigestButton::Hour(city()?),
        "t" => DigestButton::Toggle(city()?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Callback, MAX_BYTES};
    use super::*;
    use crate::domain::QuartierId;

    #[test]
    fn digest_buttons_round_trip_within_64_bytes() {
        let big = i64::MAX;
        for b in [
            DigestButton::Area(ScopeRef::City(CityId(big))),
            DigestButton::Area(ScopeRef::Quartier(QuartierId(big))),
            DigestButton::Show(ScopeRef::Quartier(QuartierId(big)), Period::Month),
            DigestButton::Show(ScopeRef::City(CityId(3)), Period::Week),
            DigestButton::Export(CityId(big), Format::Open311),
            DigestButton::Export(CityId(1), Format::Csv),
            DigestButton::Day(CityId(big)),
            DigestButton::Hour(CityId(big)),
            DigestButton::Toggle(CityId(big)),
        ] {
            let data = Callback::Digest(b).encode();
            assert!(data.len() <= MAX_BYTES, "{data}");
            assert_eq!(Callback::parse(&data), Some(Callback::Digest(b)), "{data}");
        }
    }

    #[test]
    fn malformed_digest_buttons_are_refused() {
        for data in [
            "dg:",
            "dg:a:x1",
            "dg:s:c1:y",
            "dg:s:c1",
            "dg:x:1:z",
            "dg:d:",
            "dg:q:1",
            "dg:t:-1",
        ] {
            assert_eq!(Callback::parse(data), None, "{data}");
        }
    }
}
