//! The domain of the Agenda: people, cities, quartiers, roles and invitations.
//! Pure types and rules — no Telegram, no SQL — so they are read and tested first.

pub mod broadcast;
pub mod digest;
pub mod digits;
pub mod error;
pub mod groups;
pub mod ids;
pub mod invitation;
pub mod locale;
pub mod meeting;
pub mod names;
pub mod permissions;
pub mod role;
pub mod time;
// Solutions and actions (issue 17).
pub mod calmer;
pub mod solutions;
pub use ids::{ActionId, CalmerQuestionId, SolutionId};

pub use broadcast::{Audience, BroadcastProblem, Draft, Version};
pub use error::DomainError;
pub use groups::{BotRights, GroupBreak, GroupPolicy};
pub use ids::{
    AdmissionId, AssignmentId, BroadcastId, CityId, InvitationId, PersonId, QuartierId, QuestionId,
    ReportId, TelegramUserId,
};
pub use ids::{DecisionId, MeetingId};
pub use invitation::{Invitation, InvitationCode, InvitationProblem};
pub use locale::Locale;
pub use names::{
    CityName, ControllerName, FirstName, PrivacyContact, QuartierName, QuartierPrefix,
};
pub mod privacy;
pub use permissions::{Action, Grant, Principal, Scope};
pub use privacy::{ControllerKind, PrivacyField, PrivacySettings, RetentionMonths};
pub use role::Role;
pub mod place;
pub mod report;
pub use place::{City, Member, Person, Quartier};
