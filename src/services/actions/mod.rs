//! Actions: created by a coordinator or facilitator (or from a meeting decision), carried
//! by a member or an organisation, updated by whoever carries it (started, done with a
//! note, blocked with why, new date), reminded before and after the due date; done, they
//! tell every reporter of a linked report "you said, we did" and resolve those reports.

use chrono::{DateTime, Duration, Utc};

use super::ServiceResult;
use crate::domain::error::bounded_text;
use crate::domain::{DecisionId, PersonId, ReportId, Scope, SolutionId};

mod calmer;
mod create;
mod planning;
mod reminders;
mod status;

pub use calmer::quartier_of;
pub use create::{check_carrier, create};
pub use planning::{carriers, plan_from, plan_from_solution};
pub use reminders::{due_text, remind};
pub use status::{scope_of, updatable, update};

/// The kind of the outbox rows that carry an action's buttons (see `outbox::buttons`).
pub const ASSIGNED_KIND: &str = "action_assigned";
pub const REMINDER_KIND: &str = "action_reminder";
/// The longest text (what, a note, an organisation's name), in characters.
pub const MAX_TEXT: usize = 500;
/// The carrier is reminded this long before the due date…
pub const REMIND_BEFORE: Duration = Duration::days(2);
/// …and this long after it, if it is not done.
pub const REMIND_OVERDUE: Duration = Duration::days(1);

/// Who carries an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Carrier {
    /// A member (local actor, relay, facilitator, coordinator, élu).
    Person(PersonId),
    /// An organisation named in words.
    Organisation(String),
}

impl Carrier {
    /// From what a dialogue state keeps: a member, else an organisation's name.
    pub fn from_parts(person: Option<PersonId>, organisation: Option<String>) -> Carrier {
        match (person, organisation) {
            (Some(p), _) => Carrier::Person(p),
            (None, name) => Carrier::Organisation(name.unwrap_or_default()),
        }
    }

    /// What a dialogue state keeps of it.
    pub fn into_parts(self) -> (Option<PersonId>, Option<String>) {
        match self {
            Carrier::Person(p) => (Some(p), None),
            Carrier::Organisation(name) => (None, Some(name)),
        }
    }
}

/// An action to create: from a meeting decision (its id and text) or on its own.
#[derive(Debug, Clone)]
pub struct Plan {
    pub scope: Scope,
    pub what: String,
    pub carrier: Carrier,
    pub due_at: DateTime<Utc>,
    pub solution: Option<SolutionId>,
    /// The meeting decision it comes from (`meeting_decision.id`, issue 15).
    pub decision: Option<DecisionId>,
    pub reports: Vec<ReportId>,
}

/// What the carrier says of her action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Update {
    Started,
    Done(String),
    Blocked(String),
    NewDate(DateTime<Utc>),
}

fn bounded(text: &str) -> ServiceResult<String> {
    Ok(bounded_text(text, MAX_TEXT)?)
}
