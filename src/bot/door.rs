//! The calls `/linkgroup` makes to Telegram while a coordinator waits: what rights the
//! bot has in the group, and its invite link that asks for the bot's approval. Approving,
//! declining and removing go through the outbox (`outbox::door`).

use std::future::Future;
use std::pin::Pin;

use teloxide::prelude::*;
use teloxide::types::{ChatMemberKind, UserId};

use crate::domain::BotRights;

pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What `/linkgroup` asks of Telegram (a fake in tests). Errors are short texts for logs.
pub trait GroupApi: Send + Sync {
    /// The bot's own rights in the group (`getChatMember`).
    fn bot_rights(&self, chat: i64) -> BoxFuture<'_, Result<BotRights, String>>;
    /// A new invite link that asks for approval (`createChatInviteLink`).
    fn create_link(&self, chat: i64) -> BoxFuture<'_, Result<String, String>>;
    /// Revokes an invite link the bot made before (`revokeChatInviteLink`).
    fn revoke_link(&self, chat: i64, link: String) -> BoxFuture<'_, Result<(), String>>;
}

/// The Telegram Bot API through teloxide. Its calls run on the runtime it was made on
/// (`runtime`): handlers run on the update line's thread, whose runtime has no network
/// driver (see `bot::line`).
pub struct BotGroups {
    pub bot: Bot,
    /// The bot's own user id (from `getMe`).
    pub me: UserId,
    pub runtime: tokio::runtime::Handle,
}

impl BotGroups {
    /// Runs a call of the Bot API on the main runtime and waits for its answer.
    fn call<T: Send + 'static>(
        &self,
        call: impl Future<Output = Result<T, String>> + Send + 'static,
    ) -> BoxFuture<'_, Result<T, String>> {
        let task = self.runtime.spawn(call);
        Box::pin(async move { task.await.map_err(|e| e.to_string())? })
    }
}

/// The rights a chat member of the bot's gives it.
pub fn rights_of(kind: &ChatMemberKind) -> BotRights {
    match kind {
        ChatMemberKind::Owner(_) => BotRights {
            administrator: true,
            can_invite: true,
            can_ban: true,
        },
        ChatMemberKind::Administrator(a) => BotRights {
            administrator: true,
            can_invite: a.can_invite_users,
            can_ban: a.can_restrict_members,
        },
        _ => BotRights::default(),
    }
}

impl GroupApi for BotGroups {
    fn bot_rights(&self, chat: i64) -> BoxFuture<'_, Result<BotRights, String>> {
        let (bot, me) = (self.bot.clone(), self.me);
        self.call(async move {
            let member = bot
                .get_chat_member(ChatId(chat), me)
                .await
                .map_err(|e| e.to_string())?;
            Ok(rights_of(&member.kind))
        })
    }

    fn create_link(&self, chat: i64) -> BoxFuture<'_, Result<String, String>> {
        let bot = self.bot.clone();
        self.call(async move {
            bot.create_chat_invite_link(ChatId(chat))
                .creates_join_request(true)
                .name("Agenda MMM")
                .await
                .map(|l| l.invite_link)
                .map_err(|e| e.to_string())
        })
    }

    fn revoke_link(&self, chat: i64, link: String) -> BoxFuture<'_, Result<(), String>> {
        let bot = self.bot.clone();
        self.call(async move {
            bot.revoke_chat_invite_link(ChatId(chat), link)
                .await
                .map(drop)
                .map_err(|e| e.to_string())
        })
    }
}
