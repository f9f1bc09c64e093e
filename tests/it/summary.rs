//! `/summary`, `/export` and the weekly digest's setting, in-process: who may ask for
//! which area, forged buttons for another city or quartier refused (nothing sent), the
//! digest sent as a photo with its text, the export as a document.

use crate::support;

use agenda_mmm::bot::callback::{Callback, DigestButton, ScopeRef};
use agenda_mmm::bot::reply::Out;
use agenda_mmm::domain::digest::Period;
use agenda_mmm::domain::{CityId, QuartierId, Role};
use agenda_mmm::services::export::{ExportPeriod, Format};
use chrono::Datelike;
use chrono::Weekday;
use support::dialogue::{Harness, Person, ids, person};
use support::scenario::{ADMIN, COORDINATOR, count, roubaix};

const ELU: Person = person(20, Some("ar"));
const LYON_ELU: Person = person(21, Some("fr"));
const MOTHER: Person = person(22, Some("fr"));
const RELAY: Person = person(23, Some("tr"));
const ROUBAIX: CityId = CityId(1);

/// Roubaix (BEL, ROU) with an élu, a mother and a relay of BEL; Lyon with its élu.
async fn cities() -> Harness {
    let mut h = roubaix().await;
    h.text(&COORDINATOR, "/newquartier ROU Roubaix centre")
        .await;
    let code = h.invite(&COORDINATOR, Role::Elected, None).await;
    h.join(&ELU, Some(&code), "ar", None).await;
    for (who, role) in [(&MOTHER, Role::Mother), (&RELAY, Role::Relay)] {
        let code = h.invite(&COORDINATOR, role, Some("Belleville")).await;
        h.join(who, Some(&code), "fr", None).await;
    }
    h.text(&ADMIN, "/newcity Lyon").await;
    let code = h.invite(&ADMIN, Role::Elected, Some("Lyon")).await;
    h.join(&LYON_ELU, Some(&code), "fr", None).await;
    h.outbox().await;
    h
}

fn show(scope: ScopeRef, period: Period) -> Callback {
    Callback::Digest(DigestButton::Show(scope, period))
}

fn photos(outs: &[Out]) -> usize {
    outs.iter()
        .filter(|o| matches!(o, Out::Heatmap { .. }))
        .count()
}

async fn quartier(h: &Harness, prefix: &str) -> QuartierId {
    QuartierId(
        count(
            h,
            &format!("SELECT id FROM quartier WHERE prefix = '{prefix}'"),
        )
        .await,
    )
}

#[tokio::test]
async fn an_elu_asks_a_summary_of_her_city_and_gets_the_heat_map_with_its_text() {
    let mut h = cities().await;
    let outs = h.text(&ELU, "/summary").await;
    assert_eq!(ids(&outs), ["summary-choose-area"]);
    let outs = h
        .press(
            &ELU,
            &Callback::Digest(DigestButton::Area(ScopeRef::City(ROUBAIX))),
        )
        .await;
    assert!(ids(&outs).contains(&"summary-choose-period"));
    let outs = h
        .press(&ELU, &show(ScopeRef::City(ROUBAIX), Period::Month))
        .await;
    assert_eq!(photos(&outs), 1, "{:?}", ids(&outs));
    let bel = quartier(&h, "BEL").await;
    let outs = h
        .press(&ELU, &show(ScopeRef::Quartier(bel), Period::Week))
        .await;
    assert_eq!(photos(&outs), 1);
}

#[tokio::test]
async fn an_elu_of_another_city_and_a_mother_get_no_summary() {
    let mut h = cities().await;
    let bel = quartier(&h, "BEL").await;
    for scope in [ScopeRef::City(ROUBAIX), ScopeRef::Quartier(bel)] {
        let outs = h.press(&LYON_ELU, &show(scope, Period::Week)).await;
        assert_eq!(photos(&outs), 0);
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
    }
    let outs = h.text(&MOTHER, "/summary").await;
    assert_eq!(ids(&outs)[0], "error-not-allowed");
    let outs = h
        .press(&MOTHER, &show(ScopeRef::Quartier(bel), Period::Week))
        .await;
    assert_eq!(photos(&outs), 0);
}

#[tokio::test]
async fn a_relay_gets_her_quartier_and_not_the_next_one_nor_the_city() {
    let mut h = cities().await;
    let (bel, rou) = (quartier(&h, "BEL").await, quartier(&h, "ROU").await);
    let outs = h
        .press(&RELAY, &show(ScopeRef::Quartier(bel), Period::Week))
        .await;
    assert_eq!(photos(&outs), 1);
    for forged in [
        ScopeRef::Quartier(rou),
        ScopeRef::City(ROUBAIX),
        ScopeRef::Quartier(QuartierId(999)),
    ] {
        let outs = h.press(&RELAY, &show(forged, Period::Week)).await;
        assert_eq!(photos(&outs), 0, "{forged:?}");
    }
}

fn document(outs: &[Out]) -> Option<String> {
    outs.iter().find_map(|o| match o {
        Out::Document { name, .. } => Some(name.clone()),
        _ => None,
    })
}

fn export_over(city: CityId, format: Format, period: ExportPeriod) -> Callback {
    Callback::Digest(DigestButton::ExportOver(city, format, period))
}

#[tokio::test]
async fn a_coordinator_exports_csv_and_open311_and_an_elu_cannot() {
    let mut h = cities().await;
    let outs = h.text(&COORDINATOR, "/export").await;
    assert_eq!(ids(&outs), ["export-choose"]);
    for (format, ext) in [(Format::Csv, ".csv"), (Format::Open311, ".json")] {
        let outs = h
            .press(
                &COORDINATOR,
                &Callback::Digest(DigestButton::Export(ROUBAIX, format)),
            )
            .await;
        assert!(ids(&outs).contains(&"export-choose-period"));
        assert_eq!(document(&outs), None);
        let outs = h
            .press(
                &COORDINATOR,
                &export_over(ROUBAIX, format, ExportPeriod::TwelveMonths),
            )
            .await;
        assert!(document(&outs).unwrap().ends_with(ext));
    }
    let outs = h
        .press(
            &ELU,
            &export_over(ROUBAIX, Format::Csv, ExportPeriod::TwelveMonths),
        )
        .await;
    assert_eq!(document(&outs), None);
    assert_eq!(h.text(&ELU, "/export").await.len(), 1);
}

#[tokio::test]
async fn the_coordinator_chooses_the_period_of_her_export_and_a_forged_one_is_refused() {
    let mut h = cities().await;
    let outs = h
        .press(
            &COORDINATOR,
            &Callback::Digest(DigestButton::Export(ROUBAIX, Format::Csv)),
        )
        .await;
    let offered: Vec<Callback> = support::dialogue::buttons(&outs)
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    let all = ExportPeriod::ALL.map(|p| export_over(ROUBAIX, Format::Csv, p));
    assert_eq!(offered, all);
    // The harness's clock: every period ends yesterday, each starts where it says.
    let today = h.ctx.clock.now().with_timezone(&chrono_tz::Europe::Paris);
    let yesterday = today.date_naive() - chrono::Days::new(1);
    let three = yesterday - chrono::Months::new(3) + chrono::Days::new(1);
    let jan = yesterday.with_ordinal(1).unwrap();
    for (period, from) in [
        (ExportPeriod::ThreeMonths, three),
        (ExportPeriod::ThisYear, jan),
        (ExportPeriod::Everything, yesterday),
    ] {
        let outs = h
            .press(&COORDINATOR, &export_over(ROUBAIX, Format::Csv, period))
            .await;
        let name = document(&outs).unwrap();
        assert_eq!(name, format!("agenda-mmm-{from}-{yesterday}.csv"));
    }
    let lyon = CityId(2);
    for forged in [
        export_over(lyon, Format::Open311, ExportPeriod::Everything),
        Callback::Digest(DigestButton::Export(lyon, Format::Csv)),
    ] {
        let outs = h.press(&COORDINATOR, &forged).await;
        assert_eq!(document(&outs), None);
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
    }
}

#[tokio::test]
async fn the_coordinator_sets_the_weekly_digest_and_a_forged_button_changes_nothing() {
    let mut h = cities().await;
    let outs = h.text(&COORDINATOR, "/settings").await;
    let text = h.render(&outs[0]);
    assert!(text.contains("Lundi à 8 h"), "{text}");
    h.press(&COORDINATOR, &Callback::Digest(DigestButton::Day(ROUBAIX)))
        .await;
    h.press(&COORDINATOR, &Callback::Digest(DigestButton::Hour(ROUBAIX)))
        .await;
    let mut conn = h.ctx.pool.acquire().await.unwrap();
    let s = agenda_mmm::store::digest::schedule(&mut conn, ROUBAIX)
        .await
        .unwrap();
    assert_eq!((s.weekday, s.hour, s.enabled), (Weekday::Tue, 9, true));
    drop(conn);
    let lyon = CityId(2);
    for who in [&COORDINATOR, &ELU] {
        h.press(who, &Callback::Digest(DigestButton::Toggle(lyon)))
            .await;
    }
    h.press(&ELU, &Callback::Digest(DigestButton::Toggle(ROUBAIX)))
        .await;
    assert_eq!(
        count(&h, "SELECT COUNT(*) FROM digest_setting WHERE city_id = 2").await,
        0
    );
    assert_eq!(
        count(&h, "SELECT enabled FROM digest_setting WHERE city_id = 1").await,
        1
    );
}

#[tokio::test]
async fn help_names_summary_and_export_to_those_who_may_use_them() {
    let mut h = cities().await;
    for (who, summary, export) in [
        (&COORDINATOR, true, true),
        (&ELU, true, false),
        (&RELAY, true, false),
        (&MOTHER, false, false),
    ] {
        let outs = h.text(who, "/help").await;
        let found = ids(&outs);
        assert_eq!(found.contains(&"help-summary"), summary, "{found:?}");
        assert_eq!(found.contains(&"help-export"), export, "{found:?}");
        let text = h.render(&outs[0]);
        assert_eq!(text.contains("/summary"), summary, "{text}");
        assert_eq!(text.contains("/export"), export, "{text}");
    }
}

#[tokio::test]
async fn the_summary_picture_is_drawn_after_the_transaction_in_her_language() {
    let mut h = cities().await;
    let outs = h
        .press(&ELU, &show(ScopeRef::City(ROUBAIX), Period::Week))
        .await;
    // The update's answer carries the figures, not a picture: nothing was drawn while
    // the transaction held the database.
    let Some(Out::Heatmap { digest, locale, .. }) =
        outs.iter().find(|o| matches!(o, Out::Heatmap { .. }))
    else {
        panic!("no heat map in {:?}", ids(&outs));
    };
    assert_eq!(locale.as_str(), "ar");
    assert_eq!(digest.area_name, "Roubaix");
    // Drawn when sent, while the database is free: another update goes through meanwhile.
    let drawing = agenda_mmm::bot::picture::heatmap(
        h.ctx.localizer.clone(),
        (**digest).clone(),
        locale.clone(),
    );
    let (png, other) = tokio::join!(drawing, h.text(&MOTHER, "/help"));
    assert_eq!(&png.unwrap()[..4], b"\x89PNG");
    assert_eq!(ids(&other)[0], "help-intro");
}
