//! The outbox claim resolves a meeting's invitations with a few queries per meeting, not a
//! few per row: counted from sqlx's own log of each statement.

use crate::support;

use agenda_mmm::domain::meeting::{MeetingDraft, MeetingKind};
use agenda_mmm::domain::{CityId, PersonId};
use agenda_mmm::services::{meetings, people};
use chrono::Utc;

/// Roubaix with a coordinator and `n` mothers in six languages; a city-wide meeting
/// confirmed by the coordinator: `n` invitations in the outbox.
async fn meeting_for(dir: &std::path::Path, n: i64) -> sqlx::SqlitePool {
    let pool = support::statements::roubaix_with_mothers(dir, n).await;
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
    let make = async |dir: std::path::PathBuf| meeting_for(&dir, 200).await;
    let statements = support::statements::claiming_one_and_200(make, |claimed| {
        assert!(claimed.iter().all(|d| {
            d.document.is_some() && d.keyboard.len() == 3 && d.text.contains("Le pédibus")
        }));
    })
    .await;
    assert_eq!(statements[0], statements[1], "{statements:?}");
}
