//! Names typed by people, parsed once: a value of these types is always valid.

use serde::{Deserialize, Serialize};

use super::DomainError;

/// Removes characters that are invisible or reorder text (zero-width spaces, bidi
/// overrides) and folds runs of white space, so that a name cannot hide or spoof text.
fn clean(text: &str) -> String {
    let visible: String = text
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2066}'..='\u{2069}'
            )
        })
        .collect();
    visible.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse_text(text: &str, max: usize) -> Result<String, DomainError> {
    let cleaned = clean(text);
    if cleaned.is_empty() {
        return Err(DomainError::Empty);
    }
    if cleaned.chars().count() > max {
        return Err(DomainError::TooLong { max });
    }
    if cleaned.chars().any(char::is_control) {
        return Err(DomainError::BadCharacters);
    }
    Ok(cleaned)
}

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $max:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        pub struct $name(String);

        impl $name {
            pub const MAX_CHARS: usize = $max;

            pub fn parse(text: &str) -> Result<Self, DomainError> {
                parse_text(text, Self::MAX_CHARS).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

text_type!(
    /// The controller of a city's data: a town hall or an association, as it signs.
    ControllerName,
    120
);

text_type!(
    /// A postal address or a data-protection contact (an e-mail or a postal address).
    PrivacyContact,
    200
);

text_type!(
    /// A first name a person chose to give (optional, with her consent).
    FirstName,
    40
);
text_type!(
    /// The name of a city.
    CityName,
    80
);
text_type!(
    /// The name of a quartier.
    QuartierName,
    80
);

/// The short prefix of a quartier (`ROU`), unique in its city, never changed; it starts
/// every report reference (`ROU-0042`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct QuartierPrefix(String);

impl QuartierPrefix {
    pub fn parse(text: &str) -> Result<Self, DomainError> {
        let prefix = text.trim().to_ascii_uppercase();
        if (2..=4).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(QuartierPrefix(prefix))
        } else {
            Err(DomainError::BadPrefix)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_its_spaces_folded() {
        assert_eq!(
            FirstName::parse("  Fatima \n Zahra ").unwrap().as_str(),
            "Fatima Zahra"
        );
    }

    #[test]
    fn empty_and_invisible_names_are_refused() {
        assert_eq!(FirstName::parse("   "), Err(DomainError::Empty));
        assert_eq!(
            FirstName::parse("\u{200B}\u{202E}\u{2066}"),
            Err(DomainError::Empty)
        );
    }

    #[test]
    fn a_5000_character_name_is_refused() {
        let long = "a".repeat(5000);
        assert_eq!(
            FirstName::parse(&long),
            Err(DomainError::TooLong { max: 40 })
        );
    }

    #[test]
    fn arabic_and_emoji_names_are_kept() {
        assert_eq!(FirstName::parse("فاطمة").unwrap().as_str(), "فاطمة");
        assert_eq!(FirstName::parse("🌸").unwrap().as_str(), "🌸");
    }

    #[test]
    fn html_looking_names_are_kept_as_text() {
        // Escaping is the renderer's job; the name is kept as she typed it.
        assert_eq!(
            CityName::parse("<b>Roubaix</b> & co").unwrap().as_str(),
            "<b>Roubaix</b> & co"
        );
    }

    #[test]
    fn prefixes_are_two_to_four_capital_letters() {
        assert_eq!(QuartierPrefix::parse("rou").unwrap().as_str(), "ROU");
        assert!(QuartierPrefix::parse("R").is_err());
        assert!(QuartierPrefix::parse("ROUBA").is_err());
        assert!(QuartierPrefix::parse("R0U").is_err());
        assert!(QuartierPrefix::parse("'; DROP").is_err());
    }
}
