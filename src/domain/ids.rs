//! Identifier newtypes: an id of one kind can never be passed where another is expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    /// A person, apart from any Telegram account.
    PersonId,
    /// A Telegram user id (the account a person uses today).
    TelegramUserId,
    /// A city running the Agenda.
    CityId,
    /// A quartier of a city.
    QuartierId,
    /// One role held by one person over one scope, for a period.
    AssignmentId,
    /// An invitation.
    InvitationId,
    /// A person let into a quartier's group by the bot.
    AdmissionId,
    /// A report of a moment d'incohésion.
    ReportId,
    /// A question asked to the reporter of a report.
    QuestionId,
    /// A broadcast: one announcement in several language versions.
    BroadcastId,
    /// A concertation meeting.
    MeetingId,
    /// A decision taken at a meeting.
    DecisionId,
    /// A solution proposed for a quartier.
    SolutionId,
    /// An action: what, who carries it, by when.
    ActionId,
    /// A "did it get calmer?" question to one person about one action.
    CalmerQuestionId,
);
