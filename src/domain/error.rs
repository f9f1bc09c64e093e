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

/// A free text she typed (a proposal, an action, its note): trimmed at both ends, line
/// breaks kept, refused when empty or longer than `max` characters.
pub fn bounded_text(text: &str, max: usize) -> Result<String, DomainError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::Empty);
    }
    if text.chars().count() > max {
        return Err(DomainError::TooLong { max });
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_text_is_trimmed_and_bounded() {
        assert_eq!(bounded_text("  un\ndeux \n", 10), Ok("un\ndeux".into()));
        assert_eq!(bounded_text(" \n ", 10), Err(DomainError::Empty));
        assert_eq!(
            bounded_text("éééé", 3),
            Err(DomainError::TooLong { max: 3 })
        );
        assert_eq!(bounded_text("ééé", 3), Ok("ééé".into()));
    }
}
