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
