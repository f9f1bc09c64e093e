//! Why a value typed by a person was refused. Each variant maps to a localized message.

use thiserror::Error;

/// A value that does not satisfy the rules of the domain.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("the text is empty")]
    Empty,
    #[error("the text is longer than {max} characters")]
    TooLong { max: usize },
    #[error("the text contains characters that cannot be used")]
    BadCharacters,
    #[error("a quartier prefix is 2 to 4 capital letters")]
    BadPrefix,
    #[error("this is not an invitation code")]
    BadInvitationCode,
    #[error("unknown time zone")]
    BadTimeZone,
    #[error("unknown language")]
    UnknownLocale,
    #[error("unknown role")]
    UnknownRole,
}

impl DomainError {
    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> &'static str {
        match self {
            DomainError::Empty => "error-empty-text",
            DomainError::TooLong { .. } => "error-text-too-long",
            DomainError::BadCharacters => "error-bad-characters",
            DomainError::BadPrefix => "error-bad-prefix",
            DomainError::BadInvitationCode => "invite-problem-unknown",
            DomainError::BadTimeZone => "error-bad-timezone",
            DomainError::UnknownLocale => "error-unknown-language",
            DomainError::UnknownRole => "error-unknown-role",
        }
    }
}
