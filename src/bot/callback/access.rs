//! Where a button may act: in a group chat, or before she is registered.

use super::{Callback, PrivacyButton};

impl Callback {
    /// Whether this button is made to be pressed in a group chat. Buttons, like
    /// commands, act only in private chats except these — none yet: a new button says
    /// here where it belongs.
    pub fn for_groups(&self) -> bool {
        match self {
            Callback::Language(_)
            | Callback::Continue
            | Callback::SkipName
            | Callback::Discreet(_)
            | Callback::DiscreetOffer(_)
            | Callback::InviteRole(_)
            | Callback::InviteScope(_)
            | Callback::Revoke(_)
            | Callback::QuartierCity(_)
            | Callback::Members(_)
            | Callback::EndRole(_)
            | Callback::ChangeRole(_)
            | Callback::ChangeRoleTo(..)
            | Callback::Settings(_)
            | Callback::Report(_)
            | Callback::TriageList { .. }
            | Callback::TriageCategories { .. }
            | Callback::TriageOpen(_)
            | Callback::TriageStatus(..)
            | Callback::TriageAction(..)
            | Callback::DropPhoto(..)
            | Callback::ResolveWithoutNote(_)
            | Callback::AnswerQuestion(_)
            | Callback::DangerNow
            | Callback::Privacy(_)
            | Callback::GroupAdmits(..)
            | Callback::Broadcast(_)
            | Callback::Understood(_)
            | Callback::Meeting(_)
            | Callback::CityLanguage(_)
            | Callback::Digest(_)
            | Callback::Solution(_) => false,
        }
    }

    /// Whether this button acts before she is registered: the onboarding steps and the
    /// full privacy notice (readable before registering). Any other is answered "send
    /// /start" until she is.
    pub fn before_registration(&self) -> bool {
        match self {
            Callback::Language(_)
            | Callback::Continue
            | Callback::SkipName
            | Callback::Discreet(_)
            | Callback::Privacy(PrivacyButton::Details) => true,
            Callback::Privacy(
                PrivacyButton::Forget(_)
                | PrivacyButton::City(_)
                | PrivacyButton::SwitchKind(_)
                | PrivacyButton::Retention(_)
                | PrivacyButton::Edit(..),
            )
            | Callback::DiscreetOffer(_)
            | Callback::GroupAdmits(..)
            | Callback::InviteRole(_)
            | Callback::InviteScope(_)
            | Callback::Revoke(_)
            | Callback::QuartierCity(_)
            | Callback::Members(_)
            | Callback::EndRole(_)
            | Callback::ChangeRole(_)
            | Callback::ChangeRoleTo(..)
            | Callback::Settings(_)
            | Callback::Report(_)
            | Callback::TriageList { .. }
            | Callback::TriageCategories { .. }
            | Callback::TriageOpen(_)
            | Callback::TriageStatus(..)
            | Callback::TriageAction(..)
            | Callback::DropPhoto(..)
            | Callback::ResolveWithoutNote(_)
            | Callback::AnswerQuestion(_)
            | Callback::DangerNow
            | Callback::Broadcast(_)
            | Callback::Understood(_)
            | Callback::Meeting(_)
            | Callback::CityLanguage(_)
            | Callback::Digest(_)
            | Callback::Solution(_) => false,
        }
    }
}
