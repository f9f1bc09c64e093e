//! A meeting's date and time as people type them, in their language and the city's time
//! zone: `12/03 18h30`, `mardi 18h30`, `3/12 6:30pm`, Arabic-Indic digits. Day/month
//! order and weekday names come from CLDR (`domain::time`), so a new language needs no code.

use chrono::TimeZone;
use chrono::{DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::domain::Locale;
use crate::domain::digits::normalize_digits;
use crate::domain::time::{day_before_month, weekday_names};

/// A typed or picked local time, resolved in the city's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// One instant.
    Exact(DateTime<Utc>),
    /// The clocks go back: this local time happens twice; she must say which.
    Twice {
        earlier: DateTime<Utc>,
        later: DateTime<Utc>,
    },
}

/// Why a typed date and time was not taken (each has its own answer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenProblem {
    /// Nothing that reads as a day and a time.
    Unreadable,
    /// A time without a day.
    NoDay,
    /// A day without a time.
    NoTime,
    /// A day that does not exist (31/02).
    NoSuchDay,
    /// Already past.
    Past,
    /// The clocks go forward over this local time: it does not exist that day.
    SkippedByClockChange,
}

/// Reads `text` typed in `locale` as a future local date and time in `tz`.
pub fn parse_when(
    text: &str,
    locale: &Locale,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<Moment, WhenProblem> {
    parse_on(text, None, locale, tz, now)
}

/// Like `parse_when`, with `picked` taken when only a time is typed (after a calendar day).
pub fn parse_on(
    text: &str,
    picked: Option<NaiveDate>,
    locale: &Locale,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<Moment, WhenProblem> {
    let text = fold(&normalize_digits(text));
    let today = now.with_timezone(&tz).date_naive();
    let mut day = None;
    let mut time = None;
    let mut pending_hour: Option<(u32, u32)> = None;
    for token in text.split_whitespace().map(|t| t.trim_matches([',', ';'])) {
        if token.is_empty() || matches!(token, "a" | "à" | "at" | "le" | "el" | "o" | "em" | "saat")
        {
            continue;
        }
        if let Some((h, m)) = pending_hour.take() {
            if let Some(hour) = meridiem(token, h) {
                time = NaiveTime::from_hms_opt(hour, m, 0);
                continue;
            }
            time = NaiveTime::from_hms_opt(h, m, 0);
        }
        if day.is_some() && time.is_none() && is_dotted_pair(token) {
            // After the day, `18.30` is a time (Turkish writes times so).
            time = Some(
                read_time(&token.replace('.', ":"))
                    .flatten()
                    .ok_or(WhenProblem::Unreadable)?,
            );
        } else if let Some(t) = read_time(token) {
            time = Some(t.ok_or(WhenProblem::Unreadable)?);
        } else if let Some(hm) = bare_hour(token) {
            pending_hour = Some(hm);
        } else if let Some(d) = read_day(token, locale, today)? {
            day = Some(d);
        } else if let Some(d) = read_weekday(token, locale, today) {
            day = Some(d);
        } else {
            return Err(WhenProblem::Unreadable);
        }
    }
    if let Some((h, m)) = pending_hour {
        time = NaiveTime::from_hms_opt(h, m, 0);
    }
    match (day.or(picked), time) {
        (Some(d), Some(t)) => resolve(d.and_time(t), tz, now),
        (None, Some(_)) => Err(WhenProblem::NoDay),
        (Some(_), None) => Err(WhenProblem::NoTime),
        (None, None) => Err(WhenProblem::Unreadable),
    }
}

/// A local date and time in `tz`: refused if the clocks skip it or if it is past.
pub fn resolve(local: NaiveDateTime, tz: Tz, now: DateTime<Utc>) -> Result<Moment, WhenProblem> {
    let moment = match tz.from_local_datetime(&local) {
        LocalResult::Single(at) => Moment::Exact(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Moment::Twice {
            earlier: a.with_timezone(&Utc),
            later: b.with_timezone(&Utc),
        },
        LocalResult::None => return Err(WhenProblem::SkippedByClockChange),
    };
    let first = match moment {
        Moment::Exact(at) | Moment::Twice { earlier: at, .. } => at,
    };
    if first <= now {
        return Err(WhenProblem::Past);
    }
    Ok(moment)
}

/// Lower case, with the accents people often leave out folded away (`miércoles`, `sali`).
fn fold(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'î' | 'ï' | 'ı' => 'i',
            'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ş' => 's',
            'ğ' => 'g',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

fn is_dotted_pair(token: &str) -> bool {
    token
        .split_once('.')
        .is_some_and(|(a, b)| number(a).is_some() && number(b).is_some())
}

fn number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `18h30`, `18h`, `18:30`, `6:30pm`, `6pm`: `Some(None)` when it is shaped as a time
/// but is not one (`25h`), `None` when it is not shaped as a time.
fn read_time(token: &str) -> Option<Option<NaiveTime>> {
    let (body, suffix) = split_meridiem(token);
    let (h, m) = if let Some((h, m)) = body.split_once([':', 'h']) {
        (number(h)?, if m.is_empty() { 0 } else { number(m)? })
    } else if suffix.is_some() {
        (number(body)?, 0)
    } else {
        return None;
    };
    let h = match suffix {
        Some(s) => meridiem(s, h),
        None => Some(h),
    };
    Some(h.and_then(|h| NaiveTime::from_hms_opt(h, m, 0)))
}

/// A number alone (`6`, `18.30`?) that an `am`/`pm` token may follow.
fn bare_hour(token: &str) -> Option<(u32, u32)> {
    number(token).filter(|h| *h <= 12).map(|h| (h, 0))
}

fn split_meridiem(token: &str) -> (&str, Option<&str>) {
    for s in ["a.m.", "p.m.", "am", "pm"] {
        if let Some(body) = token.strip_suffix(s) {
            return (body, Some(s));
        }
    }
    (token, None)
}

fn meridiem(token: &str, hour: u32) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    match token {
        "am" | "a.m." => Some(hour % 12),
        "pm" | "p.m." => Some(hour % 12 + 12),
        _ => None,
    }
}

/// `12/03`, `12-03-2026`, `12.03.26`, in the language's day/month order.
fn read_day(
    token: &str,
    locale: &Locale,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, WhenProblem> {
    let parts: Vec<&str> = token.trim_end_matches('.').split(['/', '-', '.']).collect();
    if !(2..=3).contains(&parts.len()) {
        return Ok(None);
    }
    let Some(nums) = parts
        .iter()
        .map(|p| number(p))
        .collect::<Option<Vec<u32>>>()
    else {
        return Ok(None);
    };
    let (d, m) = if day_before_month(locale) {
        (nums[0], nums[1])
    } else {
        (nums[1], nums[0])
    };
    let explicit = nums.get(2).map(|y| {
        if *y < 100 {
            2000 + *y as i32
        } else {
            *y as i32
        }
    });
    let year = explicit.unwrap_or(today.year());
    let date = NaiveDate::from_ymd_opt(year, m, d).ok_or(WhenProblem::NoSuchDay)?;
    // Without a year, a day long gone means next year's (`12/03` typed in November);
    // a day of the last two months is a mistake and will be refused as past.
    if explicit.is_none() && date + Days::new(60) < today {
        return NaiveDate::from_ymd_opt(year + 1, m, d)
            .map(Some)
            .ok_or(WhenProblem::NoSuchDay);
    }
    Ok(Some(date))
}

/// A weekday name (whole or its beginning, three letters at least): the next such day;
/// typed on that very weekday, it means next week.
fn read_weekday(token: &str, locale: &Locale, today: NaiveDate) -> Option<NaiveDate> {
    if token.chars().count() < 3 {
        return None;
    }
    let names = weekday_names(locale);
    let index = names.iter().position(|forms| {
        forms.iter().any(|name| {
            fold(name)
                .trim_end_matches('.')
                .starts_with(token.trim_end_matches('.'))
        })
    })?;
    let from_monday = today.weekday().num_days_from_monday() as usize;
    let ahead = (index + 7 - from_monday) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_days(Days::new(ahead as u64))
}
