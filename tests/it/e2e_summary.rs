//! `/summary` through the built binary and the fake Bot API server: an élu chooses her
//! city and the week with buttons, and receives the heat map as a photo — drawn when the
//! answer is sent, after the update's transaction — then the coordinator exports a
//! period she chose as a document.

use crate::support;

use agenda_mmm::domain::Role;
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Sent, TestUser};
use support::steps::{has_button, press, step};

const COORDINATOR: i64 = 2;
const ELU: i64 = 7_770_050;

fn photo(s: &Sent) -> bool {
    s.has_photo
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_elu_receives_the_heat_map_drawn_after_the_transaction_and_the_coordinator_an_export() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let people = [
        (COORDINATOR, "fr", "Claire", Role::Coordinator),
        (ELU, "ar", "Amal", Role::Elected),
    ];
    support::steps::seed(dir.path(), &people).await;
    let api = FakeApi::start().await;
    let mut bot = BotProcess::start(&one, &api.url(), FakeApi::TOKEN, dir.path(), "", "info");

    let elu = TestUser::new(ELU, "Amal", Some("ar"));
    let areas = step(
        &api,
        ELU,
        |a| a.push_text(&elu, "/summary"),
        has_button("dg:a:"),
    )
    .await;
    let periods = press(&api, &elu, &areas, "dg:a:c", has_button("dg:s:")).await;
    let sent = press(&api, &elu, &periods, "dg:s:", photo).await;
    assert_eq!(sent.method, "sendPhoto");
    assert!(!sent.text.is_empty());

    let claire = TestUser::new(COORDINATOR, "Claire", Some("fr"));
    let formats = step(
        &api,
        COORDINATOR,
        |a| a.push_text(&claire, "/export"),
        has_button("dg:x:"),
    )
    .await;
    let periods = press(&api, &claire, &formats, "dg:x:", has_button("dg:y:")).await;
    let document = press(&api, &claire, &periods, "dg:y:", |s| {
        s.method == "sendDocument"
    })
    .await;
    assert!(document.text.contains("📤"), "{document:?}");
    bot.kill();
}
