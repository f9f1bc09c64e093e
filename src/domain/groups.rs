//! Quartier groups: who the bot lets into a quartier's Telegram group, what rights it
//! needs there, and why a link to a group stops working. Pure rules, no Telegram.

use super::{Principal, Role, Scope};

/// Who, besides mothers, relays, facilitators and the city's coordinators, a city's
/// groups let in (a coordinator's choice in `/settings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GroupPolicy {
    pub actors: bool,
    pub elected: bool,
}

impl GroupPolicy {
    /// Whether someone with these roles, at this moment, may be in the group of
    /// `quartier` (a quartier scope).
    pub fn admits(self, principal: &Principal, quartier: Scope) -> bool {
        principal.grants.iter().any(|g| match g.role {
            Role::Mother | Role::Relay | Role::Facilitator => g.scope == quartier,
            Role::Actor => self.actors && g.scope == quartier,
            Role::Coordinator => g.scope.city() == quartier.city(),
            Role::Elected => self.elected && g.scope.city() == quartier.city(),
        })
    }
}

/// Whether her roles tie her to a quartier (the menu offers her quartier's group).
pub fn has_a_quartier(principal: &Principal) -> bool {
    principal
        .grants
        .iter()
        .any(|g| g.scope.quartier().is_some())
}

/// What the bot may do in a group, as Telegram's `getChatMember` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BotRights {
    pub administrator: bool,
    pub can_invite: bool,
    pub can_ban: bool,
}

impl BotRights {
    /// The message ids naming each right it lacks (empty: it may keep the door).
    pub fn missing(self) -> Vec<&'static str> {
        if !self.administrator {
            return vec!["group-right-admin", "group-right-invite", "group-right-ban"];
        }
        let mut missing = vec![];
        if !self.can_invite {
            missing.push("group-right-invite");
        }
        if !self.can_ban {
            missing.push("group-right-ban");
        }
        missing
    }
}

/// Why the link to a group stopped working; fixed by `/linkgroup` again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBreak {
    /// The bot was removed from the group (or the group was deleted).
    BotRemoved,
    /// The bot is no longer an administrator with the rights it needs.
    BotDemoted,
    /// The group became a supergroup (a new chat id).
    Migrated,
}

impl GroupBreak {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBreak::BotRemoved => "bot_removed",
            GroupBreak::BotDemoted => "bot_demoted",
            GroupBreak::Migrated => "migrated",
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            GroupBreak::BotRemoved => "group-broken-removed",
            GroupBreak::BotDemoted => "group-broken-demoted",
            GroupBreak::Migrated => "group-broken-migrated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CityId, Grant, QuartierId};

    const BEL: Scope = Scope::Quartier(CityId(1), QuartierId(1));
    const NORD: Scope = Scope::Quartier(CityId(1), QuartierId(2));

    fn with(role: Role, scope: Scope) -> Principal {
        Principal {
            grants: vec![Grant { role, scope }],
            is_admin: false,
        }
    }

    #[test]
    fn mothers_relays_and_facilitators_of_the_quartier_are_let_in_by_default() {
        let policy = GroupPolicy::default();
        for role in [Role::Mother, Role::Relay, Role::Facilitator] {
            assert!(policy.admits(&with(role, BEL), BEL), "{role:?}");
            assert!(
                !policy.admits(&with(role, NORD), BEL),
                "{role:?} of another"
            );
        }
        assert!(policy.admits(&with(Role::Coordinator, Scope::City(CityId(1))), BEL));
        assert!(!policy.admits(&with(Role::Coordinator, Scope::City(CityId(2))), BEL));
    }

    #[test]
    fn local_actors_and_elus_are_let_in_only_if_the_city_says_so() {
        let actor = with(Role::Actor, BEL);
        let elu = with(Role::Elected, Scope::City(CityId(1)));
        let closed = GroupPolicy::default();
        assert!(!closed.admits(&actor, BEL) && !closed.admits(&elu, BEL));
        let open = GroupPolicy {
            actors: true,
            elected: true,
        };
        assert!(open.admits(&actor, BEL) && open.admits(&elu, BEL));
        let nobody = Principal {
            grants: vec![],
            is_admin: true,
        };
        assert!(
            !open.admits(&nobody, BEL),
            "the operator alone is no member"
        );
    }

    #[test]
    fn a_bot_that_is_not_an_administrator_lacks_every_right() {
        assert_eq!(BotRights::default().missing().len(), 3);
        let no_ban = BotRights {
            administrator: true,
            can_invite: true,
            can_ban: false,
        };
        assert_eq!(no_ban.missing(), ["group-right-ban"]);
    }
}
