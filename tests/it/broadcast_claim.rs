//! The outbox claim resolves a broadcast's copies with a few queries per claim, not a few
//! per row: counted from sqlx's own log of each statement.

use crate::support;

use std::sync::Arc;
use std::sync::Mutex;
use std::thread::ThreadId;

use agenda_mmm::domain::{Audience, CityId, Draft, Locale, PersonId, Role};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::broadcasts as service;
use agenda_mmm::store::broadcasts::{self as store, NewBroadcast};
use chrono::Utc;
use tracing_subscriber::layer::SubscriberExt;

/// Records the statements sqlx runs (its `sqlx::query` events) with the thread that ran
/// them: other tests of the binary run statements at the same time, on other threads.
#[derive(Clone, Default)]
struct Statements(Arc<Mutex<Vec<(ThreadId, String)>>>);

/// The `summary` field of a `sqlx::query` event: the statement's first words.
#[derive(Default)]
struct Summary(String);

impl tracing::field::Visit for Summary {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = format!("{value:?}");
        }
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            let mut summary = Summary::default();
            event.record(&mut summary);
            let seen = (std::thread::current().id(), summary.0);
            self.0.lock().unwrap().push(seen);
        }
    }
}

impl Statements {
    /// Runs `SELECT '<marker>'` on the pool's connection and returns how many statements
    /// were seen so far and the thread that runs this pool's statements.
    async fn mark(&self, pool: &sqlx::SqlitePool, marker: &str) -> (usize, ThreadId) {
        sqlx::query(&format!("SELECT '{marker}'"))
            .execute(pool)
            .await
            .unwrap();
        let seen = self.0.lock().unwrap();
        let at = seen.iter().rposition(|(_, s)| s.contains(marker)).unwrap();
        (at + 1, seen[at].0)
    }

    /// The statements run by `thread` from position `from` on.
    fn since(&self, from: usize, thread: ThreadId) -> usize {
        let seen = self.0.lock().unwrap();
        seen[from..].iter().filter(|(t, _)| *t == thread).count()
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
    let statements_seen = Statements::default();
    let subscriber = tracing_subscriber::registry()
        .with(tracing_subscriber::filter::LevelFilter::TRACE)
        .with(statements_seen.clone());
    tracing::subscriber::set_global_default(subscriber).unwrap();
    let fr = Locale::parse("fr").unwrap();
    let localizer = Localizer::embedded(&fr).unwrap();
    let mut statements = vec![];
    for limit in [1, 200] {
        let dir = tempfile::tempdir().unwrap();
        let pool = broadcast_to(dir.path(), 200).await;
        let lease = chrono::Duration::minutes(1);
        let (before, thread) = statements_seen.mark(&pool, &format!("claim-{limit}")).await;
        let claimed = agenda_mmm::outbox::claim(&pool, &localizer, Utc::now(), lease, limit)
            .await
            .unwrap();
        statements.push(statements_seen.since(before, thread));
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
