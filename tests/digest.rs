//! The digest to élus over a seeded city: figures, trends, suppression of small cells,
//! excerpts only from validated texts of cells of 3 or more, nothing that names a mother
//! or a place; and its heat map picture in six languages (decodes, size, not blank,
//! Arabic shaped and right to left).

mod support;

use agenda_mmm::domain::digest::{Period, Trend};
use agenda_mmm::domain::report::{Audience, Category, ReportStatus, TimeSlot, When, cell_of};
use agenda_mmm::domain::{
    CityId, CityName, FirstName, Locale, PersonId, QuartierId, QuartierName, QuartierPrefix,
    ReportId, TelegramUserId,
};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::digest::{self, Area, Digest};
use agenda_mmm::services::heatmap;
use agenda_mmm::store::{self, reports::NewReport, reports::Place};
use chrono::{DateTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Paris;
use sqlx::SqlitePool;

const SECRET_NAME: &str = "Zoubida";
const SECRET_PLACE: &str = "Impasse des Glycines";
const SECRET_CONTENT: &str = "ma voisine du troisième";

struct Seed {
    _dir: tempfile::TempDir,
    pool: SqlitePool,
    city: CityId,
    bel: QuartierId,
    reporter: PersonId,
}

/// Monday 7 December 2026, 08:00 in Roubaix.
fn monday() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 7, 7, 0, 0).unwrap()
}

/// A local time in Paris, as UTC.
fn paris(d: u32, h: u32) -> DateTime<Utc> {
    Paris
        .with_ymd_and_hms(2026, if d > 20 { 11 } else { 12 }, d, h, 30, 0)
        .unwrap()
        .with_timezone(&Utc)
}

async fn seed() -> Seed {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("digest.db").display());
    let pool = agenda_mmm::db::connect(&url).await.unwrap();
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
        pool,
        city,
        bel,
        reporter,
    }
}

impl Seed {
    /// A report told "now" at `at`, with a place and a text that must never leave.
    async fn report(&self, category: Category, at: DateTime<Utc>) -> ReportId {
        let mut conn = self.pool.acquire().await.unwrap();
        let place = Place::Text(SECRET_PLACE.into());
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

    async fn validate(&self, id: ReportId, text: &str) {
        let mut conn = self.pool.acquire().await.unwrap();
        store::followup::validate(&mut conn, id, text, monday())
            .await
            .unwrap();
    }

    async fn digest(&self, quartier: Option<QuartierId>) -> Digest {
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
async fn seeded_week() -> Seed {
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

fn localizer() -> Localizer {
    Localizer::embedded(&Locale::parse("fr").unwrap()).unwrap()
}

const LANGS: [&str; 6] = ["fr", "ar", "en", "tr", "pt", "es"];

#[tokio::test]
async fn the_digest_counts_the_week_by_category_cell_and_status_without_safeguarding() {
    let s = seeded_week().await;
    let d = s.digest(None).await;
    assert_eq!(d.total, 6, "the safeguarding report is out of digests");
    assert_eq!(d.previous_total, 2);
    let incivility = d
        .categories
        .iter()
        .find(|c| c.category == Category::Incivility)
        .unwrap();
    assert_eq!((incivility.count, incivility.previous), (4, 2));
    assert_eq!(
        Trend::of(incivility.count, incivility.previous),
        Trend::Hidden
    );
    let youth = d
        .categories
        .iter()
        .find(|c| c.category == Category::YouthConflict)
        .unwrap();
    assert_eq!(Trend::of(youth.count, youth.previous), Trend::New);
    let map = d.heat_map();
    assert_eq!(map.count(Weekday::Tue, TimeSlot::SchoolExit), 4);
    assert_eq!(map.count(Weekday::Fri, TimeSlot::Evening), 2);
    assert_eq!(map.count(Weekday::Wed, TimeSlot::Night), 0);
    assert_eq!((d.statuses.waiting, d.statuses.in_progress), (5, 1));
    assert_eq!(d.median_triage_minutes, Some(179));
    assert!(d.meetings.is_none() && d.calmer.is_none());
}

#[tokio::test]
async fn excerpts_come_only_from_validated_texts_of_cells_of_three_or_more() {
    let s = seeded_week().await;
    let d = s.digest(None).await;
    assert_eq!(
        d.excerpts,
        ["Des jeunes crient fort à la sortie de l'école"]
    );
    let other = s.digest(Some(QuartierId(s.bel.0 + 1))).await;
    assert_eq!(other.total, 0);
    assert!(other.excerpts.is_empty());
}

#[tokio::test]
async fn no_name_place_or_reporter_appears_in_any_language_of_the_digest() {
    let s = seeded_week().await;
    let d = s.digest(None).await;
    let l = localizer();
    for lang in LANGS {
        let locale = Locale::parse(lang).unwrap();
        let text = digest::text(&d, &l, &locale);
        let svg = heatmap::svg(&d, &l, &locale);
        for secret in [
            SECRET_NAME,
            SECRET_PLACE,
            SECRET_CONTENT,
            "BEL-0",
            "Texte protégé",
            "petite case",
        ] {
            assert!(!text.contains(secret), "{lang}: {secret} in {text}");
            assert!(!svg.contains(secret), "{lang}: {secret} in the picture");
        }
        assert!(!text.contains(&format!("#{}", s.reporter.0)));
        assert!(text.len() < 4096, "{lang}: {} bytes", text.len());
    }
    let fr = digest::text(&d, &l, &Locale::parse("fr").unwrap());
    assert!(fr.contains("moins de 3"), "{fr}");
    assert!(fr.contains("nouveau"), "{fr}");
    assert!(
        fr.contains("Mardi, 🎒 Sortie d'école (16 h – 18 h) : 4"),
        "{fr}"
    );
}

/// The decoded picture: width, height and RGBA pixels.
fn decode(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = png::Decoder::new(png_bytes);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    assert_eq!(info.color_type, png::ColorType::Rgba);
    (info.width, info.height, buf)
}

#[tokio::test]
async fn the_heat_map_decodes_at_its_size_and_is_not_blank_in_six_languages() {
    let s = seeded_week().await;
    let d = s.digest(None).await;
    let l = localizer();
    for lang in LANGS {
        let locale = Locale::parse(lang).unwrap();
        let bytes = heatmap::png(&d, &l, &locale).unwrap();
        std::fs::write(
            std::env::temp_dir().join(format!("digest-heatmap-{lang}.png")),
            &bytes,
        )
        .unwrap();
        let (w, h, pixels) = decode(&bytes);
        assert_eq!((w, h), (heatmap::WIDTH, heatmap::HEIGHT));
        let inked = pixels
            .chunks(4)
            .filter(|p| p[0] < 128 && p[1] < 128)
            .count();
        let hot = pixels
            .chunks(4)
            .filter(|p| p[0] > 150 && p[1] < 120 && p[2] < 120)
            .count();
        assert!(
            inked > 5_000,
            "{lang}: too little text ({inked} dark pixels)"
        );
        assert!(hot > 1_000, "{lang}: no coloured cell");
    }
}

#[tokio::test]
async fn the_arabic_grid_is_mirrored_with_monday_on_the_right() {
    let s = seeded_week().await;
    let d = s.digest(None).await;
    let l = localizer();
    // Tuesday's busy cell: second column from the left in French, from the right in Arabic.
    let hot_x = |lang: &str| {
        let (w, _, pixels) = decode(&heatmap::png(&d, &l, &Locale::parse(lang).unwrap()).unwrap());
        let xs: Vec<u32> = pixels
            .chunks(4)
            .enumerate()
            .filter(|(_, p)| p[0] > 150 && p[1] < 120 && p[2] < 120)
            .map(|(i, _)| i as u32 % w)
            .collect();
        xs.iter().sum::<u32>() / xs.len() as u32
    };
    let (fr, ar) = (hot_x("fr"), hot_x("ar"));
    assert!(
        fr < heatmap::WIDTH / 2 && ar > heatmap::WIDTH / 2,
        "fr {fr}, ar {ar}"
    );
}

#[test]
fn arabic_labels_are_shaped_joined_and_right_to_left() {
    let word = "الصباح";
    let shaped = heatmap::shaped_glyphs(word).unwrap();
    let isolated: Vec<u16> = word
        .chars()
        .map(|c| heatmap::shaped_glyphs(&c.to_string()).unwrap()[0].0)
        .collect();
    let mut joined: Vec<u16> = shaped.iter().map(|g| g.0).collect();
    joined.reverse();
    assert_ne!(joined, isolated, "letters drawn in their isolated forms");
    assert!(shaped.iter().all(|g| g.0 != 0), "a missing glyph (tofu)");
    // Right to left: the first letter (alif) is drawn rightmost.
    let alif = shaped.iter().position(|g| g.1.starts_with('ا')).unwrap();
    let ha = shaped.iter().position(|g| g.1.contains('ح')).unwrap();
    assert!(alif > ha, "{shaped:?}");
    // Latin stays left to right.
    let latin = heatmap::shaped_glyphs("Lundi").unwrap();
    assert!(latin[0].1.starts_with('L'));
}
