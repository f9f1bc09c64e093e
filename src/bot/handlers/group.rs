//! Commands in a group chat: only `/linkgroup` belongs there.

use super::HandlerResult;
use crate::bot::commands::Command;
use crate::bot::context::Turn;
use crate::domain::QuartierPrefix;
use crate::i18n::Msg;
use crate::services::{ServiceError, administration};

pub async fn command(t: &mut Turn<'_>, command: Option<Command>) -> HandlerResult {
    let Some(command) = command else {
        // A command for another bot in the group: not ours to answer.
        return Ok(());
    };
    match command {
        Command::LinkGroup(prefix) => link(t, &prefix).await,
        Command::Start(_)
        | Command::Help
        | Command::Language
        | Command::Settings
        | Command::Cancel
        | Command::Privacy
        | Command::NewCity(_)
        | Command::NewQuartier(_)
        | Command::Invite
        | Command::Revoke(_)
        | Command::Members
        | Command::Report => {
            t.replies.say("error-private-only");
            Ok(())
        }
        // Kept silent in groups, as they always were.
        Command::MyData | Command::Forget | Command::MyReports | Command::Reports => Ok(()),
    }
}

async fn link(t: &mut Turn<'_>, args: &str) -> HandlerResult {
    if t.person.is_none() {
        return Err(ServiceError::NotAllowed);
    }
    if args.is_empty() {
        t.replies.say("linkgroup-usage");
        return Ok(());
    }
    let prefix = QuartierPrefix::parse(args).map_err(ServiceError::Invalid)?;
    let principal = t.principal().await?;
    match administration::link_group(t.conn, &principal, &prefix, t.inc.chat_id).await {
        Ok(quartier) => t
            .replies
            .say(Msg::new("linkgroup-done").user("quartier", quartier)),
        Err(ServiceError::Stale) => t
            .replies
            .say(Msg::new("linkgroup-unknown-prefix").plain("prefix", prefix.as_str())),
        Err(e) => return Err(e),
    }
    Ok(())
}
