//! A language tag as the bot uses it (`fr`, `ar`, …). Which languages exist is decided by
//! the folders under `locales/`, not by code: this type only checks the shape.

use serde::{Deserialize, Serialize};

use super::DomainError;

/// A lower-case ISO 639 language code, such as `fr` or `ar`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Locale(String);

impl Locale {
    /// Accepts `fr`, `FR`, `fr-FR` or `pt_BR` and keeps the language part.
    pub fn parse(tag: &str) -> Result<Self, DomainError> {
        let lang = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let valid = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
        if valid {
            Ok(Locale(lang))
        } else {
            Err(DomainError::UnknownLocale)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(&self) -> bool {
        matches!(self.0.as_str(), "ar" | "he" | "fa" | "ur")
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for Locale {
    type Error = DomainError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Locale::parse(&value)
    }
}

impl From<Locale> for String {
    fn from(value: Locale) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_case_are_dropped() {
        assert_eq!(Locale::parse("pt-BR").unwrap().as_str(), "pt");
        assert_eq!(Locale::parse("AR").unwrap().as_str(), "ar");
        assert!(Locale::parse("").is_err());
        assert!(Locale::parse("français").is_err());
        assert!(Locale::parse("<b>").is_err());
    }
}
