//! Broadcasts: one announcement for chosen people of a city, in several language
//! versions (a text, a voice note, or both). Who may send to whom is in `permissions`.

use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;

use super::{CityId, Locale, QuartierId, Role};

/// Telegram's limit on a message's text.
pub const MAX_TEXT: usize = 4096;
/// Telegram's limit on a caption (the text sent with a voice note).
pub const MAX_CAPTION: usize = 1024;

/// Who receives a broadcast: people of a city holding one of `roles` (all roles when
/// empty) in one of `quartiers` (the whole city when empty), and, if `groups`, the
/// linked Telegram groups of those quartiers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub city: Option<CityId>,
    #[serde(default)]
    pub quartiers: Vec<QuartierId>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub groups: bool,
}

impl Audience {
    /// The roles targeted: the chosen ones, or every role.
    pub fn roles(&self) -> Vec<Role> {
        if self.roles.is_empty() {
            Role::iter().collect()
        } else {
            self.roles.clone()
        }
    }

    /// Adds or removes one quartier (a toggle button).
    pub fn toggle_quartier(&mut self, q: QuartierId) {
        toggle(&mut self.quartiers, q);
    }

    /// Adds or removes one role (a toggle button).
    pub fn toggle_role(&mut self, r: Role) {
        toggle(&mut self.roles, r);
    }
}

fn toggle<T: PartialEq + Ord>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => drop(list.remove(i)),
        None => {
            list.push(item);
            list.sort();
        }
    }
}

/// One language version: a text, a voice note (Telegram's `file_id`), or both (the text
/// then goes as the voice note's caption).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    pub locale: Option<Locale>,
    pub text: Option<String>,
    pub voice: Option<String>,
}

/// Why a piece of a broadcast cannot be taken; each has a localized explanation and
/// leaves the draft as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BroadcastProblem {
    EmptyText,
    /// Longer than the limit by `over` characters.
    TooLong {
        max: usize,
        over: usize,
    },
    NoRecipients,
    InThePast,
    NoVersion,
}

impl BroadcastProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            BroadcastProblem::EmptyText => "broadcast-error-empty",
            BroadcastProblem::TooLong { .. } => "broadcast-error-too-long",
            BroadcastProblem::NoRecipients => "broadcast-error-no-recipients",
            BroadcastProblem::InThePast => "broadcast-error-past",
            BroadcastProblem::NoVersion => "broadcast-error-no-version",
        }
    }
}

impl Version {
    /// The version with `text` set, if it fits (a caption when there is a voice note).
    pub fn with_text(&self, text: &str) -> Result<Version, BroadcastProblem> {
        let text = text.trim();
        if text.is_empty() {
            return Err(BroadcastProblem::EmptyText);
        }
        check_length(text, self.voice.is_some())?;
        Ok(Version {
            text: Some(text.to_owned()),
            ..self.clone()
        })
    }

    /// The version with a voice note; an existing text becomes its caption, if it fits.
    pub fn with_voice(&self, file_id: &str) -> Result<Version, BroadcastProblem> {
        if let Some(text) = &self.text {
            check_length(text, true)?;
        }
        Ok(Version {
            voice: Some(file_id.to_owned()),
            ..self.clone()
        })
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_none() && self.voice.is_none()
    }
}

fn check_length(text: &str, caption: bool) -> Result<(), BroadcastProblem> {
    let max = if caption { MAX_CAPTION } else { MAX_TEXT };
    let len = text.chars().count();
    if len > max {
        return Err(BroadcastProblem::TooLong {
            max,
            over: len - max,
        });
    }
    Ok(())
}

/// Which version a recipient reading `locale` gets: hers, else the default language's.
pub fn version_for<'a>(
    versions: &'a [Version],
    locale: &Locale,
    default: &Locale,
) -> Option<&'a Version> {
    let find = |l: &Locale| versions.iter().find(|v| v.locale.as_ref() == Some(l));
    find(locale).or_else(|| find(default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> Locale {
        Locale::parse(s).unwrap()
    }

    #[test]
    fn a_text_over_telegrams_limit_is_refused_saying_by_how_much() {
        let v = Version::default();
        let long = "a".repeat(MAX_TEXT + 7);
        assert_eq!(
            v.with_text(&long),
            Err(BroadcastProblem::TooLong {
                max: MAX_TEXT,
                over: 7
            })
        );
        assert_eq!(v.with_text("  "), Err(BroadcastProblem::EmptyText));
        assert!(v.with_text(&"a".repeat(MAX_TEXT)).is_ok());
    }

    #[test]
    fn with_a_voice_note_the_text_is_a_caption_of_at_most_1024_characters() {
        let voiced = Version::default().with_voice("F1").unwrap();
        assert!(matches!(
            voiced.with_text(&"b".repeat(MAX_CAPTION + 1)),
            Err(BroadcastProblem::TooLong { over: 1, .. })
        ));
        let long = Version::default().with_text(&"b".repeat(2000)).unwrap();
        assert!(long.with_voice("F1").is_err());
    }

    #[test]
    fn a_recipient_without_her_version_gets_the_default_languages() {
        let fr = Version {
            locale: Some(loc("fr")),
            text: Some("Bonjour".into()),
            voice: None,
        };
        let ar = Version {
            locale: Some(loc("ar")),
            voice: Some("V".into()),
            text: None,
        };
        let versions = vec![fr.clone(), ar.clone()];
        assert_eq!(version_for(&versions, &loc("ar"), &loc("fr")), Some(&ar));
        assert_eq!(version_for(&versions, &loc("tr"), &loc("fr")), Some(&fr));
    }

    #[test]
    fn audience_buttons_toggle_quartiers_and_roles() {
        let mut a = Audience::default();
        a.toggle_role(Role::Relay);
        a.toggle_role(Role::Mother);
        assert_eq!(a.roles, vec![Role::Mother, Role::Relay]);
        a.toggle_role(Role::Relay);
        assert_eq!(a.roles(), vec![Role::Mother]);
        a.toggle_quartier(QuartierId(3));
        a.toggle_quartier(QuartierId(3));
        assert!(a.quartiers.is_empty());
        assert_eq!(
            Audience::default().roles(),
            Role::iter().collect::<Vec<_>>()
        );
    }
}

/// A broadcast being composed: kept in the author's dialogue state, so that it survives
/// a restart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub audience: Audience,
    #[serde(default)]
    pub versions: Vec<Version>,
}

impl Draft {
    pub fn version(&self, locale: &Locale) -> Version {
        self.versions
            .iter()
            .find(|v| v.locale.as_ref() == Some(locale))
            .cloned()
            .unwrap_or_else(|| Version {
                locale: Some(locale.clone()),
                ..Version::default()
            })
    }

    /// The draft with `version` in place of the one of its language.
    pub fn with_version(&self, version: Version) -> Draft {
        let mut versions: Vec<Version> = self
            .versions
            .iter()
            .filter(|v| v.locale != version.locale)
            .cloned()
            .collect();
        versions.push(version);
        versions.sort_by(|a, b| a.locale.cmp(&b.locale));
        Draft {
            versions,
            ..self.clone()
        }
    }

    pub fn has_version(&self) -> bool {
        self.versions.iter().any(|v| !v.is_empty())
    }

    /// The language whose version goes to those whose own language has none: the city's
    /// default (`preferred`) if it has a version, else the first of its versions by
    /// language code (as the sender falls back at send time).
    pub fn fallback(&self, preferred: &Locale) -> Locale {
        let written = |l: &Locale| {
            self.versions
                .iter()
                .any(|v| v.locale.as_ref() == Some(l) && !v.is_empty())
        };
        if written(preferred) {
            return preferred.clone();
        }
        self.versions
            .iter()
            .filter(|v| !v.is_empty())
            .find_map(|v| v.locale.clone())
            .unwrap_or_else(|| preferred.clone())
    }
}

#[cfg(test)]
mod fallback_tests {
    use super::*;

    fn loc(s: &str) -> Locale {
        Locale::parse(s).unwrap()
    }

    #[test]
    fn those_without_a_version_get_the_city_default_else_the_first_written() {
        let draft = Draft::default();
        let draft = draft.with_version(draft.version(&loc("fr")).with_text("Réunion").unwrap());
        let draft = draft.with_version(draft.version(&loc("ar")).with_voice("VOICE").unwrap());
        assert_eq!(draft.fallback(&loc("ar")), loc("ar"));
        assert_eq!(draft.fallback(&loc("fr")), loc("fr"));
        assert_eq!(draft.fallback(&loc("tr")), loc("ar"), "tr has no version");
        assert_eq!(Draft::default().fallback(&loc("es")), loc("es"));
    }
}
