//! The permission matrix of DESIGN.md, role by role and action by action.

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
fn only_coordinators_and_facilitators_create_actions_from_nothing() {
    assert!(one(Role::Coordinator, Scope::City(PARIS)).creates_actions_somewhere());
    assert!(one(Role::Facilitator, BEL).creates_actions_somewhere());
    for role in [Role::Mother, Role::Relay, Role::Actor, Role::Elected] {
        assert!(!one(role, BEL).creates_actions_somewhere(), "{role:?}");
    }
    assert!(!admin().creates_actions_somewhere());
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
