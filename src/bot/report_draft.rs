//! A report being written: what she has said so far, and which step the bot awaits.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::QuartierId;
use crate::domain::report::{Audience, Category, TimeSlot};

/// The steps of the report flow, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportStep {
    Quartier,
    Category,
    When,
    Weekdays,
    Slot,
    Place,
    Content,
    Audience,
    Identity,
    MediaWarning,
    Confirm,
    Change,
}

impl ReportStep {
    /// The steps she may go back to from the summary, with their label ids.
    pub const CHANGEABLE: [(ReportStep, &'static str); 6] = [
        (ReportStep::Category, "step-category"),
        (ReportStep::When, "step-when"),
        (ReportStep::Place, "step-place"),
        (ReportStep::Content, "step-content"),
        (ReportStep::Audience, "step-audience"),
        (ReportStep::Identity, "step-identity"),
    ];
}

/// How she said *when*: now, earlier today, or regularly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::EnumIter)]
#[serde(rename_all = "snake_case")]
pub enum WhenChoice {
    Now,
    EarlierToday,
    Regularly,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DraftPlace {
    Text(String),
    Location { latitude: f64, longitude: f64 },
}

/// What came of an album's photos so far: added, and not taken beyond the cap.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PhotoAlbum {
    pub group: String,
    pub added: u32,
    pub refused: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReportDraft {
    pub quartier: Option<QuartierId>,
    pub category: Option<Category>,
    pub when: Option<WhenChoice>,
    /// When she said "now": the date of that message.
    pub told_at: Option<DateTime<Utc>>,
    pub weekdays: u8,
    pub slot: Option<TimeSlot>,
    pub place: Option<DraftPlace>,
    /// Place step done (given or skipped).
    pub place_done: bool,
    pub text: Option<String>,
    pub voice: Option<String>,
    pub photos: Vec<String>,
    /// The album (`media_group_id`) being received: its photos are answered by one message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub album: Option<PhotoAlbum>,
    /// Content step done (given or skipped).
    pub content_done: bool,
    pub audience: Option<Audience>,
    pub anonymous: Option<bool>,
    /// The media warning of an anonymous report was answered.
    pub media_checked: bool,
}

impl ReportDraft {
    /// Voice, photos or an exact location: what can identify an anonymous reporter.
    pub fn has_identifying_media(&self) -> bool {
        self.voice.is_some()
            || !self.photos.is_empty()
            || matches!(self.place, Some(DraftPlace::Location { .. }))
    }

    /// The first step still missing, or the summary.
    pub fn next_step(&self) -> ReportStep {
        match self {
            d if d.quartier.is_none() => ReportStep::Quartier,
            d if d.category.is_none() => ReportStep::Category,
            d if d.when.is_none() => ReportStep::When,
            d if d.when == Some(WhenChoice::Regularly) && d.weekdays == 0 => ReportStep::Weekdays,
            d if d.when != Some(WhenChoice::Now) && d.slot.is_none() => ReportStep::Slot,
            d if !d.place_done => ReportStep::Place,
            d if !d.content_done => ReportStep::Content,
            d if d.audience.is_none() => ReportStep::Audience,
            d if d.anonymous.is_none() => ReportStep::Identity,
            d if d.anonymous == Some(true) && d.has_identifying_media() && !d.media_checked => {
                ReportStep::MediaWarning
            }
            _ => ReportStep::Confirm,
        }
    }

    /// Forgets a step's answer so that it is asked again.
    pub fn reset(&mut self, step: ReportStep) {
        match step {
            ReportStep::Category => self.category = None,
            ReportStep::When => {
                self.when = None;
                self.weekdays = 0;
                self.slot = None;
                self.told_at = None;
            }
            ReportStep::Place => {
                self.place = None;
                self.place_done = false;
                self.media_checked = false;
            }
            ReportStep::Content => {
                self.text = None;
                self.voice = None;
                self.photos.clear();
                self.album = None;
                self.content_done = false;
                self.media_checked = false;
            }
            ReportStep::Audience => self.audience = None,
            ReportStep::Identity => {
                self.anonymous = None;
                self.media_checked = false;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skipped_step_stays_skipped_across_a_restart() {
        let d = ReportDraft {
            quartier: Some(QuartierId(1)),
            category: Some(Category::Other),
            when: Some(WhenChoice::Now),
            place_done: true,
            ..Default::default()
        };
        let stored = serde_json::to_string(&d).unwrap();
        let back: ReportDraft = serde_json::from_str(&stored).unwrap();
        assert_eq!(back.next_step(), ReportStep::Content);
    }

    #[test]
    fn the_steps_follow_what_she_said() {
        let mut d = ReportDraft {
            quartier: Some(QuartierId(1)),
            ..Default::default()
        };
        assert_eq!(d.next_step(), ReportStep::Category);
        d.category = Some(Category::SchoolRun);
        d.when = Some(WhenChoice::Regularly);
        assert_eq!(d.next_step(), ReportStep::Weekdays);
        d.weekdays = 0b101;
        assert_eq!(d.next_step(), ReportStep::Slot);
        d.slot = Some(TimeSlot::SchoolExit);
        assert_eq!(d.next_step(), ReportStep::Place);
        d.place = Some(DraftPlace::Location {
            latitude: 50.0,
            longitude: 3.0,
        });
        d.place_done = true;
        d.content_done = true;
        d.audience = Some(Audience::WithRelays);
        d.anonymous = Some(true);
        assert_eq!(
            d.next_step(),
            ReportStep::MediaWarning,
            "a location can identify her"
        );
        d.media_checked = true;
        assert_eq!(d.next_step(), ReportStep::Confirm);
        d.reset(ReportStep::When);
        assert_eq!(d.next_step(), ReportStep::When);
    }
}
