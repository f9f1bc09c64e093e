//! The outbox claim resolves a meeting's invitations with a few queries per meeting, not a
//! few per row: counted from sqlx's own log of each statement.

mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use agenda_mmm::domain::meeting::{MeetingDraft, MeetingKind};
use agenda_mmm::domain::{CityId, Locale, PersonId, Role};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::{meetings, people};
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

/// Roubaix with a coordinator and `n` mothers in six languages; a city-wide meeting
/// confirmed by the coordinator: `n` invitations in the outbox.
async fn meeting_for(dir: &std::path::Path, n: i64) -> sqlx::SqlitePool {
    let langs = ["fr", "ar", "en", "tr", "pt", "es"];
    let mut persons = vec![(2, "fr", "Claire", Role::Coordinator)];
    persons.extend((0..n).map(|i| (1000 + i, langs[i as usize % 6], "Mere", Role::Mother)));
    support::steps::seed(dir, &persons).await;
    let url = format!("sqlite://{}", dir.join("bot.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let now = Utc::now();
    let mut draft = MeetingDraft {
        kind: Some(MeetingKind::Concertation),
        title: Some("Concertation".into()),
        starts_at: Some(now + chrono::Duration::days(10)),
        place: Some("Salle des fêtes".into()),
        agenda_texts: vec!["Le pédibus".into()],
        ..MeetingDraft::default()
    };
    draft.audience.city = Some(CityId(1));
    let mut conn = pool.acquire().await.unwrap();
    let me = PersonId(1);
    let p = people::principal(&mut conn, Some(me), false, now)
        .await
        .unwrap();
    let created = meetings::create(&mut conn, &p, me, &draft, now)
        .await
        .unwrap();
    assert_eq!(created.invited, n as usize);
    drop(conn);
    pool
}

#[tokio::test]
async fn claiming_200_invitations_to_a_meeting_runs_as_many_statements_as_claiming_one() {
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
        let pool = meeting_for(dir.path(), 200).await;
        let lease = chrono::Duration::minutes(1);
        let before = count.load(Ordering::SeqCst);
        let claimed = agenda_mmm::outbox::claim(&pool, &localizer, Utc::now(), lease, limit)
            .await
            .unwrap();
        statements.push(count.load(Ordering::SeqCst) - before);
        assert_eq!(claimed.len(), limit as usize);
        assert!(claimed.iter().all(|d| {
            d.document.is_some() && d.keyboard.len() == 3 && d.text.contains("Le pédibus")
        }));
    }
    assert!(
        statements[0] > 0,
        "sqlx's statements are seen: {statements:?}"
    );
    assert_eq!(statements[0], statements[1], "{statements:?}");
}
