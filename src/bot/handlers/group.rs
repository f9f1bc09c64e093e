//! Commands in a group chat: only `/linkgroup` belongs there.

use super::HandlerResult;
use crate::bot::context::Turn;
use crate::domain::QuartierPrefix;
use crate::i18n::Msg;
use crate::services::{ServiceError, administration};

const KNOWN: [&str; 12] = [
    "start",
    "help",
    "language",
    "settings",
    "cancel",
    "privacy",
    "newcity",
    "newquartier",
    "invite",
    "revoke",
    "members",
    "report",
];

pub async fn command(t: &mut Turn<'_>, name: &str, args: &str) -> HandlerResult {
    match name {
        "linkgroup" => link(t, args).await,
        _ if KNOWN.contains(&name) => {
            t.replies.say("error-private-only");
            Ok(())
        }
        // A command for another bot in the group: not ours to answer.
        _ => Ok(()),
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
