//! Counting the statements sqlx runs (its `sqlx::query` events), to show that a piece of
//! work runs as many queries for 200 rows as for one.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread::ThreadId;

use agenda_mmm::i18n::Localizer;
use agenda_mmm::outbox::Delivery;
use chrono::Utc;
use tracing_subscriber::layer::SubscriberExt;

/// The statements sqlx ran (its `sqlx::query` events), with the thread that ran each:
/// the other tests of the binary run statements at the same time, on other threads, and
/// one pool's statements all run on its connection's worker thread.
#[derive(Default)]
pub struct Statements(Mutex<Vec<(ThreadId, String)>>);

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

struct Layer(&'static Statements);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Layer {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            let mut summary = Summary::default();
            event.record(&mut summary);
            let seen = (std::thread::current().id(), summary.0);
            self.0.0.lock().unwrap().push(seen);
        }
    }
}

/// The recorder, installed as the global subscriber the first time it is asked for.
pub fn statements() -> &'static Statements {
    static SEEN: OnceLock<&'static Statements> = OnceLock::new();
    SEEN.get_or_init(|| {
        let seen: &'static Statements = Box::leak(Box::default());
        let subscriber = tracing_subscriber::registry()
            .with(tracing_subscriber::filter::LevelFilter::TRACE)
            .with(Layer(seen));
        tracing::subscriber::set_global_default(subscriber).unwrap();
        seen
    })
}

impl Statements {
    /// Runs a marker statement on `pool` and returns how many statements were seen so
    /// far and the thread that runs this pool's statements.
    pub async fn mark(&self, pool: &sqlx::SqlitePool) -> (usize, ThreadId) {
        static MARKS: AtomicUsize = AtomicUsize::new(0);
        let marker = format!("statement-mark-{}", MARKS.fetch_add(1, Ordering::SeqCst));
        sqlx::query(&format!("SELECT '{marker}'"))
            .execute(pool)
            .await
            .unwrap();
        let seen = self.0.lock().unwrap();
        let at = seen.iter().rposition(|(_, s)| s.contains(&marker)).unwrap();
        (at + 1, seen[at].0)
    }

    /// The statements run by `thread` from position `from` on.
    pub fn since(&self, from: usize, thread: ThreadId) -> usize {
        let seen = self.0.lock().unwrap();
        seen[from..].iter().filter(|(t, _)| *t == thread).count()
    }
}

/// The statements run by claiming one row, then 200, each of a fresh database that `make`
/// fills (in the folder it is given); `check` looks at what each claim returned.
pub async fn claiming_one_and_200<F, Fut>(make: F, check: impl Fn(&[Delivery])) -> Vec<usize>
where
    F: Fn(std::path::PathBuf) -> Fut,
    Fut: std::future::Future<Output = sqlx::SqlitePool>,
{
    let fr = agenda_mmm::domain::Locale::parse("fr").unwrap();
    let localizer = Localizer::embedded(&fr).unwrap();
    let mut statements = vec![];
    for limit in [1, 200] {
        let dir = tempfile::tempdir().unwrap();
        let pool = make(dir.path().to_owned()).await;
        let (ran, claimed) = claim(&pool, &localizer, limit).await;
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
    pool: &sqlx::SqlitePool,
    localizer: &Localizer,
    limit: i64,
) -> (usize, Vec<Delivery>) {
    let lease = chrono::Duration::minutes(1);
    let (before, thread) = statements().mark(pool).await;
    let claimed = agenda_mmm::outbox::claim(pool, localizer, Utc::now(), lease, limit)
        .await
        .unwrap();
    (statements().since(before, thread), claimed)
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
