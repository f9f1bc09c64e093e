//! Quartier groups: in a group chat only `/linkgroup` is taken (other commands point to
//! the private chat); join requests, the bot's place in a group and a group's upgrade to
//! a supergroup are handed to `services::groups`; the join button lives here too.

use super::HandlerResult;
use crate::bot::commands::Command;
use crate::bot::context::Turn;
use crate::bot::incoming::Input;
use crate::bot::reply::Markup;
use crate::domain::{GroupBreak, QuartierPrefix};
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;
use crate::services::groups::{self, JoinDecision};

pub async fn command(t: &mut Turn<'_>, command: Option<Command>) -> HandlerResult {
    let Some(command) = command else {
        // A command for another bot in the group: not ours to answer.
        return Ok(());
    };
    match command {
        Command::LinkGroup(prefix) => link(t, &prefix).await,
        // Never anything personal in a group: the answer points to the private chat.
        Command::Start(_)
        | Command::Help
        | Command::Language
        | Command::Settings
        | Command::Cancel
        | Command::Privacy
        | Command::MyData
        | Command::Forget
        | Command::NewCity(_)
        | Command::NewQuartier(_)
        | Command::Invite
        | Command::Revoke(_)
        | Command::Members
        | Command::Report
        | Command::MyReports
        | Command::Reports
        | Command::Broadcast
        | Command::Broadcasts
        | Command::NewMeeting
        | Command::Meetings
        | Command::Group
        | Command::Summary
        | Command::Export
        | Command::Solutions
        | Command::Actions
        | Command::Propose
        | Command::Health
        | Command::NewAction => {
            t.replies.say("error-private-only");
            Ok(())
        }
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
    let chat = t.inc.chat_id;
    let quartier = match groups::quartier_to_link(t.conn, &principal, &prefix, chat).await {
        Ok(q) => q,
        Err(ServiceError::Stale) => {
            t.replies
                .say(Msg::new("linkgroup-unknown-prefix").plain("prefix", prefix.as_str()));
            return Ok(());
        }
        Err(e) => return Err(e),
    };
    let Some(api) = t.ctx.groups.clone() else {
        t.replies.say("linkgroup-failed");
        return Ok(());
    };
    let rights = match api.bot_rights(chat).await {
        Ok(rights) => rights,
        Err(error) => {
            tracing::warn!(update = t.inc.update_id, chat, %error, "getChatMember failed");
            t.replies.say("linkgroup-failed");
            return Ok(());
        }
    };
    let missing = rights.missing();
    if !missing.is_empty() {
        let list = missing.into_iter().map(|id| Arg::Msg(id.into())).collect();
        t.replies
            .say(Msg::new("linkgroup-rights-missing").arg("missing", Arg::List(list)));
        return Ok(());
    }
    let link = match api.create_link(chat).await {
        Ok(link) => link,
        Err(error) => {
            tracing::warn!(update = t.inc.update_id, chat, %error, "createChatInviteLink failed");
            t.replies.say("linkgroup-failed");
            return Ok(());
        }
    };
    if let Some(old) = groups::record_link(t.conn, &quartier, chat, &link).await?
        && let Err(error) = api.revoke_link(chat, old).await
    {
        tracing::warn!(update = t.inc.update_id, chat, %error, "the old invite link was not revoked");
    }
    let done = Msg::new("linkgroup-done").user("quartier", quartier.name);
    t.replies
        .say_with(vec![done, Msg::new("linkgroup-door")], Markup::None);
    Ok(())
}

/// A join request, the bot's place in a group, or a group's upgrade.
pub async fn event(t: &mut Turn<'_>) -> HandlerResult {
    let (chat, update, now) = (t.inc.chat_id, t.inc.update_id, t.now);
    match t.inc.input.clone() {
        Input::JoinRequest { group } => {
            let Some(user) = t.inc.sender.as_ref().map(|s| s.id) else {
                return Ok(());
            };
            match groups::decide_join(t.conn, group, user, update, now).await? {
                JoinDecision::NotOurs => {}
                JoinDecision::Approved { quartier } => t
                    .replies
                    .say(Msg::new("group-join-approved").user("quartier", quartier)),
                JoinDecision::Declined { quartier } => t
                    .replies
                    .say(Msg::new("group-join-declined").user("quartier", quartier)),
            }
        }
        Input::BotStatus { present, rights } => {
            let why = if !present {
                Some(GroupBreak::BotRemoved)
            } else if !rights.missing().is_empty() {
                Some(GroupBreak::BotDemoted)
            } else {
                None
            };
            if let Some(why) = why {
                groups::door_lost(t.conn, chat, why, update, now).await?;
            }
        }
        Input::Migrated { to } => {
            groups::migrated(t.conn, chat, to, update, now).await?;
        }
        _ => {}
    }
    Ok(())
}

/// "Join my quartier's group": a link button per quartier of hers whose group the bot
/// keeps (the link asks the bot's approval, given to members only).
pub async fn join_button(t: &mut Turn<'_>) -> HandlerResult {
    offer(t, true).await
}

/// The join buttons of her quartiers' groups; when there are none, said only if she
/// asked (`tell_none`), not in her welcome.
pub async fn offer(t: &mut Turn<'_>, tell_none: bool) -> HandlerResult {
    let principal = t.principal().await?;
    let links = groups::her_links(t.conn, &principal).await?;
    if links.is_empty() {
        if tell_none {
            t.replies.say("group-join-none");
        }
        return Ok(());
    }
    let label = t
        .ctx
        .localizer
        .render(&t.replies.locale, &Msg::new("button-join-group"));
    let buttons = links
        .into_iter()
        .map(|(name, link)| (format!("{label} · {name}"), link))
        .collect();
    t.replies
        .say_with(vec![Msg::new("group-join-offer")], Markup::Links(buttons));
    Ok(())
}
