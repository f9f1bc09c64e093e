//! What Telegram shows before and around a conversation: the "/" command lists and the
//! bot's descriptions, per language. A failure here is logged, never fatal.
//!
//! Three lists: the default one holds the commands anyone may use, registered or not;
//! group chats list only `/linkgroup`; each member's private chat gets her own list (a
//! chat scope), made from her roles like her menu and described in her language — so no
//! language code is given with it: the chat is hers alone. Hers is queued through the
//! outbox when she joins, when her roles or her language change, and removed at `/forget`.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use sqlx::{SqliteConnection, SqlitePool};
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope};

use super::keyboards::{MenuAction, allowed, strip_marks};
use crate::domain::{Locale, PersonId, Principal, TelegramUserId};
use crate::i18n::{Localizer, Msg};
use crate::outbox::{self, NewMessage};
use crate::services::people;
use crate::store::persons;

/// Every command, in the order the "/" menu shows them; each is described by the
/// message `cmd-<name>`.
pub const COMMANDS: [&str; 29] = [
    "start",
    "report",
    "myreports",
    "reports",
    "solutions",
    "propose",
    "actions",
    "health",
    "newaction",
    "broadcast",
    "broadcasts",
    "meetings",
    "newmeeting",
    "group",
    "help",
    "language",
    "settings",
    "cancel",
    "privacy",
    "mydata",
    "forget",
    "invite",
    "members",
    "revoke",
    "newquartier",
    "newcity",
    "linkgroup",
    "summary",
    "export",
];

/// Commands anyone may use, registered or not: the default list.
pub const OPEN_COMMANDS: [&str; 7] = [
    "start", "help", "language", "cancel", "privacy", "mydata", "forget",
];

/// The commands that belong in a group chat.
pub const GROUP_COMMANDS: [&str; 1] = ["linkgroup"];

/// The commands a registered person may use in her private chat, for her roles (the
/// same as her menu, with `/revoke` for those who invite).
pub fn commands_for(principal: &Principal) -> Vec<&'static str> {
    let allowed: Vec<&str> = allowed(principal)
        .into_iter()
        .flatten()
        .map(MenuAction::command)
        .collect();
    let invites = allowed.contains(&"invite");
    COMMANDS
        .into_iter()
        .filter(|name| {
            OPEN_COMMANDS.contains(name)
                || allowed.contains(name)
                || (*name == "revoke" && invites)
                || (*name == "broadcasts" && allowed.contains(&"broadcast"))
                || (*name == "propose" && allowed.contains(&"solutions"))
                || (*name == "health" && coordinates(principal))
        })
        .collect()
}

/// Whether she sees a city's health: the operator and coordinators.
fn coordinates(principal: &Principal) -> bool {
    principal.is_admin || principal.has_role(crate::domain::Role::Coordinator)
}

/// Queues her "/" command list, made from her roles at `now`, through the outbox (in the
/// caller's transaction); false if `key` was already queued.
pub async fn queue_commands(
    conn: &mut SqliteConnection,
    admin_ids: &HashSet<TelegramUserId>,
    person: PersonId,
    key: String,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let is_admin = persons::telegram_user(&mut *conn, person)
        .await?
        .is_some_and(|user| admin_ids.contains(&user));
    let principal = people::principal(&mut *conn, Some(person), is_admin, now).await?;
    let names = commands_for(&principal);
    outbox::enqueue(conn, &NewMessage::commands(key, person, &names, now), now).await
}

/// At start-up: members who never had a list of their own (they joined before lists were
/// per person) get one, once. Returns how many were queued.
pub async fn queue_missing_commands(
    pool: &SqlitePool,
    admin_ids: &HashSet<TelegramUserId>,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    // Immediate: it reads, then writes, while the sender may write.
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let people = persons::without_command_list(&mut tx).await?;
    for person in &people {
        let key = format!("commands:first:{person}");
        queue_commands(&mut tx, admin_ids, *person, key, now).await?;
    }
    tx.commit().await?;
    Ok(people.len())
}

fn text(localizer: &Localizer, locale: &Locale, msg: &Msg) -> String {
    strip_marks(&localizer.render(locale, msg))
}

fn bot_commands(list: Vec<(String, String)>) -> Vec<BotCommand> {
    list.into_iter()
        .map(|(name, description)| BotCommand::new(name, description))
        .collect()
}

/// The scope of one person's private chat.
pub fn chat_scope(chat: i64) -> BotCommandScope {
    BotCommandScope::Chat {
        chat_id: teloxide::types::Recipient::Id(ChatId(chat)),
    }
}

/// Publishes the default and group command lists and the descriptions for every
/// language, and for users whose language is not shipped (in the default language).
pub async fn publish(bot: &Bot, localizer: &Localizer) {
    let mut targets: Vec<Option<&Locale>> = localizer.locales().map(Some).collect();
    targets.push(None);
    for target in targets {
        let locale = target.unwrap_or(localizer.default_locale());
        let everyone = bot_commands(localizer.commands(locale, OPEN_COMMANDS));
        let groups = bot_commands(localizer.commands(locale, GROUP_COMMANDS));
        let code = target.map(|l| l.as_str().to_owned());
        let mut set_commands = bot.set_my_commands(everyone);
        let mut set_group = bot
            .set_my_commands(groups)
            .scope(BotCommandScope::AllGroupChats);
        let mut description = bot.set_my_description().description(text(
            localizer,
            locale,
            &Msg::new("bot-description"),
        ));
        let mut short = bot.set_my_short_description().short_description(text(
            localizer,
            locale,
            &Msg::new("bot-short-description"),
        ));
        if let Some(code) = code {
            set_commands = set_commands.language_code(code.clone());
            set_group = set_group.language_code(code.clone());
            description = description.language_code(code.clone());
            short = short.language_code(code);
        }
        for (what, result) in [
            ("setMyCommands", set_commands.await.map(drop)),
            ("setMyCommands", set_group.await.map(drop)),
            ("setMyDescription", description.await.map(drop)),
            ("setMyShortDescription", short.await.map(drop)),
        ] {
            if let Err(error) = result {
                tracing::warn!(locale = %locale, call = what, error = %error, "could not publish bot texts");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CityId, Grant, QuartierId, Role, Scope};

    fn holding(role: Role) -> Principal {
        let scope = if role.is_quartier_role() {
            Scope::Quartier(CityId(1), QuartierId(1))
        } else {
            Scope::City(CityId(1))
        };
        Principal {
            grants: vec![Grant { role, scope }],
            is_admin: false,
        }
    }

    #[test]
    fn a_mother_is_offered_only_the_commands_she_may_use() {
        let mother = commands_for(&holding(Role::Mother));
        assert!(mother.contains(&"report") && mother.contains(&"myreports"));
        for never in [
            "reports",
            "invite",
            "revoke",
            "members",
            "newquartier",
            "newcity",
        ] {
            assert!(!mother.contains(&never), "{never} in {mother:?}");
        }
        let coordinator = commands_for(&holding(Role::Coordinator));
        for name in ["reports", "invite", "revoke", "members", "newquartier"] {
            assert!(coordinator.contains(&name), "{name} in {coordinator:?}");
        }
        assert!(!coordinator.contains(&"newcity"));
        let operator = Principal {
            grants: vec![],
            is_admin: true,
        };
        assert!(commands_for(&operator).contains(&"newcity"));
        // Local actors and élus read the partners' texts in /reports.
        assert!(commands_for(&holding(Role::Elected)).contains(&"reports"));
    }

    #[test]
    fn every_command_of_the_lists_is_a_known_command() {
        for name in OPEN_COMMANDS.iter().chain(&GROUP_COMMANDS) {
            assert!(COMMANDS.contains(name), "{name}");
        }
    }
}
