//! End to end: the built binary against the fake Bot API server on loopback. An operator
//! sets up a city, a coordinator a quartier, a mother joins in Arabic; the bot is killed
//! with SIGKILL mid-dialogue and continues after a restart; a replayed update changes
//! nothing; logs at `trace` carry none of what people wrote.

use crate::support;

use std::time::Duration;

use agenda_mmm::domain::Locale;
use agenda_mmm::i18n::{Localizer, Msg};
use support::binary::{BotProcess, one_at_a_time};
use support::fake_api::{FakeApi, Sent, TestUser};
use support::plain;

const WAIT: Duration = Duration::from_secs(15);
const MARKER: &str = "Zainab-MARKER-7731";
const GROUP: i64 = -1_000_077;

fn localizer() -> Localizer {
    Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap()
}

struct World {
    api: FakeApi,
    l10n: Localizer,
}

impl World {
    fn text(&self, lang: &str, msg: &Msg) -> String {
        plain(&self.l10n.render(&Locale::parse(lang).unwrap(), msg))
    }

    /// Pushes an update and waits for a new message to `chat` that satisfies `pred`.
    async fn step(
        &self,
        chat: i64,
        push: impl FnOnce(&FakeApi) -> i64,
        pred: impl Fn(&Sent) -> bool,
    ) -> Sent {
        let before = self.api.messages_to(chat).len();
        push(&self.api);
        self.api
            .wait_until("the expected answer", WAIT, |api| {
                api.messages_to(chat).iter().skip(before).any(&pred)
            })
            .await;
        self.api
            .messages_to(chat)
            .into_iter()
            .skip(before)
            .find(|s| pred(s))
            .unwrap()
    }

    /// Waits for the message `id` (rendered in `lang`) after pushing.
    async fn expect(
        &self,
        user: &TestUser,
        lang: &str,
        msg: impl Into<Msg>,
        push: impl FnOnce(&FakeApi) -> i64,
    ) -> Sent {
        let wanted = self.text(lang, &msg.into());
        let first_line = wanted.lines().next().unwrap().to_owned();
        self.step(user.id, push, |s| s.text.starts_with(&first_line))
            .await
    }

    async fn press(
        &self,
        user: &TestUser,
        on: &Sent,
        data: &str,
        lang: &str,
        id: impl Into<Msg>,
    ) -> Sent {
        assert!(
            on.buttons.iter().any(|(_, d)| d.as_deref() == Some(data)),
            "no button {data} on {on:?}"
        );
        let message_id = on.message_id;
        self.expect(user, lang, id, |api| {
            api.push_callback(user, message_id, data)
        })
        .await
    }

    /// Onboards a person through the whole dialogue with the buttons the bot showed.
    async fn onboard(
        &self,
        user: &TestUser,
        code: Option<&str>,
        lang: &str,
        name: Option<&str>,
    ) -> Sent {
        let start = code.map_or("/start".to_owned(), |c| format!("/start {c}"));
        let telegram_lang = user.language_code.clone().unwrap_or("fr".into());
        let langs = self
            .expect(user, &telegram_lang, "onboarding-choose-language", |api| {
                api.push_text(user, &start)
            })
            .await;
        let notice = self
            .press(user, &langs, &format!("l:{lang}"), lang, notice())
            .await;
        let ask = self
            .press(user, &notice, "go", lang, "onboarding-ask-name")
            .await;
        let discreet = match name {
            Some(n) => {
                self.expect(user, lang, "onboarding-ask-discreet", |api| {
                    api.push_text(user, n)
                })
                .await
            }
            None => {
                self.press(user, &ask, "skn", lang, "onboarding-ask-discreet")
                    .await
            }
        };
        self.press(user, &discreet, "dq:0", lang, "onboarding-privacy-guide")
            .await
    }

    /// `/invite` for a role (one place): returns the code shown.
    async fn invite(&self, user: &TestUser, role: char) -> String {
        let roles = self
            .expect(user, "fr", "invite-choose-role", |api| {
                api.push_text(user, "/invite")
            })
            .await;
        let message_id = roles.message_id;
        let created = self
            .step(
                user.id,
                |api| api.push_callback(user, message_id, &format!("ir:{role}")),
                |s| s.html.contains("<code>"),
            )
            .await;
        let start = created.html.find("<code>").unwrap() + "<code>".len();
        let end = created.html[start..].find("</code>").unwrap() + start;
        created.html[start..end].to_owned()
    }
}

async fn count(db: &std::path::Path, sql: &str) -> i64 {
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .unwrap();
    let n = sqlx::query_scalar(sql).fetch_one(&pool).await.unwrap();
    pool.close().await;
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_city_is_set_up_and_a_mother_joins_in_arabic_across_a_sigkill() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let world = World {
        api: FakeApi::start().await,
        l10n: localizer(),
    };
    let url = world.api.url();
    let start = |log: &str| BotProcess::start(&one, &url, FakeApi::TOKEN, dir.path(), "1", log);
    let mut bot = start("trace");

    let admin = TestUser::new(1, "Nadia", Some("fr"));
    let coordinator = TestUser::new(2, "Claire", Some("fr"));
    let mother = TestUser::new(3, MARKER, Some("ar"));

    // The operator registers without an invitation and creates a city.
    let welcome = world.onboard(&admin, None, "fr", Some("Nadia")).await;
    assert!(
        welcome
            .reply_keyboard
            .contains(&world.text("fr", &Msg::new("menu-new-city"))),
        "{welcome:?}"
    );
    let created = Msg::new("newcity-created")
        .user("city", "Roubaix")
        .plain("tz", "Europe/Paris");
    world
        .expect(&admin, "fr", created, |api| {
            api.push_text(&admin, "/newcity Roubaix")
        })
        .await;
    let code = world.invite(&admin, 'c').await;
    world
        .api
        .wait_until("a QR code", WAIT, |api| {
            api.messages_to(admin.id).iter().any(|s| s.has_photo)
        })
        .await;

    // The coordinator joins with it, creates a quartier, invites a mother.
    world.onboard(&coordinator, Some(&code), "fr", None).await;
    let told = world.text(
        "fr",
        &Msg::new("inviter-joined-unnamed")
            .user("place", "Roubaix")
            .msg("role", "role-coordinator"),
    );
    // The notice goes through the outbox, on its own time: wait for it.
    world
        .api
        .wait_until("the operator is told", WAIT, |api| {
            api.messages_to(admin.id).iter().any(|s| s.text == told)
        })
        .await;
    let created = Msg::new("newquartier-created")
        .user("quartier", "Belleville")
        .plain("prefix", "BEL")
        .user("city", "Roubaix");
    world
        .expect(&coordinator, "fr", created, |api| {
            api.push_text(&coordinator, "/newquartier BEL Belleville")
        })
        .await;
    let code = world.invite(&coordinator, 'm').await;

    // The mother's Telegram is in Arabic: Arabic is pre-selected; she chooses it.
    let langs = world
        .expect(&mother, "ar", "onboarding-choose-language", |api| {
            api.push_text(&mother, &format!("/start {code}"))
        })
        .await;
    let arabic = world.text("ar", &Msg::new("language-name"));
    assert!(
        langs
            .buttons
            .iter()
            .any(|(label, _)| *label == format!("✓ {arabic}")),
        "{langs:?}"
    );
    let notice = world.press(&mother, &langs, "l:ar", "ar", notice()).await;
    world
        .press(&mother, &notice, "go", "ar", "onboarding-ask-name")
        .await;

    // SIGKILL in the middle of the dialogue, then a restart: she goes on where she was.
    bot.kill();
    let killed_log = bot.output();
    let mut bot = start("trace");
    let discreet = world
        .expect(&mother, "ar", "onboarding-ask-discreet", |api| {
            api.push_text(&mother, MARKER)
        })
        .await;
    let before = world.api.messages_to(mother.id).len();
    let confirm = discreet.message_id;
    let mut confirm_update = 0;
    let guide = world
        .step(
            mother.id,
            |api| {
                confirm_update = api.push_callback(&mother, confirm, "dq:1");
                confirm_update
            },
            |s| {
                s.text.starts_with(
                    world
                        .text("ar", &Msg::new("onboarding-privacy-guide"))
                        .lines()
                        .next()
                        .unwrap(),
                )
            },
        )
        .await;
    let welcome = world.text(
        "ar",
        &Msg::new("onboarding-welcome")
            .user("place", "Belleville (Roubaix)")
            .msg("role", "role-mother"),
    );
    let unmarked = |t: &str| t.replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        world
            .api
            .messages_to(mother.id)
            .iter()
            .any(|s| unmarked(&s.text) == welcome),
        "welcome in Arabic: {welcome:?} in {:#?}",
        world.api.messages_to(mother.id)
    );
    // Her menu is Arabic.
    let help = world.text("ar", &Msg::new("menu-help"));
    assert!(
        guide.reply_keyboard.contains(&help),
        "{:?}",
        guide.reply_keyboard
    );
    assert!(
        !guide
            .reply_keyboard
            .contains(&world.text("ar", &Msg::new("menu-invite")))
    );

    // The confirmation is delivered again (as after a crash before the offset was
    // confirmed): nothing changes, nothing is sent.
    world.api.redeliver(confirm_update);
    world
        .expect(&mother, "ar", "help-intro", |api| {
            api.push_text(&mother, "/help")
        })
        .await;
    let sent_after = world.api.messages_to(mother.id);
    assert_eq!(
        sent_after
            .iter()
            .skip(before)
            .filter(|s| unmarked(&s.text) == welcome)
            .count(),
        1
    );
    let db = dir.path().join("bot.db");
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM role_assignment WHERE role = 'mother'"
        )
        .await,
        1
    );
    assert_eq!(count(&db, "SELECT COUNT(*) FROM person").await, 3);

    // Every message was valid for Telegram; no method was unknown to the server.
    assert!(
        world.api.rejected().is_empty(),
        "{:#?}",
        world.api.rejected()
    );
    assert!(
        world.api.calls().iter().all(|c| !c.unknown),
        "{}",
        world.api.dump()
    );
    // Commands and descriptions were published for each language.
    let calls = world.api.calls();
    for lang in ["ar", "en", "es", "fr", "pt", "tr"] {
        assert!(
            calls
                .iter()
                .any(|c| c.is("setMyCommands") && c.params["language_code"] == lang),
            "setMyCommands for {lang}"
        );
        assert!(
            calls
                .iter()
                .any(|c| c.is("setMyDescription") && c.params["language_code"] == lang)
        );
    }

    // Logs at trace: ids, never what people wrote or their names.
    bot.kill();
    let logs = killed_log + &bot.output();
    assert!(
        logs.contains("TRACE") || logs.contains("DEBUG"),
        "the log ran at trace: {logs:.500}"
    );
    assert!(logs.contains("replayed update skipped"), "{logs:.2000}");
    for secret in [MARKER, "Nadia", "Belleville", FakeApi::TOKEN] {
        assert!(!logs.contains(secret), "{secret} appears in the logs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_through_the_real_bot_is_answered_with_valid_telegram_messages() {
    let one = one_at_a_time().await;
    let dir = tempfile::tempdir().unwrap();
    let world = World {
        api: FakeApi::start().await,
        l10n: localizer(),
    };
    let _bot = BotProcess::start(
        &one,
        &world.api.url(),
        FakeApi::TOKEN,
        dir.path(),
        "1",
        "info",
    );
    let admin = TestUser::new(1, "Nadia", Some("fr"));
    let stranger = TestUser::new(5, "Sam", Some("en"));

    // Someone who never ran /start presses an old button, sends a sticker, a location.
    world
        .expect(&stranger, "en", "error-not-registered", |api| {
            api.push_callback(&stranger, 1, "er:1")
        })
        .await;
    world
        .expect(&stranger, "en", "error-not-registered", |api| {
            api.push_sticker(&stranger)
        })
        .await;
    world
        .expect(&stranger, "en", "error-not-registered", |api| {
            api.push_location(&stranger, 50.69, 3.17)
        })
        .await;

    world.onboard(&admin, None, "fr", None).await;
    // A city name that looks like HTML and SQL comes back escaped.
    let name = "<b>Roubaix</b> & '; DROP TABLE city; --";
    let created = Msg::new("newcity-created")
        .user("city", name)
        .plain("tz", "Europe/Paris");
    let sent = world
        .expect(&admin, "fr", created, |api| {
            api.push_text(&admin, &format!("/newcity {name}"))
        })
        .await;
    assert!(sent.text.contains(name), "{sent:?}");
    // 5,000 characters where a name is expected.
    let too_long = Msg::new("error-text-too-long").num("max", 80);
    let ask_city = Msg::new("newcity-ask").plain("tz", "Europe/Paris");
    world
        .expect(&admin, "fr", ask_city, |api| {
            api.push_text(&admin, "/newcity")
        })
        .await;
    world
        .expect(&admin, "fr", too_long, |api| {
            api.push_text(&admin, &"x".repeat(5000))
        })
        .await;
    world
        .expect(&admin, "fr", "error-expected-text", |api| {
            api.push_photo(&admin)
        })
        .await;
    world
        .expect(&admin, "fr", "cancelled", |api| {
            api.push_text(&admin, "/cancel")
        })
        .await;
    // An edited message, an unknown command, a command for another bot in a group.
    world
        .expect(&admin, "fr", "error-edited", |api| {
            api.push_edited_text(&admin, 1, "edited")
        })
        .await;
    world
        .expect(&admin, "fr", "error-unknown-command", |api| {
            api.push_text(&admin, "/frobnicate")
        })
        .await;
    let private_only = world.text("fr", &Msg::new("error-private-only"));
    world
        .step(
            GROUP,
            |api| api.push_group_text(&admin, GROUP, "/invite"),
            |s| s.text == private_only,
        )
        .await;
    let group_before = world.api.messages_to(GROUP).len();
    world
        .api
        .push_group_text(&admin, GROUP, "/start@another_bot");
    world.api.push_group_text(&admin, GROUP, "hello everyone");
    world
        .expect(&admin, "fr", "help-intro", |api| {
            api.push_text(&admin, "/help")
        })
        .await;
    assert_eq!(
        world.api.messages_to(GROUP).len(),
        group_before,
        "group chatter is not answered"
    );

    assert!(
        world.api.rejected().is_empty(),
        "{:#?}",
        world.api.rejected()
    );
    assert_eq!(
        count(&dir.path().join("bot.db"), "SELECT COUNT(*) FROM city").await,
        1
    );
}

/// The registration notice, with the default time to live of a dialogue.
fn notice() -> Msg {
    Msg::new("onboarding-notice").num("hours", 48)
}
