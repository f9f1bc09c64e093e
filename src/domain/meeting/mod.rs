//! Concertation meetings: what a meeting is, who answers what, when reminders fall.
//! Pure types and rules; the SQL is in `store::meetings`, the use cases in `services::meetings`.

pub mod ics;
pub mod when;

#[cfg(test)]
mod tests;

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub use when::{Moment, WhenProblem, parse_on, parse_when, resolve};

/// The kinds of meeting of the Agenda.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    Concertation,
    Workshop,
    Training,
    Restitution,
}

impl MeetingKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
    /// The Fluent key of its name.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Concertation => "meeting-kind-concertation",
            Self::Workshop => "meeting-kind-workshop",
            Self::Training => "meeting-kind-training",
            Self::Restitution => "meeting-kind-restitution",
        }
    }
}

/// An invitee's answer.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Rsvp {
    Yes,
    /// Yes, and she needs interpreting (the language is kept beside).
    YesInterpreting,
    /// Yes, with her children (childcare).
    YesChildren,
    Maybe,
    No,
}

impl Rsvp {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Yes => "meeting-rsvp-yes",
            Self::YesInterpreting => "meeting-rsvp-interpreting",
            Self::YesChildren => "meeting-rsvp-children",
            Self::Maybe => "meeting-rsvp-maybe",
            Self::No => "meeting-rsvp-no",
        }
    }
    /// Whether reminders and changes still go to her.
    pub fn wants_news(self) -> bool {
        self != Self::No
    }
}

/// When a reminder falls before the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReminderOffset {
    /// So many days before, at the same local time (across clock changes).
    Days(u32),
    /// So many hours before (a duration).
    Hours(u32),
}

/// The reminders of a meeting unless its organiser chose others.
pub const DEFAULT_REMINDERS: [ReminderOffset; 2] =
    [ReminderOffset::Days(3), ReminderOffset::Hours(2)];

impl ReminderOffset {
    /// The instant of the reminder for a meeting starting at `start` in `tz`.
    pub fn due(self, start: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        match self {
            Self::Hours(h) => start - Duration::hours(h.into()),
            Self::Days(d) => {
                let local = start.with_timezone(&tz).naive_local() - Duration::days(d.into());
                // A skipped local time moves forward by the gap; a repeated one takes the first.
                tz.from_local_datetime(&local)
                    .earliest()
                    .or_else(|| {
                        tz.from_local_datetime(&(local + Duration::hours(1)))
                            .earliest()
                    })
                    .map(|at| at.with_timezone(&Utc))
                    .unwrap_or(start - Duration::days(d.into()))
            }
        }
    }
    /// `3d` / `2h`, as stored.
    pub fn code(self) -> String {
        match self {
            Self::Days(d) => format!("{d}d"),
            Self::Hours(h) => format!("{h}h"),
        }
    }
    pub fn parse(code: &str) -> Option<Self> {
        let (n, unit) = code.split_at(code.len().checked_sub(1)?);
        let n: u32 = n.parse().ok()?;
        match unit {
            "d" if (1..=30).contains(&n) => Some(Self::Days(n)),
            "h" if (1..=72).contains(&n) => Some(Self::Hours(n)),
            _ => None,
        }
    }
}

/// A meeting lasts from 15 minutes to 12 hours.
pub fn parse_duration_minutes(text: &str) -> Option<u32> {
    let n = crate::domain::digits::parse_number(text)?;
    (15..=720).contains(&n).then_some(n as u32)
}

/// A meeting being prepared in the `/newmeeting` dialogue (kept in the dialogue state).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MeetingDraft {
    pub kind: Option<MeetingKind>,
    pub title: Option<String>,
    /// Quartiers (none: the whole city), roles invited, and whether the linked quartier
    /// groups are told too — as broadcasts choose their audience.
    pub audience: crate::domain::Audience,
    pub starts_at: Option<DateTime<Utc>>,
    #[serde(default = "default_duration")]
    pub duration_minutes: u32,
    pub place: Option<String>,
    pub location: Option<(f64, f64)>,
    #[serde(default)]
    pub agenda_reports: Vec<crate::domain::ReportId>,
    #[serde(default)]
    pub agenda_texts: Vec<String>,
}

fn default_duration() -> u32 {
    120
}

/// The longest title, place or agenda item taken (the invitation must fit a caption).
pub const MAX_FIELD: usize = 200;

/// Why a piece of a meeting is not taken; each has its answer and changes nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingProblem {
    Empty,
    TooLong { max: usize },
    BadDuration,
    UnknownReport,
    NoInvitees,
    Started,
    Cancelled,
    NotInvited,
}

impl MeetingProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Empty => "meeting-error-empty",
            Self::TooLong { .. } => "meeting-error-too-long",
            Self::BadDuration => "meeting-error-duration",
            Self::UnknownReport => "meeting-error-unknown-report",
            Self::NoInvitees => "meeting-error-no-invitees",
            Self::Started => "meeting-error-started",
            Self::Cancelled => "meeting-error-cancelled",
            Self::NotInvited => "meeting-error-not-invited",
        }
    }
}

/// A short text typed by the organiser (title, place, agenda item, decision).
pub fn parse_field(text: &str, max: usize) -> Result<String, MeetingProblem> {
    let text = text.trim();
    let invisible = |c: char| {
        c.is_whitespace()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
    };
    if text.chars().all(invisible) {
        return Err(MeetingProblem::Empty);
    }
    if text.chars().count() > max {
        return Err(MeetingProblem::TooLong { max });
    }
    Ok(text.to_owned())
}
