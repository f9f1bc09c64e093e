//! The categories of a moment d'incohésion, each with its emoji and its default audience.

use serde::{Deserialize, Serialize};

use super::Audience;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
    pub const ALL: [Category; 10] = [
        Category::Neighbours,
        Category::SchoolRun,
        Category::Harassment,
        Category::YouthConflict,
        Category::Insecurity,
        Category::Incivility,
        Category::PublicSpace,
        Category::VulnerablePerson,
        Category::Discrimination,
        Category::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Neighbours => "neighbours",
            Category::SchoolRun => "school_run",
            Category::Harassment => "harassment",
            Category::YouthConflict => "youth_conflict",
            Category::Insecurity => "insecurity",
            Category::Incivility => "incivility",
            Category::PublicSpace => "public_space",
            Category::VulnerablePerson => "vulnerable_person",
            Category::Discrimination => "discrimination",
            Category::Other => "other",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// A short stable code for callback data.
    pub fn code(self) -> u8 {
        Category::ALL
            .iter()
            .position(|c| *c == self)
            .expect("listed") as u8
    }

    pub fn from_code(code: u8) -> Option<Self> {
        Category::ALL.get(usize::from(code)).copied()
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

    #[test]
    fn categories_round_trip_by_name_and_code() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(c));
            assert_eq!(Category::from_code(c.code()), Some(c));
        }
        assert_eq!(Category::from_code(10), None);
    }

    #[test]
    fn sensitive_categories_default_to_the_coordinator_only() {
        let only: Vec<_> = Category::ALL
            .into_iter()
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
