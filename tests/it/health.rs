//! `/health` (a coordinator's view of her city: its figures, members and pace) and
//! `/propose` (straight to proposing a solution), in-process.

use crate::support;

use agenda_mmm::bot::callback::{Callback, SolutionButton};
use agenda_mmm::domain::Role;
use agenda_mmm::domain::time::format_day;
use support::dialogue::{Harness, Person, buttons, ids, person};
use support::scenario::{COORDINATOR, count, report_as, roubaix};

const AMINA: Person = person(3, Some("ar"));
const LUCIE: Person = person(4, Some("fr"));

/// Roubaix with BEL (Amina, Lucie) and NOR (no one yet).
async fn city() -> Harness {
    let mut h = roubaix().await;
    h.text(&COORDINATOR, "/newquartier NOR Nord").await;
    for who in [&AMINA, &LUCIE] {
        let code = h
            .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
            .await;
        h.join(who, Some(&code), who.lang.unwrap(), Some("Mère"))
            .await;
    }
    h.outbox().await;
    h
}

#[tokio::test]
async fn a_coordinator_sees_her_city_s_members_pace_and_last_meeting() {
    let mut h = city().await;
    report_as(&mut h, &AMINA, false).await;
    sqlx::query("UPDATE person SET unreachable_at = ? WHERE id = (SELECT person_id FROM telegram_account WHERE telegram_user_id = ?)")
        .bind(h.ctx.clock.now())
        .bind(LUCIE.id)
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let outs = h.text(&COORDINATOR, "/health").await;
    assert_eq!(ids(&outs), ["health-view", "health-community"]);
    let text = h.render(&outs[0]);
    // The coordinator and two mothers; Lucie blocked the bot; one report; no meeting.
    assert!(
        text.contains("Membres : 3 (venus ces 30 derniers jours : 3, injoignables : 1)"),
        "{text}"
    );
    assert!(
        text.contains("Signalements des 30 derniers jours : 1"),
        "{text}"
    );
    assert!(text.contains("Aucune réunion tenue"), "{text}");
    assert!(text.contains("Signalements pas encore lus : 1"), "{text}");
}

#[tokio::test]
async fn health_is_refused_to_a_mother_and_listed_only_for_coordinators() {
    let mut h = city().await;
    let outs = h.text(&AMINA, "/health").await;
    assert!(!ids(&outs).contains(&"health-view"), "{:?}", ids(&outs));
    assert!(
        ids(&outs)
            .iter()
            .any(|id| id.starts_with("error-not-allowed"))
    );
    let commands = h.commands_of(AMINA.id).unwrap();
    assert!(!commands.contains(&"health") && commands.contains(&"propose"));
    let coordinator = h.commands_of(COORDINATOR.id).unwrap();
    assert!(coordinator.contains(&"health"));
}

#[tokio::test]
async fn propose_asks_her_words_at_once_when_she_has_one_quartier() {
    let mut h = city().await;
    let outs = h.text(&LUCIE, "/propose").await;
    assert_eq!(ids(&outs), ["solutions-ask-text"]);
    h.text(&LUCIE, "Un adulte à la sortie de l'école le mardi")
        .await;
    let n = count(&h, "SELECT COUNT(*) FROM solution").await;
    assert_eq!(n, 1);
}

#[tokio::test]
async fn propose_offers_a_button_per_quartier_to_the_coordinator() {
    let mut h = city().await;
    let outs = h.text(&COORDINATOR, "/propose").await;
    assert_eq!(ids(&outs), ["solutions-which-quartier"]);
    let labels: Vec<String> = buttons(&outs).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["Belleville", "Nord"]);
    let Callback::Solution(SolutionButton::Propose(_)) = &buttons(&outs)[1].1 else {
        panic!("{:?}", buttons(&outs));
    };
    let outs = h.press(&COORDINATOR, &buttons(&outs)[1].1).await;
    assert_eq!(ids(&outs), ["solutions-ask-text"]);
}

/// A meeting of Roubaix starting `days_ago` days before now, planned or called off.
async fn meeting(h: &Harness, days_ago: i64, status: &str) -> chrono::DateTime<chrono::Utc> {
    let at = h.ctx.clock.now() - chrono::Duration::days(days_ago);
    sqlx::query(
        "INSERT INTO meeting (city_id, kind, title, starts_at, duration_minutes, audience,
                              status, created_at)
         VALUES (1, 'concertation', 'Réunion', ?1, 90, '{}', ?2, ?1)",
    )
    .bind(at)
    .bind(status)
    .execute(&h.ctx.pool)
    .await
    .unwrap();
    at
}

#[tokio::test]
async fn the_last_meeting_is_the_last_held_not_one_called_off_nor_one_to_come() {
    let mut h = city().await;
    let held = meeting(&h, 9, "planned").await;
    meeting(&h, 2, "cancelled").await;
    meeting(&h, -3, "planned").await;
    let outs = h.text(&COORDINATOR, "/health").await;
    let text = h.render(&outs[0]);
    let fr = agenda_mmm::domain::Locale::parse("fr").unwrap();
    let day = format_day(held, chrono_tz::Europe::Paris, &fr);
    assert!(
        text.contains(&format!("Dernière réunion : {day}")),
        "{text}"
    );
}

#[tokio::test]
async fn help_names_what_each_role_may_do_with_the_others() {
    let mut h = city().await;
    let mother = h.text(&LUCIE, "/help").await;
    let mother = ids(&mother);
    assert!(mother.contains(&"help-together"), "{mother:?}");
    for not_hers in [
        "help-organise",
        "help-broadcast",
        "help-health",
        "help-newaction",
    ] {
        assert!(!mother.contains(&not_hers), "{mother:?}");
    }
    let coordinator = h.text(&COORDINATOR, "/help").await;
    let coordinator = ids(&coordinator);
    for hers in [
        "help-together",
        "help-organise",
        "help-broadcast",
        "help-actions",
        "help-health",
    ] {
        assert!(coordinator.contains(&hers), "{coordinator:?}");
    }
    assert!(
        !coordinator.contains(&"help-newaction"),
        "named once, in help-health"
    );
}
