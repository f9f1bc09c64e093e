//! Steps of end-to-end tests against the fake Bot API server: seed a city, push an update
//! and wait for the answer, press a button by its data's prefix.

use std::time::Duration;

use agenda_mmm::domain::{
    CityId, CityName, FirstName, Grant, Locale, QuartierId, QuartierName, QuartierPrefix, Role,
    Scope, TelegramUserId,
};
use agenda_mmm::store::{cities, persons, quartiers, roles};
use chrono::Utc;

use super::fake_api::{FakeApi, Sent, TestUser};

pub const WAIT: Duration = Duration::from_secs(15);

/// Creates `bot.db` in `dir` with the city of Roubaix, its quartier BEL (Belleville), and
/// these people: (Telegram id, language, first name, role — coordinators of the city,
/// everyone else of BEL).
pub async fn seed(dir: &std::path::Path, people: &[(i64, &str, &str, Role)]) {
    let pool = agenda_mmm::db::connect(&format!("sqlite://{}", dir.join("bot.db").display()))
        .await
        .unwrap();
    let now = Utc::now() - chrono::Duration::minutes(1);
    let mut conn = pool.acquire().await.unwrap();
    let (city, q) = roubaix_belleville(&mut conn, now).await;
    for (id, lang, name, role) in people {
        let locale = Locale::parse(lang).unwrap();
        let name = FirstName::parse(name).unwrap();
        let new = persons::NewPerson {
            telegram_user: TelegramUserId(*id),
            chat_id: *id,
            locale: &locale,
            first_name: Some(&name),
            discreet: false,
        };
        let person = persons::create(&mut conn, new, now).await.unwrap();
        let scope = if role.is_quartier_role() {
            Scope::Quartier(city, q)
        } else {
            Scope::City(city)
        };
        let grant = Grant { role: *role, scope };
        roles::add(&mut conn, person, grant, None, now)
            .await
            .unwrap();
    }
    drop(conn);
    pool.close().await;
}

/// The city of Roubaix (Europe/Paris) and its quartier BEL, Belleville.
pub async fn roubaix_belleville(
    conn: &mut sqlx::SqliteConnection,
    now: chrono::DateTime<Utc>,
) -> (CityId, QuartierId) {
    let city = cities::create(
        &mut *conn,
        &CityName::parse("Roubaix").unwrap(),
        chrono_tz::Europe::Paris,
        None,
        now,
    )
    .await
    .unwrap();
    let q = quartiers::create(
        conn,
        city,
        &QuartierPrefix::parse("BEL").unwrap(),
        &QuartierName::parse("Belleville").unwrap(),
        None,
        now,
    )
    .await
    .unwrap();
    (city, q)
}

/// Pushes, then waits for a new message to `chat` satisfying `pred`.
pub async fn step(
    api: &FakeApi,
    chat: i64,
    push: impl FnOnce(&FakeApi) -> i64,
    pred: impl Fn(&Sent) -> bool,
) -> Sent {
    let before = api.messages_to(chat).len();
    push(api);
    api.wait_until("the expected answer", WAIT, |a| {
        a.messages_to(chat).iter().skip(before).any(&pred)
    })
    .await;
    api.messages_to(chat)
        .into_iter()
        .skip(before)
        .find(|s| pred(s))
        .unwrap()
}

pub fn has_button(prefix: &'static str) -> impl Fn(&Sent) -> bool {
    move |s: &Sent| {
        s.buttons
            .iter()
            .any(|(_, d)| d.as_deref().is_some_and(|d| d.starts_with(prefix)))
    }
}

pub fn data(s: &Sent, prefix: &str) -> String {
    s.buttons
        .iter()
        .filter_map(|(_, d)| d.clone())
        .find(|d| d.starts_with(prefix))
        .unwrap_or_else(|| panic!("no button {prefix} in {s:?}"))
}

/// Presses the button whose data starts with `prefix`; waits for `next`.
pub async fn press(
    api: &FakeApi,
    user: &TestUser,
    on: &Sent,
    prefix: &str,
    next: impl Fn(&Sent) -> bool,
) -> Sent {
    let d = data(on, prefix);
    let id = on.message_id;
    step(api, user.id, |a| a.push_callback(user, id, &d), next).await
}

/// `/invite` by `user` for `role` (its letter in the `ir:` button), in a city of one
/// quartier: returns the code shown.
pub async fn invite(api: &FakeApi, user: &TestUser, role: char) -> String {
    let roles = step(
        api,
        user.id,
        |a| a.push_text(user, "/invite"),
        has_button("ir:"),
    )
    .await;
    let created = press(api, user, &roles, &format!("ir:{role}"), |s| {
        s.html.contains("<code>")
    })
    .await;
    let start = created.html.find("<code>").unwrap() + "<code>".len();
    let end = created.html[start..].find("</code>").unwrap() + start;
    created.html[start..end].to_owned()
}

/// A person joins with `code` in `lang`, by the buttons the bot shows (no first name, not
/// discreet); returns the last answer.
pub async fn onboard(api: &FakeApi, user: &TestUser, code: &str, lang: &str) -> Sent {
    let start = format!("/start {code}");
    let langs = step(
        api,
        user.id,
        |a| a.push_text(user, &start),
        has_button("l:"),
    )
    .await;
    let notice = press(api, user, &langs, &format!("l:{lang}"), has_button("go")).await;
    let name = press(api, user, &notice, "go", has_button("skn")).await;
    let discreet = press(api, user, &name, "skn", has_button("dq:")).await;
    press(api, user, &discreet, "dq:0", |_| true).await
}
