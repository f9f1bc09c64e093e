//! What a city says of the data it holds: who answers for it (its controller), how to
//! reach its data-protection contact, and how long raw report content is kept.

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

use super::{ControllerName, PrivacyContact};

/// Who the controller is: the legal basis of the processing follows from it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, IntoStaticStr, EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum ControllerKind {
    /// A town hall: a task carried out in the public interest (RGPD art. 6.1.e).
    #[default]
    TownHall,
    /// An association: its legitimate interest (RGPD art. 6.1.f).
    Association,
}

impl ControllerKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Self> {
        s.parse().ok()
    }

    pub fn other(self) -> Self {
        match self {
            ControllerKind::TownHall => ControllerKind::Association,
            ControllerKind::Association => ControllerKind::TownHall,
        }
    }

    /// The message naming the kind of controller.
    pub fn message_id(self) -> &'static str {
        match self {
            ControllerKind::TownHall => "privacy-kind-town-hall",
            ControllerKind::Association => "privacy-kind-association",
        }
    }

    /// The message stating the legal basis that goes with it.
    pub fn legal_basis_id(self) -> &'static str {
        match self {
            ControllerKind::TownHall => "privacy-basis-public-task",
            ControllerKind::Association => "privacy-basis-legitimate-interest",
        }
    }
}

/// Months after a report is closed before its raw content is erased: a city may choose
/// within these bounds, or keep the operator's default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionMonths(u8);

impl RetentionMonths {
    pub const ALLOWED: [u8; 3] = [3, 6, 12];

    pub fn new(months: u8) -> Option<Self> {
        Self::ALLOWED
            .contains(&months)
            .then_some(RetentionMonths(months))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// The next allowed value after `current` (`None`: the operator's default), round
    /// to the default again after the longest.
    pub fn cycle(current: Option<Self>) -> Option<Self> {
        match current.map(|m| m.0) {
            None => Some(RetentionMonths(Self::ALLOWED[0])),
            Some(m) => Self::ALLOWED
                .iter()
                .find(|a| **a > m)
                .map(|a| RetentionMonths(*a)),
        }
    }
}

/// A city's privacy settings, set by its coordinator.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrivacySettings {
    pub kind: ControllerKind,
    pub controller: Option<ControllerName>,
    pub address: Option<PrivacyContact>,
    pub dpo_contact: Option<PrivacyContact>,
    /// `None`: the operator's default (`REPORT_RETENTION_DAYS`).
    pub report_retention: Option<RetentionMonths>,
}

/// A setting a coordinator types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PrivacyField {
    Controller,
    Address,
    DpoContact,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retention_stays_within_bounds_and_cycles_back_to_the_default() {
        assert_eq!(RetentionMonths::new(1), None);
        assert_eq!(RetentionMonths::new(24), None);
        let mut seen = vec![];
        let mut current = None;
        for _ in 0..4 {
            current = RetentionMonths::cycle(current);
            seen.push(current.map(RetentionMonths::get));
        }
        assert_eq!(seen, vec![Some(3), Some(6), Some(12), None]);
    }

    #[test]
    fn controller_kind_reads_back_and_names_its_legal_basis() {
        for kind in [ControllerKind::TownHall, ControllerKind::Association] {
            assert_eq!(ControllerKind::parse(kind.as_str()), Some(kind));
            assert_eq!(kind.other().other(), kind);
        }
        assert_eq!(ControllerKind::parse("mairie"), None);
        assert_ne!(
            ControllerKind::TownHall.legal_basis_id(),
            ControllerKind::Association.legal_basis_id()
        );
    }
}
