//! The outbox claim resolves a broadcast's copies with a few queries per claim, not a few
//! per row: counted from sqlx's own log of each statement.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use agenda_mmm::domain::{Audience, CityId, Draft, Locale, PersonId, Role};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::broadcasts as service;
use agenda_mmm::store::broadcasts::{self as store, NewBroadcast};
use chrono::Utc;
use tracing_subscriber::layer::SubscriberExt;

/// Counts the statements sqlx runs (its `sqlx::query` events).
struct Statements(Arc<AtomicUsize>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Roubaix with a coordinator (person 1) and `n` mothers in six languages; a broadcast to
/// the mothers, released: `n` outbox rows.
async fn broadcast_to(dir: &std::path::Path, n: i64) -> sqlx::SqlitePool {
    let langs = ["fr", "ar", "en", "tr", "pt", "es"];
    let mut people = vec![(2, "fr", "Claire", Role::Coordinator)];
    people.extend((0..n).map(|i| (1000 + i, langs[i as usize % 6], "Mere", Role::Mother)));
    support::steps::seed(dir, &people).await;
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
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
    let count = Arc::new(AtomicUsize::new(0));
    let subscriber = tracing_subscriber::registry()
        .with(tracing_subscriber::filter::LevelFilter::TRACE)
        .with(Statements(count.clone()));
    tracing::subscriber::set_global_default(subscriber).unwrap();
    let fr = Locale::parse("fr").unwrap();
    let localizer = Localizer::embedded(&fr).unwrap();
    let mut statements = vec![];
    for limit in [1, 200] {
        let dir = tempfile::tempdir().unwrap();
        let pool = broadcast_to(dir.path(), 200).await;
        let lease = chrono::Duration::minutes(1);
        let before = count.load(Ordering::SeqCst);
        let claimed = agenda_mmm::outbox::claim(&pool, &localizer, Utc::now(), lease, limit)
            .await
            .unwrap();
        statements.push(count.load(Ordering::SeqCst) - before);
        assert_eq!(claimed.len(), limit as usize);
        assert!(
            claimed
                .iter()
                .all(|d| d.button.is_some() && d.text == "Réunion")
        );
    }
    assert!(
        statements[0] > 0,
        "sqlx's statements are seen: {statements:?}"
    );
    assert_eq!(statements[0], statements[1], "{statements:?}");
}
