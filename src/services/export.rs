//! Open exports of a city's reports validated for partners: CSV (one row per report) and
//! JSON in Open311 GeoReport v2 form. The same function serves the document sent in the
//! chat and `agenda-mmm export`. Safeguarding reports never; nothing of the reporter;
//! times cut to the week and the time slot, coordinates rounded to about 150 m.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::SqliteConnection;

use crate::domain::digest::{Span, iso_week, local_midnight, week_start};
use crate::domain::report::{Category, round_location, weekdays_of};
use crate::domain::{CityId, Locale};
use crate::i18n::{Localizer, Msg, strip_marks};
use crate::store::export::{self as store, Row};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Open311,
}

impl Format {
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "csv" => Some(Format::Csv),
            "open311" => Some(Format::Open311),
            _ => None,
        }
    }

    /// The file name of an export of `city` from `from` to `to`.
    pub fn file_name(self, from: NaiveDate, to: NaiveDate) -> String {
        let ext = match self {
            Format::Csv => "csv",
            Format::Open311 => "json",
        };
        format!("agenda-mmm-{from}-{to}.{ext}")
    }
}

/// The period of an export from the chat, chosen with a button; every period ends
/// yesterday (whole days only, as `agenda-mmm export --to` would).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportPeriod {
    ThreeMonths,
    TwelveMonths,
    /// From the first of January of yesterday's year.
    ThisYear,
    /// From the day of the city's first validated report.
    Everything,
}

impl ExportPeriod {
    pub const ALL: [ExportPeriod; 4] = [
        ExportPeriod::ThreeMonths,
        ExportPeriod::TwelveMonths,
        ExportPeriod::ThisYear,
        ExportPeriod::Everything,
    ];

    /// The local days (both included) of the period, `to` being yesterday; `first` is the
    /// day of the city's first validated report, if any.
    pub fn days(self, yesterday: NaiveDate, first: Option<NaiveDate>) -> (NaiveDate, NaiveDate) {
        let months_back = |n| yesterday - chrono::Months::new(n) + chrono::Days::new(1);
        let from = match self {
            ExportPeriod::ThreeMonths => months_back(3),
            ExportPeriod::TwelveMonths => months_back(12),
            ExportPeriod::ThisYear => yesterday.with_ordinal(1).unwrap_or(yesterday),
            ExportPeriod::Everything => first.unwrap_or(yesterday).min(yesterday),
        };
        (from, yesterday)
    }
}

/// The local days `from` to `to` (both included) as a UTC span.
pub fn span_of(from: NaiveDate, to: NaiveDate, tz: Tz) -> Span {
    Span {
        start: local_midnight(from, tz),
        end: local_midnight(to + chrono::Days::new(1), tz),
    }
}

/// The reports to export, with their public numbers (drawn now for new ones).
pub async fn rows(conn: &mut SqliteConnection, city: CityId, span: Span) -> sqlx::Result<Vec<Row>> {
    store::assign_public_ids(&mut *conn, city, span).await?;
    store::rows(conn, city, span).await
}

/// The days of a report's cell, `mon;thu`.
fn weekdays(mask: u8) -> String {
    weekdays_of(mask)
        .map(|d| d.to_string().to_lowercase())
        .collect::<Vec<_>>()
        .join(";")
}

/// The Monday of the report's week, in the city's time zone.
fn week_of(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    week_start(at.with_timezone(&tz).date_naive())
}

fn day(at: DateTime<Utc>, tz: Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

const CSV_HEADER: [&str; 9] = [
    "reference",
    "quartier",
    "category",
    "weekday",
    "time_slot",
    "week",
    "status",
    "status_changes",
    "partner_text",
];

/// CSV, one row per report; status changes as `status date` joined by `;`.
pub fn csv(rows: &[Row], tz: Tz) -> anyhow::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 160));
    w.write_record(CSV_HEADER)?;
    for r in rows {
        let changes = r
            .changes
            .iter()
            .map(|(s, at)| format!("{} {}", s.as_str(), day(*at, tz)))
            .collect::<Vec<_>>()
            .join(";");
        w.write_record([
            r.reference.as_str(),
            r.quartier.as_str(),
            r.category.as_str(),
            &weekdays(r.weekdays),
            r.slot.as_str(),
            &iso_week(week_of(r.created_at, tz)),
            r.status.as_str(),
            &changes,
            &r.partner_text,
        ])?;
    }
    Ok(w.into_inner()?)
}

/// One service request of Open311 GeoReport v2.
#[derive(Debug, Serialize)]
pub struct ServiceRequest {
    pub service_request_id: String,
    pub status: &'static str,
    pub status_notes: String,
    pub service_code: &'static str,
    pub service_name: String,
    pub description: String,
    pub requested_datetime: String,
    pub updated_datetime: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub long: Option<f64>,
    pub attributes: Attributes,
}

/// The weekday(s) and time slot of the moment: what the request's times are cut to.
#[derive(Debug, Serialize)]
pub struct Attributes {
    pub weekday: String,
    pub time_slot: &'static str,
}

/// A category's name in the default language, without its emoji.
fn service_name(l: &Localizer, locale: &Locale, c: Category) -> String {
    let label = strip_marks(&l.render(locale, &Msg::new(c.message_id())));
    label
        .trim_start_matches(|ch: char| !ch.is_alphanumeric())
        .to_owned()
}

/// A location snapped to the centre of its square of about 150 m (as anonymous reports
/// are shown), to five decimals.
fn rounded(lat: Option<f64>, lon: Option<f64>) -> Option<(f64, f64)> {
    let five = |x: f64| (x * 100_000.0).round() / 100_000.0;
    let (lat, lon) = round_location(lat?, lon?);
    Some((five(lat), five(lon)))
}

/// A local day's midnight, RFC 3339 with the city's offset.
fn local_day(day: NaiveDate, tz: Tz) -> String {
    local_midnight(day, tz).with_timezone(&tz).to_rfc3339()
}

fn request(r: &Row, tz: Tz, l: &Localizer, locale: &Locale) -> ServiceRequest {
    let updated = r.changes.last().map_or(r.created_at, |(_, at)| *at);
    let place = rounded(r.latitude, r.longitude);
    ServiceRequest {
        service_request_id: r.public_id.clone(),
        status: if r.status.is_closed() {
            "closed"
        } else {
            "open"
        },
        status_notes: r.status.as_str().to_owned(),
        service_code: r.category.as_str(),
        service_name: service_name(l, locale, r.category),
        description: r.partner_text.clone(),
        requested_datetime: local_day(week_of(r.created_at, tz), tz),
        updated_datetime: local_day(day(updated, tz).max(week_of(r.created_at, tz)), tz),
        lat: place.map(|p| p.0),
        long: place.map(|p| p.1),
        attributes: Attributes {
            weekday: weekdays(r.weekdays),
            time_slot: r.slot.as_str(),
        },
    }
}

/// Open311 GeoReport v2 requests, as a JSON array; names in the default language.
pub fn open311(rows: &[Row], tz: Tz, l: &Localizer) -> anyhow::Result<Vec<u8>> {
    let locale = l.default_locale();
    let requests: Vec<ServiceRequest> = rows.iter().map(|r| request(r, tz, l, locale)).collect();
    Ok(serde_json::to_vec_pretty(&requests)?)
}

/// An export of `city` from `from` to `to` (local days, both included).
pub async fn export(
    conn: &mut SqliteConnection,
    l: &Localizer,
    city: CityId,
    format: Format,
    from: NaiveDate,
    to: NaiveDate,
) -> anyhow::Result<Vec<u8>> {
    let tz = crate::store::cities::time_zone(&mut *conn, city).await?;
    let rows = rows(conn, city, span_of(from, to, tz)).await?;
    match format {
        Format::Csv => csv(&rows, tz),
        Format::Open311 => open311(&rows, tz, l),
    }
}

/// The local day of the city's first report validated for partners, if any.
pub async fn first_day(
    conn: &mut SqliteConnection,
    city: CityId,
    tz: Tz,
) -> sqlx::Result<Option<NaiveDate>> {
    Ok(store::first_validated(conn, city)
        .await?
        .map(|at| day(at, tz)))
}

/// A city named by its number or its name (any case).
pub async fn find_city(conn: &mut SqliteConnection, text: &str) -> sqlx::Result<Option<CityId>> {
    let cities = crate::store::cities::all(conn).await?;
    let wanted = text.trim();
    Ok(cities
        .into_iter()
        .find(|c| c.id.0.to_string() == wanted || c.name.to_lowercase() == wanted.to_lowercase())
        .map(|c| c.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_export_period_ends_yesterday_and_starts_where_its_button_says() {
        let yesterday = d(2026, 11, 29);
        let first = Some(d(2024, 3, 15));
        for (period, from) in [
            (ExportPeriod::ThreeMonths, d(2026, 8, 30)),
            (ExportPeriod::TwelveMonths, d(2025, 11, 30)),
            (ExportPeriod::ThisYear, d(2026, 1, 1)),
            (ExportPeriod::Everything, d(2024, 3, 15)),
        ] {
            assert_eq!(
                period.days(yesterday, first),
                (from, yesterday),
                "{period:?}"
            );
        }
    }

    #[test]
    fn everything_without_any_validated_report_is_just_yesterday() {
        let yesterday = d(2027, 1, 1);
        assert_eq!(
            ExportPeriod::Everything.days(yesterday, None),
            (yesterday, yesterday)
        );
        assert_eq!(
            ExportPeriod::ThisYear.days(yesterday, None),
            (yesterday, yesterday)
        );
    }
}
