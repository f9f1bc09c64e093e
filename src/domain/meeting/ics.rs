//! The iCalendar (`.ics`) file of a meeting, made with the `icalendar` crate: local times
//! with the city's time zone id and its `VTIMEZONE`, a UID stable per meeting, SEQUENCE raised at each change,
//! and `METHOD:CANCEL` when it is called off.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus, Property};

/// What the file says of a meeting.
pub struct IcsMeeting<'a> {
    pub id: i64,
    pub title: &'a str,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i64,
    pub tz: Tz,
    pub place: Option<&'a str>,
    /// The Telegram location, as `GEO`.
    pub geo: Option<(f64, f64)>,
    pub sequence: i64,
    pub cancelled: bool,
    pub stamp: DateTime<Utc>,
}

/// The UID of a meeting: the same for its invitation, its changes and its cancellation.
pub fn uid(id: i64) -> String {
    format!("meeting-{id}@agenda-mmm")
}

fn local(at: DateTime<Utc>, tz: Tz) -> CalendarDateTime {
    CalendarDateTime::WithTimezone {
        date_time: at.with_timezone(&tz).naive_local(),
        tzid: tz.name().to_owned(),
    }
}

/// The file's bytes.
pub fn calendar(m: &IcsMeeting<'_>) -> Vec<u8> {
    let mut event = icalendar::Event::new();
    event
        .uid(&uid(m.id))
        .sequence(m.sequence.max(0) as u32)
        .timestamp(m.stamp)
        .summary(m.title)
        .starts(local(m.starts_at, m.tz))
        .ends(local(
            m.starts_at + Duration::minutes(m.duration_minutes),
            m.tz,
        ));
    if let Some(place) = m.place {
        event.location(place);
    }
    if let Some((latitude, longitude)) = m.geo {
        event.add_property("GEO", format!("{latitude:.6};{longitude:.6}"));
    }
    if m.cancelled {
        event.status(EventStatus::Cancelled);
    }
    let mut calendar = Calendar::new();
    calendar
        .append_property(Property::new(
            "METHOD",
            if m.cancelled { "CANCEL" } else { "REQUEST" },
        ))
        .timezone(m.tz.name());
    // The definition the TZID refers to, read back by the crate's own parser.
    let zone = super::vtimezone::vtimezone(m.tz, m.starts_at);
    if let Ok(zone) = format!("BEGIN:VCALENDAR\r\n{zone}END:VCALENDAR\r\n").parse::<Calendar>() {
        calendar.components.extend(zone.components);
    }
    calendar.push(event.done());
    calendar.done().to_string().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use icalendar::DatePerhapsTime;

    fn meeting(cancelled: bool, sequence: i64) -> IcsMeeting<'static> {
        IcsMeeting {
            id: 42,
            title: "Concertation <Belleville> & école",
            starts_at: Utc.with_ymd_and_hms(2026, 12, 8, 17, 30, 0).unwrap(),
            duration_minutes: 90,
            tz: chrono_tz::Europe::Paris,
            place: Some("Salle des fêtes, 3 rue de la Paix"),
            geo: Some((50.69, 3.18)),
            sequence,
            cancelled,
            stamp: Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap(),
        }
    }

    fn parse(bytes: Vec<u8>) -> Calendar {
        String::from_utf8(bytes).unwrap().parse().unwrap()
    }

    #[test]
    fn the_ics_parses_back_with_its_uid_sequence_and_local_start_in_the_city_zone() {
        let cal = parse(calendar(&meeting(false, 0)));
        assert_eq!(cal.property_value("METHOD"), Some("REQUEST"));
        let event = cal.events().next().expect("one event");
        assert_eq!(event.get_uid(), Some("meeting-42@agenda-mmm"));
        assert_eq!(event.get_sequence(), Some(0));
        assert_eq!(
            event.get_summary(),
            Some("Concertation <Belleville> & école")
        );
        match event.get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
                assert_eq!(tzid, "Europe/Paris");
                assert_eq!(date_time.to_string(), "2026-12-08 18:30:00");
            }
            other => panic!("start: {other:?}"),
        }
    }

    #[test]
    fn the_tzid_of_the_start_names_a_vtimezone_of_the_file_with_its_offsets() {
        use icalendar::CalendarComponent;
        let cal = parse(calendar(&meeting(false, 0)));
        let zones: Vec<_> = cal
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Other(o) if o.component_kind() == "VTIMEZONE" => Some(o),
                _ => None,
            })
            .collect();
        assert_eq!(zones.len(), 1);
        assert_eq!(zones[0].property_value("TZID"), Some("Europe/Paris"));
        let kinds: Vec<String> = zones[0]
            .components()
            .iter()
            .map(|c| c.component_kind())
            .collect();
        assert!(kinds.contains(&"DAYLIGHT".to_owned()) && kinds.contains(&"STANDARD".to_owned()));
        // December: winter time, +0100 — the last observance before the start says so.
        let winter = zones[0]
            .components()
            .iter()
            .rfind(|c| c.property_value("DTSTART") <= Some("20261208T183000"))
            .unwrap();
        assert_eq!(winter.property_value("TZOFFSETTO"), Some("+0100"));
        let event = cal.events().next().unwrap();
        assert_eq!(event.get_sequence(), Some(0), "the event is still read");
    }

    #[test]
    fn a_change_keeps_the_uid_with_a_higher_sequence_and_a_cancellation_says_cancel() {
        let moved = parse(calendar(&meeting(false, 1)));
        let event = moved.events().next().unwrap();
        assert_eq!(event.get_uid(), Some("meeting-42@agenda-mmm"));
        assert_eq!(event.get_sequence(), Some(1));
        let cancelled = parse(calendar(&meeting(true, 2)));
        assert_eq!(cancelled.property_value("METHOD"), Some("CANCEL"));
        let event = cancelled.events().next().unwrap();
        assert_eq!(event.get_uid(), Some("meeting-42@agenda-mmm"));
        assert_eq!(event.get_sequence(), Some(2));
        assert_eq!(event.property_value("STATUS"), Some("CANCELLED"));
    }
}
