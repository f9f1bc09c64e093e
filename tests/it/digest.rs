//! The digest to élus over a seeded city: figures, trends, suppression of small cells,
//! excerpts only from validated texts of cells of 3 or more, nothing that names a mother
//! or a place; and its heat map picture in six languages (decodes, size, not blank,
//! Arabic shaped and right to left).

use crate::support;

use agenda_mmm::domain::digest::Trend;
use agenda_mmm::domain::report::{Category, TimeSlot};
use agenda_mmm::domain::{Locale, QuartierId};
use agenda_mmm::i18n::Localizer;
use agenda_mmm::services::digest;
use agenda_mmm::services::heatmap;
use chrono::Weekday;
use support::digest_seed::*;

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
    let none_held = agenda_mmm::services::digest::Meetings {
        held: 0,
        mothers: 0,
        actors: 0,
    };
    assert_eq!(
        d.meetings,
        Some(none_held),
        "no meeting held is a figure too"
    );
    assert!(d.calmer.is_none(), "no one answered \"did it get calmer?\"");
}

/// A meeting of the week with mothers and local actors present, and three answers to
/// "did it get calmer?" about an action of the quartier: both reach the digest, counted
/// apart; the week before counts nothing.
#[tokio::test]
async fn meetings_held_with_mothers_and_actors_apart_and_calmer_answers_reach_the_digest() {
    let s = seeded_week().await;
    let (city, bel) = (s.city.0, s.bel.0);
    let at = |d: u32, h: u32| paris(d, h).to_rfc3339();
    let mut sql = vec![
        format!(
            "INSERT INTO meeting (id, city_id, kind, title, starts_at, duration_minutes, audience,
                 created_at) VALUES (1, {city}, 'concertation', 'T', '{}', 90, '{{}}', '{}')",
            at(2, 18),
            at(25, 9)
        ),
        format!("INSERT INTO meeting_quartier (meeting_id, quartier_id) VALUES (1, {bel})"),
        format!(
            "INSERT INTO action (id, city_id, quartier_id, what, due_at, status, created_at,
                 updated_at) VALUES (1, {city}, {bel}, 'W', '{0}', 'done', '{0}', '{0}')",
            at(25, 9)
        ),
    ];
    for (role, attended) in [
        ("mother", 1),
        ("mother", 1),
        ("relay", 1),
        ("mother", 0),
        ("actor", 1),
        ("elected", 1),
        ("actor", 0),
    ] {
        sql.push(format!(
            "INSERT INTO meeting_invitee (meeting_id, role, attended) VALUES (1, '{role}', {attended})"
        ));
    }
    for (answer, day) in [("better", 2), ("better", 3), ("same", 4), ("worse", 26)] {
        sql.push(format!(
            "INSERT INTO calmer_question (action_id, round, asked_at, answer, answered_at)
             VALUES (1, 1, '{0}', '{answer}', '{0}')",
            at(day, 10)
        ));
    }
    for q in &sql {
        sqlx::query(q).execute(&s.pool).await.unwrap();
    }
    for area in [None, Some(s.bel)] {
        let d = s.digest(area).await;
        let m = d.meetings.unwrap();
        assert_eq!((m.held, m.mothers, m.actors), (1, 3, 2), "{area:?}");
        let c = d.calmer.expect("three answers in the week");
        assert_eq!((c.calmer, c.same, c.worse), (2, 1, 0), "{area:?}");
    }
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

/// Broadcasts sent in the week: the city's digest counts them all; a quartier's digest only
/// those that reached it (sent to the whole city, or to chosen quartiers including it).
#[tokio::test]
async fn a_quartiers_digest_counts_only_the_broadcasts_that_reached_it() {
    let s = seeded_week().await;
    let (city, bel) = (s.city.0, s.bel.0);
    let other = bel + 1;
    let sent = paris(2, 10).to_rfc3339();
    for (id, quartiers, recipients) in [
        (1, "[]", 40),
        (2, &*format!("[{bel}]"), 10),
        (3, &*format!("[{other}]"), 7),
    ] {
        sqlx::query(&format!(
            "INSERT INTO broadcast (id, city_id, audience, default_locale, send_at, created_at,
                 status, sent_at, recipients)
             VALUES ({id}, {city}, '{{\"city\":{city},\"quartiers\":{quartiers},\"roles\":[]}}',
                 'fr', '{sent}', '{sent}', 'done', '{sent}', {recipients})"
        ))
        .execute(&s.pool)
        .await
        .unwrap();
    }
    let city_wide = s.digest(None).await;
    assert_eq!((city_wide.broadcasts, city_wide.broadcast_copies), (3, 57));
    let belleville = s.digest(Some(s.bel)).await;
    assert_eq!(
        (belleville.broadcasts, belleville.broadcast_copies),
        (2, 50)
    );
}
