//! Exports of validated reports: CSV and Open311 GeoReport v2 JSON parse back with the
//! expected fields, times cut to the week and slot, coordinates rounded; safeguarding
//! reports and everything about the reporter left out; the command line writes the same
//! file as the chat sends.

use crate::support;

use agenda_mmm::domain::Locale;
use agenda_mmm::domain::report::{Category, ReportStatus};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::export::{self, Format};
use agenda_mmm::store::{self, reports::Place};
use chrono::NaiveDate;
use support::digest_seed::*;

fn localizer() -> Localizer {
    Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap()
}

fn days() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
    )
}

/// The seeded week, plus a validated report at an exact location, later resolved.
async fn city() -> Seed {
    let s = seeded_week().await;
    let place = Place::Location {
        latitude: 50.691_234,
        longitude: 3.174_987,
    };
    let id = s.report_at(Category::PublicSpace, paris(3, 9), place).await;
    s.validate(id, "Le lampadaire du square est cassé").await;
    let mut conn = s.pool.acquire().await.unwrap();
    let who = s.reporter;
    for (from, to, day) in [
        (ReportStatus::New, ReportStatus::Acknowledged, 3),
        (ReportStatus::Acknowledged, ReportStatus::OnAgenda, 4),
        (ReportStatus::OnAgenda, ReportStatus::InProgress, 4),
        (ReportStatus::InProgress, ReportStatus::Resolved, 5),
    ] {
        store::reports::set_status(&mut conn, id, from, to, who, None, paris(day, 18))
            .await
            .unwrap();
    }
    s
}

async fn export(s: &Seed, format: Format) -> Vec<u8> {
    let (from, to) = days();
    let mut conn = s.pool.acquire().await.unwrap();
    export::export(&mut conn, &localizer(), s.city, format, from, to)
        .await
        .unwrap()
}

fn assert_nothing_secret(text: &str) {
    for secret in [
        SECRET_NAME,
        SECRET_PLACE,
        SECRET_CONTENT,
        "Texte protégé",
        "50.691234",
        "3.174987",
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
}

#[tokio::test]
async fn the_csv_has_one_row_per_validated_report_with_week_slot_and_status_changes() {
    let s = city().await;
    let bytes = export(&s, Format::Csv).await;
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert_nothing_secret(&text);
    let mut reader = csv::Reader::from_reader(&bytes[..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "reference",
            "quartier",
            "category",
            "weekday",
            "time_slot",
            "week",
            "status",
            "status_changes",
            "partner_text"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        3,
        "two validated reports and the lamp post; never the safeguarding one"
    );
    let lamp = rows.iter().find(|r| &r[2] == "public_space").unwrap();
    assert_eq!(&lamp[1], "Belleville");
    assert_eq!(&lamp[3], "thu");
    assert_eq!(&lamp[4], "morning");
    assert_eq!(&lamp[5], "2026-W49");
    assert_eq!(&lamp[6], "resolved");
    assert_eq!(
        &lamp[7],
        "acknowledged 2026-12-03;on_agenda 2026-12-04;in_progress 2026-12-04;resolved 2026-12-05"
    );
    assert_eq!(&lamp[8], "Le lampadaire du square est cassé");
    assert!(lamp[0].starts_with("BEL-"));
}

#[tokio::test]
async fn open311_requests_reveal_no_internal_id_and_round_time_and_place() {
    let s = city().await;
    let bytes = export(&s, Format::Open311).await;
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert_nothing_secret(&text);
    assert!(!text.contains("BEL-"), "no reference in Open311");
    let requests: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(requests.len(), 3);
    let lamp = requests
        .iter()
        .find(|r| r["service_code"] == "public_space")
        .unwrap();
    assert_eq!(lamp["status"], "closed");
    assert_eq!(lamp["status_notes"], "resolved");
    assert_eq!(
        lamp["service_name"],
        "Rue et lieux publics (éclairage, équipement cassé)"
    );
    assert_eq!(lamp["description"], "Le lampadaire du square est cassé");
    assert_eq!(lamp["requested_datetime"], "2026-11-30T00:00:00+01:00");
    assert_eq!(lamp["updated_datetime"], "2026-12-05T00:00:00+01:00");
    assert_eq!(lamp["lat"], 50.691_03);
    assert_eq!(lamp["long"], 3.174_57);
    assert_eq!(lamp["attributes"]["weekday"], "thu");
    assert_eq!(lamp["attributes"]["time_slot"], "morning");
    let open = requests
        .iter()
        .find(|r| r["service_code"] == "incivility")
        .unwrap();
    assert_eq!(open["status"], "open");
    assert!(open.get("lat").is_none());
    let ids: Vec<&str> = requests
        .iter()
        .map(|r| r["service_request_id"].as_str().unwrap())
        .collect();
    for id in &ids {
        assert_eq!(id.len(), 24, "{id}");
        assert!(id.parse::<i64>().is_err());
    }
    // The same numbers at the next export.
    let again: Vec<serde_json::Value> =
        serde_json::from_slice(&export(&s, Format::Open311).await).unwrap();
    let again: Vec<&str> = again
        .iter()
        .map(|r| r["service_request_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, again);
}

#[tokio::test]
async fn the_command_line_export_matches_the_one_sent_in_the_chat() {
    let s = city().await;
    let chat = export(&s, Format::Csv).await;
    let url = s.url();
    let out = s._dir.path().join("export.csv");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_agenda-mmm"))
        .env_clear()
        .env("DATABASE_URL", &url)
        .args([
            "export",
            "--city",
            "roubaix",
            "--format",
            "csv",
            "--from",
            "2026-11-01",
            "--to",
            "2026-12-06",
            "--output",
        ])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read(&out).unwrap(), chat);
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_agenda-mmm"))
        .env_clear()
        .args(["export", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for word in ["--city", "--format", "--from", "--to", "open311"] {
        assert!(help.contains(word), "{help}");
    }
}

#[tokio::test]
async fn the_export_reads_its_covering_indexes_in_order_without_a_sort() {
    let s = city().await;
    let mut conn = s.pool.acquire().await.unwrap();
    let plan: Vec<(i64, i64, i64, String)> =
        sqlx::query_as(&format!("EXPLAIN QUERY PLAN {}", store::export::rows_sql()))
            .bind(s.city.0)
            .bind("2026-11-01")
            .bind("2026-12-07")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    let plan: Vec<String> = plan.into_iter().map(|(_, _, _, d)| d).collect();
    let has = |what: &str| plan.iter().any(|d| d.contains(what));
    assert!(has("COVERING INDEX report_export"), "{plan:?}");
    assert!(has("COVERING INDEX report_event_change"), "{plan:?}");
    assert!(!has("TEMP B-TREE"), "{plan:?}");
}

#[tokio::test]
async fn a_public_id_is_drawn_when_a_text_is_validated_so_an_export_draws_none() {
    let s = city().await;
    let ids = |pool: sqlx::SqlitePool| async move {
        sqlx::query_as::<_, (i64, String)>(
            "SELECT report_id, public_id FROM report_public_id ORDER BY report_id",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    let validated: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM report WHERE partner_text IS NOT NULL")
            .fetch_one(&s.pool)
            .await
            .unwrap();
    let before = ids(s.pool.clone()).await;
    assert_eq!(
        before.len() as i64,
        validated,
        "one public id per validated report"
    );
    export(&s, Format::Csv).await;
    assert_eq!(ids(s.pool.clone()).await, before, "the export drew none");
}
