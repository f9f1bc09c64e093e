//! The categories of a moment d'incohésion, each with its emoji and its default audience.

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

use super::Audience;

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
pub enum Category {
    Neighbours,
    SchoolRun,
    Harassment,
    YouthConflict,
    Insecurity,
    Incivility,
    PublicSpace,
    VulnerablePerson,
    Discrimination,
    Other,
}

impl Category {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(name: &str) -> Option<Self> {
        name.parse().ok()
    }

    /// The Fluent message id of its label (emoji and words).
    pub fn message_id(self) -> &'static str {
        match self {
            Category::Neighbours => "category-neighbours",
            Category::SchoolRun => "category-school-run",
            Category::Harassment => "category-harassment",
            Category::YouthConflict => "category-youth-conflict",
            Category::Insecurity => "category-insecurity",
            Category::Incivility => "category-incivility",
            Category::PublicSpace => "category-public-space",
            Category::VulnerablePerson => "category-vulnerable-person",
            Category::Discrimination => "category-discrimination",
            Category::Other => "category-other",
        }
    }

    /// Sensitive categories are read by the coordinator only unless she chooses otherwise.
    pub fn default_audience(self) -> Audience {
        match self {
            Category::Harassment | Category::Discrimination | Category::VulnerablePerson => {
                Audience::CoordinatorOnly
            }
            _ => Audience::WithRelays,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn categories_round_trip_by_name() {
        for c in Category::iter() {
            assert_eq!(Category::parse(c.as_str()), Some(c));
        }
        assert_eq!(Category::parse("Neighbours"), None);
    }

    #[test]
    fn sensitive_categories_default_to_the_coordinator_only() {
        let only: Vec<_> = Category::iter()
            .filter(|c| c.default_audience() == Audience::CoordinatorOnly)
            .collect();
        assert_eq!(
            only,
            [
                Category::Harassment,
                Category::VulnerablePerson,
                Category::Discrimination
            ]
        );
    }
}
