//! Callback data: one typed codec. Everything a button can say is a variant here; data
//! that does not parse is refused. Ids in callback data prove nothing: handlers check
//! permissions against the database.

mod access;
mod broadcast;
mod city_language;
mod digest;
mod meeting;
mod privacy;
mod report;
mod wire;

pub use broadcast::BroadcastButton;
use broadcast::{encode_broadcast, parse_broadcast};
pub use city_language::CityLanguageButton;
use city_language::{encode_city_language, parse_city_language};

pub use digest::DigestButton;
use digest::{encode_digest, parse_digest};
pub use meeting::MeetingButton;
use meeting::{encode_meeting, parse_meeting};
pub use privacy::PrivacyButton;
use privacy::{encode_privacy, parse_privacy};
pub use report::ReportButton;
use report::{encode_report, parse_report};
// Solutions and actions (issue 17).
mod solutions;
pub use solutions::{SolutionButton, action_updates};
use solutions::{encode_solution, parse_solution};
use wire::{
    flag, id_from, optional_code, optional_from, role_code, role_from, scope_code, scope_from,
    small, variant_code, variant_from,
};

use crate::domain::report::{Category, ReportStatus};
use crate::domain::{
    AssignmentId, BroadcastId, CityId, InvitationId, Locale, QuartierId, QuestionId, ReportId, Role,
};

/// A city or a quartier named by a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeRef {
    City(CityId),
    Quartier(QuartierId),
}

/// What can be done to a report after it is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum FollowUp {
    Redact,
    DropPhotos,
    Validate,
    Safeguarding,
    Ask,
}

/// A settings action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingsAction {
    ToggleDiscreet,
    ChangeName,
    RemoveName,
    Language,
    /// Cycle the alert setting for new reports.
    Alerts,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Language(Locale),
    Continue,
    SkipName,
    Discreet(bool),
    /// The answer to the discreet-mode offer of her first report.
    DiscreetOffer(bool),
    InviteRole(Role),
    InviteScope(ScopeRef),
    Revoke(InvitationId),
    QuartierCity(CityId),
    Members(ScopeRef),
    EndRole(AssignmentId),
    ChangeRole(AssignmentId),
    ChangeRoleTo(AssignmentId, Role),
    Settings(SettingsAction),
    Report(ReportButton),
    /// Triage: the reports of a quartier, open or closed (or of one status), of one
    /// category or all, a page.
    TriageList {
        quartier: QuartierId,
        closed: bool,
        page: u16,
        category: Option<Category>,
        status: Option<ReportStatus>,
    },
    /// Triage: choose a category to filter a quartier's list.
    TriageCategories {
        quartier: QuartierId,
        closed: bool,
    },
    /// Triage: open a report.
    TriageOpen(ReportId),
    /// Triage: move a report to a status.
    TriageStatus(ReportId, ReportStatus),
    /// Triage: a follow-up action on a report (see `FollowUp`).
    TriageAction(ReportId, FollowUp),
    /// Triage: drop one photo of a report (the first is 0).
    DropPhoto(ReportId, u8),
    /// Resolve without a "you said, we did" message.
    ResolveWithoutNote(ReportId),
    /// The reporter answers a question.
    AnswerQuestion(QuestionId),
    /// "Someone is in danger now": the numbers again, and the coordinators alerted.
    DangerNow,
    Privacy(PrivacyButton),
    /// `/settings`: whether a city's quartier groups let in local actors or élus
    /// (toggles the choice for that role).
    GroupAdmits(CityId, Role),
    /// `/broadcast` and `/broadcasts`.
    Broadcast(BroadcastButton),
    /// "Understood ✅" under a broadcast's copy.
    Understood(BroadcastId),
    /// `/newmeeting`, the RSVP under an invitation, and `/meetings`.
    Meeting(MeetingButton),
    /// `/settings`: a city's default language (the version broadcasts fall back to).
    CityLanguage(CityLanguageButton),
    /// `/summary`, `/export` and the weekly digest's settings.
    Digest(DigestButton),
    /// `/solutions`, `/actions`, "what would help?" and "did it get calmer?".
    Solution(SolutionButton),
}

/// Telegram's limit on callback data.
pub const MAX_BYTES: usize = 64;

impl Callback {
    pub fn encode(&self) -> String {
        match self {
            Callback::Language(l) => format!("l:{l}"),
            Callback::Continue => "go".into(),
            Callback::SkipName => "skn".into(),
            Callback::Discreet(on) => format!("dq:{}", u8::from(*on)),
            Callback::DiscreetOffer(on) => format!("do:{}", u8::from(*on)),
            Callback::InviteRole(r) => format!("ir:{}", role_code(*r)),
            Callback::InviteScope(s) => format!("is:{}", scope_code(*s)),
            Callback::Revoke(id) => format!("rv:{id}"),
            Callback::QuartierCity(c) => format!("nq:{c}"),
            Callback::Members(s) => format!("mb:{}", scope_code(*s)),
            Callback::EndRole(a) => format!("er:{a}"),
            Callback::ChangeRole(a) => format!("cr:{a}"),
            Callback::ChangeRoleTo(a, r) => format!("ct:{a}:{}", role_code(*r)),
            Callback::Settings(s) => format!(
                "st:{}",
                match s {
                    SettingsAction::ToggleDiscreet => 'd',
                    SettingsAction::ChangeName => 'n',
                    SettingsAction::RemoveName => 'x',
                    SettingsAction::Language => 'l',
                    SettingsAction::Alerts => 'a',
                }
            ),
            Callback::Report(b) => encode_report(*b),
            Callback::Privacy(b) => encode_privacy(*b),
            Callback::TriageList {
                quartier,
                closed,
                page,
                category,
                status,
            } => format!(
                "tl:{quartier}:{}:{page}:{}:{}",
                u8::from(*closed),
                optional_code(*category),
                optional_code(*status)
            ),
            Callback::TriageCategories { quartier, closed } => {
                format!("tk:{quartier}:{}", u8::from(*closed))
            }
            Callback::TriageOpen(id) => format!("to:{id}"),
            Callback::TriageStatus(id, s) => format!("ts:{id}:{}", variant_code(*s)),
            Callback::TriageAction(id, f) => format!("ta:{id}:{}", variant_code(*f)),
            Callback::ResolveWithoutNote(id) => format!("tn:{id}"),
            Callback::DropPhoto(id, n) => format!("tp:{id}:{n}"),
            Callback::AnswerQuestion(id) => format!("aq:{id}"),
            Callback::DangerNow => "sos".into(),
            Callback::GroupAdmits(c, r) => format!("ga:{c}:{}", role_code(*r)),
            Callback::Broadcast(b) => encode_broadcast(b),
            Callback::CityLanguage(b) => encode_city_language(b),
            Callback::Understood(id) => format!("bu:{id}"),
            Callback::Meeting(b) => encode_meeting(b),
            Callback::Digest(b) => encode_digest(*b),
            Callback::Solution(b) => encode_solution(*b),
        }
    }

    pub fn parse(data: &str) -> Option<Self> {
        if data.len() > MAX_BYTES {
            return None;
        }
        let (tag, rest) = data.split_once(':').unwrap_or((data, ""));
        let parsed = match (tag, rest) {
            ("go", "") => Callback::Continue,
            ("skn", "") => Callback::SkipName,
            ("l", l) if l.len() <= 3 => {
                Callback::Language(Locale::parse(l).ok().filter(|p| p.as_str() == l)?)
            }
            ("dq", "1") => Callback::Discreet(true),
            ("dq", "0") => Callback::Discreet(false),
            ("do", on) => Callback::DiscreetOffer(flag(on)?),
            ("ir", r) => Callback::InviteRole(role_from(r)?),
            ("is", s) => Callback::InviteScope(scope_from(s)?),
            ("rv", id) => Callback::Revoke(InvitationId(id_from(id)?)),
            ("nq", id) => Callback::QuartierCity(CityId(id_from(id)?)),
            ("mb", s) => Callback::Members(scope_from(s)?),
            ("er", id) => Callback::EndRole(AssignmentId(id_from(id)?)),
            ("cr", id) => Callback::ChangeRole(AssignmentId(id_from(id)?)),
            ("ct", rest) => {
                let (id, r) = rest.split_once(':')?;
                Callback::ChangeRoleTo(AssignmentId(id_from(id)?), role_from(r)?)
            }
            ("st", a) => Callback::Settings(settings_from(a)?),
            ("sos", "") => Callback::DangerNow,
            ("tl", rest) => triage_list(rest)?,
            ("tk", rest) => triage_categories(rest)?,
            ("to", id) => Callback::TriageOpen(ReportId(id_from(id)?)),
            ("ta", rest) => {
                let (id, f) = rest.split_once(':')?;
                Callback::TriageAction(ReportId(id_from(id)?), variant_from(f)?)
            }
            ("tn", id) => Callback::ResolveWithoutNote(ReportId(id_from(id)?)),
            ("tp", rest) => {
                let (id, n) = rest.split_once(':')?;
                Callback::DropPhoto(ReportId(id_from(id)?), small(n)?)
            }
            ("aq", id) => Callback::AnswerQuestion(QuestionId(id_from(id)?)),
            ("ga", rest) => {
                let (c, r) = rest.split_once(':')?;
                let role = role_from(r).filter(|r| matches!(r, Role::Actor | Role::Elected))?;
                Callback::GroupAdmits(CityId(id_from(c)?), role)
            }
            ("ts", rest) => {
                let (id, s) = rest.split_once(':')?;
                Callback::TriageStatus(ReportId(id_from(id)?), variant_from(s)?)
            }
            ("r", rest) => Callback::Report(parse_report(rest)?),
            ("p", rest) => Callback::Privacy(parse_privacy(rest)?),
            ("b", rest) => Callback::Broadcast(parse_broadcast(rest)?),
            ("bu", id) => Callback::Understood(BroadcastId(id_from(id)?)),
            ("m", rest) => Callback::Meeting(parse_meeting(rest)?),
            ("cl", rest) => Callback::CityLanguage(parse_city_language(rest)?),
            ("dg", rest) => Callback::Digest(parse_digest(rest)?),
            ("s", rest) => Callback::Solution(parse_solution(rest)?),
            _ => return None,
        };
        Some(parsed)
    }
}

/// `tl:<quartier>:<closed>:<page>:<category>:<status>`.
fn triage_list(rest: &str) -> Option<Callback> {
    let mut parts = rest.split(':');
    let quartier = QuartierId(id_from(parts.next()?)?);
    let closed = flag(parts.next()?)?;
    let page = u16::try_from(id_from(parts.next()?)?).ok()?;
    let category = optional_from(parts.next()?)?;
    let status = optional_from(parts.next()?)?;
    if parts.next().is_some() {
        return None;
    }
    Some(Callback::TriageList {
        quartier,
        closed,
        page,
        category,
        status,
    })
}

/// `tk:<quartier>:<closed>`.
fn triage_categories(rest: &str) -> Option<Callback> {
    let (q, c) = rest.split_once(':')?;
    Some(Callback::TriageCategories {
        quartier: QuartierId(id_from(q)?),
        closed: flag(c)?,
    })
}

fn settings_from(a: &str) -> Option<SettingsAction> {
    Some(match a {
        "d" => SettingsAction::ToggleDiscreet,
        "n" => SettingsAction::ChangeName,
        "x" => SettingsAction::RemoveName,
        "l" => SettingsAction::Language,
        "a" => SettingsAction::Alerts,
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
