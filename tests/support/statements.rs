//! Counting the statements sqlx runs (its `sqlx::query` events), to show that a piece of
//! work runs as many queries for 200 rows as for one.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use agenda_mmm::i18n::Localizer;
use agenda_mmm::outbox::Delivery;
use chrono::Utc;
use tracing_subscriber::layer::SubscriberExt;

struct Statements(Arc<AtomicUsize>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// Installs the counter as the global subscriber (once per test binary).
pub fn count() -> Arc<AtomicUsize> {
    let count = Arc::new(AtomicUsize::new(0));
    let subscriber = tracing_subscriber::registry()
        .with(tracing_subscriber::filter::LevelFilter::TRACE)
        .with(Statements(count.clone()));
    tracing::subscriber::set_global_default(subscriber).unwrap();
    count
}

/// The statements run by claiming one row, then 200, each of a fresh database that `make`
/// fills (in the folder it is given); `check` looks at what each claim returned. Installs
/// the counter: once per test binary.
pub async fn claiming_one_and_200<F, Fut>(make: F, check: impl Fn(&[Delivery])) -> Vec<usize>
where
    F: Fn(std::path::PathBuf) -> Fut,
    Fut: std::future::Future<Output = sqlx::SqlitePool>,
{
    let count = count();
    let fr = agenda_mmm::domain::Locale::parse("fr").unwrap();
    let localizer = Localizer::embedded(&fr).unwrap();
    let mut statements = vec![];
    for limit in [1, 200] {
        let dir = tempfile::tempdir().unwrap();
        let pool = make(dir.path().to_owned()).await;
        let (ran, claimed) = claim(&count, &pool, &localizer, limit).await;
        assert_eq!(claimed.len(), limit as usize);
        check(&claimed);
        statements.push(ran);
    }
    assert!(
        statements[0] > 0,
        "sqlx's statements are seen: {statements:?}"
    );
    statements
}

/// Claims up to `limit` rows of `pool`'s outbox: the statements it ran and what it claimed.
pub async fn claim(
    count: &AtomicUsize,
    pool: &sqlx::SqlitePool,
    localizer: &Localizer,
    limit: i64,
) -> (usize, Vec<Delivery>) {
    let lease = chrono::Duration::minutes(1);
    let before = count.load(Ordering::SeqCst);
    let claimed = agenda_mmm::outbox::claim(pool, localizer, Utc::now(), lease, limit)
        .await
        .unwrap();
    (count.load(Ordering::SeqCst) - before, claimed)
}

/// Roubaix with a coordinator (person 1) and `n` mothers in six languages: the pool.
pub async fn roubaix_with_mothers(dir: &std::path::Path, n: i64) -> sqlx::SqlitePool {
    use agenda_mmm::domain::Role;
    let langs = ["fr", "ar", "en", "tr", "pt", "es"];
    let mut people = vec![(2, "fr", "Claire", Role::Coordinator)];
    people.extend((0..n).map(|i| (1000 + i, langs[i as usize % 6], "Mere", Role::Mother)));
    super::steps::seed(dir, &people).await;
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    agenda_mmm::db::connect(&url).await.unwrap()
}
