//! Broadcasts through the dialogue harness: composing in two languages with text and
//! voice versions, previews, sending and scheduling, cancelling, every bad input, a
//! restart mid-draft, forged buttons, "understood" once, and the live report.

use crate::support;

use agenda_mmm::bot::broadcast_progress::{ProgressApi, tick};
use agenda_mmm::bot::callback::{BroadcastButton, Callback, CityLanguageButton};
use agenda_mmm::bot::incoming::Attachment;
use agenda_mmm::domain::{BroadcastId, CityId, Locale, QuartierId, Role};
use agenda_mmm::scheduler::JobKind;
use chrono::Utc;
use support::dialogue::{Harness, Person, arg, ids, person};

const ADMIN: Person = person(1, Some("fr"));
const COORDINATOR: Person = person(2, Some("fr"));
const AMINA: Person = person(3, Some("ar"));
const LUCIE: Person = person(4, Some("fr"));
const AYSE: Person = person(5, Some("tr"));
const NORD: Person = person(6, Some("fr"));
const RELAY: Person = person(7, Some("fr"));

fn b(button: BroadcastButton) -> Callback {
    Callback::Broadcast(button)
}

fn loc(s: &str) -> Locale {
    Locale::parse(s).unwrap()
}

/// Roubaix with BEL (mothers in ar, fr, tr; a relay) and NOR (a mother in fr).
async fn roubaix() -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.join(&ADMIN, None, "fr", Some("Nadia")).await;
    h.text(&ADMIN, "/newcity Roubaix").await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    h.text(&COORDINATOR, "/newquartier NOR Nord").await;
    let bel = h
        .invite(&COORDINATOR, Role::Mother, Some("Belleville"))
        .await;
    h.join(&AMINA, Some(&bel), "ar", Some("Amina")).await;
    h.join(&LUCIE, Some(&bel), "fr", Some("Lucie")).await;
    h.join(&AYSE, Some(&bel), "tr", Some("Ayse")).await;
    let nord = h.invite(&COORDINATOR, Role::Mother, Some("Nord")).await;
    h.join(&NORD, Some(&nord), "fr", None).await;
    let relay = h
        .invite(&COORDINATOR, Role::Relay, Some("Belleville"))
        .await;
    h.join(&RELAY, Some(&relay), "fr", Some("Rania")).await;
    h.outbox().await;
    h
}

async fn scalar(h: &Harness, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

/// The coordinator chooses mothers of the whole city and writes a French text.
async fn french_text_to_mothers(h: &mut Harness) {
    let outs = h.text(&COORDINATOR, "/broadcast").await;
    assert_eq!(ids(&outs), ["broadcast-ask-audience"]);
    h.press(&COORDINATOR, &b(BroadcastButton::Role(Role::Mother)))
        .await;
    let outs = h
        .press(&COORDINATOR, &b(BroadcastButton::AudienceDone))
        .await;
    assert_eq!(ids(&outs), ["broadcast-ask-text"]);
    let outs = h
        .text(&COORDINATOR, "Réunion jeudi à 18 h à l'école <b>Jaurès</b>")
        .await;
    assert_eq!(ids(&outs), ["broadcast-summary"]);
}

#[tokio::test]
async fn a_french_text_and_an_arabic_voice_note_reach_each_mother_once_in_her_language() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::Version(loc("ar"))))
        .await;
    let outs = h
        .attach(
            &COORDINATOR,
            Attachment::Voice {
                file_id: "VOICE-AR".into(),
            },
        )
        .await;
    let summary = h.rendered(&outs, "broadcast-summary");
    assert!(summary.contains("ar 1 ✅ (vocal)"), "{summary}");
    assert!(
        summary.contains("tr 1 ➕ (elles recevront la version fr)"),
        "{summary}"
    );
    assert!(summary.contains("Destinataires : 4"), "{summary}");
    // A Turkish preview says she gets the French version.
    let outs = h
        .press(&COORDINATOR, &b(BroadcastButton::Preview(loc("tr"))))
        .await;
    assert_eq!(
        ids(&outs),
        ["broadcast-preview-fallback", "broadcast-preview-text"]
    );
    let outs = h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    assert_eq!(ids(&outs), ["broadcast-queued"]);
    let sent = h.outbox().await;
    let copies: Vec<_> = sent.iter().filter(|d| d.button.is_some()).collect();
    assert_eq!(
        copies.len(),
        4,
        "one copy per mother, the relay is not a mother"
    );
    let amina = copies.iter().find(|d| d.chat_id == AMINA.id).unwrap();
    assert_eq!(amina.voice.as_deref(), Some("VOICE-AR"));
    assert_eq!(amina.button.as_ref().unwrap().0, "فهمت ✅");
    let ayse = copies.iter().find(|d| d.chat_id == AYSE.id).unwrap();
    assert!(
        ayse.text.contains("&lt;b&gt;Jaurès"),
        "escaped: {}",
        ayse.text
    );
    assert_eq!(ayse.voice, None);
    // Confirming twice (a replayed tap) writes nothing more.
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM outbox WHERE kind = 'broadcast'").await,
        4
    );
}

#[tokio::test]
async fn understood_is_counted_once_and_a_forged_tap_changes_nothing() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    h.outbox().await;
    let id = BroadcastId(scalar(&h, "SELECT id FROM broadcast").await);
    h.press(&AMINA, &Callback::Understood(id)).await;
    h.press(&AMINA, &Callback::Understood(id)).await;
    // The relay received nothing: her tap is forged.
    h.press(&RELAY, &Callback::Understood(id)).await;
    h.press(&LUCIE, &Callback::Understood(BroadcastId(id.0 + 7)))
        .await;
    assert_eq!(scalar(&h, "SELECT understood FROM broadcast").await, 1);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM broadcast_ack").await, 1);
    let outs = h.press(&COORDINATOR, &b(BroadcastButton::Report(id))).await;
    let text = h.rendered(&outs, "broadcast-not-understood");
    assert!(
        text.contains("Lucie") && text.contains("Ayse") && !text.contains("Amina"),
        "{text}"
    );
    // Erasing an account leaves the count.
    h.text(&AMINA, "/forget").await;
    h.press(
        &AMINA,
        &Callback::Privacy(agenda_mmm::bot::callback::PrivacyButton::Forget(true)),
    )
    .await;
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM broadcast_ack").await, 0);
    assert_eq!(scalar(&h, "SELECT understood FROM broadcast").await, 1);
}

#[tokio::test]
async fn bad_input_gets_a_clear_answer_and_leaves_the_draft_as_it_was() {
    let mut h = roubaix().await;
    h.text(&COORDINATOR, "/broadcast").await;
    h.press(&COORDINATOR, &b(BroadcastButton::Role(Role::Mother)))
        .await;
    h.press(&COORDINATOR, &b(BroadcastButton::AudienceDone))
        .await;
    let before = scalar(&h, "SELECT length(state) FROM chat_state WHERE chat_id = 2").await;
    let cases: Vec<(Vec<agenda_mmm::bot::reply::Out>, &str)> = vec![
        (h.text(&COORDINATOR, "   ").await, "broadcast-error-empty"),
        (
            h.text(&COORDINATOR, &"é".repeat(4100)).await,
            "broadcast-error-too-long",
        ),
        (
            h.attach(&COORDINATOR, Attachment::Sticker).await,
            "broadcast-error-expected-text-or-voice",
        ),
        (
            h.attach(&COORDINATOR, Attachment::Document).await,
            "broadcast-error-expected-text-or-voice",
        ),
    ];
    for (outs, id) in &cases {
        assert_eq!(ids(outs), [*id]);
    }
    let long = h.rendered(&cases[1].0, "broadcast-error-too-long");
    assert!(long.contains("4 caractères"), "{long}");
    let after = scalar(&h, "SELECT length(state) FROM chat_state WHERE chat_id = 2").await;
    assert_eq!(before, after, "the draft is as it was");
    // A date in the past, or no date at all.
    h.text(&COORDINATOR, "Bonjour").await;
    h.press(&COORDINATOR, &b(BroadcastButton::Schedule)).await;
    let outs = h.text(&COORDINATOR, "01/01/2020 10:00").await;
    assert_eq!(ids(&outs), ["broadcast-error-past"]);
    let outs = h.text(&COORDINATOR, "demain").await;
    assert_eq!(ids(&outs), ["broadcast-error-when"]);
    assert_eq!(scalar(&h, "SELECT COUNT(*) FROM broadcast").await, 0);
}

#[tokio::test]
async fn an_audience_of_nobody_is_refused() {
    let mut h = roubaix().await;
    h.text(&COORDINATOR, "/broadcast").await;
    h.press(&COORDINATOR, &b(BroadcastButton::Role(Role::Actor)))
        .await;
    let outs = h
        .press(&COORDINATOR, &b(BroadcastButton::AudienceDone))
        .await;
    assert_eq!(ids(&outs), ["broadcast-error-no-recipients"]);
}

#[tokio::test]
async fn a_draft_survives_a_restart() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    let mut h = h.restart(&[ADMIN.id]).await;
    let outs = h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    assert_eq!(ids(&outs), ["broadcast-queued"]);
}

#[tokio::test]
async fn a_scheduled_broadcast_fires_once_and_can_be_cancelled_until_then() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::Schedule)).await;
    let outs = h.text(&COORDINATOR, "25/12/2099 18:30").await;
    assert_eq!(ids(&outs), ["broadcast-scheduled"]);
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM outbox WHERE kind = 'broadcast'").await,
        0
    );
    let due: chrono::DateTime<Utc> =
        sqlx::query_scalar("SELECT due_at FROM job WHERE kind = 'broadcast'")
            .fetch_one(&h.ctx.pool)
            .await
            .unwrap();
    assert_eq!(due.to_rfc3339(), "2099-12-25T17:30:00+00:00", "Paris time");
    let ctx = agenda_mmm::scheduler::JobContext::with_defaults(h.ctx.pool.clone());
    let ran = agenda_mmm::scheduler::tick(&ctx, due).await.unwrap();
    assert_eq!(ran.len(), 1);
    agenda_mmm::scheduler::tick(&ctx, due).await.unwrap();
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM outbox WHERE kind = 'broadcast'").await,
        4
    );
    // A second one, cancelled before its time, sends nothing.
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::Schedule)).await;
    h.text(&COORDINATOR, "25/12/2099 18:30").await;
    let second = BroadcastId(scalar(&h, "SELECT MAX(id) FROM broadcast").await);
    let outs = h
        .press(&COORDINATOR, &b(BroadcastButton::Cancel(second)))
        .await;
    assert_eq!(ids(&outs), ["broadcast-cancelled"]);
    agenda_mmm::scheduler::tick(&ctx, due + chrono::Duration::minutes(1))
        .await
        .unwrap();
    let _ = JobKind::Broadcast;
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM outbox WHERE kind = 'broadcast'").await,
        4
    );
}

#[tokio::test]
async fn cancelling_withdraws_the_copies_not_yet_sent_and_says_how_many_had_gone() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    let id = BroadcastId(scalar(&h, "SELECT id FROM broadcast").await);
    let outs = h.press(&COORDINATOR, &b(BroadcastButton::Cancel(id))).await;
    let said = h.rendered(&outs, "broadcast-cancelled");
    assert!(
        said.contains("envois retirés : 4 ; déjà partis : 0"),
        "{said}"
    );
    assert!(h.outbox().await.iter().all(|d| d.button.is_none()));
    // Someone else cannot cancel it.
    let outs = h.press(&RELAY, &b(BroadcastButton::Cancel(id))).await;
    assert_eq!(ids(&outs)[0], "error-not-allowed");
}

#[tokio::test]
async fn a_relay_reaches_only_the_mothers_of_her_quartier_and_forged_buttons_are_refused() {
    let mut h = roubaix().await;
    let outs = h.text(&RELAY, "/broadcast").await;
    assert_eq!(ids(&outs), ["broadcast-ask-audience"]);
    let state_before = scalar(&h, "SELECT length(state) FROM chat_state WHERE chat_id = 7").await;
    // Another quartier, a role above mothers, another city: refused, nothing changes.
    let nor: i64 = scalar(&h, "SELECT id FROM quartier WHERE prefix = 'NOR'").await;
    for forged in [
        BroadcastButton::Quartier(QuartierId(nor)),
        BroadcastButton::Role(Role::Relay),
        BroadcastButton::City(CityId(99)),
    ] {
        let outs = h.press(&RELAY, &b(forged)).await;
        assert_eq!(ids(&outs)[0], "error-not-allowed");
    }
    let state_after = scalar(&h, "SELECT length(state) FROM chat_state WHERE chat_id = 7").await;
    assert_eq!(state_before, state_after);
    h.press(&RELAY, &b(BroadcastButton::AudienceDone)).await;
    h.text(&RELAY, "Atelier demain").await;
    h.press(&RELAY, &b(BroadcastButton::SendNow)).await;
    let chats: Vec<i64> = h
        .outbox()
        .await
        .iter()
        .filter(|d| d.button.is_some())
        .map(|d| d.chat_id)
        .collect();
    assert_eq!(chats, [AMINA.id, LUCIE.id, AYSE.id]);
    // A mother may not broadcast at all.
    let outs = h.text(&LUCIE, "/broadcast").await;
    assert_eq!(ids(&outs)[0], "error-not-allowed");
}

#[tokio::test]
async fn a_mother_who_left_before_delivery_is_skipped() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    sqlx::query("UPDATE role_assignment SET ends_at = '2000-01-01T00:00:00Z' WHERE person_id = (SELECT person_id FROM telegram_account WHERE telegram_user_id = 4)")
        .execute(&h.ctx.pool)
        .await
        .unwrap();
    let sent = h.outbox().await;
    assert!(sent.iter().all(|d| d.chat_id != LUCIE.id));
    assert_eq!(
        scalar(
            &h,
            "SELECT COUNT(*) FROM outbox WHERE kind = 'broadcast' AND status = 'cancelled'"
        )
        .await,
        1
    );
}

/// The author's chat as the live report sees it.
#[derive(Default)]
struct Chat(std::sync::Mutex<Vec<(&'static str, i64, String)>>);

impl ProgressApi for Chat {
    async fn send(&self, chat: i64, text: String) -> Result<i64, String> {
        let mut log = self.0.lock().unwrap();
        log.push(("send", chat, text));
        Ok(log.len() as i64)
    }
    async fn edit(&self, chat: i64, _message: i64, text: String) -> Result<(), String> {
        self.0.lock().unwrap().push(("edit", chat, text));
        Ok(())
    }
}

#[tokio::test]
async fn the_live_report_is_one_message_edited_then_a_final_report() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    let chat = Chat::default();
    let now = Utc::now();
    let at = |s: i64| now + chrono::Duration::seconds(s);
    tick(&h.ctx.pool, &h.ctx.localizer, &chat, now)
        .await
        .unwrap();
    // Nothing changed: no edit.
    tick(&h.ctx.pool, &h.ctx.localizer, &chat, at(5))
        .await
        .unwrap();
    h.outbox().await;
    // Delivered, but the last change was less than 3 s ago: not yet.
    tick(&h.ctx.pool, &h.ctx.localizer, &chat, at(6))
        .await
        .unwrap();
    // The live message shows the final figures, then the final report is sent.
    tick(&h.ctx.pool, &h.ctx.localizer, &chat, at(8))
        .await
        .unwrap();
    tick(&h.ctx.pool, &h.ctx.localizer, &chat, at(8))
        .await
        .unwrap();
    tick(&h.ctx.pool, &h.ctx.localizer, &chat, at(20))
        .await
        .unwrap();
    let log = chat.0.lock().unwrap();
    let kinds: Vec<&str> = log.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(kinds, ["send", "edit", "send"], "{log:?}");
    assert!(log[0].2.contains("en attente 4"), "{}", log[0].2);
    assert!(
        log[1].2.contains("Envoi terminé") && log[1].2.contains("reçues 4"),
        "{}",
        log[1].2
    );
    assert_eq!(log[2].2, log[1].2);
    assert_eq!(log[0].1, COORDINATOR.id);
}

/// Settles the next queued copy of broadcast 1 as delivered (one copy at a time).
async fn deliver_one(h: &Harness) {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = datetime('now') WHERE id = (SELECT MIN(id)
             FROM outbox WHERE batch = 'broadcast:1' AND status = 'queued')",
    )
    .execute(&h.ctx.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn the_live_report_is_edited_at_most_every_3_seconds_and_its_last_edit_is_the_final_figures()
{
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    let chat = Chat::default();
    let start = Utc::now();
    // One copy delivered every second, a tick every second, for 12 seconds.
    let mut when = vec![];
    for second in 0..12 {
        if (1..=4).contains(&second) {
            deliver_one(&h).await;
        }
        let now = start + chrono::Duration::seconds(second);
        let before = chat.0.lock().unwrap().len();
        tick(&h.ctx.pool, &h.ctx.localizer, &chat, now)
            .await
            .unwrap();
        let after = chat.0.lock().unwrap().len();
        when.extend((before..after).map(|_| second));
    }
    let log = chat.0.lock().unwrap().clone();
    let kinds: Vec<&str> = log.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(kinds.first(), Some(&"send"), "{log:?}");
    assert_eq!(kinds.last(), Some(&"send"), "{log:?}");
    assert!(kinds[1..kinds.len() - 1].iter().all(|k| *k == "edit"));
    assert!(kinds.len() >= 3, "edited at least once: {log:?}");
    // Sent or edited, the live message never changes twice within 3 seconds.
    let live = &when[..when.len() - 1];
    assert!(live.windows(2).all(|w| w[1] - w[0] >= 3), "{when:?}");
    let last_edit = &log[log.len() - 2].2;
    let last = &log[log.len() - 1].2;
    assert!(
        last.contains("Envoi terminé") && last.contains("reçues 4"),
        "{last}"
    );
    assert_eq!(last_edit, last, "the last edit shows the final figures");
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM broadcast WHERE status = 'done'").await,
        1
    );
}

/// An author's chat whose Telegram calls also use the database (as the rest of the bot
/// does meanwhile): the live report must not hold the pool's one connection across them.
struct BusyChat {
    pool: sqlx::SqlitePool,
    log: Chat,
}

impl ProgressApi for BusyChat {
    async fn send(&self, chat: i64, text: String) -> Result<i64, String> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(|e| e.to_string())?;
        self.log.send(chat, text).await
    }
    async fn edit(&self, chat: i64, message: i64, text: String) -> Result<(), String> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map_err(|e| e.to_string())?;
        self.log.edit(chat, message, text).await
    }
}

#[tokio::test]
async fn the_live_report_gives_the_database_back_while_telegram_is_called() {
    let mut h = roubaix().await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    let chat = BusyChat {
        pool: h.ctx.pool.clone(),
        log: Chat::default(),
    };
    let now = Utc::now();
    let changed = tick(&h.ctx.pool, &h.ctx.localizer, &chat, now)
        .await
        .unwrap();
    assert_eq!(changed, 1);
    h.outbox().await;
    let later = now + chrono::Duration::seconds(3);
    for _ in 0..2 {
        tick(&h.ctx.pool, &h.ctx.localizer, &chat, later)
            .await
            .unwrap();
    }
    let log = chat.log.0.lock().unwrap();
    let kinds: Vec<&str> = log.iter().map(|(k, _, _)| *k).collect();
    assert_eq!(kinds, ["send", "edit", "send"], "{log:?}");
}

/// The coordinator makes Arabic her city's default language in `/settings`.
async fn arabic_by_default(h: &mut Harness, city: CityId) {
    let outs = h.text(&COORDINATOR, "/settings").await;
    let shown = h.rendered(&outs, "settings-city-language");
    assert!(
        shown.contains("Roubaix") && shown.contains("Français"),
        "{shown}"
    );
    let choose = Callback::CityLanguage(CityLanguageButton::Choose(city));
    let outs = h.press(&COORDINATOR, &choose).await;
    assert_eq!(ids(&outs), ["city-language-choose"]);
    let set = Callback::CityLanguage(CityLanguageButton::Set(city, loc("ar")));
    let outs = h.press(&COORDINATOR, &set).await;
    assert_eq!(ids(&outs), ["city-language-set"]);
}

#[tokio::test]
async fn those_whose_language_has_no_version_receive_the_city_default_language_and_the_summary_says_so()
 {
    let mut h = roubaix().await;
    let city = CityId(scalar(&h, "SELECT id FROM city WHERE name = 'Roubaix'").await);
    arabic_by_default(&mut h, city).await;
    french_text_to_mothers(&mut h).await;
    h.press(&COORDINATOR, &b(BroadcastButton::Version(loc("ar"))))
        .await;
    let voice = Attachment::Voice {
        file_id: "VOICE-AR".into(),
    };
    let outs = h.attach(&COORDINATOR, voice).await;
    let summary = h.rendered(&outs, "broadcast-summary");
    assert!(
        summary.contains("tr 1 ➕ (elles recevront la version ar)"),
        "{summary}"
    );
    let outs = h
        .press(&COORDINATOR, &b(BroadcastButton::Preview(loc("tr"))))
        .await;
    assert_eq!(
        arg(&outs, "broadcast-preview-fallback", "default").as_deref(),
        Some("ar")
    );
    h.press(&COORDINATOR, &b(BroadcastButton::SendNow)).await;
    let sent = h.outbox().await;
    let copy = |chat| {
        sent.iter()
            .find(|d| d.chat_id == chat && d.button.is_some())
    };
    assert_eq!(copy(AYSE.id).unwrap().voice.as_deref(), Some("VOICE-AR"));
    assert!(copy(LUCIE.id).unwrap().text.contains("Jaurès"));
    assert_eq!(copy(LUCIE.id).unwrap().voice, None);
}

#[tokio::test]
async fn a_city_default_language_is_the_instance_default_until_set_and_only_its_coordinator_sets_it()
 {
    let mut h = roubaix().await;
    let city = CityId(scalar(&h, "SELECT id FROM city WHERE name = 'Roubaix'").await);
    // Nothing chosen: the instance's DEFAULT_LOCALE (fr) and no column value.
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM city WHERE default_locale IS NULL").await,
        1
    );
    // A mother and a relay do not see the setting, and a forged button changes nothing.
    for who in [&AMINA, &RELAY] {
        let outs = h.text(who, "/settings").await;
        assert!(!ids(&outs).contains(&"settings-city-language"));
        let forged = Callback::CityLanguage(CityLanguageButton::Set(city, loc("tr")));
        let outs = h.press(who, &forged).await;
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
        let choose = Callback::CityLanguage(CityLanguageButton::Choose(city));
        let outs = h.press(who, &choose).await;
        assert!(
            ids(&outs).contains(&"error-not-allowed"),
            "{:?}",
            ids(&outs)
        );
    }
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM city WHERE default_locale IS NULL").await,
        1
    );
    arabic_by_default(&mut h, city).await;
    assert_eq!(
        scalar(&h, "SELECT COUNT(*) FROM city WHERE default_locale = 'ar'").await,
        1
    );
    // A city with no version in its default language: the first version written goes.
    let outs = h.text(&COORDINATOR, "/broadcast").await;
    assert_eq!(ids(&outs), ["broadcast-ask-audience"]);
    h.press(&COORDINATOR, &b(BroadcastButton::AudienceDone))
        .await;
    let outs = h.text(&COORDINATOR, "Réunion jeudi").await;
    let summary = h.rendered(&outs, "broadcast-summary");
    assert!(
        summary.contains("(elles recevront la version fr)"),
        "{summary}"
    );
}
