//! The buttons of the report flow, in the callback codec.

use chrono::Weekday;

use super::{flag, id_from, small, variant_code, variant_from};
use crate::bot::report_draft::{ReportStep, WhenChoice};
use crate::domain::QuartierId;
use crate::domain::report::{Category, TimeSlot};

/// A button of the report flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportButton {
    Quartier(QuartierId),
    Category(Category),
    When(WhenChoice),
    Slot(TimeSlot),
    /// A weekday toggled.
    Weekday(Weekday),
    WeekdaysDone,
    Skip,
    ContentDone,
    /// true: the relays may read it too.
    Audience(bool),
    /// true: her first name is shown.
    Named(bool),
    /// true: keep the voice, photos and location of an anonymous report.
    KeepMedia(bool),
    Confirm,
    Change,
    /// The step to change: one of `ReportStep::CHANGEABLE`.
    ChangeStep(ReportStep),
    Cancel,
}

pub(super) fn encode_report(b: ReportButton) -> String {
    let body = match b {
        ReportButton::Quartier(q) => format!("q{q}"),
        ReportButton::Category(c) => format!("c{}", variant_code(c)),
        ReportButton::When(w) => format!("w{}", variant_code(w)),
        ReportButton::Slot(s) => format!("s{}", variant_code(s)),
        ReportButton::Weekday(d) => format!("d{}", d.num_days_from_monday()),
        ReportButton::WeekdaysDone => "D".into(),
        ReportButton::Skip => "k".into(),
        ReportButton::ContentDone => "n".into(),
        ReportButton::Audience(on) => format!("a{}", u8::from(on)),
        ReportButton::Named(on) => format!("i{}", u8::from(on)),
        ReportButton::KeepMedia(on) => format!("m{}", u8::from(on)),
        ReportButton::Confirm => "o".into(),
        ReportButton::Change => "e".into(),
        ReportButton::ChangeStep(step) => format!("x{}", changeable_code(step)),
        ReportButton::Cancel => "X".into(),
    };
    format!("r:{body}")
}

pub(super) fn parse_report(body: &str) -> Option<ReportButton> {
    let (tag, rest) = body.split_at_checked(1)?;
    Some(match (tag, rest) {
        ("q", id) => ReportButton::Quartier(QuartierId(id_from(id)?)),
        ("c", n) => ReportButton::Category(variant_from(n)?),
        ("w", n) => ReportButton::When(variant_from(n)?),
        ("s", n) => ReportButton::Slot(variant_from(n)?),
        ("d", n) => ReportButton::Weekday(Weekday::try_from(small(n)?).ok()?),
        ("D", "") => ReportButton::WeekdaysDone,
        ("k", "") => ReportButton::Skip,
        ("n", "") => ReportButton::ContentDone,
        ("a", f) => ReportButton::Audience(flag(f)?),
        ("i", f) => ReportButton::Named(flag(f)?),
        ("m", f) => ReportButton::KeepMedia(flag(f)?),
        ("o", "") => ReportButton::Confirm,
        ("e", "") => ReportButton::Change,
        ("x", n) => {
            let (step, _) = ReportStep::CHANGEABLE.get(usize::from(small(n)?))?;
            ReportButton::ChangeStep(*step)
        }
        ("X", "") => ReportButton::Cancel,
        _ => return None,
    })
}

/// A step she may change, by its place in `ReportStep::CHANGEABLE`; a step that is not
/// there (never made into a button) goes back to the first one.
fn changeable_code(step: ReportStep) -> usize {
    ReportStep::CHANGEABLE
        .iter()
        .position(|(s, _)| *s == step)
        .unwrap_or(0)
}
