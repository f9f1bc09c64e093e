//! The permission matrix of DESIGN.md as one piece of code. Every handler asks
//! `Principal::may` with roles freshly read from the database: buttons prove nothing.

use strum::VariantArray;

use super::{CityId, QuartierId, Role};

/// Where a role is held or an action applies: a whole city, or one quartier of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scope {
    City(CityId),
    Quartier(CityId, QuartierId),
}

impl Scope {
    pub fn city(self) -> CityId {
        match self {
            Scope::City(c) | Scope::Quartier(c, _) => c,
        }
    }

    pub fn quartier(self) -> Option<QuartierId> {
        match self {
            Scope::City(_) => None,
            Scope::Quartier(_, q) => Some(q),
        }
    }
}

/// One active role of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub scope: Scope,
}

impl Grant {
    /// Authority over `target`: a city role covers the whole city, a quartier role only
    /// its quartier.
    fn covers(&self, target: Scope) -> bool {
        match (self.scope, target) {
            (Scope::City(c), t) => t.city() == c,
            (Scope::Quartier(_, q), Scope::Quartier(_, t)) => q == t,
            (Scope::Quartier(..), Scope::City(_)) => false,
        }
    }

    /// Membership of `target`: a quartier member also belongs to city-wide events.
    fn belongs_to(&self, target: Scope) -> bool {
        match (self.scope, target) {
            (Scope::Quartier(_, q), Scope::Quartier(_, t)) => q == t,
            (s, t) => s.city() == t.city(),
        }
    }
}

/// What someone wants to do, with the scope it touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Report a moment d'incohésion in a quartier, and see one's own reports.
    Report(Scope),
    /// See raw reports of a quartier and triage them; `relays_allowed` is the reporter's choice.
    TriageRawReports {
        quartier: Scope,
        relays_allowed: bool,
    },
    /// See reports validated for partners (redacted text, no identity).
    SeeValidatedReports(Scope),
    /// Propose or support a solution.
    ProposeSolution(Scope),
    /// Own an action and update its progress.
    OwnAction(Scope),
    /// Answer an invitation to a meeting.
    Rsvp(Scope),
    /// Create meetings, record attendance, post minutes.
    ManageMeetings(Scope),
    /// Create an invitation for `role` over `scope`.
    Invite { role: Role, scope: Scope },
    /// Send a broadcast over `scope` to the holders of `to`: a coordinator to anyone of
    /// her city, relays and facilitators to the mothers of their quartier, the operator
    /// to anyone.
    Broadcast { scope: Scope, to: Role },
    /// Receive digests and ask `/summary`.
    ReceiveDigest(CityId),
    /// Publish a good practice.
    PublishPractice(CityId),
    /// Create a quartier in a city.
    CreateQuartier(CityId),
    /// Create a city and name its coordinators.
    CreateCity,
    /// See the members of a scope, end or change their roles.
    ManageMembers(Scope),
    /// End or change one member's `role` over `scope`: never a role equal to or above
    /// the manager's own (only the operator touches a coordinator).
    ManageRole { role: Role, scope: Scope },
    /// Link a quartier's Telegram group chat.
    LinkGroup(Scope),
    /// Name a city's controller and data-protection contact, choose its retention.
    SetPrivacy(CityId),
    /// Choose the language a city's broadcasts fall back to.
    SetCityLanguage(CityId),
    /// Ask `/summary` for a city or one of its quartiers: élus and coordinators of the
    /// city, relays and facilitators for their own quartiers.
    AskSummary(Scope),
    /// Export a city's validated reports (CSV, Open311) and set its weekly digest.
    ExportReports(CityId),
    /// Accept, merge or set aside a solution of a quartier (or of the city).
    DecideSolution(Scope),
    /// Create an action, name who carries it and its due date.
    CreateAction(Scope),
    /// See a city's health view (overdue actions, triage waiting, meetings without minutes).
    SeeHealth(CityId),
}

/// Who is acting: her active roles, and whether the configuration names her operator.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Principal {
    pub grants: Vec<Grant>,
    pub is_admin: bool,
}

impl Principal {
    fn holds(&self, roles: &[Role], pred: impl Fn(&Grant) -> bool) -> bool {
        self.grants
            .iter()
            .any(|g| roles.contains(&g.role) && pred(g))
    }

    fn is_coordinator_of(&self, city: CityId) -> bool {
        self.holds(&[Role::Coordinator], |g| g.scope.city() == city)
    }

    /// The roles this person may put on an invitation (or give in a role change).
    pub fn may_grant(&self, role: Role, scope: Scope) -> bool {
        if role.is_quartier_role() != scope.quartier().is_some() {
            return false;
        }
        if self.is_admin {
            return true;
        }
        match role {
            Role::Coordinator => false,
            Role::Mother => self.holds(&[Role::Coordinator, Role::Relay, Role::Facilitator], |g| {
                g.covers(scope)
            }),
            Role::Relay | Role::Facilitator | Role::Actor | Role::Elected => {
                self.is_coordinator_of(scope.city())
            }
        }
    }

    /// The permission matrix of DESIGN.md.
    pub fn may(&self, action: Action) -> bool {
        use Role::*;
        match action {
            Action::Report(s) => self
                .holds(&[Mother, Relay, Facilitator, Actor, Coordinator], |g| {
                    g.covers(s)
                }),
            Action::TriageRawReports {
                quartier,
                relays_allowed,
            } => {
                self.is_coordinator_of(quartier.city())
                    || (relays_allowed && self.holds(&[Relay, Facilitator], |g| g.covers(quartier)))
            }
            Action::SeeValidatedReports(s) => self
                .holds(&[Relay, Facilitator, Actor, Elected, Coordinator], |g| {
                    g.covers(s)
                }),
            Action::ProposeSolution(s) | Action::Rsvp(s) => {
                self.holds(Role::VARIANTS, |g| g.belongs_to(s))
            }
            Action::OwnAction(s) => self
                .holds(&[Relay, Facilitator, Actor, Elected, Coordinator], |g| {
                    g.belongs_to(s)
                }),
            Action::Broadcast { scope, to } => {
                self.is_admin
                    || self.is_coordinator_of(scope.city())
                    || (to == Mother
                        && scope.quartier().is_some()
                        && self.holds(&[Relay, Facilitator], |g| g.covers(scope)))
            }
            Action::ManageMeetings(s) => {
                self.is_coordinator_of(s.city())
                    || (s.quartier().is_some()
                        && self.holds(&[Relay, Facilitator], |g| g.covers(s)))
            }
            Action::Invite { role, scope } => self.may_grant(role, scope),
            Action::ReceiveDigest(c) => {
                self.holds(&[Elected, Coordinator], |g| g.scope.city() == c)
            }
            Action::PublishPractice(c) => self.is_coordinator_of(c),
            Action::CreateQuartier(c) => self.is_admin || self.is_coordinator_of(c),
            Action::CreateCity => self.is_admin,
            Action::SetPrivacy(c) => self.is_admin || self.is_coordinator_of(c),
            Action::SetCityLanguage(c) => self.is_admin || self.is_coordinator_of(c),
            Action::DecideSolution(s) | Action::CreateAction(s) => {
                self.is_coordinator_of(s.city())
                    || (s.quartier().is_some() && self.holds(&[Facilitator], |g| g.covers(s)))
            }
            Action::SeeHealth(c) => self.is_admin || self.is_coordinator_of(c),
            Action::ManageMembers(s) | Action::LinkGroup(s) => {
                self.is_admin || self.is_coordinator_of(s.city())
            }
            Action::ManageRole { role, scope } => {
                self.is_admin || (role != Coordinator && self.is_coordinator_of(scope.city()))
            }
            Action::AskSummary(s) => {
                self.may(Action::ReceiveDigest(s.city()))
                    || (s.quartier().is_some()
                        && self.holds(&[Relay, Facilitator], |g| g.covers(s)))
            }
            Action::ExportReports(c) => self.is_coordinator_of(c),
        }
    }

    /// Whether she holds any role at all (a registered member, not only the operator).
    pub fn is_member(&self) -> bool {
        !self.grants.is_empty()
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    /// Whether she reports moments d'incohésion somewhere (the menu and help offer it).
    pub fn reports_somewhere(&self) -> bool {
        use Role::*;
        self.holds(&[Mother, Relay, Facilitator, Actor, Coordinator], |_| true)
    }

    /// Whether `/reports` shows her something: raw reports to triage, or the texts
    /// validated for partners (local actors and élus).
    pub fn reads_reports_somewhere(&self) -> bool {
        use Role::*;
        self.holds(&[Relay, Facilitator, Actor, Elected, Coordinator], |_| true)
    }

    /// Whether she may create actions somewhere (`/newaction`): a coordinator in her
    /// city, a facilitator in her quartiers.
    pub fn creates_actions_somewhere(&self) -> bool {
        self.holds(&[Role::Coordinator, Role::Facilitator], |_| true)
    }

    /// Whether she may read some raw reports (coordinators, relays, facilitators).
    pub fn triages_somewhere(&self) -> bool {
        use Role::*;
        self.holds(&[Coordinator, Relay, Facilitator], |_| true)
    }
}

#[cfg(test)]
mod tests;
