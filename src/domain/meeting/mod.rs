//! Concertation meetings: what a meeting is, who answers what, when reminders fall.
//! Pure types and rules; the SQL is in `store::meetings`, the use cases in `services::meetings`.

pub mod ics;
pub mod vtimezone;
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
    /// So many minutes before (a duration).
    Minutes(u32),
}

/// The reminders of a meeting unless its organiser chose others.
pub const DEFAULT_REMINDERS: [ReminderOffset; 2] =
    [ReminderOffset::Days(3), ReminderOffset::Hours(2)];

/// The offsets the organiser may toggle in `/newmeeting`, earliest first.
pub const REMINDER_CHOICES: [ReminderOffset; 5] = [
    ReminderOffset::Days(7),
    ReminderOffset::Days(3),
    ReminderOffset::Days(1),
    ReminderOffset::Hours(2),
    ReminderOffset::Minutes(30),
];

/// Adds the offset if absent, else removes it; kept in the order of `REMINDER_CHOICES`.
pub fn toggle_reminder(chosen: &mut Vec<ReminderOffset>, offset: ReminderOffset) {
    if let Some(i) = chosen.iter().position(|o| *o == offset) {
        chosen.remove(i);
    } else {
        chosen.push(offset);
    }
    chosen.sort_by_key(|o| std::cmp::Reverse(o.before()));
}

impl ReminderOffset {
    /// The instant of the reminder for a meeting starting at `start` in `tz`.
    pub fn due(self, start: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
        match self {
            Self::Hours(_) | Self::Minutes(_) => start - self.before(),
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
    /// How long before the start, nominally (a day counted as 24 hours).
    pub fn before(self) -> Duration {
        match self {
            Self::Days(d) => Duration::days(d.into()),
            Self::Hours(h) => Duration::hours(h.into()),
            Self::Minutes(m) => Duration::minutes(m.into()),
        }
    }
    /// `3d` / `2h` / `30m`, as stored.
    pub fn code(self) -> String {
        match self {
            Self::Days(d) => format!("{d}d"),
            Self::Hours(h) => format!("{h}h"),
            Self::Minutes(m) => format!("{m}m"),
        }
    }
    /// Its Fluent id and number (`$n`), for a button.
    pub fn label(self) -> (&'static str, i64) {
        match self {
            Self::Days(d) => ("meeting-offset-days", d.into()),
            Self::Hours(h) => ("meeting-offset-hours", h.into()),
            Self::Minutes(m) => ("meeting-offset-minutes", m.into()),
        }
    }
    pub fn parse(code: &str) -> Option<Self> {
        let (n, unit) = code.split_at(code.len().checked_sub(1)?);
        let n: u32 = n.parse().ok()?;
        match unit {
            "d" if (1..=30).contains(&n) => Some(Self::Days(n)),
            "h" if (1..=72).contains(&n) => Some(Self::Hours(n)),
            "m" if (5..=600).contains(&n) => Some(Self::Minutes(n)),
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The reminders chosen in the review (by default 3 days and 2 hours before).
    #[serde(default = "default_reminders")]
    pub reminders: Vec<ReminderOffset>,
}

fn default_reminders() -> Vec<ReminderOffset> {
    DEFAULT_REMINDERS.to_vec()
}

impl Default for MeetingDraft {
    fn default() -> Self {
        MeetingDraft {
            kind: None,
            title: None,
            audience: crate::domain::Audience::default(),
            starts_at: None,
            duration_minutes: default_duration(),
            place: None,
            location: None,
            agenda_reports: vec![],
            agenda_texts: vec![],
            reminders: default_reminders(),
        }
    }
}

fn default_duration() -> u32 {
    120
}

/// A file of the minutes, kept by its Telegram file id: a document (PDF…) or a photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinutesFile {
    pub kind: FileKind,
    pub file_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    Photo,
    Document,
}

/// At most ten files (one Telegram album).
pub const MAX_MINUTES_FILES: usize = 10;

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
