//! Digest and export benchmark (not a test). Prints the figures that go in BENCHMARKS.md.
//!
//!     cargo bench --bench digest
//!
//! The generated database is kept under `target/tmp` and reused (see `database`).
//!
//! A generator writes one city (Europe/Paris) of 100 quartiers and 1,000,000 reports over
//! two years (big transactions, one prepared statement per table), half of them triaged
//! (an event each), 40 % validated for partners, 30 % with a location. Then:
//! 1. the city's weekly digest, picture included (SVG → PNG with the shipped fonts);
//! 2. the city's digest of a month, picture included;
//! 3. the CSV export of one year (rows per second), three times (public ids were drawn at validation);
//! 4. the query plans of the heaviest queries.

use std::time::Instant;

use agenda_mmm::domain::CityId;
use agenda_mmm::domain::digest::{Period, spans};
use agenda_mmm::domain::report::{Category, ReportStatus, TimeSlot, When, cell_of};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::digest::{self, Area};
use agenda_mmm::services::{export, heatmap};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sqlx::SqlitePool;
use strum::IntoEnumIterator;

const QUARTIERS: i64 = 100;
const REPORTS: i64 = 1_000_000;
const BATCH: i64 = 100_000;

/// Monday 7 December 2026, 08:00 in Paris: the digest's "now".
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 7, 0, 0).unwrap()
}

async fn city(pool: &SqlitePool) {
    let at = now() - Duration::days(800);
    sqlx::query("INSERT INTO city (id, name, timezone, created_at) VALUES (1, 'Roubaix', 'Europe/Paris', ?)")
        .bind(at)
        .execute(pool)
        .await
        .unwrap();
    let mut tx = pool.begin().await.unwrap();
    for q in 1..=QUARTIERS {
        let prefix: String = [b'A' + (q / 26) as u8, b'A' + (q % 26) as u8]
            .iter()
            .map(|b| *b as char)
            .collect();
        sqlx::query(
            "INSERT INTO quartier (id, city_id, name, prefix, created_at) VALUES (?, 1, ?, ?, ?)",
        )
        .bind(q)
        .bind(format!("Quartier {q}"))
        .bind(format!("Q{prefix}"))
        .bind(at)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
}

/// One report of the generator: deterministic, spread evenly over two years.
async fn report(tx: &mut sqlx::SqliteConnection, i: i64, start: DateTime<Utc>, step: i64) {
    let categories: Vec<Category> = Category::iter().collect();
    let at = start + Duration::seconds(i * step);
    let cell = cell_of(&When::Now, at, Paris);
    let q = 1 + (i * 7919) % QUARTIERS;
    let status = match i % 10 {
        0..=3 => ReportStatus::Resolved,
        4..=5 => ReportStatus::InProgress,
        6 => ReportStatus::Acknowledged,
        _ => ReportStatus::New,
    };
    let validated = i % 5 < 2;
    let located = i % 10 < 3;
    sqlx::query(
        "INSERT INTO report (id, quartier_id, number, reference, reporter_id, anonymous, category,
             when_kind, cell_weekdays, cell_slot, latitude, longitude, content_text, audience,
             status, safeguarding, created_at, partner_text, validated_at)
         VALUES (?, ?, ?, ?, NULL, 1, ?, 'now', ?, ?, ?, ?, 'texte', 'relays', ?, ?, ?, ?, ?)",
    )
    .bind(i + 1)
    .bind(q)
    .bind(i + 1)
    .bind(format!("Q{q}-{i}"))
    .bind(categories[(i * i % 97) as usize % categories.len()].as_str())
    .bind(i64::from(cell.weekdays))
    .bind(cell.slot.as_str())
    .bind(located.then_some(50.69 + (i % 1000) as f64 * 1e-5))
    .bind(located.then_some(3.17 + (i % 997) as f64 * 1e-5))
    .bind(status.as_str())
    .bind(i % 50 == 0)
    .bind(at)
    .bind(validated.then_some("Des jeunes crient à la sortie de l'école"))
    .bind(validated.then_some(at + Duration::hours(5)))
    .execute(&mut *tx)
    .await
    .unwrap();
    if status != ReportStatus::New {
        sqlx::query("INSERT INTO report_event (report_id, at, from_status, to_status) VALUES (?, ?, 'new', 'acknowledged')")
            .bind(i + 1)
            .bind(at + Duration::minutes(30 + i % 600))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
}

async fn generate(pool: &SqlitePool) -> f64 {
    let t = Instant::now();
    city(pool).await;
    let start = now() - Duration::days(730);
    let step = 730 * 86_400 / REPORTS;
    for batch in 0..REPORTS / BATCH {
        let mut tx = pool.begin().await.unwrap();
        for i in batch * BATCH..(batch + 1) * BATCH {
            report(&mut tx, i, start, step).await;
        }
        tx.commit().await.unwrap();
    }
    sqlx::query("ANALYZE").execute(pool).await.unwrap();
    t.elapsed().as_secs_f64()
}

async fn digest_with_picture(pool: &SqlitePool, l: &Localizer, period: Period) -> (f64, u32) {
    let t = Instant::now();
    let mut conn = pool.acquire().await.unwrap();
    let area = Area {
        city: CityId(1),
        quartier: None,
    };
    let d = digest::compute(&mut conn, area, "Roubaix".into(), period, now(), Paris)
        .await
        .unwrap();
    let png = heatmap::png(&d, l, l.default_locale()).unwrap();
    assert!(png.len() > 1000);
    (t.elapsed().as_secs_f64(), d.total)
}

async fn csv_year(pool: &SqlitePool, l: &Localizer) -> (f64, usize) {
    let t = Instant::now();
    let mut tx = pool.begin().await.unwrap();
    let from = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let bytes = export::export(&mut tx, l, CityId(1), export::Format::Csv, from, to)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let rows = bytes.iter().filter(|b| **b == b'\n').count() - 1;
    (t.elapsed().as_secs_f64(), rows)
}

async fn plan(pool: &SqlitePool, name: &str, sql: &str) {
    let (span, _) = spans(Period::Week, now(), Paris);
    let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}"))
        .bind(1_i64)
        .bind(None::<i64>)
        .bind(span.start)
        .bind(span.end)
        .bind(50_i64)
        .fetch_all(pool)
        .await
        .unwrap();
    println!("query plan — {name}:");
    for (_, _, _, detail) in rows {
        println!("    {detail}");
    }
}

const AREA: &str =
    "r.quartier_id IN (SELECT id FROM quartier WHERE city_id = ?1 AND (?2 IS NULL OR id = ?2))";

/// Bump when the generator writes something else: a database generated by another
/// version is not reused.
const GENERATOR_VERSION: u32 = 1;

/// The generated database, kept under the target directory and reused by the next runs
/// (`AGENDA_BENCH_REGENERATE=1` writes it again). It is written under a temporary name,
/// checkpointed, then renamed, so an interrupted run leaves nothing half made.
async fn database() -> SqlitePool {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("bench-digest-v{GENERATOR_VERSION}.db"));
    if !path.exists() || std::env::var_os("AGENDA_BENCH_REGENERATE").is_some() {
        let partial = dir.join(format!("bench-digest-v{GENERATOR_VERSION}.partial.db"));
        for p in [&partial, &path] {
            let _ = std::fs::remove_file(p);
        }
        let pool = agenda_mmm::db::connect(&format!("sqlite://{}", partial.display()))
            .await
            .unwrap();
        let secs = generate(&pool).await;
        println!("generated 1 city, {QUARTIERS} quartiers, {REPORTS} reports in {secs:.1} s");
        agenda_mmm::db::checkpoint(&pool).await.unwrap();
        pool.close().await;
        std::fs::rename(&partial, &path).unwrap();
    } else {
        println!(
            "reusing {} (generator v{GENERATOR_VERSION})",
            path.display()
        );
    }
    let pool = agenda_mmm::db::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    // `AGENDA_BENCH_PRAGMA="mmap_size=268435456"` tries a setting of the connection.
    if let Ok(pragma) = std::env::var("AGENDA_BENCH_PRAGMA") {
        sqlx::query(&format!("PRAGMA {pragma}"))
            .execute(&pool)
            .await
            .unwrap();
        println!("PRAGMA {pragma}");
    }
    // Public ids are drawn when a text is validated (the generator validates by SQL, so
    // they are drawn here, untimed, as migration 0020 does): an export draws none.
    sqlx::query(
        "INSERT OR IGNORE INTO report_public_id (report_id, public_id)
         SELECT id, lower(hex(randomblob(12))) FROM report
         WHERE partner_text IS NOT NULL AND safeguarding = 0",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool
}

/// The machine's load average over the last minute, printed with each figure.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

#[tokio::main]
async fn main() {
    let pool = database().await;
    let l = Localizer::embedded(&agenda_mmm::domain::Locale::parse("fr").unwrap()).unwrap();
    let _ = TimeSlot::Night;
    for (name, period) in [("week", Period::Week), ("month", Period::Month)] {
        for run in 1..=3 {
            let (s, total) = digest_with_picture(&pool, &l, period).await;
            println!(
                "digest of a {name} with picture, run {run}: {:.0} ms ({total} reports), load {}",
                s * 1000.0,
                load()
            );
        }
    }
    for run in 1..=3 {
        let (s, rows) = csv_year(&pool, &l).await;
        println!(
            "CSV export of a year, run {run}: {rows} rows in {:.2} s = {:.0} rows/s, load {}",
            s,
            rows as f64 / s,
            load()
        );
    }
    plan(&pool, "digest groups", &format!(
        "SELECT r.cell_weekdays, r.cell_slot, r.category, r.status, COUNT(*) FROM report r
         WHERE {AREA} AND r.created_at >= ?3 AND r.created_at < ?4 AND r.safeguarding = 0 AND r.status <> 'duplicate'
         GROUP BY r.cell_weekdays, r.cell_slot, r.category, r.status")).await;
    plan(&pool, "time to first triage", &format!(
        "SELECT MIN(e.at) FROM report r JOIN report_event e ON e.report_id = r.id AND e.from_status = 'new'
         WHERE {AREA} AND r.created_at >= ?3 AND r.created_at < ?4 AND r.safeguarding = 0 GROUP BY r.id")).await;
    plan(&pool, "validated texts", &format!(
        "SELECT r.partner_text FROM report r WHERE {AREA} AND r.created_at >= ?3 AND r.created_at < ?4
         AND r.partner_text IS NOT NULL AND r.safeguarding = 0 ORDER BY r.validated_at DESC LIMIT ?5")).await;
    plan(&pool, "export rows", "SELECT p.public_id, r.reference, q.name,
         (SELECT group_concat(e.to_status || '@' || e.at, ';') FROM report_event e INDEXED BY report_event_change
          WHERE e.report_id = r.id AND e.from_status IS NOT NULL AND e.to_status IS NOT NULL)
         FROM report r JOIN quartier q ON q.id = r.quartier_id JOIN report_public_id p ON p.report_id = r.id
         WHERE r.quartier_id IN (SELECT id FROM quartier WHERE city_id = ?1) AND ?2 IS NULL
         AND r.created_at >= ?3 AND r.created_at < ?4 AND r.partner_text IS NOT NULL AND r.safeguarding = 0 AND ?5 > 0
         ORDER BY r.created_at, r.id").await;
}
