//! Solutions and actions (step 3 of the Agenda): what a solution's and an action's life
//! allows, and who proposed — counted as mothers or actors, so "equal footing" is a figure.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::Role;

/// Where a solution stands: proposed, then accepted, merged into another, or set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, IntoStaticStr, EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum SolutionStatus {
    Proposed,
    Accepted,
    Merged,
    SetAside,
}

impl SolutionStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    pub fn message_id(self) -> &'static str {
        match self {
            SolutionStatus::Proposed => "solutions-status-proposed",
            SolutionStatus::Accepted => "solutions-status-accepted",
            SolutionStatus::Merged => "solutions-status-merged",
            SolutionStatus::SetAside => "solutions-status-set-aside",
        }
    }

    /// A coordinator or facilitator decides once, on a proposed solution: accept, merge or
    /// set aside. Nothing comes back to `proposed`, and a decided solution stays decided.
    pub fn decide(self, to: SolutionStatus) -> Option<SolutionStatus> {
        (self == SolutionStatus::Proposed && to != SolutionStatus::Proposed).then_some(to)
    }

    /// Whether members may still support it.
    pub fn open_to_support(self) -> bool {
        matches!(self, SolutionStatus::Proposed | SolutionStatus::Accepted)
    }
}

/// Who a proposal comes from, as counted: the mothers (mothers and relays — the *mères
/// relais*) or the actors (local actors, facilitators, coordinators, élus).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    Mothers,
    Actors,
}

impl Origin {
    pub fn of(role: Role) -> Origin {
        match role {
            Role::Mother | Role::Relay => Origin::Mothers,
            Role::Facilitator | Role::Actor | Role::Coordinator | Role::Elected => Origin::Actors,
        }
    }
}

/// The role a proposer speaks as in a quartier: her most "mother" role there, so that a
/// relay who is also a local actor counts on the mothers' side.
pub fn speaking_role(roles: &[Role]) -> Option<Role> {
    const ORDER: [Role; 6] = [
        Role::Mother,
        Role::Relay,
        Role::Facilitator,
        Role::Actor,
        Role::Elected,
        Role::Coordinator,
    ];
    ORDER.into_iter().find(|r| roles.contains(r))
}

/// Where an action stands.
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
pub enum ActionStatus {
    Open,
    Started,
    Blocked,
    Done,
}

impl ActionStatus {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    pub fn message_id(self) -> &'static str {
        match self {
            ActionStatus::Open => "actions-status-open",
            ActionStatus::Started => "actions-status-started",
            ActionStatus::Blocked => "actions-status-blocked",
            ActionStatus::Done => "actions-status-done",
        }
    }

    /// Open, started and blocked move to started, blocked (again, with a new why) or
    /// done; done is final. Nothing goes back to open.
    pub fn transition(self, to: ActionStatus) -> Option<ActionStatus> {
        let legal = !matches!(
            (self, to),
            (ActionStatus::Done, _)
                | (_, ActionStatus::Open)
                | (ActionStatus::Started, ActionStatus::Started)
        );
        legal.then_some(to)
    }

    /// Whether it still waits for something (reminders, a new date).
    pub fn is_pending(self) -> bool {
        self != ActionStatus::Done
    }
}

/// Where an action being made comes from: an accepted solution, a meeting decision (its
/// text is the action's *what*), or nothing but a quartier (`/newaction`). Stored
/// flattened in a dialogue state, as `"solution": 5`, `"decision": 7` or `"quartier": 3`
/// (so states written before decisions still read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionSource {
    Solution(super::SolutionId),
    Decision(super::DecisionId),
    Quartier(super::QuartierId),
}

/// An action created from nothing (`/newaction`) once its date is known, waiting for its
/// linked reports: the quartier, what, who carries it (a member or an organisation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionDraft {
    pub quartier: super::QuartierId,
    pub what: String,
    pub carrier: Option<super::PersonId>,
    pub organisation: Option<String>,
    pub due_at: chrono::DateTime<chrono::Utc>,
}

/// A due date typed by a person, in the city's time zone: a day (`31/12/2026`,
/// `2026-12-31`: at 18:00 that day) or a day and a time (`31/12/2026 09:30`).
pub fn parse_due(text: &str, tz: chrono_tz::Tz) -> Option<chrono::DateTime<chrono::Utc>> {
    use chrono::{NaiveDate, NaiveDateTime, TimeZone};
    let text = text.trim();
    let with_time = ["%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %Hh%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok());
    let naive = with_time.or_else(|| {
        ["%d/%m/%Y", "%Y-%m-%d"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
            .and_then(|d| d.and_hms_opt(18, 0, 0))
    })?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|at| at.with_timezone(&chrono::Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn a_due_date_is_a_day_at_six_pm_or_a_day_and_time_in_the_city_time_zone() {
        use chrono::TimeZone;
        let paris = chrono_tz::Europe::Paris;
        let six_pm = chrono::Utc
            .with_ymd_and_hms(2026, 12, 31, 17, 0, 0)
            .unwrap();
        assert_eq!(parse_due("31/12/2026", paris), Some(six_pm));
        assert_eq!(parse_due(" 2026-12-31 ", paris), Some(six_pm));
        let morning = chrono::Utc
            .with_ymd_and_hms(2026, 12, 31, 8, 30, 0)
            .unwrap();
        assert_eq!(parse_due("31/12/2026 09:30", paris), Some(morning));
        for bad in [
            "",
            "demain",
            "31/13/2026",
            "'; DROP TABLE action; --",
            "٣١/١٢/٢٠٢٦",
        ] {
            assert_eq!(parse_due(bad, paris), None, "{bad}");
        }
    }

    #[test]
    fn a_solution_is_decided_once_and_never_goes_back_to_proposed() {
        use SolutionStatus::*;
        assert_eq!(Proposed.decide(Accepted), Some(Accepted));
        assert_eq!(Proposed.decide(Merged), Some(Merged));
        assert_eq!(Proposed.decide(SetAside), Some(SetAside));
        assert_eq!(Proposed.decide(Proposed), None);
        for decided in [Accepted, Merged, SetAside] {
            for to in SolutionStatus::iter() {
                assert_eq!(decided.decide(to), None, "{decided:?} → {to:?}");
            }
        }
        assert!(Accepted.open_to_support() && !SetAside.open_to_support());
    }

    #[test]
    fn mothers_and_relays_count_as_mothers_every_other_role_as_actors() {
        assert_eq!(Origin::of(Role::Mother), Origin::Mothers);
        assert_eq!(Origin::of(Role::Relay), Origin::Mothers);
        for role in [
            Role::Actor,
            Role::Facilitator,
            Role::Coordinator,
            Role::Elected,
        ] {
            assert_eq!(Origin::of(role), Origin::Actors, "{role:?}");
        }
        assert_eq!(
            speaking_role(&[Role::Actor, Role::Relay]),
            Some(Role::Relay)
        );
        assert_eq!(speaking_role(&[]), None);
    }

    #[test]
    fn an_action_moves_on_until_done_and_never_back_to_open() {
        use ActionStatus::*;
        assert_eq!(Open.transition(Started), Some(Started));
        assert_eq!(Open.transition(Done), Some(Done));
        assert_eq!(Started.transition(Blocked), Some(Blocked));
        assert_eq!(Blocked.transition(Blocked), Some(Blocked));
        assert_eq!(Blocked.transition(Started), Some(Started));
        assert_eq!(Started.transition(Started), None);
        for to in ActionStatus::iter() {
            assert_eq!(Done.transition(to), None);
            assert_eq!(Started.transition(Open), None);
        }
        assert!(!Done.is_pending() && Blocked.is_pending());
        for s in ActionStatus::iter() {
            assert_eq!(ActionStatus::parse(s.as_str()), Some(s));
        }
        for s in SolutionStatus::iter() {
            assert_eq!(SolutionStatus::parse(s.as_str()), Some(s));
        }
    }
}
