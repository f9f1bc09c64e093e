//! Dialogue flows, in-process: onboarding, administration, members, settings, and the bad
//! inputs of RELIABILITY.md, asserted on the typed answers.

use crate::support;

use agenda_mmm::bot::callback::{Callback, ScopeRef, SettingsAction};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::domain::{AssignmentId, CityId, InvitationId, Locale, QuartierId, Role};
use support::dialogue::{Harness, Person, arg, button, buttons, chats, ids, menu, person};

const ADMIN: Person = person(1, Some("fr"));
const COORDINATOR: Person = person(2, Some("fr"));
const MOTHER: Person = person(3, Some("ar"));
const STRANGER: Person = person(9, Some("en"));

/// An operator, a city with its coordinator, a quartier BEL, and the mother's invitation.
async fn city() -> (Harness, String) {
    let mut h = Harness::new(&[ADMIN.id]).await;
    let outs = h.join(&ADMIN, None, "fr", Some("Nadia")).await;
    assert!(
        ids(&outs).contains(&"onboarding-welcome-admin"),
        "{:?}",
        ids(&outs)
    );
    let outs = h.text(&ADMIN, "/newcity Roubaix").await;
    assert_eq!(ids(&outs), ["newcity-created"]);
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    let outs = h
        .join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    assert_eq!(
        arg(&outs, "onboarding-welcome", "role").as_deref(),
        Some("role-coordinator")
    );
    let outs = h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    assert_eq!(ids(&outs), ["newquartier-created"]);
    let code = h.invite(&COORDINATOR, Role::Mother, None).await;
    // The operator was told, through the outbox, that her coordinator joined.
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, ADMIN.id);
    (h, code)
}

#[tokio::test]
async fn a_mother_joins_in_arabic_and_gets_the_arabic_menu() {
    let (mut h, code) = city().await;
    let outs = h.text(&MOTHER, &format!("/start {code}")).await;
    assert_eq!(ids(&outs), ["onboarding-choose-language"]);
    // Her Telegram language is pre-selected, and every shipped language is offered.
    let langs = buttons(&outs);
    assert_eq!(langs.len(), 6);
    assert!(langs.iter().any(
        |(l, cb)| l.starts_with('✓') && *cb == Callback::Language(Locale::parse("ar").unwrap())
    ));
    let outs = h
        .press(&MOTHER, &Callback::Language(Locale::parse("ar").unwrap()))
        .await;
    assert_eq!(ids(&outs), ["onboarding-notice"]);
    assert!(
        h.render(&outs[1]).contains("قبل أن"),
        "{}",
        h.render(&outs[1])
    );
    let outs = h.press(&MOTHER, &Callback::Continue).await;
    assert_eq!(
        ids(&outs),
        ["onboarding-ask-name"],
        "the link's code is used: no code asked"
    );
    let outs = h.text(&MOTHER, "فاطمة").await;
    assert_eq!(ids(&outs), ["onboarding-ask-discreet"]);
    let outs = h.press(&MOTHER, &Callback::Discreet(true)).await;
    assert_eq!(
        ids(&outs),
        ["onboarding-welcome", "onboarding-privacy-guide"]
    );
    assert_eq!(
        arg(&outs, "onboarding-welcome", "place").as_deref(),
        Some("Belleville (Roubaix)")
    );
    assert_eq!(
        arg(&outs, "onboarding-welcome", "role").as_deref(),
        Some("role-mother")
    );
    // The coordinator who invited her is told, in French, through the outbox.
    let sent = h.outbox().await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].chat_id, COORDINATOR.id);
    let text = &sent[0].text;
    assert!(
        text.contains("a rejoint") && text.contains("فاطمة"),
        "{text}"
    );
    // Her menu is in Arabic and shows what a mother may do.
    assert_eq!(
        menu(&outs).unwrap(),
        [
            "menu-report",
            "menu-myreports",
            "menu-solutions",
            "menu-meetings",
            "menu-join-group",
            "menu-help",
            "menu-settings",
            "menu-language",
            "menu-privacy"
        ]
    );
    let guide = h.render(outs.last().unwrap());
    assert!(
        guide.contains("تيليغرام"),
        "the privacy guide is in Arabic: {guide}"
    );
    let outs = h.text(&MOTHER, "❓ مساعدة").await;
    assert_eq!(ids(&outs)[0], "help-intro", "an Arabic menu label works");
}

#[tokio::test]
async fn the_menu_follows_the_roles() {
    let (mut h, _) = city().await;
    let outs = h.text(&COORDINATOR, "/help").await;
    assert!(ids(&outs).contains(&"help-coordinator"));
    assert_eq!(
        menu(&outs).unwrap(),
        [
            "menu-report",
            "menu-myreports",
            "menu-reports",
            "menu-solutions",
            "menu-actions",
            "menu-new-action",
            "menu-broadcast",
            "menu-meetings",
            "menu-new-meeting",
            "menu-summary",
            "menu-export",
            "menu-help",
            "menu-settings",
            "menu-language",
            "menu-privacy",
            "menu-invite",
            "menu-members",
            "menu-new-quartier"
        ]
    );
    let outs = h.text(&ADMIN, "/help").await;
    assert!(ids(&outs).contains(&"help-admin"));
    assert!(menu(&outs).unwrap().contains(&"menu-new-city"));
}

#[tokio::test]
async fn a_typed_code_with_arabic_digits_and_dashes_is_accepted() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, "/start").await;
    h.press(&MOTHER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    let outs = h.press(&MOTHER, &Callback::Continue).await;
    assert_eq!(ids(&outs), ["onboarding-ask-code"]);
    let arabic: String = code
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap(),
            None => c.to_ascii_lowercase(),
        })
        .collect();
    let (head, tail): (String, String) = (
        arabic.chars().take(8).collect(),
        arabic.chars().skip(8).collect(),
    );
    let typed = format!("{head}-{tail}");
    let outs = h.text(&MOTHER, &typed).await;
    assert_eq!(ids(&outs), ["onboarding-ask-name"], "{typed}");
}

#[tokio::test]
async fn bad_invitation_codes_are_explained_and_change_nothing() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, "/start").await;
    h.press(&MOTHER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    h.press(&MOTHER, &Callback::Continue).await;
    for bad in [
        "ZZZZZZZZZZZZ",
        "hello",
        "'; DROP TABLE person; --",
        "<b>x</b>",
        &"A".repeat(5000),
    ] {
        let outs = h.text(&MOTHER, bad).await;
        assert_eq!(
            ids(&outs),
            ["invite-problem-unknown", "onboarding-ask-code"],
            "{bad:.20}"
        );
    }
    let outs = h.attach(&MOTHER, Attachment::Sticker).await;
    assert_eq!(ids(&outs), ["error-expected-text"]);
    // Revoked by its creator: refused with its own reason.
    let outs = h.text(&COORDINATOR, &format!("/revoke {code}")).await;
    assert_eq!(ids(&outs), ["invite-revoked"]);
    let outs = h.text(&MOTHER, &code).await;
    assert_eq!(
        ids(&outs),
        ["invite-problem-revoked", "onboarding-ask-code"]
    );
    // Revoking twice says so.
    let outs = h.text(&COORDINATOR, &format!("/revoke {code}")).await;
    assert_eq!(ids(&outs), ["invite-already-revoked"]);
}

#[tokio::test]
async fn an_expired_or_used_up_invitation_is_refused() {
    let (mut h, _) = city().await;
    let code = h.invite(&ADMIN, Role::Elected, None).await;
    // An élu's invitation serves one person.
    let first = person(20, Some("fr"));
    let outs = h.join(&first, Some(&code), "fr", None).await;
    assert!(ids(&outs).contains(&"onboarding-welcome"));
    let second = person(21, Some("fr"));
    h.text(&second, &format!("/start {code}")).await;
    h.press(&second, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    let outs = h.press(&second, &Callback::Continue).await;
    assert_eq!(
        ids(&outs),
        ["invite-problem-used-up", "onboarding-ask-code"]
    );

    let expired = h.invite(&COORDINATOR, Role::Mother, None).await;
    sqlx::query("UPDATE invitation SET expires_at = '2020-01-01T00:00:00+00:00' WHERE code = ?")
        .bind(&expired)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h.text(&second, &expired).await;
    assert_eq!(
        ids(&outs),
        ["invite-problem-expired", "onboarding-ask-code"]
    );
}

#[tokio::test]
async fn names_that_are_too_long_or_empty_are_refused_and_html_is_kept_as_text() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, &format!("/start {code}")).await;
    h.press(&MOTHER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    h.press(&MOTHER, &Callback::Continue).await;
    let outs = h.text(&MOTHER, &"é".repeat(5000)).await;
    assert_eq!(ids(&outs), ["error-text-too-long", "onboarding-ask-name"]);
    assert!(h.render(&outs[0]).contains("40"));
    let outs = h.text(&MOTHER, "\u{200B}\u{200F}").await;
    assert_eq!(ids(&outs), ["error-empty-text", "onboarding-ask-name"]);
    let outs = h
        .attach(
            &MOTHER,
            Attachment::Photo {
                file_id: "photo-1".into(),
            },
        )
        .await;
    assert_eq!(ids(&outs), ["error-expected-text"]);
    let outs = h
        .attach(
            &MOTHER,
            Attachment::Location {
                latitude: 50.69,
                longitude: 3.18,
            },
        )
        .await;
    assert_eq!(ids(&outs), ["error-expected-text"]);
    h.text(&MOTHER, "<b>Ana</b> & 'x'; --").await;
    h.press(&MOTHER, &Callback::Discreet(false)).await;
    let text = &h.outbox().await[0].text;
    assert!(
        text.contains("&lt;b&gt;Ana&lt;/b&gt; &amp; 'x'; --"),
        "{text}"
    );
}

#[tokio::test]
async fn a_replayed_update_changes_nothing_and_two_taps_give_one_result() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, &format!("/start {code}")).await;
    h.press(&MOTHER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    h.press(&MOTHER, &Callback::Continue).await;
    h.press(&MOTHER, &Callback::SkipName).await;
    let confirm = h.incoming(
        &MOTHER,
        MOTHER.id,
        agenda_mmm::bot::incoming::Input::Button {
            query_id: "q".into(),
            data: Callback::Discreet(false).encode(),
        },
    );
    let outs = h.deliver(&confirm).await;
    assert!(ids(&outs).contains(&"onboarding-welcome"));
    // The same update again (as after a crash before Telegram got the offset).
    let outs = h.deliver(&confirm).await;
    assert!(
        chats(&outs).is_empty(),
        "a replay sends nothing: {:?}",
        ids(&outs)
    );
    // A second tap on the same button: a new update, an old step.
    let outs = h.press(&MOTHER, &Callback::Discreet(false)).await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM role_assignment WHERE role = 'mother'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(count, 1);
    let uses: i64 = sqlx::query_scalar("SELECT uses FROM invitation WHERE code = ?")
        .bind(&code)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(uses, 1);
}

#[tokio::test]
async fn a_half_finished_dialogue_survives_a_restart() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, &format!("/start {code}")).await;
    h.press(&MOTHER, &Callback::Language(Locale::parse("tr").unwrap()))
        .await;
    let mut h = h.restart(&[ADMIN.id]).await;
    let outs = h.press(&MOTHER, &Callback::Continue).await;
    assert_eq!(ids(&outs), ["onboarding-ask-name"]);
    assert!(
        h.render(&outs[1]).contains("isteğe bağlı"),
        "in Turkish: {}",
        h.render(&outs[1])
    );
}

#[tokio::test]
async fn members_offers_the_cities_of_her_grants_and_every_city_to_the_operator() {
    let (mut h, _) = city().await;
    h.text(&ADMIN, "/newcity Lyon").await;
    let outs = h.text(&ADMIN, "/newquartier CRO Croix-Rousse").await;
    h.press(&ADMIN, &button(&outs, "Lyon").unwrap()).await;
    let labels = |outs: &[agenda_mmm::bot::reply::Out]| -> Vec<String> {
        buttons(outs).into_iter().map(|(l, _)| l).collect()
    };
    let outs = h.text(&ADMIN, "/members").await;
    assert_eq!(
        labels(&outs),
        ["Lyon", "Croix-Rousse (CRO)", "Roubaix", "Belleville (BEL)"],
        "every city, by name"
    );
    let outs = h.text(&COORDINATOR, "/members").await;
    assert_eq!(
        labels(&outs),
        ["Roubaix", "Belleville (BEL)"],
        "her city only"
    );
}

#[tokio::test]
async fn a_dialogue_left_for_48_hours_expires_politely() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, &format!("/start {code}")).await;
    h.press(&MOTHER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    // Left alone past the dialogue's 48 hours.
    h.ctx.clock.advance(chrono::Duration::hours(49));
    let outs = h.press(&MOTHER, &Callback::Continue).await;
    assert_eq!(ids(&outs), ["dialogue-expired", "error-not-registered"]);
}

#[tokio::test]
async fn cancel_works_from_any_step() {
    let (mut h, code) = city().await;
    h.text(&MOTHER, &format!("/start {code}")).await;
    let outs = h.text(&MOTHER, "/cancel").await;
    assert_eq!(ids(&outs), ["cancelled"]);
    let outs = h
        .press(&MOTHER, &Callback::Language(Locale::parse("fr").unwrap()))
        .await;
    assert_eq!(ids(&outs), ["error-not-registered"]);
    h.text(&COORDINATOR, "/newquartier").await;
    let outs = h.text(&COORDINATOR, "/cancel").await;
    assert_eq!(ids(&outs), ["cancelled", "menu-shown"]);
    let outs = h.text(&COORDINATOR, "/cancel").await;
    assert_eq!(ids(&outs), ["nothing-to-cancel", "menu-shown"]);
}

#[tokio::test]
async fn someone_who_never_ran_start_gets_a_clear_answer_to_anything() {
    let (mut h, _) = city().await;
    for outs in [
        h.press(&STRANGER, &Callback::EndRole(AssignmentId(1)))
            .await,
        h.press(
            &STRANGER,
            &Callback::Settings(SettingsAction::ToggleDiscreet),
        )
        .await,
        h.text(&STRANGER, "/invite").await,
        h.text(&STRANGER, "hello").await,
        h.attach(&STRANGER, Attachment::Sticker).await,
    ] {
        assert!(
            ids(&outs).contains(&"error-not-registered"),
            "{:?}",
            ids(&outs)
        );
        let rendered: Vec<String> = outs.iter().map(|o| h.render(o)).collect();
        assert!(
            rendered.iter().any(|r| r.contains("/start")),
            "in English: {rendered:?}"
        );
    }
    let persons: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM person")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(persons, 2);
}

#[tokio::test]
async fn forged_callback_data_is_refused() {
    let (mut h, code) = city().await;
    h.join(&MOTHER, Some(&code), "fr", None).await;
    // Unparseable data.
    for data in ["xx:1", "er:abc", "ir:z", ""] {
        let outs = h.press_raw(&MOTHER, data).await;
        assert_eq!(ids(&outs), ["error-stale-button"], "{data}");
    }
    // A mother pressing a coordinator's buttons with real ids.
    let coordinator_assignment: i64 =
        sqlx::query_scalar("SELECT id FROM role_assignment WHERE role = 'coordinator'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    let outs = h
        .press(
            &MOTHER,
            &Callback::EndRole(AssignmentId(coordinator_assignment)),
        )
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h
        .press(
            &MOTHER,
            &Callback::Members(ScopeRef::Quartier(QuartierId(1))),
        )
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h.press(&MOTHER, &Callback::Revoke(InvitationId(1))).await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    // A mother cannot invite at all; a forged role step is stale.
    let outs = h.text(&MOTHER, "/invite").await;
    assert_eq!(ids(&outs), ["invite-nothing-to-grant"]);
    let outs = h
        .press(&MOTHER, &Callback::InviteRole(Role::Coordinator))
        .await;
    assert_eq!(ids(&outs), ["error-stale-button"]);
    // A coordinator forging an invitation for a role above hers, or another city.
    h.text(&ADMIN, "/newcity Lyon").await;
    h.text(&ADMIN, "/newquartier").await;
    h.text(&ADMIN, "CRO Croix-Rousse").await;
    let lyon = button(&h.text(&ADMIN, "/members").await, "Lyon").unwrap();
    assert_eq!(lyon, Callback::Members(ScopeRef::City(CityId(2))));
    h.text(&COORDINATOR, "/invite").await;
    let outs = h
        .press(&COORDINATOR, &Callback::InviteRole(Role::Coordinator))
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    h.text(&COORDINATOR, "/invite").await;
    h.press(&COORDINATOR, &Callback::InviteRole(Role::Mother))
        .await;
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::InviteScope(ScopeRef::City(CityId(2))),
        )
        .await;
    assert_eq!(
        ids(&outs),
        ["error-stale-button"],
        "the place step was skipped: one quartier"
    );
    let outs = h
        .press(&COORDINATOR, &Callback::Members(ScopeRef::City(CityId(2))))
        .await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let invitations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM invitation")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(invitations, 3, "no forged invitation was created");
}

#[tokio::test]
async fn a_city_created_without_a_time_zone_takes_the_configured_one() {
    let (mut h, _) = city().await;
    h.ctx = h.ctx.clone().with_timezone(chrono_tz::America::Cayenne);
    let outs = h.text(&ADMIN, "/newcity").await;
    assert_eq!(
        arg(&outs, "newcity-ask", "tz").as_deref(),
        Some("America/Cayenne"),
        "the prompt names the configured zone"
    );
    let outs = h.text(&ADMIN, "Kourou").await;
    assert_eq!(
        arg(&outs, "newcity-created", "tz").as_deref(),
        Some("America/Cayenne")
    );
    let outs = h.text(&ADMIN, "/newcity Sinnamary Europe/Paris").await;
    assert_eq!(
        arg(&outs, "newcity-created", "tz").as_deref(),
        Some("Europe/Paris"),
        "a zone typed wins"
    );
    let zone: String = sqlx::query_scalar("SELECT timezone FROM city WHERE name = 'Kourou'")
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap();
    assert_eq!(zone, "America/Cayenne");
}

#[tokio::test]
async fn commands_with_missing_or_malformed_arguments_are_explained() {
    let (mut h, _) = city().await;
    let outs = h.text(&ADMIN, "/newcity").await;
    assert_eq!(ids(&outs), ["newcity-ask"]);
    let outs = h.text(&ADMIN, "Cayenne Mars/Olympus").await;
    assert_eq!(ids(&outs), ["error-bad-timezone"]);
    let outs = h.text(&ADMIN, "Roubaix").await;
    assert_eq!(ids(&outs), ["newcity-duplicate"]);
    let outs = h.text(&ADMIN, "Cayenne America/Cayenne").await;
    assert_eq!(ids(&outs), ["newcity-created"]);
    assert_eq!(
        arg(&outs, "newcity-created", "tz").as_deref(),
        Some("America/Cayenne")
    );
    let outs = h.text(&COORDINATOR, "/newcity Lille").await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let outs = h.text(&COORDINATOR, "/newquartier B Belleville").await;
    assert_eq!(ids(&outs), ["error-bad-prefix", "newquartier-ask"]);
    let outs = h.text(&COORDINATOR, "/newquartier BEL").await;
    assert_eq!(ids(&outs), ["error-empty-text", "newquartier-ask"]);
    let outs = h.text(&COORDINATOR, "/newquartier bel Autre").await;
    assert_eq!(ids(&outs), ["newquartier-duplicate"]);
    let outs = h.text(&COORDINATOR, "/revoke nonsense").await;
    assert_eq!(ids(&outs), ["invite-problem-unknown"]);
    let outs = h.text(&COORDINATOR, "/frobnicate").await;
    assert_eq!(ids(&outs), ["error-unknown-command"]);
    let outs = h.text(&COORDINATOR, "/linkgroup BEL").await;
    assert_eq!(ids(&outs), ["error-group-only"]);
}

#[tokio::test]
async fn the_admin_creates_quartiers_in_the_city_she_picks() {
    let (mut h, _) = city().await;
    h.text(&ADMIN, "/newcity Lyon").await;
    let outs = h.text(&ADMIN, "/newquartier CRO Croix-Rousse").await;
    assert_eq!(ids(&outs), ["newquartier-choose-city"]);
    let lyon = button(&outs, "Lyon").unwrap();
    let outs = h.press(&ADMIN, &lyon).await;
    assert_eq!(ids(&outs), ["newquartier-created"]);
    assert_eq!(
        arg(&outs, "newquartier-created", "city").as_deref(),
        Some("Lyon")
    );
    // The same prefix may exist in another city.
    let outs = h.text(&COORDINATOR, "/newquartier CRO Croix").await;
    assert_eq!(ids(&outs), ["newquartier-created"]);
}

#[tokio::test]
async fn an_invitation_comes_with_a_deep_link_a_qr_code_and_a_date_in_her_language() {
    let (mut h, _) = city().await;
    h.text(&COORDINATOR, "/invite").await;
    let outs = h
        .press(&COORDINATOR, &Callback::InviteRole(Role::Relay))
        .await;
    assert_eq!(ids(&outs), ["invite-created", "invite-qr-caption"]);
    let code = arg(&outs, "invite-created", "code").unwrap();
    assert_eq!(
        arg(&outs, "invite-created", "link").unwrap(),
        format!("https://t.me/agenda_test_bot?start={code}")
    );
    let until = arg(&outs, "invite-created", "until").unwrap();
    let months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    assert!(months.iter().any(|m| until.contains(m)), "{until}");
    match &outs[2] {
        agenda_mmm::bot::reply::Out::Photo { png, .. } => assert_eq!(&png[..4], b"\x89PNG"),
        other => panic!("no QR code: {other:?}"),
    }
    assert!(matches!(
        button(&outs, "button-revoke"),
        Some(Callback::Revoke(_))
    ));
    // A relay may invite mothers of her quartier only.
    let relay = person(30, Some("pt"));
    h.join(&relay, Some(&code), "pt", None).await;
    let outs = h.text(&relay, "/invite").await;
    let roles: Vec<_> = buttons(&outs).into_iter().map(|(_, c)| c).collect();
    assert_eq!(roles, [Callback::InviteRole(Role::Mother)]);
    let outs = h.press(&relay, &Callback::InviteRole(Role::Mother)).await;
    let until = arg(&outs, "invite-created", "until").unwrap();
    assert!(
        [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro"
        ]
        .iter()
        .any(|m| until.contains(m)),
        "{until}"
    );
}

#[tokio::test]
async fn a_coordinator_lists_members_ends_and_changes_roles_and_they_are_told() {
    let (mut h, code) = city().await;
    h.join(&MOTHER, Some(&code), "ar", Some("Amina")).await;
    let outs = h.text(&COORDINATOR, "👥 Membres").await;
    let bel = button(&outs, "Belleville").unwrap();
    let outs = h.press(&COORDINATOR, &bel).await;
    assert_eq!(ids(&outs), ["members-header", "members-entry"]);
    assert!(h.render(&outs[1]).contains("Amina"));
    let change = button(&outs, "🔁 1").unwrap();
    let outs = h.press(&COORDINATOR, &change).await;
    assert_eq!(ids(&outs), ["members-choose-new-role"]);
    let relay = button(&outs, "role-relay").unwrap();
    let outs = h.press(&COORDINATOR, &relay).await;
    assert_eq!(ids(&outs), ["members-role-changed"]);
    // She is told, in Arabic, through the outbox (the inviter's notice went first).
    let sent = h.outbox().await;
    let told = sent.iter().find(|d| d.chat_id == MOTHER.id).unwrap();
    assert!(told.text.contains("أمّ وسيطة"), "in Arabic: {}", told.text);
    // Now she is a relay: her menu offers invitations.
    let outs = h.text(&MOTHER, "/help").await;
    assert!(menu(&outs).unwrap().contains(&"menu-invite"));
    // End her role.
    let outs = h.press(&COORDINATOR, &bel).await;
    let end = button(&outs, "✖️ 1").unwrap();
    let outs = h.press(&COORDINATOR, &end).await;
    assert_eq!(ids(&outs), ["members-role-ended"]);
    let sent = h.outbox().await;
    assert_eq!(
        sent.iter().map(|d| d.chat_id).collect::<Vec<_>>(),
        [MOTHER.id]
    );
    let outs = h.press(&COORDINATOR, &end).await;
    assert_eq!(ids(&outs), ["members-role-already-ended"]);
    let outs = h.press(&COORDINATOR, &bel).await;
    assert_eq!(ids(&outs), ["members-header"]);
}

#[tokio::test]
async fn settings_change_discreet_mode_name_and_language() {
    let (mut h, code) = city().await;
    h.join(&MOTHER, Some(&code), "fr", Some("Amina")).await;
    let outs = h.text(&MOTHER, "/settings").await;
    assert_eq!(ids(&outs), ["settings-summary"]);
    let outs = h
        .press(&MOTHER, &Callback::Settings(SettingsAction::ToggleDiscreet))
        .await;
    assert_eq!(
        arg(&outs, "settings-discreet-changed", "state").as_deref(),
        Some("settings-on")
    );
    h.press(&MOTHER, &Callback::Settings(SettingsAction::ChangeName))
        .await;
    let outs = h.text(&MOTHER, "Aminata").await;
    assert_eq!(ids(&outs), ["settings-name-saved"]);
    let outs = h
        .press(&MOTHER, &Callback::Settings(SettingsAction::RemoveName))
        .await;
    assert_eq!(ids(&outs), ["settings-name-removed"]);
    let outs = h.text(&MOTHER, "/language").await;
    assert_eq!(buttons(&outs).len(), 6);
    let outs = h
        .press(&MOTHER, &Callback::Language(Locale::parse("es").unwrap()))
        .await;
    assert_eq!(ids(&outs), ["language-changed"]);
    assert!(
        h.render(&outs[1]).contains("español"),
        "{}",
        h.render(&outs[1])
    );
    let outs = h.text(&MOTHER, "/settings").await;
    let text = h.render(&outs[0]);
    assert!(
        text.contains("Español") && text.contains("(ninguno)"),
        "{text}"
    );
}

#[tokio::test]
async fn group_chats_take_only_linkgroup() {
    let (mut h, _) = city().await;
    let group = -100_200;
    let input = |name: &str, args: &str| agenda_mmm::bot::incoming::Input::Command {
        name: name.into(),
        args: args.into(),
    };
    let inc = h.incoming(&COORDINATOR, group, input("invite", ""));
    assert_eq!(ids(&h.deliver(&inc).await), ["error-private-only"]);
    let inc = h.incoming(&COORDINATOR, group, input("linkgroup", ""));
    assert_eq!(ids(&h.deliver(&inc).await), ["linkgroup-usage"]);
    let inc = h.incoming(&COORDINATOR, group, input("linkgroup", "XYZ"));
    assert_eq!(ids(&h.deliver(&inc).await), ["linkgroup-unknown-prefix"]);
    let inc = h.incoming(&MOTHER, group, input("linkgroup", "BEL"));
    assert_eq!(ids(&h.deliver(&inc).await), ["error-not-allowed"]);
    let inc = h.incoming(&COORDINATOR, group, input("linkgroup", "bel"));
    let outs = h.deliver(&inc).await;
    assert_eq!(ids(&outs), ["linkgroup-done", "linkgroup-door"]);
    assert_eq!(chats(&outs), [group]);
    let linked: Option<i64> =
        sqlx::query_scalar("SELECT group_chat_id FROM quartier WHERE prefix = 'BEL'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(linked, Some(group));
    let inc = h.incoming(&COORDINATOR, group, input("someotherbotcommand", ""));
    assert!(h.deliver(&inc).await.is_empty());
}

#[tokio::test]
async fn a_member_who_uses_another_invitation_gains_its_role() {
    let (mut h, code) = city().await;
    h.join(&MOTHER, Some(&code), "fr", None).await;
    let relay_code = h.invite(&COORDINATOR, Role::Relay, None).await;
    let outs = h.text(&MOTHER, &format!("/start {relay_code}")).await;
    assert_eq!(ids(&outs), ["joined-new-role", "menu-shown"]);
    let sent = h.outbox().await;
    assert!(
        sent.iter()
            .any(|d| d.chat_id == COORDINATOR.id && d.text.contains("mère relais"))
    );
    let outs = h.text(&MOTHER, &format!("/start {code}")).await;
    assert_eq!(ids(&outs), ["joined-already", "menu-shown"]);
    let outs = h.text(&MOTHER, "/start").await;
    assert_eq!(ids(&outs), ["onboarding-already-member"]);
    let outs = h.text(&MOTHER, "/start ZZZZZZZZZZZZ").await;
    assert_eq!(ids(&outs), ["invite-problem-unknown"]);
}

#[tokio::test]
async fn edited_messages_and_stray_input_are_answered() {
    let (mut h, code) = city().await;
    h.join(&MOTHER, Some(&code), "fr", None).await;
    let outs = h
        .send(&MOTHER, agenda_mmm::bot::incoming::Input::Edited)
        .await;
    assert_eq!(ids(&outs), ["error-edited"]);
    let outs = h.text(&MOTHER, "🙂🙂🙂").await;
    assert_eq!(ids(&outs), ["menu-shown"]);
    h.text(&COORDINATOR, "/invite").await;
    let outs = h.text(&COORDINATOR, "something").await;
    assert_eq!(ids(&outs), ["error-expected-choice"]);
}

#[tokio::test]
async fn a_failure_is_answered_with_an_apology_and_the_bot_goes_on() {
    let (mut h, _) = city().await;
    sqlx::query("ALTER TABLE invitation RENAME TO invitation_gone")
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h.text(&COORDINATOR, "/revoke").await;
    assert_eq!(ids(&outs), ["error-generic"]);
    assert!(h.render(&outs[0]).contains("Rien n'est perdu"));
    let outs = h.text(&COORDINATOR, "/help").await;
    assert_eq!(ids(&outs)[0], "help-intro");
}

#[tokio::test]
async fn each_member_s_command_list_follows_her_roles_and_her_language_and_goes_at_forget() {
    let (mut h, code) = city().await;
    let admin = h.commands_of(ADMIN.id).expect("the operator's list");
    assert!(admin.contains(&"newcity"), "{admin:?}");
    let coordinator = h
        .commands_of(COORDINATOR.id)
        .expect("the coordinator's list");
    for name in ["reports", "invite", "revoke", "members", "newquartier"] {
        assert!(coordinator.contains(&name), "{name} in {coordinator:?}");
    }
    assert!(!coordinator.contains(&"newcity"), "{coordinator:?}");

    // A mother's list holds only what she may use.
    h.join(&MOTHER, Some(&code), "ar", None).await;
    h.outbox().await;
    let mother = h.commands_of(MOTHER.id).expect("her list");
    assert!(mother.contains(&"report") && mother.contains(&"myreports"));
    for never in [
        "reports",
        "invite",
        "revoke",
        "members",
        "newquartier",
        "newcity",
    ] {
        assert!(!mother.contains(&never), "{never} in {mother:?}");
    }
    // A refusal says what she can do instead: her own commands.
    let outs = h.text(&MOTHER, "/members").await;
    assert_eq!(
        ids(&outs),
        ["error-not-allowed", "error-not-allowed-instead"]
    );
    let instead = h.rendered(&outs, "error-not-allowed-instead");
    assert!(
        instead.contains("/report") && instead.contains("/help") && !instead.contains("/members"),
        "{instead}"
    );

    // Made a relay, her list gains what a relay does.
    let assignment: i64 =
        sqlx::query_scalar("SELECT id FROM role_assignment WHERE role = 'mother'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    let assignment = AssignmentId(assignment);
    h.press(&COORDINATOR, &Callback::ChangeRole(assignment))
        .await;
    h.press(
        &COORDINATOR,
        &Callback::ChangeRoleTo(assignment, Role::Relay),
    )
    .await;
    h.outbox().await;
    let relay = h.commands_of(MOTHER.id).unwrap();
    for name in ["reports", "invite", "revoke"] {
        assert!(relay.contains(&name), "{name} in {relay:?}");
    }

    // She changes her language: the list is published again, described in Turkish.
    let published = h.command_lists.len();
    let tr = Locale::parse("tr").unwrap();
    h.press(&MOTHER, &Callback::Language(tr.clone())).await;
    h.outbox().await;
    assert_eq!(h.command_lists.len(), published + 1);
    let (chat, list) = h.command_lists.last().unwrap();
    assert_eq!(*chat, MOTHER.id);
    let report = agenda_mmm::i18n::Msg::new("cmd-report");
    let described = list.iter().find(|(name, _)| name == "report").unwrap();
    assert_eq!(described.1, h.ctx.localizer.render(&tr, &report).trim());

    // At /forget her own list is removed (after the commit, as an answer).
    h.text(&MOTHER, "/forget").await;
    let outs = h
        .press(
            &MOTHER,
            &Callback::Privacy(agenda_mmm::bot::callback::PrivacyButton::Forget(true)),
        )
        .await;
    assert!(
        outs.contains(&agenda_mmm::bot::reply::Out::RemoveCommands { chat: MOTHER.id }),
        "{:?}",
        ids(&outs)
    );
}

#[tokio::test]
async fn commands_keep_their_answers_for_unknown_names_extra_words_and_strangers() {
    let (mut h, _) = city().await;
    // Extra words after a command that takes none are ignored.
    let plain = h.text(&COORDINATOR, "/help").await;
    let extra = h.text(&COORDINATOR, "/help me please").await;
    assert_eq!(ids(&extra), ids(&plain));
    // Before registering, an unknown command is answered like any other closed one.
    let outs = h.text(&STRANGER, "/frobnicate").await;
    let closed = h.text(&STRANGER, "/report").await;
    assert_eq!(ids(&outs), ids(&closed));
    assert_eq!(ids(&outs), ["error-not-registered"]);
    // In a group: our private commands are said to be private, other names are left to
    // the bots they belong to.
    let group = -100_300;
    let input = |name: &str| agenda_mmm::bot::incoming::Input::Command {
        name: name.into(),
        args: String::new(),
    };
    let inc = h.incoming(&COORDINATOR, group, input("report"));
    assert_eq!(ids(&h.deliver(&inc).await), ["error-private-only"]);
    let inc = h.incoming(&COORDINATOR, group, input("frobnicate"));
    assert!(h.deliver(&inc).await.is_empty());
}
