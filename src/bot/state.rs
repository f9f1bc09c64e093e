//! Dialogue states, named after what the bot awaits, with typed data. Persisted as JSON
//! in `chat_state`; a state that no longer reads after an upgrade is reset politely.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::report_draft::{ReportDraft, ReportStep};
use crate::domain::MeetingId;
use crate::domain::meeting::MeetingDraft;
use crate::domain::solutions::{ActionDraft, ActionSource};
use crate::domain::{ActionId, PersonId, QuartierId, SolutionId};
use crate::domain::{
    AssignmentId, CityId, Draft, FirstName, Locale, PrivacyField, QuartierName, QuartierPrefix,
    QuestionId, ReportId, Role,
};
use crate::store::chat_state;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "awaiting", rename_all = "snake_case")]
pub enum State {
    /// Nothing in progress.
    #[default]
    Idle,
    /// Onboarding: the language buttons.
    Language { code: Option<String> },
    /// Onboarding: the notice, with its continue button.
    Notice {
        locale: Locale,
        code: Option<String>,
    },
    /// Onboarding: an invitation code typed by hand.
    InvitationCode { locale: Locale },
    /// Onboarding: an optional first name.
    FirstName {
        locale: Locale,
        code: Option<String>,
    },
    /// Onboarding: the discreet-mode choice, last step before registration.
    DiscreetChoice {
        locale: Locale,
        code: Option<String>,
        first_name: Option<FirstName>,
    },
    /// `/newcity` without arguments: the city's name.
    CityName,
    /// `/newquartier` without arguments: prefix and name.
    QuartierDetails,
    /// `/newquartier` by someone who may act in several cities.
    QuartierCity {
        prefix: QuartierPrefix,
        name: QuartierName,
    },
    /// `/invite`: the role buttons.
    InviteRole,
    /// `/invite`: the place buttons.
    InviteScope { role: Role },
    /// Members: the new role for an assignment.
    NewRole { assignment: AssignmentId },
    /// `/settings`: a new first name.
    NewFirstName,
    /// Triage: the reason a report is rejected.
    RejectReason { report: ReportId },
    /// Triage: the reference of the report this one duplicates.
    DuplicateOf { report: ReportId },
    /// Triage: what was done, told to the reporter as the report is resolved.
    ResolveNote { report: ReportId },
    /// Triage: the redacted text replacing the raw one.
    RedactText { report: ReportId },
    /// Triage: the text partners will read.
    PartnerText { report: ReportId },
    /// Triage: a question to the reporter.
    QuestionText { report: ReportId },
    /// The reporter's answer to a question.
    AnswerText { question: QuestionId },
    /// `/forget`: the confirmation buttons; `resume` is where she was, for "keep".
    ForgetConfirm {
        #[serde(default)]
        resume: Box<State>,
    },
    /// Privacy settings: a value of a city's notice typed by its coordinator.
    PrivacyText { city: CityId, field: PrivacyField },
    /// `/broadcast`: the audience (city, quartiers, roles, groups).
    BroadcastAudience { draft: Draft },
    /// `/broadcast`: the text or voice note of one language's version.
    BroadcastVersion { draft: Draft, locale: Locale },
    /// `/broadcast`: the languages, previews, send now or schedule.
    BroadcastReview { draft: Draft },
    /// `/broadcast`: the date and time of a scheduled sending.
    BroadcastWhen { draft: Draft },
    /// `/report`: a report being written, at a step.
    Report {
        step: ReportStep,
        draft: ReportDraft,
    },
    /// `/newmeeting`: the kind buttons.
    MeetingKind { draft: MeetingDraft },
    /// `/newmeeting`: the title.
    MeetingTitle { draft: MeetingDraft },
    /// `/newmeeting`: quartiers, roles invited, groups.
    MeetingAudience { draft: MeetingDraft },
    /// `/newmeeting`: the day (calendar) or day and time typed.
    MeetingWhen { draft: MeetingDraft },
    /// `/newmeeting`: the time of a day picked on the calendar.
    MeetingTime { draft: MeetingDraft, day: NaiveDate },
    /// `/newmeeting`: a local time the clocks repeat — which of the two.
    MeetingTwice {
        draft: MeetingDraft,
        earlier: DateTime<Utc>,
        later: DateTime<Utc>,
    },
    /// `/newmeeting`: the duration.
    MeetingDuration { draft: MeetingDraft },
    /// `/newmeeting`: the place in words and/or a location.
    MeetingPlace { draft: MeetingDraft },
    /// `/newmeeting`: agenda items (report references or free text).
    MeetingAgenda { draft: MeetingDraft },
    /// `/newmeeting`: the whole, to confirm.
    MeetingReview { draft: MeetingDraft },
    /// RSVP "yes, with my children": how many.
    MeetingChildren { meeting: MeetingId },
    /// After a meeting: how many came without the bot.
    MeetingGuests { meeting: MeetingId },
    /// After a meeting: the minutes (text, a document or photos — the files received so
    /// far wait for "send").
    MeetingMinutes {
        meeting: MeetingId,
        #[serde(default)]
        files: Vec<crate::domain::meeting::MinutesFile>,
    },
    /// After a meeting: a decision, with report references in it.
    MeetingDecision { meeting: MeetingId },
    /// A new date and time for a meeting.
    MeetingMove { meeting: MeetingId },
    /// A new place for a meeting: words and/or a pin, then "send the change".
    MeetingNewPlace {
        meeting: MeetingId,
        #[serde(default)]
        place: Option<String>,
        #[serde(default)]
        location: Option<(f64, f64)>,
    },
    // Solutions and actions (issue 17).
    /// `/solutions`: the text of a proposal (from one of her reports, or on its own).
    SolutionText {
        quartier: QuartierId,
        report: Option<ReportId>,
    },
    /// An accepted solution becoming an action: what will be done.
    ActionWhat { solution: SolutionId },
    /// …who carries it: a member's button, or an organisation's name typed. From a
    /// meeting decision, the dialogue starts here (its text is the *what*).
    ActionCarrier {
        #[serde(flatten)]
        from: ActionSource,
        what: String,
    },
    /// …by when.
    ActionDue {
        #[serde(flatten)]
        from: ActionSource,
        what: String,
        carrier: Option<PersonId>,
        organisation: Option<String>,
    },
    /// The carrier's note: what was done (`done`), or why it is blocked.
    ActionNote { action: ActionId, done: bool },
    /// The carrier's new due date.
    ActionNewDate { action: ActionId },
    /// `/newaction`: what will be done in the quartier chosen (then the carrier and the
    /// date, as above, from `ActionSource::Quartier`).
    ActionNewWhat { quartier: QuartierId },
    /// `/newaction`, last step: the references of the linked reports, or none.
    ActionReports { draft: ActionDraft },
}

impl State {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a state always serialises")
    }

    /// `None` when the stored JSON is from an older version that no longer reads.
    pub fn from_json(json: &str) -> Option<State> {
        serde_json::from_str(json).ok()
    }

    /// The row `chat_state` keeps: the JSON, and the markers the expiry job reads instead
    /// of it (so that renaming a state cannot break expiry).
    pub fn stored<'a>(&self, json: &'a str) -> chat_state::Dialogue<'a> {
        chat_state::Dialogue {
            json,
            in_dialogue: *self != State::Idle,
            keeps_messages: self.keeps_discreet_messages(),
        }
    }

    /// Discreet mode: whether her chat still shows what this dialogue is about (a report
    /// being written, an answer to a coordinator's question), so its messages are kept
    /// remembered until it ends.
    pub fn keeps_discreet_messages(&self) -> bool {
        matches!(self, State::Report { .. } | State::AnswerText { .. })
    }

    /// Whether the state belongs to onboarding (she has no account yet).
    pub fn is_onboarding(&self) -> bool {
        matches!(
            self,
            State::Language { .. }
                | State::Notice { .. }
                | State::InvitationCode { .. }
                | State::FirstName { .. }
                | State::DiscreetChoice { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip_and_old_ones_are_detected() {
        let state = State::DiscreetChoice {
            locale: Locale::parse("ar").unwrap(),
            code: Some("ABCDEFGHJKMN".into()),
            first_name: Some(FirstName::parse("Amina").unwrap()),
        };
        assert_eq!(State::from_json(&state.to_json()), Some(state));
        assert_eq!(State::from_json(r#"{"awaiting":"gone_state"}"#), None);
        assert_eq!(State::from_json(&State::Idle.to_json()), Some(State::Idle));
    }

    #[test]
    fn an_action_being_made_reads_back_from_a_solution_or_a_decision_and_from_older_json() {
        for from in [
            ActionSource::Solution(SolutionId(5)),
            ActionSource::Decision(crate::domain::DecisionId(7)),
        ] {
            let state = State::ActionDue {
                from,
                what: "x".into(),
                carrier: Some(PersonId(3)),
                organisation: None,
            };
            assert_eq!(State::from_json(&state.to_json()), Some(state));
        }
        let old = r#"{"awaiting":"action_carrier","solution":5,"what":"x"}"#;
        let from = ActionSource::Solution(SolutionId(5));
        let what = "x".into();
        assert_eq!(
            State::from_json(old),
            Some(State::ActionCarrier { from, what })
        );
    }
}
