//! The binary's start-up: a missing or bad setting is one clear sentence and a non-zero
//! exit, no panic; `migrate` creates the database with no token.

use std::process::Command;

fn run(envs: &[(&str, &str)], args: &[&str]) -> (bool, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_agenda-mmm"))
        .current_dir(dir.path())
        .env_clear()
        .envs(envs.iter().copied())
        .args(args)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn without_a_token_the_bot_says_so_in_one_sentence() {
    let (ok, text) = run(&[], &[]);
    assert!(!ok);
    assert!(text.contains("TELOXIDE_TOKEN is not set"), "{text}");
    assert!(
        !text.contains("panicked") && !text.contains("backtrace"),
        "{text}"
    );
    assert_eq!(text.trim().lines().count(), 1, "{text}");
}

#[test]
fn each_invalid_setting_is_named() {
    for (name, value) in [
        ("ADMIN_IDS", "12,bob"),
        ("TIMEZONE", "Paris"),
        ("TELOXIDE_API_URL", "not a url"),
        ("DATABASE_URL", "postgres://db"),
        ("LOG_FORMAT", "xml"),
        ("BOT_API_TIMEOUT_SECS", "soon"),
    ] {
        let (ok, text) = run(&[("TELOXIDE_TOKEN", "1:x"), (name, value)], &[]);
        assert!(!ok, "{name}");
        assert!(
            text.contains(name) && text.trim().lines().count() == 1,
            "{name}: {text}"
        );
    }
}

#[test]
fn migrate_creates_the_database_without_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let out = Command::new(env!("CARGO_BIN_EXE_agenda-mmm"))
        .env_clear()
        .env("DATABASE_URL", format!("sqlite://{}", db.display()))
        .arg("migrate")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(db.exists());
}

#[test]
fn an_unreachable_bot_api_is_a_clear_error() {
    // Nothing listens on port 9 of loopback.
    let (ok, text) = run(
        &[
            ("TELOXIDE_TOKEN", "1:x"),
            ("TELOXIDE_API_URL", "http://127.0.0.1:9"),
            ("BOT_API_TIMEOUT_SECS", "2"),
        ],
        &[],
    );
    assert!(!ok);
    assert!(text.contains("cannot reach the Telegram Bot API"), "{text}");
    assert!(!text.contains("1:x"), "the token is never printed: {text}");
}

#[tokio::test]
async fn the_outbox_command_prints_counts_per_kind_and_the_oldest_queued_age() {
    use agenda_mmm::domain::{Locale, TelegramUserId};
    use agenda_mmm::i18n::Msg;
    use agenda_mmm::outbox::{self, NewMessage};
    use agenda_mmm::store::persons;

    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("o.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let now = chrono::Utc::now() - chrono::Duration::seconds(90);
    let mut conn = pool.acquire().await.unwrap();
    let fr = Locale::parse("fr").unwrap();
    let new = persons::NewPerson {
        telegram_user: TelegramUserId(5),
        chat_id: 5,
        locale: &fr,
        first_name: None,
        discreet: false,
    };
    let person = persons::create(&mut conn, new, now).await.unwrap();
    let m = NewMessage::to_person(
        "k".into(),
        "inviter_joined",
        person,
        Msg::new("cancelled"),
        now,
    );
    outbox::enqueue(&mut conn, &m, now).await.unwrap();
    drop(conn);
    pool.close().await;

    let out = Command::new(env!("CARGO_BIN_EXE_agenda-mmm"))
        .env_clear()
        .env("DATABASE_URL", &url)
        .arg("outbox")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    let row: Vec<&str> = text
        .lines()
        .find(|l| l.starts_with("inviter_joined"))
        .unwrap_or_else(|| panic!("{text}"))
        .split_whitespace()
        .collect();
    assert_eq!(row, ["inviter_joined", "1", "0", "0", "0", "0"]);
    let age: i64 = text
        .lines()
        .find_map(|l| l.strip_prefix("oldest queued message: "))
        .and_then(|l| l.trim_end_matches(" s").parse().ok())
        .unwrap_or_else(|| panic!("{text}"));
    assert!((90..200).contains(&age), "{age}");
}
