//! The buttons of `/summary`, `/export` and the weekly digest's settings.

use super::{ScopeRef, id_from, scope_code, scope_from};
use crate::domain::CityId;
use crate::domain::digest::Period;
use crate::services::export::{ExportPeriod, Format};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestButton {
    /// `/summary`: this city or quartier; the period comes next.
    Area(ScopeRef),
    /// `/summary`: the digest of an area over a period.
    Show(ScopeRef, Period),
    /// `/export`: a city and a format; the period comes next.
    Export(CityId, Format),
    /// `/export`: a city's validated reports of a period, in a format.
    ExportOver(CityId, Format, ExportPeriod),
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

fn export_period_code(p: ExportPeriod) -> char {
    match p {
        ExportPeriod::ThreeMonths => '3',
        ExportPeriod::TwelveMonths => 'y',
        ExportPeriod::ThisYear => 't',
        ExportPeriod::Everything => 'a',
    }
}

/// The one-letter code among `all` (the whole of `rest`), if any.
fn coded<T: Copy>(all: &[T], code: fn(T) -> char, rest: &str) -> Option<T> {
    all.iter()
        .copied()
        .find(|x| rest.len() == 1 && rest.starts_with(code(*x)))
}

pub(super) fn encode_digest(b: DigestButton) -> String {
    let body = match b {
        DigestButton::Area(s) => format!("a:{}", scope_code(s)),
        DigestButton::Show(s, p) => format!("s:{}:{}", scope_code(s), period_code(p)),
        DigestButton::Export(c, f) => format!("x:{c}:{}", format_code(f)),
        DigestButton::ExportOver(c, f, p) => {
            format!("y:{c}:{}:{}", format_code(f), export_period_code(p))
        }
        DigestButton::Day(c) => format!("d:{c}"),
        DigestButton::Hour(c) => format!("h:{c}"),
        DigestButton::Toggle(c) => format!("t:{c}"),
    };
    format!("dg:{body}")
}

const FORMATS: [Format; 2] = [Format::Csv, Format::Open311];

pub(super) fn parse_digest(body: &str) -> Option<DigestButton> {
    let (tag, rest) = body.split_once(':')?;
    let city = || id_from(rest).map(CityId);
    Some(match tag {
        "a" => DigestButton::Area(scope_from(rest)?),
        "s" => {
            let (scope, p) = rest.split_once(':')?;
            let period = coded(&[Period::Week, Period::Month], period_code, p)?;
            DigestButton::Show(scope_from(scope)?, period)
        }
        "x" => {
            let (c, f) = rest.split_once(':')?;
            let format = coded(&FORMATS, format_code, f)?;
            DigestButton::Export(CityId(id_from(c)?), format)
        }
        "y" => {
            let (c, rest) = rest.split_once(':')?;
            let (f, p) = rest.split_once(':')?;
            let format = coded(&FORMATS, format_code, f)?;
            let period = coded(&ExportPeriod::ALL, export_period_code, p)?;
            DigestButton::ExportOver(CityId(id_from(c)?), format, period)
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
            DigestButton::ExportOver(CityId(big), Format::Open311, ExportPeriod::Everything),
            DigestButton::ExportOver(CityId(2), Format::Csv, ExportPeriod::ThreeMonths),
            DigestButton::ExportOver(CityId(2), Format::Csv, ExportPeriod::TwelveMonths),
            DigestButton::ExportOver(CityId(2), Format::Csv, ExportPeriod::ThisYear),
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
            "dg:y:1:c",
            "dg:y:1:c:",
            "dg:y:1:c:q",
            "dg:y:1:z:3",
            "dg:y:1:c:33",
            "dg:y:-1:c:3",
            "dg:d:",
            "dg:q:1",
            "dg:t:-1",
        ] {
            assert_eq!(Callback::parse(data), None, "{data}");
        }
    }
}
