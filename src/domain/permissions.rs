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

    /// Whether she may read some raw reports (coordinators, relays, facilitators).
    pub fn triages_somewhere(&self) -> bool {
        use Role::*;
        self.holds(&[Coordinator, Relay, Facilitator], |_| true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    const PARIS: CityId = CityId(1);
    const LYON: CityId = CityId(2);
    const BEL: Scope = Scope::Quartier(PARIS, QuartierId(10));
    const ROU: Scope = Scope::Quartier(PARIS, QuartierId(11));
    const LYON_Q: Scope = Scope::Quartier(LYON, QuartierId(20));

    fn one(role: Role, scope: Scope) -> Principal {
        Principal {
            grants: vec![Grant { role, scope }],
            is_admin: false,
        }
    }

    fn admin() -> Principal {
        Principal {
            grants: vec![],
            is_admin: true,
        }
    }

    #[test]
    fn who_may_report_in_their_quartier() {
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(one(role, BEL).may(Action::Report(BEL)), "{role:?}");
            assert!(!one(role, BEL).may(Action::Report(ROU)), "{role:?}");
        }
        assert!(one(Role::Coordinator, Scope::City(PARIS)).may(Action::Report(ROU)));
        assert!(!one(Role::Elected, Scope::City(PARIS)).may(Action::Report(ROU)));
        assert!(!admin().may(Action::Report(ROU)));
    }

    #[test]
    fn raw_reports_are_seen_by_the_coordinator_and_by_relays_only_when_allowed() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        for relays_allowed in [false, true] {
            let triage = Action::TriageRawReports {
                quartier: BEL,
                relays_allowed,
            };
            assert!(coordinator.may(triage));
            assert_eq!(one(Role::Relay, BEL).may(triage), relays_allowed);
            assert_eq!(one(Role::Facilitator, BEL).may(triage), relays_allowed);
            assert!(!one(Role::Relay, ROU).may(triage));
            for role in [Role::Mother, Role::Actor] {
                assert!(!one(role, BEL).may(triage));
            }
            assert!(!one(Role::Elected, Scope::City(PARIS)).may(triage));
            assert!(!one(Role::Coordinator, Scope::City(LYON)).may(triage));
            assert!(!admin().may(triage), "the operator reads no report");
        }
    }

    #[test]
    fn validated_reports_are_for_partners_but_not_for_mothers() {
        assert!(!one(Role::Mother, BEL).may(Action::SeeValidatedReports(BEL)));
        for role in [Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(one(role, BEL).may(Action::SeeValidatedReports(BEL)));
        }
        assert!(one(Role::Elected, Scope::City(PARIS)).may(Action::SeeValidatedReports(BEL)));
        assert!(!one(Role::Elected, Scope::City(LYON)).may(Action::SeeValidatedReports(BEL)));
    }

    #[test]
    fn everyone_proposes_and_answers_meetings_but_mothers_own_no_action() {
        for role in Role::iter() {
            let scope = if role.is_quartier_role() {
                BEL
            } else {
                Scope::City(PARIS)
            };
            let p = one(role, scope);
            assert!(p.may(Action::ProposeSolution(BEL)), "{role:?}");
            assert!(p.may(Action::Rsvp(Scope::City(PARIS))), "{role:?}");
            assert!(!p.may(Action::Rsvp(LYON_Q)), "{role:?}");
            assert_eq!(
                p.may(Action::OwnAction(BEL)),
                role != Role::Mother,
                "{role:?}"
            );
        }
    }

    #[test]
    fn meetings_belong_to_relays_and_facilitators_of_their_quartier_and_coordinators() {
        let action = Action::ManageMeetings;
        assert!(one(Role::Facilitator, BEL).may(action(BEL)));
        assert!(!one(Role::Facilitator, BEL).may(action(ROU)));
        assert!(!one(Role::Facilitator, BEL).may(action(Scope::City(PARIS))));
        assert!(one(Role::Relay, BEL).may(action(BEL)));
        assert!(!one(Role::Relay, BEL).may(action(ROU)));
        assert!(!one(Role::Mother, BEL).may(action(BEL)));
        assert!(!one(Role::Actor, BEL).may(action(BEL)));
        assert!(one(Role::Coordinator, Scope::City(PARIS)).may(action(BEL)));
        assert!(one(Role::Coordinator, Scope::City(PARIS)).may(action(Scope::City(PARIS))));
        assert!(!one(Role::Coordinator, Scope::City(PARIS)).may(action(LYON_Q)));
    }

    #[test]
    fn who_may_broadcast_to_whom() {
        let to = |scope, to| Action::Broadcast { scope, to };
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        // (who, scope, role targeted, allowed)
        let table = [
            (&coordinator, Scope::City(PARIS), Role::Elected, true),
            (&coordinator, BEL, Role::Actor, true),
            (&coordinator, LYON_Q, Role::Mother, false),
            (&one(Role::Relay, BEL), BEL, Role::Mother, true),
            (&one(Role::Relay, BEL), BEL, Role::Relay, false),
            (&one(Role::Relay, BEL), ROU, Role::Mother, false),
            (
                &one(Role::Relay, BEL),
                Scope::City(PARIS),
                Role::Mother,
                false,
            ),
            (&one(Role::Facilitator, BEL), BEL, Role::Mother, true),
            (&one(Role::Facilitator, BEL), BEL, Role::Actor, false),
            (&one(Role::Mother, BEL), BEL, Role::Mother, false),
            (&one(Role::Actor, BEL), BEL, Role::Mother, false),
            (
                &one(Role::Elected, Scope::City(PARIS)),
                BEL,
                Role::Mother,
                false,
            ),
            (&admin(), LYON_Q, Role::Coordinator, true),
        ];
        for (who, scope, role, allowed) in table {
            assert_eq!(
                who.may(to(scope, role)),
                allowed,
                "{who:?} {scope:?} {role:?}"
            );
        }
    }

    #[test]
    fn who_may_invite_whom() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(coordinator.may_grant(role, BEL), "{role:?}");
            assert!(!coordinator.may_grant(role, LYON_Q), "{role:?}");
        }
        assert!(coordinator.may_grant(Role::Elected, Scope::City(PARIS)));
        assert!(!coordinator.may_grant(Role::Coordinator, Scope::City(PARIS)));
        assert!(!coordinator.may_grant(Role::Elected, Scope::City(LYON)));

        for inviter in [Role::Relay, Role::Facilitator] {
            let p = one(inviter, BEL);
            assert!(p.may_grant(Role::Mother, BEL));
            assert!(!p.may_grant(Role::Mother, ROU));
            assert!(!p.may_grant(Role::Relay, BEL));
        }
        for inviter in [Role::Mother, Role::Actor] {
            assert!(!one(inviter, BEL).may_grant(Role::Mother, BEL));
        }
        assert!(!one(Role::Elected, Scope::City(PARIS)).may_grant(Role::Mother, BEL));

        assert!(admin().may_grant(Role::Coordinator, Scope::City(LYON)));
        assert!(admin().may_grant(Role::Mother, LYON_Q));
    }

    #[test]
    fn a_role_and_its_scope_must_match() {
        assert!(!admin().may_grant(Role::Coordinator, BEL));
        assert!(!admin().may_grant(Role::Mother, Scope::City(PARIS)));
    }

    #[test]
    fn digests_practices_quartiers_and_cities() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        let elected = one(Role::Elected, Scope::City(PARIS));
        assert!(coordinator.may(Action::ReceiveDigest(PARIS)));
        assert!(elected.may(Action::ReceiveDigest(PARIS)));
        assert!(!elected.may(Action::ReceiveDigest(LYON)));
        assert!(!one(Role::Relay, BEL).may(Action::ReceiveDigest(PARIS)));
        assert!(coordinator.may(Action::PublishPractice(PARIS)));
        assert!(!elected.may(Action::PublishPractice(PARIS)));
        assert!(coordinator.may(Action::CreateQuartier(PARIS)));
        assert!(!coordinator.may(Action::CreateQuartier(LYON)));
        assert!(admin().may(Action::CreateQuartier(LYON)));
        assert!(!coordinator.may(Action::CreateCity));
        assert!(admin().may(Action::CreateCity));
    }

    #[test]
    fn members_and_groups_are_managed_by_the_city_coordinator() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        assert!(coordinator.may(Action::ManageMembers(BEL)));
        assert!(!coordinator.may(Action::ManageMembers(LYON_Q)));
        assert!(!one(Role::Relay, BEL).may(Action::ManageMembers(BEL)));
        assert!(coordinator.may(Action::LinkGroup(BEL)));
        assert!(!one(Role::Facilitator, BEL).may(Action::LinkGroup(BEL)));
        assert!(admin().may(Action::ManageMembers(LYON_Q)));
    }

    #[test]
    fn managing_members_never_touches_a_role_equal_to_or_above_the_managers_own() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        let manage = |role, scope| Action::ManageRole { role, scope };
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(coordinator.may(manage(role, BEL)), "{role:?}");
            assert!(!coordinator.may(manage(role, LYON_Q)), "{role:?}");
        }
        assert!(coordinator.may(manage(Role::Elected, Scope::City(PARIS))));
        // Another coordinator of her own city is her equal: only the operator names,
        // changes or ends a coordinator.
        assert!(!coordinator.may(manage(Role::Coordinator, Scope::City(PARIS))));
        assert!(admin().may(manage(Role::Coordinator, Scope::City(PARIS))));
        for role in [Role::Relay, Role::Facilitator, Role::Elected] {
            let scope = if role.is_quartier_role() {
                BEL
            } else {
                Scope::City(PARIS)
            };
            assert!(!one(role, scope).may(manage(Role::Mother, BEL)), "{role:?}");
        }
    }

    #[test]
    fn privacy_settings_belong_to_the_city_coordinator_and_the_operator() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        assert!(coordinator.may(Action::SetPrivacy(PARIS)));
        assert!(!coordinator.may(Action::SetPrivacy(LYON)));
        assert!(admin().may(Action::SetPrivacy(LYON)));
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(!one(role, BEL).may(Action::SetPrivacy(PARIS)), "{role:?}");
        }
        assert!(!one(Role::Elected, Scope::City(PARIS)).may(Action::SetPrivacy(PARIS)));
    }

    #[test]
    fn a_city_default_language_is_set_by_its_coordinator_and_the_operator_only() {
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        assert!(coordinator.may(Action::SetCityLanguage(PARIS)));
        assert!(!coordinator.may(Action::SetCityLanguage(LYON)));
        assert!(admin().may(Action::SetCityLanguage(LYON)));
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(
                !one(role, BEL).may(Action::SetCityLanguage(PARIS)),
                "{role:?}"
            );
        }
        assert!(!one(Role::Elected, Scope::City(PARIS)).may(Action::SetCityLanguage(PARIS)));
    }

    #[test]
    fn summaries_go_to_elus_and_coordinators_and_to_relays_for_their_quartiers() {
        let elected = one(Role::Elected, Scope::City(PARIS));
        let relay = one(Role::Relay, BEL);
        assert!(elected.may(Action::AskSummary(Scope::City(PARIS))));
        assert!(elected.may(Action::AskSummary(ROU)));
        assert!(!elected.may(Action::AskSummary(Scope::City(LYON))));
        assert!(relay.may(Action::AskSummary(BEL)));
        assert!(!relay.may(Action::AskSummary(ROU)));
        assert!(!relay.may(Action::AskSummary(Scope::City(PARIS))));
        assert!(one(Role::Facilitator, BEL).may(Action::AskSummary(BEL)));
        for role in [Role::Mother, Role::Actor] {
            assert!(!one(role, BEL).may(Action::AskSummary(BEL)), "{role:?}");
        }
        let coordinator = one(Role::Coordinator, Scope::City(PARIS));
        assert!(coordinator.may(Action::ExportReports(PARIS)));
        assert!(!coordinator.may(Action::ExportReports(LYON)));
        assert!(!elected.may(Action::ExportReports(PARIS)));
        let admin = Principal {
            grants: vec![],
            is_admin: true,
        };
        assert!(!admin.may(Action::AskSummary(Scope::City(PARIS))));
        assert!(!admin.may(Action::ExportReports(PARIS)));
    }

    #[test]
    fn everyone_of_the_quartier_proposes_and_supports_solutions_the_operator_alone_does_not() {
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(one(role, BEL).may(Action::ProposeSolution(BEL)), "{role:?}");
            assert!(
                !one(role, BEL).may(Action::ProposeSolution(ROU)),
                "{role:?}"
            );
        }
        for role in [Role::Coordinator, Role::Elected] {
            assert!(one(role, Scope::City(PARIS)).may(Action::ProposeSolution(BEL)));
            assert!(!one(role, Scope::City(PARIS)).may(Action::ProposeSolution(LYON_Q)));
        }
        assert!(!admin().may(Action::ProposeSolution(BEL)));
    }

    #[test]
    fn coordinators_and_facilitators_decide_solutions_and_create_actions() {
        for action in [Action::DecideSolution, Action::CreateAction] {
            assert!(one(Role::Coordinator, Scope::City(PARIS)).may(action(BEL)));
            assert!(one(Role::Coordinator, Scope::City(PARIS)).may(action(Scope::City(PARIS))));
            assert!(!one(Role::Coordinator, Scope::City(PARIS)).may(action(LYON_Q)));
            assert!(one(Role::Facilitator, BEL).may(action(BEL)));
            assert!(!one(Role::Facilitator, BEL).may(action(ROU)));
            assert!(!one(Role::Facilitator, BEL).may(action(Scope::City(PARIS))));
            for role in [Role::Mother, Role::Relay, Role::Actor] {
                assert!(!one(role, BEL).may(action(BEL)), "{role:?}");
            }
            assert!(!one(Role::Elected, Scope::City(PARIS)).may(action(BEL)));
        }
    }

    #[test]
    fn local_actors_relays_and_elus_carry_actions_mothers_do_not() {
        for role in [Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(one(role, BEL).may(Action::OwnAction(BEL)), "{role:?}");
            assert!(!one(role, BEL).may(Action::OwnAction(ROU)), "{role:?}");
        }
        assert!(one(Role::Coordinator, Scope::City(PARIS)).may(Action::OwnAction(BEL)));
        assert!(!one(Role::Mother, BEL).may(Action::OwnAction(BEL)));
    }

    #[test]
    fn the_health_view_belongs_to_the_city_coordinator_and_the_operator() {
        assert!(one(Role::Coordinator, Scope::City(PARIS)).may(Action::SeeHealth(PARIS)));
        assert!(!one(Role::Coordinator, Scope::City(PARIS)).may(Action::SeeHealth(LYON)));
        assert!(admin().may(Action::SeeHealth(LYON)));
        for role in [Role::Mother, Role::Relay, Role::Facilitator, Role::Actor] {
            assert!(!one(role, BEL).may(Action::SeeHealth(PARIS)), "{role:?}");
        }
        assert!(!one(Role::Elected, Scope::City(PARIS)).may(Action::SeeHealth(PARIS)));
    }
}
