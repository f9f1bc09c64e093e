//! A seeded city for the digest and export tests: Roubaix (Paris time), Belleville and
//! Roubaix centre, one named mother whose name, place and words must never leave.

use agenda_mmm::domain::digest::Period;
use agenda_mmm::domain::report::{Audience, Category, ReportStatus, When, cell_of};
use agenda_mmm::domain::{
    CityId, CityName, FirstName, Locale, PersonId, QuartierId, QuartierName, QuartierPrefix,
    ReportId, TelegramUserId,
};
use agenda_mmm::services::digest::{self, Area, Digest};
use agenda_mmm::store::{self, reports::NewReport, reports::Place};
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use sqlx::SqlitePool;

pub const SECRET_NAME: &str = "Zoubida";
pub const SECRET_PLACE: &str = "Impasse des Glycines";
pub const SECRET_CONTENT: &str = "ma voisine du troisième";

pub struct Seed {
    pub _dir: tempfile::TempDir,
    pub url: String,
    pub pool: SqlitePool,
    pub city: CityId,
    pub bel: QuartierId,
    pub reporter: PersonId,
}

/// Monday 7 December 2026, 08:00 in Roubaix.
pub fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 7, 0, 0).unwrap()
}

/// A local time in Paris, as UTC.
pub fn paris(d: u32, h: u32) -> DateTime<Utc> {
    Paris
        .with_ymd_and_hms(2026, if d > 20 { 11 } else { 12 }, d, h, 30, 0)
        .unwrap()
        .with_timezone(&Utc)
}

pub async fn seed() -> Seed {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("digest.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
    let url_kept = url.clone();
    let mut conn = pool.acquire().await.unwrap();
    let at = monday() - chrono::Duration::days(60);
    let city = store::cities::create(
        &mut conn,
        &CityName::parse("Roubaix").unwrap(),
        Paris,
        None,
        at,
    )
    .await
    .unwrap();
    let q = |p: &str, n: &str| {
        (
            QuartierPrefix::parse(p).unwrap(),
            QuartierName::parse(n).unwrap(),
        )
    };
    let (bp, bn) = q("BEL", "Belleville");
    let bel = store::quartiers::create(&mut conn, city, &bp, &bn, None, at)
        .await
        .unwrap();
    let (rp, rn) = q("ROU", "Roubaix centre");
    store::quartiers::create(&mut conn, city, &rp, &rn, None, at)
        .await
        .unwrap();
    let fr = Locale::parse("fr").unwrap();
    let name = FirstName::parse(SECRET_NAME).unwrap();
    let reporter = store::persons::create(
        &mut conn,
        store::persons::NewPerson {
            telegram_user: TelegramUserId(77),
            chat_id: 77,
            locale: &fr,
            first_name: Some(&name),
            discreet: false,
        },
        at,
    )
    .await
    .unwrap();
    drop(conn);
    Seed {
        _dir: dir,
        url: url_kept,
        pool,
        city,
        bel,
        reporter,
    }
}

impl Seed {
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// A report told "now" at `at`, with a place and a text that must never leave.
    pub async fn report(&self, category: Category, at: DateTime<Utc>) -> ReportId {
        self.report_at(category, at, Place::Text(SECRET_PLACE.into()))
            .await
    }

    /// A report with its place: a text, or an exact location.
    pub async fn report_at(&self, category: Category, at: DateTime<Utc>, place: Place) -> ReportId {
        let mut conn = self.pool.acquire().await.unwrap();
        let (id, _) = store::reports::create(
            &mut conn,
            &NewReport {
                quartier: self.bel,
                prefix: "BEL",
                reporter: self.reporter,
                anonymous: false,
                category,
                when: &When::Now,
                cell: cell_of(&When::Now, at, Paris),
                place: Some(&place),
                text: Some(SECRET_CONTENT),
                voice: None,
                photos: &[],
                audience: Audience::WithRelays,
            },
            at,
        )
        .await
        .unwrap();
        id
    }

    pub async fn validate(&self, id: ReportId, text: &str) {
        let mut conn = self.pool.acquire().await.unwrap();
        store::followup::validate(&mut conn, id, text, monday())
            .await
            .unwrap();
    }

    pub async fn digest(&self, quartier: Option<QuartierId>) -> Digest {
        let mut conn = self.pool.acquire().await.unwrap();
        let area = Area {
            city: self.city,
            quartier,
        };
        digest::compute(
            &mut conn,
            area,
            "Belleville".into(),
            Period::Week,
            monday(),
            Paris,
        )
        .await
        .unwrap()
    }
}

/// The week of 30 November: four moments at school exit on Tuesday (one validated), two
/// on Friday evening (one validated: a small cell), one safeguarding report (validated),
/// and two reports the week before.
pub async fn seeded_week() -> Seed {
    let s = seed().await;
    for i in 0..4 {
        let id = s
            .report(
                Category::Incivility,
                paris(1, 16) + chrono::Duration::minutes(i),
            )
            .await;
        if i == 0 {
            s.validate(id, "Des jeunes crient fort à la sortie de l'école")
                .await;
        }
        if i == 1 {
            let mut conn = s.pool.acquire().await.unwrap();
            let who = s.reporter;
            store::reports::set_status(
                &mut conn,
                id,
                ReportStatus::New,
                ReportStatus::Acknowledged,
                who,
                None,
                paris(1, 19),
            )
            .await
            .unwrap();
        }
    }
    for i in 0..2 {
        let id = s
            .report(
                Category::YouthConflict,
                paris(4, 19) + chrono::Duration::minutes(i),
            )
            .await;
        if i == 0 {
            s.validate(id, "Texte d'une petite case").await;
        }
    }
    let guarded = s.report(Category::VulnerablePerson, paris(2, 22)).await;
    s.validate(guarded, "Texte protégé d'une personne fragile")
        .await;
    {
        let mut conn = s.pool.acquire().await.unwrap();
        store::followup::set_safeguarding(&mut conn, guarded, true)
            .await
            .unwrap();
    }
    for day in [24, 25] {
        s.report(Category::Incivility, paris(day, 10)).await;
    }
    s
}
