//! Migration 0019: `action.meeting_decision_id` gets its foreign key by a table rebuild.
//! An upgraded database keeps every action, its reports, questions, indexes and checks; a
//! link to no decision is cleared; a decision deleted leaves its action, unlinked.

use std::str::FromStr;

use agenda_mmm::db;
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{Connection, SqliteConnection, SqlitePool};

const T: &str = "2026-11-30T09:00:00+00:00";

/// A database migrated up to 0015 (before the rebuild), with two actions: one from a
/// decision, one whose decision id points at nothing (possible without the key).
async fn old_database(dir: &tempfile::TempDir) -> String {
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    let options = SqliteConnectOptions::from_str(&url)
        .unwrap()
        .create_if_missing(true)
        .foreign_keys(false);
    let mut conn = SqliteConnection::connect_with(&options).await.unwrap();
    let mut old = sqlx::migrate!("./migrations");
    old.migrations = old
        .migrations
        .iter()
        .filter(|m| m.version < 19)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    old.run(&mut conn).await.unwrap();
    for sql in [
        "INSERT INTO person (id, locale, created_at, last_seen_at) VALUES (1, 'fr', ?1, ?1)",
        "INSERT INTO city (id, name, timezone, created_at) VALUES (1, 'Roubaix', 'Europe/Paris', ?1)",
        "INSERT INTO quartier (id, city_id, name, prefix, created_at) VALUES (1, 1, 'Belleville', 'BEL', ?1)",
        "INSERT INTO meeting (id, city_id, kind, title, starts_at, duration_minutes, audience, created_at)
         VALUES (1, 1, 'concertation', 'Sortie', ?1, 90, '{}', ?1)",
        "INSERT INTO meeting_decision (id, meeting_id, text, created_at) VALUES (7, 1, 'Un pédibus', ?1)",
        "INSERT INTO action (id, city_id, quartier_id, what, carrier_id, due_at, status, note,
             meeting_decision_id, created_by, created_at, updated_at, calmer_weekdays, calmer_slot)
         VALUES (1, 1, 1, 'Un pédibus', 1, ?1, 'blocked', 'Pas de gilets', 7, 1, ?1, ?1, 2, 'school_exit')",
        "INSERT INTO action (id, city_id, what, carrier_org, due_at, meeting_decision_id, created_at, updated_at)
         VALUES (2, 1, 'Éclairage', 'Le bailleur', ?1, 999, ?1, ?1)",
        "INSERT INTO calmer_question (id, action_id, round, person_id, asked_at, answer)
         VALUES (1, 1, 1, 1, ?1, 'better')",
    ] {
        sqlx::query(sql).bind(T).execute(&mut conn).await.unwrap();
    }
    conn.close().await.unwrap();
    url
}

async fn rows(pool: &SqlitePool, sql: &str) -> Vec<(i64, Option<i64>)> {
    sqlx::query_as(sql).fetch_all(pool).await.unwrap()
}

#[tokio::test]
async fn upgrading_keeps_every_action_and_clears_only_a_link_to_no_decision() {
    let dir = tempfile::tempdir().unwrap();
    let url = old_database(&dir).await;
    let pool = db::connect(&url).await.unwrap();
    let actions = rows(
        &pool,
        "SELECT id, meeting_decision_id FROM action ORDER BY id",
    )
    .await;
    assert_eq!(actions, [(1, Some(7)), (2, None)]);
    let kept: (String, String, String, i64, String) = sqlx::query_as(
        "SELECT what, status, note, calmer_weekdays, calmer_slot FROM action WHERE id = 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        kept,
        (
            "Un pédibus".into(),
            "blocked".into(),
            "Pas de gilets".into(),
            2,
            "school_exit".into()
        )
    );
    let keys: Vec<(String, String, String)> = sqlx::query_as(
        r#"SELECT "from", "table", on_delete FROM pragma_foreign_key_list('action') ORDER BY "from""#,
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        keys.contains(&(
            "meeting_decision_id".into(),
            "meeting_decision".into(),
            "SET NULL".into()
        )),
        "{keys:?}"
    );
    assert_eq!(keys.len(), 6, "every other key kept: {keys:?}");
    let indexes: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM pragma_index_list('action') WHERE origin = 'c' ORDER BY name",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        indexes,
        ["action_carrier", "action_city_status", "action_decision"]
    );
    // The status check is still there.
    let bad = sqlx::query("UPDATE action SET status = 'lost' WHERE id = 1")
        .execute(&pool)
        .await;
    assert!(bad.is_err());
    // The question still belongs to its action, and still goes with it.
    let questions = rows(&pool, "SELECT id, action_id FROM calmer_question").await;
    assert_eq!(questions, [(1, Some(1))]);
}

#[tokio::test]
async fn a_deleted_decision_leaves_its_action_unlinked_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let url = old_database(&dir).await;
    let pool = db::connect(&url).await.unwrap();
    // A link to a decision that does not exist is refused now.
    let bad = sqlx::query("UPDATE action SET meeting_decision_id = 999 WHERE id = 2")
        .execute(&pool)
        .await;
    assert!(bad.is_err());
    // The meeting goes (its decisions with it): the action stays, its questions too.
    sqlx::query("DELETE FROM meeting WHERE id = 1")
        .execute(&pool)
        .await
        .unwrap();
    let actions = rows(
        &pool,
        "SELECT id, meeting_decision_id FROM action ORDER BY id",
    )
    .await;
    assert_eq!(actions, [(1, None), (2, None)]);
    let questions = rows(&pool, "SELECT id, action_id FROM calmer_question").await;
    assert_eq!(questions, [(1, Some(1))]);
    // Deleting an action still takes its questions (the other keys survived the rebuild).
    sqlx::query("DELETE FROM action WHERE id = 1")
        .execute(&pool)
        .await
        .unwrap();
    assert!(
        rows(&pool, "SELECT id, action_id FROM calmer_question")
            .await
            .is_empty()
    );
}
