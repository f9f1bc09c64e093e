//! Storage on a temporary SQLite file: settings, migrations, constraints, concurrency.

use crate::support;

use agenda_mmm::db;
use agenda_mmm::domain::{
    FirstName, Grant, Invitation, InvitationCode, InvitationId, Locale, QuartierName,
    QuartierPrefix, Role, Scope, TelegramUserId,
};
use agenda_mmm::store::{invitations, persons, quartiers, roles};
use chrono::{Duration, SubsecRound, Utc};
use sqlx::SqlitePool;

async fn pool() -> (SqlitePool, tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    (db::connect(&url).await.unwrap(), dir, url)
}

/// The bot's connection runs each statement on the thread that sends it (for an update,
/// the update line's own thread), not on a worker thread of its own: no hand-over and no
/// wake-up of another thread per statement (`vendor/sqlx-sqlite/PATCH.md`).
#[tokio::test]
async fn the_bots_connection_runs_each_statement_on_the_thread_that_sends_it() {
    let (pool, _dir, _) = pool().await;
    let (_, thread) = support::statements::statements().mark(&pool).await;
    assert_eq!(thread, std::thread::current().id());
    // Still one connection at a time: a transaction dropped open is rolled back.
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("CREATE TABLE scratch (x)")
        .execute(&mut *tx)
        .await
        .unwrap();
    drop(tx);
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'scratch'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
}

#[tokio::test]
async fn the_database_is_created_with_wal_foreign_keys_and_secure_delete() {
    let (pool, dir, _) = pool().await;
    assert!(dir.path().join("t.db").exists());
    let mut conn = pool.acquire().await.unwrap();
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(mode, "wal");
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(fk, 1);
    let secure: i64 = sqlx::query_scalar("PRAGMA secure_delete")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(secure, 1);
    let timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert!(timeout >= 1000);
}

/// A city with a quartier, a person with a role, an invitation.
async fn populate(pool: &SqlitePool) -> i64 {
    let now = Utc::now().trunc_subsecs(0);
    let mut conn = pool.acquire().await.unwrap();
    let (city, q) = support::steps::roubaix_belleville(&mut conn, now).await;
    let name = FirstName::parse("Amina").unwrap();
    let fr = Locale::parse("fr").unwrap();
    let person = persons::create(
        &mut conn,
        persons::NewPerson {
            telegram_user: TelegramUserId(77),
            chat_id: 77,
            locale: &fr,
            first_name: Some(&name),
            discreet: true,
        },
        now,
    )
    .await
    .unwrap();
    roles::add(
        &mut conn,
        person,
        Grant {
            role: Role::Mother,
            scope: Scope::Quartier(city, q),
        },
        None,
        now,
    )
    .await
    .unwrap();
    invitations::insert(&mut conn, &invitation(Scope::Quartier(city, q), 1))
        .await
        .unwrap();
    person.0
}

fn invitation(scope: Scope, max_uses: i64) -> Invitation {
    let now = Utc::now().trunc_subsecs(0);
    Invitation {
        id: InvitationId(0),
        code: InvitationCode::generate(&mut rand::rng()),
        role: Role::Mother,
        scope,
        created_by: None,
        created_at: now,
        expires_at: now + Duration::days(1),
        max_uses,
        uses: 0,
        revoked_at: None,
    }
}

async fn counts(pool: &SqlitePool) -> Vec<i64> {
    let mut out = vec![];
    for table in [
        "person",
        "telegram_account",
        "city",
        "quartier",
        "role_assignment",
        "invitation",
    ] {
        out.push(
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
                .fetch_one(pool)
                .await
                .unwrap(),
        );
    }
    out
}

#[tokio::test]
async fn migrating_a_populated_database_again_loses_nothing() {
    let (pool, _dir, url) = pool().await;
    populate(&pool).await;
    let before = counts(&pool).await;
    assert!(before.iter().all(|n| *n == 1), "{before:?}");
    pool.close().await;
    // A restart runs the migrator on the populated database (foreign keys off, then checked).
    let pool = db::connect(&url).await.unwrap();
    assert_eq!(counts(&pool).await, before);
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(broken.is_empty());
    let applied: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success = 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        applied as usize,
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
            .unwrap()
            .count()
    );
}

#[tokio::test]
async fn upgrading_to_expiry_markers_keeps_every_dialogue_and_marks_those_in_progress() {
    use sqlx::Connection;
    use std::str::FromStr;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("old.db").display());
    // A database of the version before migration 0009, with dialogues in every form.
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
        .unwrap()
        .create_if_missing(true)
        .foreign_keys(false);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap();
    let mut old = sqlx::migrate!("./migrations");
    old.migrations = old
        .migrations
        .iter()
        .filter(|m| m.version < 9)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    old.run(&mut conn).await.unwrap();
    let rows = [
        (1, r#"{"awaiting":"idle"}"#),
        (2, r#"{"awaiting":"expired"}"#),
        (3, r#"{"awaiting":"city_name"}"#),
        (4, r#"{"awaiting":"report","step":"place","draft":{}}"#),
        (5, r#"{"awaiting":"answer_text","question":7}"#),
        (6, "not json"),
    ];
    for (chat, state) in rows {
        sqlx::query(
            "INSERT INTO chat_state (chat_id, state, last_update_id, updated_at)
             VALUES (?, ?, 40, '2025-03-01T09:00:00+00:00')",
        )
        .bind(chat)
        .bind(state)
        .execute(&mut conn)
        .await
        .unwrap();
    }
    conn.close().await.unwrap();
    let pool = db::connect(&url).await.unwrap();
    type Row = (i64, Option<String>, i64, bool, bool, bool);
    let after: Vec<Row> = sqlx::query_as(
        "SELECT chat_id, state, last_update_id, in_dialogue, keeps_messages,
             expired_at IS NOT NULL FROM chat_state ORDER BY chat_id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let kept = |chat: i64, state: &str, in_dialogue, keeps| {
        (chat, Some(state.to_owned()), 40, in_dialogue, keeps, false)
    };
    assert_eq!(
        after,
        [
            kept(1, rows[0].1, false, false),
            (2, None, 40, false, false, true),
            kept(3, rows[2].1, true, false),
            kept(4, rows[3].1, true, true),
            kept(5, rows[4].1, true, true),
            // A state no version reads is in progress: it expires, and she is told.
            kept(6, rows[5].1, true, false),
        ]
    );
}

#[tokio::test]
async fn a_stored_value_no_version_wrote_is_an_error_never_read_as_another() {
    let (pool, _dir, _) = pool().await;
    let mut conn = pool.acquire().await.unwrap();
    let raw = [
        "INSERT INTO city (id, name, timezone, created_at) VALUES (9, 'Mars', 'Mars/Olympus', 'x')",
        "INSERT INTO city (id, name, timezone, created_at) VALUES (8, 'Lille', 'Europe/Paris', 'x')",
        "INSERT INTO quartier (id, city_id, name, prefix, created_at) VALUES (9, 8, 'Bad', 'b!', 'x')",
        "INSERT INTO quartier (id, city_id, name, prefix, created_at) VALUES (8, 8, 'Wazemmes', 'WAZ', 'x')",
        "INSERT INTO report (id, quartier_id, number, reference, anonymous, category, when_kind,
             cell_weekdays, cell_slot, photo_file_ids, audience, created_at)
         VALUES (9, 8, 1, 'WAZ-0001', 1, 'other', 'now', 1, 'morning', 'not json', 'relays',
             '2025-03-01T09:00:00+00:00')",
    ];
    for sql in raw {
        sqlx::query(sql).execute(&mut *conn).await.unwrap();
    }
    // Not Paris, not a prefix "XX", not a report without its photos: an error, logged.
    let city = agenda_mmm::store::cities::get(&mut conn, agenda_mmm::domain::CityId(9)).await;
    assert!(city.is_err(), "{city:?}");
    let q = quartiers::get(&mut conn, agenda_mmm::domain::QuartierId(9)).await;
    assert!(q.is_err(), "{q:?}");
    let report = agenda_mmm::store::reports::get(&mut conn, agenda_mmm::domain::ReportId(9)).await;
    assert!(report.is_err(), "{report:?}");
}

#[tokio::test]
async fn a_quartier_prefix_is_unique_in_its_city_and_never_changes() {
    let (pool, _dir, _) = pool().await;
    populate(&pool).await;
    let mut conn = pool.acquire().await.unwrap();
    let now = Utc::now();
    let dup = quartiers::create(
        &mut conn,
        agenda_mmm::domain::CityId(1),
        &QuartierPrefix::parse("BEL").unwrap(),
        &QuartierName::parse("Autre").unwrap(),
        None,
        now,
    )
    .await;
    assert!(agenda_mmm::store::is_unique_violation(&dup.unwrap_err()));
    let changed = sqlx::query("UPDATE quartier SET prefix = 'XYZ'")
        .execute(&mut *conn)
        .await;
    assert!(changed.unwrap_err().to_string().contains("never changes"));
    sqlx::query("UPDATE quartier SET name = 'Belleville Nord'")
        .execute(&mut *conn)
        .await
        .unwrap();
}

#[tokio::test]
async fn an_invitation_is_never_used_more_than_its_limit_even_at_once() {
    let (pool, _dir, _) = pool().await;
    populate(&pool).await;
    let mut conn = pool.acquire().await.unwrap();
    let scope = Scope::Quartier(
        agenda_mmm::domain::CityId(1),
        agenda_mmm::domain::QuartierId(1),
    );
    let id = invitations::insert(&mut conn, &invitation(scope, 3))
        .await
        .unwrap();
    drop(conn);
    let fr = Locale::parse("fr").unwrap();
    let mut tasks = vec![];
    for i in 0..10 {
        let (pool, fr) = (pool.clone(), fr.clone());
        tasks.push(tokio::spawn(async move {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.unwrap();
            let p = persons::create(
                &mut tx,
                persons::NewPerson {
                    telegram_user: TelegramUserId(1000 + i),
                    chat_id: 1000 + i,
                    locale: &fr,
                    first_name: None,
                    discreet: false,
                },
                Utc::now(),
            )
            .await
            .unwrap();
            let used = invitations::record_use(&mut tx, id, p, Utc::now())
                .await
                .unwrap();
            tx.commit().await.unwrap();
            used
        }));
    }
    let mut used = 0;
    for t in tasks {
        used += usize::from(t.await.unwrap());
    }
    assert_eq!(used, 3);
    let mut conn = pool.acquire().await.unwrap();
    assert_eq!(
        invitations::get(&mut conn, id).await.unwrap().unwrap().uses,
        3
    );
}

#[tokio::test]
async fn a_person_keeps_her_roles_when_her_telegram_account_changes() {
    let (pool, _dir, _) = pool().await;
    let person = populate(&pool).await;
    sqlx::query(
        "UPDATE telegram_account SET telegram_user_id = 88, chat_id = 88 WHERE person_id = ?",
    )
    .bind(person)
    .execute(&pool)
    .await
    .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    assert!(
        persons::by_telegram(&mut conn, TelegramUserId(77))
            .await
            .unwrap()
            .is_none()
    );
    let p = persons::by_telegram(&mut conn, TelegramUserId(88))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(p.id.0, person);
    assert_eq!(
        roles::active_grants(&mut conn, p.id, Utc::now())
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn an_ended_role_is_no_longer_active() {
    let (pool, _dir, _) = pool().await;
    let person = agenda_mmm::domain::PersonId(populate(&pool).await);
    let mut conn = pool.acquire().await.unwrap();
    let now = Utc::now().trunc_subsecs(0) + Duration::seconds(1);
    let (id, _) = roles::active_grants(&mut conn, person, now).await.unwrap()[0];
    assert!(roles::end(&mut conn, id, now).await.unwrap());
    assert!(
        !roles::end(&mut conn, id, now).await.unwrap(),
        "ending twice changes nothing"
    );
    assert!(
        roles::active_grants(&mut conn, person, now)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        roles::active_grants(&mut conn, person, now - Duration::seconds(1))
            .await
            .unwrap()
            .len(),
        1,
        "history is kept"
    );
}

#[tokio::test]
async fn a_backup_is_a_consistent_copy_of_the_live_database() {
    let (pool, dir, _) = pool().await;
    populate(&pool).await;
    let copy = dir.path().join("backup.db");
    db::backup(&pool, &copy).await.unwrap();
    let restored = db::connect(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    assert_eq!(counts(&restored).await, counts(&pool).await);
    assert!(
        db::backup(&pool, &copy).await.is_err(),
        "never overwrites a file"
    );
}

#[tokio::test]
async fn two_reports_saved_at_once_never_share_a_reference() {
    use agenda_mmm::domain::report::{Audience, Category, Cell, TimeSlot, When};
    use agenda_mmm::store::reports::{self, NewReport};

    let (pool, _dir, _) = pool().await;
    let person = agenda_mmm::domain::PersonId(populate(&pool).await);
    let mut tasks = vec![];
    for _ in 0..8 {
        let pool = pool.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.unwrap();
            let new = NewReport {
                quartier: agenda_mmm::domain::QuartierId(1),
                prefix: "BEL",
                reporter: person,
                anonymous: true,
                category: Category::Other,
                when: &When::Now,
                cell: Cell {
                    weekdays: 1,
                    slot: TimeSlot::Morning,
                },
                place: None,
                text: None,
                voice: None,
                photos: &[],
                audience: Audience::WithRelays,
            };
            let (_, reference) = reports::create(&mut tx, &new, Utc::now()).await.unwrap();
            tx.commit().await.unwrap();
            reference
        }));
    }
    let mut references = vec![];
    for t in tasks {
        references.push(t.await.unwrap());
    }
    references.sort();
    let expected: Vec<String> = (1..=8).map(|n| format!("BEL-{n:04}")).collect();
    assert_eq!(references, expected);
}

#[tokio::test]
async fn a_saved_report_has_its_first_event_and_counts_in_her_record_read_by_report() {
    use agenda_mmm::domain::report::{Audience, Category, Cell, TimeSlot, When};
    use agenda_mmm::store::reports::{self, NewReport, ReporterRecord};

    let (pool, _dir, _) = pool().await;
    let person = agenda_mmm::domain::PersonId(populate(&pool).await);
    let now = Utc::now().trunc_subsecs(0);
    let mut conn = pool.acquire().await.unwrap();
    let before = reports::reporter_record(&mut conn, person, now - Duration::hours(24))
        .await
        .unwrap();
    assert_eq!(
        before,
        ReporterRecord {
            recent: 0,
            ever: false,
            offer_pending: true
        }
    );
    for anonymous in [false, true] {
        let new = NewReport {
            quartier: agenda_mmm::domain::QuartierId(1),
            prefix: "BEL",
            reporter: person,
            anonymous,
            category: Category::Other,
            when: &When::Now,
            cell: Cell {
                weekdays: 1,
                slot: TimeSlot::Morning,
            },
            place: None,
            text: Some("Rue des Lilas"),
            voice: None,
            photos: &[],
            audience: Audience::WithRelays,
        };
        reports::create(&mut conn, &new, now).await.unwrap();
    }
    // Each report has its "created" event, naming her only on the report she signed.
    let events: Vec<(String, Option<i64>)> = sqlx::query_as(
        "SELECT r.reference, e.actor_id FROM report_event e JOIN report r ON r.id = e.report_id
         WHERE e.note = 'created' ORDER BY r.reference",
    )
    .fetch_all(&mut *conn)
    .await
    .unwrap();
    assert_eq!(
        events,
        vec![
            ("BEL-0001".to_owned(), Some(person.0)),
            ("BEL-0002".to_owned(), None)
        ]
    );
    let after = reports::reporter_record(&mut conn, person, now - Duration::hours(24))
        .await
        .unwrap();
    assert_eq!((after.recent, after.ever), (2, true));
    let tomorrow = reports::reporter_record(&mut conn, person, now + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!((tomorrow.recent, tomorrow.ever), (0, true));
}

/// The names each enum writes into the database (and that the migrations' `CHECK`s
/// allow) are those of the rows already stored: deriving them must not rename any.
#[test]
fn the_names_stored_in_the_database_did_not_change() {
    use agenda_mmm::domain::ControllerKind;
    use agenda_mmm::domain::report::AlertSetting;
    use agenda_mmm::domain::report::{Audience, Category, ReportStatus, TimeSlot, WhenKind};
    use strum::IntoEnumIterator;

    fn names<T>(all: impl Iterator<Item = T>, name: fn(T) -> &'static str) -> Vec<&'static str> {
        all.map(name).collect()
    }
    let roles = names(Role::iter(), Role::as_str);
    assert_eq!(
        roles,
        [
            "mother",
            "relay",
            "facilitator",
            "actor",
            "coordinator",
            "elected"
        ]
    );
    for (role, name) in Role::iter().zip(roles) {
        assert_eq!(Role::parse(name), Ok(role));
    }
    let categories = names(Category::iter(), Category::as_str);
    assert_eq!(
        categories,
        [
            "neighbours",
            "school_run",
            "harassment",
            "youth_conflict",
            "insecurity",
            "incivility",
            "public_space",
            "vulnerable_person",
            "discrimination",
            "other"
        ]
    );
    for (category, name) in Category::iter().zip(categories) {
        assert_eq!(Category::parse(name), Some(category));
    }
    let statuses = names(ReportStatus::iter(), ReportStatus::as_str);
    assert_eq!(
        statuses,
        [
            "new",
            "acknowledged",
            "on_agenda",
            "in_progress",
            "resolved",
            "duplicate",
            "rejected"
        ]
    );
    for (status, name) in ReportStatus::iter().zip(statuses) {
        assert_eq!(ReportStatus::parse(name), Some(status));
    }
    let slots = names(TimeSlot::iter(), TimeSlot::as_str);
    assert_eq!(
        slots,
        [
            "early_morning",
            "morning",
            "midday",
            "afternoon",
            "school_exit",
            "evening",
            "night"
        ]
    );
    for (slot, name) in TimeSlot::iter().zip(slots) {
        assert_eq!(TimeSlot::parse(name), Some(slot));
    }
    assert_eq!(
        names(WhenKind::iter(), WhenKind::as_str),
        ["now", "earlier_today", "regularly"]
    );
    assert_eq!(
        names(Audience::iter(), Audience::as_str),
        ["coordinator", "relays"]
    );
    assert_eq!(Audience::parse("relays"), Some(Audience::WithRelays));
    assert_eq!(ControllerKind::TownHall.as_str(), "town_hall");
    assert_eq!(ControllerKind::Association.as_str(), "association");
    assert_eq!(
        ControllerKind::parse("association"),
        Some(ControllerKind::Association)
    );
    for (setting, name) in [
        (AlertSetting::Immediate, "immediate"),
        (AlertSetting::Daily, "daily"),
        (AlertSetting::Off, "off"),
    ] {
        assert_eq!(setting.as_str(), name);
        assert_eq!(AlertSetting::parse(name), Some(setting));
    }
    // Names are exact: no other spelling is taken for a stored one.
    assert_eq!(Category::parse("School_Run"), None);
    assert_eq!(ReportStatus::parse("OnAgenda"), None);
}

#[tokio::test]
async fn a_batch_of_updates_dropped_open_is_rolled_back_and_the_next_one_starts() {
    use agenda_mmm::store::chat_state::{self, Dialogue};
    use agenda_mmm::store::update_tx;
    let (pool, _dir, _) = pool().await;
    let now = Utc::now().trunc_subsecs(0);
    let dialogue = Dialogue {
        json: "\"Idle\"",
        in_dialogue: false,
        keeps_messages: false,
    };
    let mut batch = update_tx::batch(&pool).await.unwrap();
    let (mut tx, found) = batch.update(42, None, now).await.unwrap();
    assert!(found.stored.is_none() && found.person.is_none());
    chat_state::save(tx.conn(), 42, dialogue, 1, now)
        .await
        .unwrap();
    // The batch is cancelled half-way: its connection is closed, which rolls back.
    drop(batch);
    let mut batch = update_tx::batch(&pool).await.unwrap();
    let (tx, found) = batch.update(42, None, now).await.unwrap();
    assert!(found.stored.is_none(), "the cancelled update left nothing");
    tx.save_and_release(42, dialogue, 2, now);
    assert!(!batch.commit().await.unwrap(), "nothing was queued");
    let mut batch = update_tx::batch(&pool).await.unwrap();
    let (tx, found) = batch.update(42, None, now).await.unwrap();
    assert_eq!(found.stored.map(|s| s.last_update_id), Some(2));
    tx.undo().await;
    batch.rollback().await;
}
