//! The life of a report: `new → acknowledged → on_agenda → in_progress → resolved`, or
//! `duplicate` / `rejected` from any open state. Illegal transitions are refused.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};
use thiserror::Error;

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ReportStatus {
    New,
    Acknowledged,
    OnAgenda,
    InProgress,
    Resolved,
    Duplicate,
    Rejected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("a report cannot go from {from:?} to {to:?}")]
pub struct TransitionError {
    pub from: ReportStatus,
    pub to: ReportStatus,
}

impl ReportStatus {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ReportStatus::New => "status-new",
            ReportStatus::Acknowledged => "status-acknowledged",
            ReportStatus::OnAgenda => "status-on-agenda",
            ReportStatus::InProgress => "status-in-progress",
            ReportStatus::Resolved => "status-resolved",
            ReportStatus::Duplicate => "status-duplicate",
            ReportStatus::Rejected => "status-rejected",
        }
    }

    /// Closed reports change no more.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            ReportStatus::Resolved | ReportStatus::Duplicate | ReportStatus::Rejected
        )
    }

    /// The next status along the main path, if any.
    fn next(self) -> Option<ReportStatus> {
        match self {
            ReportStatus::New => Some(ReportStatus::Acknowledged),
            ReportStatus::Acknowledged => Some(ReportStatus::OnAgenda),
            ReportStatus::OnAgenda => Some(ReportStatus::InProgress),
            ReportStatus::InProgress => Some(ReportStatus::Resolved),
            _ => None,
        }
    }

    /// Moves forward along the path (steps may be skipped: a report can be resolved
    /// straight away), or closes as duplicate or rejected; never backwards, never out
    /// of a closed state.
    pub fn transition(self, to: ReportStatus) -> Result<ReportStatus, TransitionError> {
        let refuse = Err(TransitionError { from: self, to });
        if self.is_closed() || to == self || to == ReportStatus::New {
            return refuse;
        }
        if matches!(to, ReportStatus::Duplicate | ReportStatus::Rejected) {
            return Ok(to);
        }
        let mut step = self.next();
        while let Some(s) = step {
            if s == to {
                return Ok(to);
            }
            step = s.next();
        }
        refuse
    }

    /// The statuses a report may move to from this one.
    pub fn allowed(self) -> Vec<ReportStatus> {
        ReportStatus::iter()
            .filter(|to| self.transition(*to).is_ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::ReportStatus::*;
    use super::*;

    #[test]
    fn a_report_moves_forward_or_closes() {
        assert_eq!(
            New.allowed(),
            [
                Acknowledged,
                OnAgenda,
                InProgress,
                Resolved,
                Duplicate,
                Rejected
            ]
        );
        assert_eq!(
            OnAgenda.allowed(),
            [InProgress, Resolved, Duplicate, Rejected]
        );
        assert_eq!(InProgress.allowed(), [Resolved, Duplicate, Rejected]);
    }

    #[test]
    fn a_report_never_goes_back_and_a_closed_one_never_moves() {
        assert!(InProgress.transition(Acknowledged).is_err());
        assert!(Acknowledged.transition(New).is_err());
        assert!(Acknowledged.transition(Acknowledged).is_err());
        for closed in [Resolved, Duplicate, Rejected] {
            assert!(closed.is_closed());
            assert!(closed.allowed().is_empty(), "{closed:?}");
        }
    }

    #[test]
    fn statuses_round_trip() {
        for s in ReportStatus::iter() {
            assert_eq!(ReportStatus::parse(s.as_str()), Some(s));
        }
    }
}
