//! Use cases over the database: each checks permissions against roles read at the moment
//! of the action, changes the data, and says what happened. No Telegram here.

pub mod administration;
pub mod broadcasts;
pub mod city_language;
pub mod digest;
pub mod digest_delivery;
pub mod export;
pub mod followup;
pub mod groups;
pub mod heatmap;
pub mod meetings;
pub mod members;
pub mod people;
pub mod privacy;
pub mod registration;
pub mod reports;
pub mod summary;
pub mod triage;
// Solutions and actions (issue 17).
pub mod actions;
pub mod calmer;
pub mod health;
pub mod meeting_actions;
pub mod solutions;
// Actions created from nothing (issue 17).
pub mod new_action;
// The coordinator told of a blocked or done action (issue 17).
pub mod action_news;

use thiserror::Error;

use crate::domain::{DomainError, InvitationProblem};

/// Why a use case did not happen; every variant but `Unexpected` is a person's mistake
/// with a localized explanation, and changed nothing.
#[derive(Debug, Error)]
pub enum ServiceError {
    #[error("not allowed")]
    NotAllowed,
    #[error("invitation cannot be used: {0:?}")]
    Invitation(InvitationProblem),
    #[error("invalid input: {0}")]
    Invalid(#[from] DomainError),
    #[error("already exists")]
    Duplicate(&'static str),
    #[error("not found or no longer valid")]
    Stale,
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl From<sqlx::Error> for ServiceError {
    fn from(e: sqlx::Error) -> Self {
        ServiceError::Unexpected(e.into())
    }
}

impl ServiceError {
    /// The Fluent message id for a person's mistake (`None` for unexpected errors).
    pub fn message_id(&self) -> Option<&'static str> {
        match self {
            ServiceError::NotAllowed => Some("error-not-allowed"),
            ServiceError::Invitation(p) => Some(p.message_id()),
            ServiceError::Invalid(e) => Some(e.message_id()),
            ServiceError::Duplicate(id) => Some(id),
            ServiceError::Stale => Some("error-stale-button"),
            ServiceError::Unexpected(_) => None,
        }
    }
}

pub type ServiceResult<T> = Result<T, ServiceError>;
