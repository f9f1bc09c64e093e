//! The buttons of the report flow, in the callback codec.

use super::{flag, id_from, small};
use crate::domain::QuartierId;

/// A button of the report flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportButton {
    Quartier(QuartierId),
    Category(u8),
    /// 0 now, 1 earlier today, 2 regularly.
    When(u8),
    Slot(u8),
    /// A weekday toggled, Monday = 0.
    Weekday(u8),
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
    /// The step to change (see `ReportStep::code`).
    ChangeStep(u8),
    Cancel,
}

pub(super) fn encode_report(b: ReportButton) -> String {
    let body = match b {
        ReportButton::Quartier(q) => format!("q{q}"),
        ReportButton::Category(n) => format!("c{n}"),
        ReportButton::When(n) => format!("w{n}"),
        ReportButton::Slot(n) => format!("s{n}"),
        ReportButton::Weekday(n) => format!("d{n}"),
        ReportButton::WeekdaysDone => "D".into(),
        ReportButton::Skip => "k".into(),
        ReportButton::ContentDone => "n".into(),
        ReportButton::Audience(on) => format!("a{}", u8::from(on)),
        ReportButton::Named(on) => format!("i{}", u8::from(on)),
        ReportButton::KeepMedia(on) => format!("m{}", u8::from(on)),
        ReportButton::Confirm => "o".into(),
        ReportButton::Change => "e".into(),
        ReportButton::ChangeStep(n) => format!("x{n}"),
        ReportButton::Cancel => "X".into(),
    };
    format!("r:{body}")
}

pub(super) fn parse_report(body: &str) -> Option<ReportButton> {
    let (tag, rest) = body.split_at_checked(1)?;
    Some(match (tag, rest) {
        ("q", id) => ReportButton::Quartier(QuartierId(id_from(id)?)),
        ("c", n) => ReportButton::Category(small(n)?),
        ("w", n) => ReportButton::When(small(n)?),
        ("s", n) => ReportButton::Slot(small(n)?),
        ("d", n) => ReportButton::Weekday(small(n).filter(|d| *d < 7)?),
        ("D", "") => ReportButton::WeekdaysDone,
        ("k", "") => ReportButton::Skip,
        ("n", "") => ReportButton::ContentDone,
        ("a", f) => ReportButton::Audience(flag(f)?),
        ("i", f) => ReportButton::Named(flag(f)?),
        ("m", f) => ReportButton::KeepMedia(flag(f)?),
        ("o", "") => ReportButton::Confirm,
        ("e", "") => ReportButton::Change,
        ("x", n) => ReportButton::ChangeStep(small(n)?),
        ("X", "") => ReportButton::Cancel,
        _ => return None,
    })
}
