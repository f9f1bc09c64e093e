//! The outbox claim resolves a broadcast's copies with a few queries per claim, not a few
//! per row: counted from sqlx's own log of each statement.

use crate::support;

use agenda_mmm::domain::{Audience, CityId, Draft, Locale, PersonId, Role};
use agenda_mmm::services::broadcasts as service;
use agenda_mmm::store::broadcasts::{self as store, NewBroadcast};
use chrono::Utc;

/// Roubaix with a coordinator (person 1) and `n` mothers in six languages; a broadcast to
/// the mothers, released: `n` outbox rows.
async fn broadcast_to(dir: &std::path::Path, n: i64) -> sqlx::SqlitePool {
    let pool = support::statements::roubaix_with_mothers(dir, n).await;
    let fr = Locale::parse("fr").unwrap();
    let draft = Draft::default();
    let draft = draft.with_version(draft.version(&fr).with_text("Réunion").unwrap());
    let audience = Audience {
        city: Some(CityId(1)),
        roles: vec![Role::Mother],
        ..Audience::default()
    };
    let now = Utc::now();
    let mut conn = pool.acquire().await.unwrap();
    let new = NewBroadcast {
        author: PersonId(1),
        author_chat: 2,
        audience: &audience,
        city: CityId(1),
        default_locale: &fr,
        versions: &draft.versions,
        send_at: now,
    };
    let id = store::create(&mut conn, &new, now).await.unwrap();
    assert_eq!(
        service::release(&mut conn, id, now).await.unwrap(),
        n as usize
    );
    drop(conn);
    pool
}

#[tokio::test]
async fn claiming_200_copies_of_a_broadcast_runs_as_many_statements_as_claiming_one() {
    let make = async |dir: std::path::PathBuf| broadcast_to(&dir, 200).await;
    let statements = support::statements::claiming_one_and_200(make, |claimed| {
        assert!(
            claimed
                .iter()
                .all(|d| d.button.is_some() && d.text == "Réunion")
        );
    })
    .await;
    assert_eq!(statements[0], statements[1], "{statements:?}");
}
