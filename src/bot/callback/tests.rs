//! The codec's round trip, its 64-byte limit, and what it refuses.
use super::*;
use crate::bot::report_draft::{ReportStep, WhenChoice};
use crate::domain::report::{Category, ReportStatus, TimeSlot};
use chrono::Weekday;
use strum::IntoEnumIterator;

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
    for role in Role::iter() {
        all.push(Callback::InviteRole(role));
        all.push(Callback::ChangeRoleTo(AssignmentId(big), role));
    }
    all.push(Callback::DangerNow);
    all.push(Callback::Understood(BroadcastId(big)));
    all.push(Callback::Digest(super::DigestButton::Show(
        super::ScopeRef::Quartier(QuartierId(big)),
        crate::domain::digest::Period::Month,
    )));
    all.push(Callback::Digest(super::DigestButton::Export(
        CityId(big),
        crate::services::export::Format::Open311,
    )));
    all.push(Callback::Digest(super::DigestButton::ExportOver(
        CityId(big),
        crate::services::export::Format::Open311,
        crate::services::export::ExportPeriod::Everything,
    )));
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
        category: Some(Category::Other),
        status: Some(ReportStatus::Rejected),
    });
    for category in Category::iter() {
        all.push(Callback::TriageList {
            quartier: QuartierId(big),
            closed: false,
            page: 1,
            category: Some(category),
            status: None,
        });
        all.push(Callback::Report(ReportButton::Category(category)));
    }
    for status in ReportStatus::iter() {
        all.push(Callback::TriageList {
            quartier: QuartierId(big),
            closed: true,
            page: 1,
            category: None,
            status: Some(status),
        });
        all.push(Callback::TriageStatus(ReportId(big), status));
    }
    for when in WhenChoice::iter() {
        all.push(Callback::Report(ReportButton::When(when)));
    }
    for slot in TimeSlot::iter() {
        all.push(Callback::Report(ReportButton::Slot(slot)));
    }
    for day in [Weekday::Mon, Weekday::Sun] {
        all.push(Callback::Report(ReportButton::Weekday(day)));
    }
    for (step, _) in ReportStep::CHANGEABLE {
        all.push(Callback::Report(ReportButton::ChangeStep(step)));
    }
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
    all.push(Callback::TriageOpen(ReportId(big)));
    for f in FollowUp::iter() {
        all.push(Callback::TriageAction(ReportId(big), f));
    }
    all.push(Callback::ResolveWithoutNote(ReportId(big)));
    all.push(Callback::DropPhoto(ReportId(big), 255));
    all.push(Callback::AnswerQuestion(QuestionId(big)));
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
        ReportButton::WeekdaysDone,
        ReportButton::Skip,
        ReportButton::ContentDone,
        ReportButton::Audience(true),
        ReportButton::Named(false),
        ReportButton::KeepMedia(true),
        ReportButton::Confirm,
        ReportButton::Change,
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

#[test]
fn buttons_sent_before_the_typed_codec_keep_their_meaning() {
    // Categories, statuses, *when*, slots and weekdays travel as their place in their
    // list, as they did when they were bare numbers: a button already in a chat still
    // means what it said.
    for (cb, data) in [
        (
            Callback::Report(ReportButton::Category(Category::Incivility)),
            "r:c5",
        ),
        (
            Callback::Report(ReportButton::When(WhenChoice::Regularly)),
            "r:w2",
        ),
        (
            Callback::Report(ReportButton::Slot(TimeSlot::Night)),
            "r:s6",
        ),
        (
            Callback::Report(ReportButton::Weekday(Weekday::Thu)),
            "r:d3",
        ),
        (
            Callback::Report(ReportButton::ChangeStep(ReportStep::Place)),
            "r:x2",
        ),
        (
            Callback::TriageStatus(ReportId(42), ReportStatus::Resolved),
            "ts:42:4",
        ),
        (
            Callback::TriageList {
                quartier: QuartierId(7),
                closed: true,
                page: 3,
                category: Some(Category::Other),
                status: Some(ReportStatus::Rejected),
            },
            "tl:7:1:3:9:6",
        ),
        (
            Callback::TriageAction(ReportId(42), FollowUp::Ask),
            "ta:42:4",
        ),
        (Callback::AnswerQuestion(QuestionId(9)), "aq:9"),
    ] {
        assert_eq!(cb.encode(), data);
        assert_eq!(Callback::parse(data), Some(cb));
    }
    // Past the end of a list is refused, not clamped.
    for data in ["r:c10", "r:w3", "r:s7", "r:x6", "ts:1:7", "tl:1:0:0:-:7"] {
        assert_eq!(Callback::parse(data), None, "{data}");
    }
}
