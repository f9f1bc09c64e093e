//! The codec's round trip, its 64-byte limit, and what it refuses.
use super::*;

fn all_examples() -> Vec<Callback> {
    let big = i64::MAX;
    let mut all = vec![
        Callback::Language(Locale::parse("ar").unwrap()),
        Callback::Continue,
        Callback::SkipName,
        Callback::Discreet(true),
        Callback::Discreet(false),
        Callback::DiscreetOffer(true),
        Callback::DiscreetOffer(false),
        Callback::InviteScope(ScopeRef::City(CityId(big))),
        Callback::InviteScope(ScopeRef::Quartier(QuartierId(big))),
        Callback::Revoke(InvitationId(big)),
        Callback::QuartierCity(CityId(big)),
        Callback::Members(ScopeRef::Quartier(QuartierId(big))),
        Callback::EndRole(AssignmentId(big)),
        Callback::ChangeRole(AssignmentId(big)),
    ];
    for role in Role::ALL {
        all.push(Callback::InviteRole(role));
        all.push(Callback::ChangeRoleTo(AssignmentId(big), role));
    }
    all.push(Callback::DangerNow);
    all.push(Callback::Understood(BroadcastId(big)));
    for b in [
        BroadcastButton::City(CityId(big)),
        BroadcastButton::Quartier(QuartierId(big)),
        BroadcastButton::Role(Role::Elected),
        BroadcastButton::Groups,
        BroadcastButton::AudienceDone,
        BroadcastButton::Version(Locale::parse("ar").unwrap()),
        BroadcastButton::Preview(Locale::parse("tr").unwrap()),
        BroadcastButton::SendNow,
        BroadcastButton::Schedule,
        BroadcastButton::Cancel(BroadcastId(big)),
        BroadcastButton::Report(BroadcastId(big)),
    ] {
        all.push(Callback::Broadcast(b));
    }
    all.push(Callback::GroupAdmits(CityId(big), Role::Actor));
    all.push(Callback::GroupAdmits(CityId(big), Role::Elected));
    all.push(Callback::TriageList {
        quartier: QuartierId(big),
        closed: true,
        page: u16::MAX,
        category: Some(9),
        status: Some(6),
    });
    all.push(Callback::TriageList {
        quartier: QuartierId(big),
        closed: false,
        page: 0,
        category: None,
        status: None,
    });
    all.push(Callback::TriageCategories {
        quartier: QuartierId(big),
        closed: true,
    });
    all.push(Callback::TriageOpen(big));
    all.push(Callback::TriageStatus(big, 6));
    for f in FollowUp::ALL {
        all.push(Callback::TriageAction(big, f));
    }
    all.push(Callback::ResolveWithoutNote(big));
    all.push(Callback::DropPhoto(big, 255));
    all.push(Callback::AnswerQuestion(big));
    let city = CityId(big);
    for b in [
        PrivacyButton::Details,
        PrivacyButton::Forget(true),
        PrivacyButton::Forget(false),
        PrivacyButton::City(city),
        PrivacyButton::SwitchKind(city),
        PrivacyButton::Retention(city),
        PrivacyButton::Edit(city, crate::domain::PrivacyField::Controller),
        PrivacyButton::Edit(city, crate::domain::PrivacyField::Address),
        PrivacyButton::Edit(city, crate::domain::PrivacyField::DpoContact),
    ] {
        all.push(Callback::Privacy(b));
    }
    for b in [
        ReportButton::Quartier(QuartierId(big)),
        ReportButton::Category(9),
        ReportButton::When(2),
        ReportButton::Slot(6),
        ReportButton::Weekday(6),
        ReportButton::WeekdaysDone,
        ReportButton::Skip,
        ReportButton::ContentDone,
        ReportButton::Audience(true),
        ReportButton::Named(false),
        ReportButton::KeepMedia(true),
        ReportButton::Confirm,
        ReportButton::Change,
        ReportButton::ChangeStep(5),
        ReportButton::Cancel,
    ] {
        all.push(Callback::Report(b));
    }
    for s in [
        SettingsAction::ToggleDiscreet,
        SettingsAction::ChangeName,
        SettingsAction::RemoveName,
        SettingsAction::Language,
        SettingsAction::Alerts,
    ] {
        all.push(Callback::Settings(s));
    }
    all
}

#[test]
fn every_callback_round_trips_and_fits_in_64_bytes() {
    for cb in all_examples() {
        let data = cb.encode();
        assert!(!data.is_empty() && data.len() <= MAX_BYTES, "{data}");
        assert_eq!(Callback::parse(&data), Some(cb), "{data}");
    }
}

#[test]
fn malformed_data_is_refused() {
    for data in [
        "",
        "x",
        "go:1",
        "ga:1:m",
        "ga:1",
        "l:",
        "l:français",
        "l:FR",
        "dq:2",
        "do:2",
        "ir:z",
        "ir:mm",
        "is:x1",
        "is:q",
        "is:q-1",
        "rv:1e3",
        "rv:99999999999999999999",
        "er:",
        "ct:1",
        "ct:1:z",
        "st:q",
        "'; DROP TABLE person; --",
        "<b>",
        "r:",
        "r:d7",
        "r:a2",
        "r:c256",
        "r:z",
        "sos:1",
        "p:",
        "p:i1",
        "p:f2",
        "p:c",
        "p:cx",
        "p:ex1",
        "p:en",
        "p:k-1",
        "tl:1:2:0:-:-",
        "tl:1:0:70000:-:-",
        "tl:1:0:1",
        "tl:1:0:1:10:-",
        "tl:1:0:1:-:7",
        "tl:1:0:1:-:-:9",
        "tk:1:2",
        "ts:1:7",
        "to:-1",
        "ta:1:5",
        "aq:",
    ] {
        assert_eq!(Callback::parse(data), None, "{data}");
    }
    assert_eq!(Callback::parse(&"a".repeat(65)), None);
}
