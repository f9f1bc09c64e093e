//! What Telegram shows before and around a conversation: the command list and the bot's
//! descriptions, per language. A failure here is logged, never fatal.

use teloxide::prelude::*;
use teloxide::types::BotCommand;

use crate::domain::Locale;
use crate::i18n::{Localizer, Msg};

/// The commands shown in Telegram's "/" menu, with their description ids.
pub const COMMANDS: [(&str, &str); 17] = [
    ("start", "cmd-start"),
    ("report", "cmd-report"),
    ("myreports", "cmd-myreports"),
    ("reports", "cmd-reports"),
    ("help", "cmd-help"),
    ("language", "cmd-language"),
    ("settings", "cmd-settings"),
    ("cancel", "cmd-cancel"),
    ("privacy", "cmd-privacy"),
    ("mydata", "cmd-mydata"),
    ("forget", "cmd-forget"),
    ("invite", "cmd-invite"),
    ("members", "cmd-members"),
    ("revoke", "cmd-revoke"),
    ("newquartier", "cmd-newquartier"),
    ("newcity", "cmd-newcity"),
    ("linkgroup", "cmd-linkgroup"),
];

fn text(localizer: &Localizer, locale: &Locale, id: &'static str) -> String {
    super::keyboards::strip_marks(&localizer.render(locale, &Msg::new(id)))
}

/// Publishes commands and descriptions for every language, and for users whose
/// language is not shipped (in the default language).
pub async fn publish(bot: &Bot, localizer: &Localizer) {
    let mut targets: Vec<Option<&Locale>> = localizer.locales().map(Some).collect();
    targets.push(None);
    for target in targets {
        let locale = target.unwrap_or(localizer.default_locale());
        let commands: Vec<BotCommand> = COMMANDS
            .iter()
            .map(|(name, id)| BotCommand::new(*name, text(localizer, locale, id)))
            .collect();
        let code = target.map(|l| l.as_str().to_owned());
        let mut set_commands = bot.set_my_commands(commands);
        let mut description =
            bot.set_my_description()
                .description(text(localizer, locale, "bot-description"));
        let mut short = bot.set_my_short_description().short_description(text(
            localizer,
            locale,
            "bot-short-description",
        ));
        if let Some(code) = code {
            set_commands = set_commands.language_code(code.clone());
            description = description.language_code(code.clone());
            short = short.language_code(code);
        }
        for (what, result) in [
            ("setMyCommands", set_commands.await.map(drop)),
            ("setMyDescription", description.await.map(drop)),
            ("setMyShortDescription", short.await.map(drop)),
        ] {
            if let Err(error) = result {
                tracing::warn!(locale = %locale, call = what, error = %error, "could not publish bot texts");
            }
        }
    }
}
