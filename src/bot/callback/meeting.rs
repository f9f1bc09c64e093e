//! The buttons of meetings (tag `m:`): the `/newmeeting` steps, the RSVP under an
//! invitation, and the organiser's buttons in `/meetings` (attendance, minutes, decisions,
//! move, cancel). Ids prove nothing: the service checks who may do what.

use chrono::{Datelike, NaiveDate};

use super::{id_from, role_code, role_from, small, variant_code, variant_from};
use crate::domain::meeting::{MeetingKind, ReminderOffset, Rsvp};
use crate::domain::{CityId, Locale, MeetingId, QuartierId, Role};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetingButton {
    Kind(MeetingKind),
    City(CityId),
    Quartier(QuartierId),
    Role(Role),
    Groups,
    AudienceDone,
    /// A day of the small calendar.
    Day(NaiveDate),
    /// A month of the calendar beyond the next fourteen days (its first day).
    Month(NaiveDate),
    /// An hour and minute of the time buttons.
    Time(u8, u8),
    /// For a local time the clocks repeat: the first (`false`) or the second.
    Twice(bool),
    Duration(u16),
    SkipPlace,
    AgendaDone,
    Confirm,
    Rsvp(MeetingId, Rsvp),
    /// The language she needs interpreted (after "yes, I need interpreting").
    Interpret(MeetingId, Locale),
    /// The organiser's view of one meeting.
    Open(MeetingId),
    Attendance(MeetingId),
    /// Ticks or unticks one invitee (her row's id) as present.
    Present(MeetingId, i64),
    Guests(MeetingId),
    Minutes(MeetingId),
    Decision(MeetingId),
    Move(MeetingId),
    Cancel(MeetingId),
    CancelConfirm(MeetingId),
    /// The organiser changes the place (words and/or a pin), then sends the change.
    Replace(MeetingId),
    PlaceDone(MeetingId),
    /// The minutes' files (a document, photos) received: send them.
    MinutesSend(MeetingId),
    /// A reminder offset toggled in the review of `/newmeeting`.
    Reminder(ReminderOffset),
}

fn day_code(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn day_from(text: &str) -> Option<NaiveDate> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = text.parse().ok()?;
    NaiveDate::from_ymd_opt((n / 10000) as i32, n / 100 % 100, n % 100)
}

pub(super) fn encode_meeting(b: &MeetingButton) -> String {
    use MeetingButton::*;
    let body = match b {
        Kind(k) => format!("k{}", variant_code(*k)),
        City(c) => format!("c{c}"),
        Quartier(q) => format!("q{q}"),
        Role(r) => format!("r{}", role_code(*r)),
        Groups => "g".into(),
        AudienceDone => "a".into(),
        Day(d) => format!("d{}", day_code(*d)),
        Month(d) => format!("D{}", &day_code(*d)[..6]),
        Time(h, m) => format!("t{h}:{m}"),
        Twice(later) => format!("w{}", u8::from(*later)),
        Duration(m) => format!("u{m}"),
        SkipPlace => "s".into(),
        AgendaDone => "e".into(),
        Confirm => "y".into(),
        Rsvp(id, r) => format!("v{id}:{}", variant_code(*r)),
        Interpret(id, l) => format!("i{id}:{l}"),
        Open(id) => format!("o{id}"),
        Attendance(id) => format!("p{id}"),
        Present(id, i) => format!("h{id}:{i}"),
        Guests(id) => format!("n{id}"),
        Minutes(id) => format!("m{id}"),
        Decision(id) => format!("x{id}"),
        Move(id) => format!("j{id}"),
        Cancel(id) => format!("z{id}"),
        CancelConfirm(id) => format!("Z{id}"),
        Replace(id) => format!("l{id}"),
        PlaceDone(id) => format!("L{id}"),
        MinutesSend(id) => format!("M{id}"),
        Reminder(offset) => format!("R{}", offset.code()),
    };
    format!("m:{body}")
}

fn pair(rest: &str) -> Option<(MeetingId, &str)> {
    let (id, other) = rest.split_once(':')?;
    Some((MeetingId(id_from(id)?), other))
}

pub(super) fn parse_meeting(body: &str) -> Option<MeetingButton> {
    use MeetingButton::*;
    let (tag, rest) = body.split_at_checked(1)?;
    let meeting = || id_from(rest).map(MeetingId);
    Some(match (tag, rest) {
        ("k", k) => Kind(variant_from(k)?),
        ("c", id) => City(CityId(id_from(id)?)),
        ("q", id) => Quartier(QuartierId(id_from(id)?)),
        ("r", r) => Role(role_from(r)?),
        ("g", "") => Groups,
        ("a", "") => AudienceDone,
        ("d", d) => Day(day_from(d)?),
        ("D", ym) if ym.len() == 6 => Month(day_from(&format!("{ym}01"))?),
        ("t", t) => {
            let (h, m) = t.split_once(':')?;
            let (h, m) = (small(h)?, small(m)?);
            (h < 24 && m < 60).then_some(Time(h, m))?
        }
        ("w", "0") => Twice(false),
        ("w", "1") => Twice(true),
        ("u", m) => Duration(u16::try_from(id_from(m)?).ok()?),
        ("s", "") => SkipPlace,
        ("e", "") => AgendaDone,
        ("y", "") => Confirm,
        ("v", _) => {
            let (id, r) = pair(rest)?;
            Rsvp(id, variant_from(r)?)
        }
        ("i", _) => {
            let (id, l) = pair(rest)?;
            let locale = Locale::parse(l).ok().filter(|p| p.as_str() == l)?;
            Interpret(id, locale)
        }
        ("h", _) => {
            let (id, i) = pair(rest)?;
            Present(id, id_from(i)?)
        }
        ("o", _) => Open(meeting()?),
        ("p", _) => Attendance(meeting()?),
        ("n", _) => Guests(meeting()?),
        ("m", _) => Minutes(meeting()?),
        ("x", _) => Decision(meeting()?),
        ("j", _) => Move(meeting()?),
        ("z", _) => Cancel(meeting()?),
        ("Z", _) => CancelConfirm(meeting()?),
        ("l", _) => Replace(meeting()?),
        ("L", _) => PlaceDone(meeting()?),
        ("M", _) => MinutesSend(meeting()?),
        ("R", code) => Reminder(ReminderOffset::parse(code)?),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::callback::{Callback, MAX_BYTES};
    use strum::IntoEnumIterator;

    #[test]
    fn every_meeting_button_round_trips_within_64_bytes() {
        let big = MeetingId(i64::MAX);
        let mut all = vec![
            MeetingButton::City(CityId(i64::MAX)),
            MeetingButton::Quartier(QuartierId(i64::MAX)),
            MeetingButton::Groups,
            MeetingButton::AudienceDone,
            MeetingButton::Day(NaiveDate::from_ymd_opt(2026, 3, 29).unwrap()),
            MeetingButton::Month(NaiveDate::from_ymd_opt(2027, 11, 1).unwrap()),
            MeetingButton::Time(23, 30),
            MeetingButton::Twice(true),
            MeetingButton::Twice(false),
            MeetingButton::Duration(720),
            MeetingButton::SkipPlace,
            MeetingButton::AgendaDone,
            MeetingButton::Confirm,
            MeetingButton::Interpret(big, Locale::parse("ar").unwrap()),
            MeetingButton::Open(big),
            MeetingButton::Attendance(big),
            MeetingButton::Present(big, i64::MAX),
            MeetingButton::Guests(big),
            MeetingButton::Minutes(big),
            MeetingButton::Decision(big),
            MeetingButton::Move(big),
            MeetingButton::Cancel(big),
            MeetingButton::CancelConfirm(big),
            MeetingButton::Replace(big),
            MeetingButton::PlaceDone(big),
            MeetingButton::MinutesSend(big),
        ];
        all.extend(
            crate::domain::meeting::REMINDER_CHOICES
                .into_iter()
                .map(MeetingButton::Reminder),
        );
        all.extend(MeetingKind::iter().map(MeetingButton::Kind));
        all.extend(Role::iter().map(MeetingButton::Role));
        all.extend(Rsvp::iter().map(|r| MeetingButton::Rsvp(big, r)));
        for b in all {
            let data = Callback::Meeting(b.clone()).encode();
            assert!(data.len() <= MAX_BYTES, "{data}");
            assert_eq!(Callback::parse(&data), Some(Callback::Meeting(b)), "{data}");
        }
    }

    #[test]
    fn malformed_meeting_buttons_are_refused() {
        for data in [
            "m:",
            "m:t24:00",
            "m:d20260230",
            "m:v1:9",
            "m:vx:0",
            "m:i1:xx-yy",
            "m:w2",
            "m:q",
            "m:?",
            "m:R0d",
            "m:R99h",
            "m:Rx",
            "m:D202613",
            "m:D2026",
        ] {
            assert_eq!(Callback::parse(data), None, "{data}");
        }
    }
}
