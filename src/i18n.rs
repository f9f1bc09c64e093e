//! The Localizer: one concurrent Fluent bundle per language found under `locales/`,
//! with the default language as fallback. User text passed as an argument is escaped
//! for Telegram's HTML parse mode here, once.

use std::borrow::Cow;
use std::collections::BTreeMap;

use anyhow::{Context, bail};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_list::{ListFormatter, ListFormatterPreferences};
use serde::{Deserialize, Serialize};

use crate::domain::Locale;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Text typed by a person: escaped for HTML.
    User(String),
    /// Text made by the bot itself (a code, a link): escaped too, never trusted as HTML.
    Plain(String),
    /// A number (plural forms are chosen from it).
    Num(i64),
    /// Another message, rendered in the same language (a role's name, "on"/"off").
    Msg(Cow<'static, str>),
    /// Another message with its own arguments, rendered in the same language.
    Nested(Box<Msg>),
    /// Several arguments, rendered and joined as her language joins a list ("a, b et c",
    /// "a, b, and c", Arabic "a وb وc"), from CLDR data.
    List(Vec<Arg>),
}

/// A message to render: its Fluent id and its arguments. Serialisable, so that a message
/// queued in the outbox is rendered at send time in the recipient's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    pub id: Cow<'static, str>,
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Self {
        Msg {
            id: Cow::Borrowed(id),
            args: vec![],
        }
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((Cow::Borrowed(name), value));
        self
    }

    pub fn user(self, name: &'static str, text: impl Into<String>) -> Self {
        self.arg(name, Arg::User(text.into()))
    }

    pub fn plain(self, name: &'static str, text: impl Into<String>) -> Self {
        self.arg(name, Arg::Plain(text.into()))
    }

    pub fn num(self, name: &'static str, n: i64) -> Self {
        self.arg(name, Arg::Num(n))
    }

    pub fn msg(self, name: &'static str, id: &'static str) -> Self {
        self.arg(name, Arg::Msg(Cow::Borrowed(id)))
    }
}

impl From<&'static str> for Msg {
    fn from(id: &'static str) -> Self {
        Msg::new(id)
    }
}

/// Removes Unicode isolation marks (Fluent adds them around arguments in RTL languages):
/// for plain-text places such as button labels and command descriptions.
pub fn strip_marks(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect::<String>()
        .trim()
        .to_owned()
}

pub struct Localizer {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
    /// How each language joins a list ("and" lists, full words), from ICU4X's compiled
    /// CLDR data.
    lists: BTreeMap<Locale, ListFormatter>,
    default: Locale,
}

/// The "and" list of a language: CLDR's patterns for it, or the root ones (commas) for a
/// language CLDR does not know.
fn list_formatter(lang: &str) -> anyhow::Result<ListFormatter> {
    let locale: icu_locale_core::Locale = lang
        .parse()
        .map_err(|e| anyhow::anyhow!("bad locale {lang}: {e}"))?;
    ListFormatter::try_new_and(
        ListFormatterPreferences::from(&locale),
        ListFormatterOptions::default().with_length(ListLength::Wide),
    )
    .map_err(|e| anyhow::anyhow!("no list patterns for {lang}: {e}"))
}

impl Localizer {
    /// Loads the locales embedded at build time.
    pub fn embedded(default: &Locale) -> anyhow::Result<Self> {
        Self::from_sources(embedded::FILES.iter().copied(), default)
    }

    pub fn from_sources<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        default: &Locale,
    ) -> anyhow::Result<Self> {
        let mut bundles: BTreeMap<Locale, FluentBundle<FluentResource>> = BTreeMap::new();
        for (lang, source) in files {
            let locale =
                Locale::parse(lang).map_err(|_| anyhow::anyhow!("bad locale folder {lang}"))?;
            let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
                anyhow::anyhow!("syntax errors in locale {lang}: {errors:?}")
            })?;
            let bundle = bundles.entry(locale.clone()).or_insert_with(|| {
                let langid = lang.parse().expect("a locale folder name is a language id");
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Isolation marks keep right-to-left text readable; left-to-right
                // languages do not need them.
                bundle.set_use_isolating(locale.is_rtl());
                bundle
            });
            bundle.add_resource(resource).map_err(|errors| {
                anyhow::anyhow!("duplicate messages in locale {lang}: {errors:?}")
            })?;
        }
        if !bundles.contains_key(default) {
            bail!("DEFAULT_LOCALE {default} has no folder under locales/");
        }
        let lists = bundles
            .keys()
            .map(|locale| Ok((locale.clone(), list_formatter(locale.as_str())?)))
            .collect::<anyhow::Result<_>>()?;
        Ok(Localizer {
            bundles,
            lists,
            default: default.clone(),
        })
    }

    /// The languages shipped, in a stable order.
    pub fn locales(&self) -> impl Iterator<Item = &Locale> {
        self.bundles.keys()
    }

    pub fn default_locale(&self) -> &Locale {
        &self.default
    }

    pub fn has(&self, locale: &Locale) -> bool {
        self.bundles.contains_key(locale)
    }

    /// The shipped language closest to a Telegram `language_code`, else the default.
    pub fn best_for(&self, language_code: Option<&str>) -> Locale {
        language_code
            .and_then(|code| Locale::parse(code).ok())
            .filter(|l| self.has(l))
            .unwrap_or_else(|| self.default.clone())
    }

    /// The message ids of a language.
    pub fn message_ids(&self, locale: &Locale) -> Vec<String> {
        embedded_ids(locale)
    }

    /// Renders `msg` in `locale`, falling back to the default language for a missing id.
    /// Commands with their descriptions (the messages `cmd-<name>`) in `locale`, as
    /// Telegram's "/" menu shows them: plain text.
    pub fn commands<'a>(
        &self,
        locale: &Locale,
        names: impl IntoIterator<Item = &'a str>,
    ) -> Vec<(String, String)> {
        names
            .into_iter()
            .map(|name| {
                let msg = Msg {
                    id: format!("cmd-{name}").into(),
                    args: vec![],
                };
                (name.to_owned(), strip_marks(&self.render(locale, &msg)))
            })
            .collect()
    }

    pub fn render(&self, locale: &Locale, msg: &Msg) -> String {
        self.try_render(locale, msg)
            .or_else(|_| self.try_render(&self.default, msg))
            .unwrap_or_else(|e| {
                tracing::error!(id = %msg.id, locale = %locale, error = %e, "message cannot be rendered");
                msg.id.to_string()
            })
    }

    /// Renders strictly in `locale`: an error for a missing id or a formatting error.
    pub fn try_render(&self, locale: &Locale, msg: &Msg) -> anyhow::Result<String> {
        let bundle = self.bundles.get(locale).context("unknown locale")?;
        let message = bundle.get_message(&msg.id).context("missing message")?;
        let pattern = message.value().context("message without value")?;
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value = match value {
                Arg::Num(n) => FluentValue::from(*n),
                other => FluentValue::from(self.render_arg(locale, other)?),
            };
            args.set(name.clone(), value);
        }
        let mut errors = vec![];
        let text = bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned();
        if !errors.is_empty() {
            bail!("formatting errors in {}: {errors:?}", msg.id);
        }
        Ok(text)
    }
}

impl Localizer {
    fn render_arg(&self, locale: &Locale, arg: &Arg) -> anyhow::Result<String> {
        Ok(match arg {
            Arg::User(text) | Arg::Plain(text) => teloxide::utils::html::escape(text),
            Arg::Num(n) => n.to_string(),
            Arg::Msg(id) => self.try_render(
                locale,
                &Msg {
                    id: id.clone(),
                    args: vec![],
                },
            )?,
            Arg::Nested(msg) => self.try_render(locale, msg)?,
            Arg::List(items) => {
                let items = items
                    .iter()
                    .map(|a| self.render_arg(locale, a))
                    .collect::<anyhow::Result<Vec<_>>>()?;
                let lists = self.lists.get(locale).context("unknown locale")?;
                lists.format_to_string(items.iter())
            }
        })
    }
}

/// The message ids defined in the embedded files of a language.
fn embedded_ids(locale: &Locale) -> Vec<String> {
    let mut ids: Vec<String> = embedded::FILES
        .iter()
        .filter(|(lang, _)| *lang == locale.as_str())
        .filter_map(|(_, source)| FluentResource::try_new((*source).to_owned()).ok())
        .flat_map(|res| {
            res.entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids
}
