//! The commands the bot understands, parsed by teloxide's `BotCommands` derive: a command
//! is a variant, so a handler that forgets one does not compile. Their descriptions are
//! the messages `cmd-<name>` in each language (`setup.rs`), not the derive's.

use teloxide::utils::command::BotCommands;

#[derive(BotCommands, Debug, Clone, PartialEq, Eq, strum::IntoStaticStr)]
#[command(rename_rule = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Command {
    /// `/start [code]`: join with an invitation, or show the menu.
    Start(String),
    Help,
    Language,
    Settings,
    Cancel,
    Privacy,
    MyData,
    Forget,
    /// `/newcity Name [Time/Zone]`.
    NewCity(String),
    /// `/newquartier PREFIX Name`.
    NewQuartier(String),
    Invite,
    /// `/revoke [code]`.
    Revoke(String),
    Members,
    Report,
    MyReports,
    Reports,
    /// Compose a broadcast (audience, versions, send now or schedule).
    Broadcast,
    /// Her broadcasts: figures, cancel, who has not understood.
    Broadcasts,
    /// Organise a meeting (kind, date, place, agenda, who is invited).
    NewMeeting,
    /// Her upcoming meetings and her answers; the organiser's view.
    Meetings,
    /// `/linkgroup PREFIX`, in a quartier's group.
    LinkGroup(String),
    /// Her quartier's group: the button to ask to join it.
    Group,
    /// A digest of a city or quartier (élus, coordinators; relays for their quartiers).
    Summary,
    /// A city's validated reports as CSV or Open311 JSON (coordinators).
    Export,
    /// Solutions of her quartiers: propose, support, decide.
    Solutions,
    /// Actions: the health view of a coordinator, the actions a member carries.
    Actions,
    /// Propose a solution for one of her quartiers (the button of `/solutions`).
    Propose,
    /// A coordinator's view of her city: actions, triage, meetings, members, pace.
    Health,
    /// Create an action from nothing (a coordinator, a facilitator).
    NewAction,
}

impl Command {
    /// The command named `name` (lower case, without `/` or `@bot`) with its arguments
    /// (trimmed; a command that takes none ignores them); `None` for a name the bot does
    /// not know.
    pub fn parse_parts(name: &str, args: &str) -> Option<Command> {
        let text = if args.is_empty() {
            format!("/{name}")
        } else {
            format!("/{name} {args}")
        };
        <Command as BotCommands>::parse(&text, "").ok()
    }

    /// Its name, as typed after `/` and as listed in `setup::COMMANDS`.
    pub fn name(&self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::setup::COMMANDS;

    #[test]
    fn every_listed_command_parses_and_every_command_is_listed() {
        let derived: Vec<String> = Command::bot_commands()
            .into_iter()
            .map(|c| c.command.trim_start_matches('/').to_owned())
            .collect();
        let mut listed: Vec<&str> = COMMANDS.to_vec();
        let mut names: Vec<&str> = derived.iter().map(String::as_str).collect();
        listed.sort_unstable();
        names.sort_unstable();
        assert_eq!(names, listed);
        for name in COMMANDS {
            let command = Command::parse_parts(name, "").expect(name);
            assert_eq!(command.name(), name);
        }
    }

    #[test]
    fn every_menu_button_has_its_command() {
        use crate::bot::keyboards::MenuAction;
        use strum::IntoEnumIterator;
        for action in MenuAction::iter() {
            let command = Command::parse_parts(action.command(), "");
            assert_eq!(command.map(|c| c.name()), Some(action.command()));
        }
    }

    #[test]
    fn arguments_go_to_the_commands_that_take_them() {
        assert_eq!(
            Command::parse_parts("start", "ABC123"),
            Some(Command::Start("ABC123".into()))
        );
        assert_eq!(
            Command::parse_parts("start", ""),
            Some(Command::Start(String::new()))
        );
        assert_eq!(
            Command::parse_parts("newquartier", "BEL Belleville Nord"),
            Some(Command::NewQuartier("BEL Belleville Nord".into()))
        );
        // A command without arguments ignores extra words, as before.
        assert_eq!(
            Command::parse_parts("help", "me please"),
            Some(Command::Help)
        );
        assert_eq!(Command::parse_parts("mydata", ""), Some(Command::MyData));
        assert_eq!(Command::parse_parts("frobnicate", ""), None);
        assert_eq!(Command::parse_parts("", ""), None);
    }
}
