//! The heat map weekday × time slot of a digest as a PNG: an SVG built here (grid,
//! labels, legend in the reader's language), rendered by `resvg`, whose text layout
//! shapes with `rustybuzz` — so Arabic is joined and right to left — with fonts shipped
//! in the repository (no system font: the picture is the same on every machine). For
//! Arabic readers the grid is mirrored: Monday on the right, the slots' names on the right.

use std::fmt::Write;
use std::sync::{Arc, OnceLock};

use chrono::Weekday;
use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use strum::IntoEnumIterator;

use super::digest::Digest;
use crate::domain::Locale;
use crate::domain::digest::{HeatMap, Shown};
use crate::domain::report::{TimeSlot, WEEKDAYS};
use crate::i18n::{Localizer, Msg, strip_marks};

pub const WIDTH: u32 = 1280;
pub const HEIGHT: u32 = 1040;

const LABELS: f32 = 300.0;
const MARGIN: f32 = 30.0;
const GRID_TOP: f32 = 200.0;
const ROW: f32 = 96.0;
const FONTS: &str = "Noto Sans, Noto Sans Arabic";
const FONTS_RTL: &str = "Noto Sans Arabic, Noto Sans";

/// The fonts of `assets/fonts/`, loaded once.
pub fn fonts() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        for data in [
            &include_bytes!("../../assets/fonts/NotoSans-Regular.ttf")[..],
            &include_bytes!("../../assets/fonts/NotoSans-Bold.ttf")[..],
            &include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf")[..],
            &include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf")[..],
        ] {
            db.load_font_data(data.to_vec());
        }
        Arc::new(db)
    })
    .clone()
}

fn slot_label_id(slot: TimeSlot) -> &'static str {
    match slot {
        TimeSlot::EarlyMorning => "digest-slot-early-morning",
        TimeSlot::Morning => "digest-slot-morning",
        TimeSlot::Midday => "digest-slot-midday",
        TimeSlot::Afternoon => "digest-slot-afternoon",
        TimeSlot::SchoolExit => "digest-slot-school-exit",
        TimeSlot::Evening => "digest-slot-evening",
        TimeSlot::Night => "digest-slot-night",
    }
}

fn slot_hours(slot: TimeSlot) -> &'static str {
    match slot {
        TimeSlot::EarlyMorning => "6–9",
        TimeSlot::Morning => "9–12",
        TimeSlot::Midday => "12–14",
        TimeSlot::Afternoon => "14–16",
        TimeSlot::SchoolExit => "16–18",
        TimeSlot::Evening => "18–21",
        TimeSlot::Night => "21–6",
    }
}

fn day_label_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "digest-day-mon",
        Weekday::Tue => "digest-day-tue",
        Weekday::Wed => "digest-day-wed",
        Weekday::Thu => "digest-day-thu",
        Weekday::Fri => "digest-day-fri",
        Weekday::Sat => "digest-day-sat",
        Weekday::Sun => "digest-day-sun",
    }
}

/// A label for a right-to-left reader: usvg lays every line out as a left-to-right
/// paragraph, so the label is isolated right to left (RLI … PDI) — a number at its start
/// then stays at its right, where an Arabic reader starts.
fn rtl(text: &str) -> String {
    format!("\u{2067}{text}\u{2069}")
}

/// Text for the SVG: Fluent's isolation marks removed, XML escaped.
fn xml(text: &str) -> String {
    strip_marks(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A cell's colour: white when empty, grey when suppressed, then yellow to dark red.
fn colour(shown: Shown, max: u32) -> (String, &'static str) {
    match shown {
        Shown::Zero => ("#ffffff".into(), "#999999"),
        Shown::Few => ("#d9d9d9".into(), "#333333"),
        Shown::Count(n) => {
            let t = if max <= 3 {
                1.0
            } else {
                (n - 3) as f32 / (max - 3) as f32
            };
            let lerp = |a: f32, b: f32| (a + (b - a) * t).round() as u8;
            let rgb = (lerp(255.0, 165.0), lerp(224.0, 15.0), lerp(130.0, 21.0));
            let ink = if t > 0.5 { "#ffffff" } else { "#222222" };
            (format!("#{:02x}{:02x}{:02x}", rgb.0, rgb.1, rgb.2), ink)
        }
    }
}

/// Where things go, mirrored for a right-to-left reader.
struct Layout {
    rtl: bool,
    col: f32,
}

impl Layout {
    /// A label rendered in `locale`, ready for the SVG.
    fn label(&self, l: &Localizer, locale: &Locale, msg: &Msg) -> String {
        let text = xml(&l.render(locale, msg));
        if self.rtl { rtl(&text) } else { text }
    }
}

impl Layout {
    fn new(rtl: bool) -> Self {
        let col = (WIDTH as f32 - LABELS - 2.0 * MARGIN) / 7.0;
        Layout { rtl, col }
    }

    /// The left edge of the column of a day (Monday first; Monday last when mirrored).
    fn column_x(&self, day: usize) -> f32 {
        if self.rtl {
            MARGIN + (6 - day) as f32 * self.col
        } else {
            MARGIN + LABELS + day as f32 * self.col
        }
    }

    /// The x and anchor of the slots' names (beside the grid, on the reading side).
    fn label_x(&self) -> (f32, &'static str) {
        if self.rtl {
            (WIDTH as f32 - MARGIN, "end")
        } else {
            (MARGIN, "start")
        }
    }

    /// The x and anchor of a line of text that starts where the reader starts.
    fn start(&self) -> (f32, &'static str) {
        self.label_x()
    }
}

/// How a line of text looks: size in pixels, bold or not, colour.
#[derive(Clone, Copy)]
struct Style(u32, bool, &'static str);

fn text(
    svg: &mut String,
    (x, y): (f32, f32),
    anchor: &str,
    Style(size, bold, fill): Style,
    content: &str,
) {
    let weight = if bold { "bold" } else { "normal" };
    let _ = writeln!(
        svg,
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}" fill="{fill}">{content}</text>"#
    );
}

fn header(svg: &mut String, d: &Digest, l: &Localizer, locale: &Locale, lay: &Layout) {
    let tz = d.time_zone();
    let day = |at| crate::domain::time::format_day(at, tz, locale);
    let title = Msg::new("digest-map-title").user("area", d.area_name.clone());
    let subtitle = Msg::new("digest-map-subtitle")
        .plain("from", day(d.start))
        .plain("to", day(d.end - chrono::Duration::hours(12)));
    let (x, anchor) = lay.start();
    text(
        svg,
        (x, 64.0),
        anchor,
        Style(40, true, "#111111"),
        &lay.label(l, locale, &title),
    );
    text(
        svg,
        (x, 112.0),
        anchor,
        Style(26, false, "#333333"),
        &lay.label(l, locale, &subtitle),
    );
    for (i, wd) in WEEKDAYS.iter().enumerate() {
        let cx = lay.column_x(i) + lay.col / 2.0;
        let name = lay.label(l, locale, &Msg::new(day_label_id(*wd)));
        text(
            svg,
            (cx, GRID_TOP - 18.0),
            "middle",
            Style(26, true, "#111111"),
            &name,
        );
    }
}

fn grid(svg: &mut String, map: &HeatMap, l: &Localizer, locale: &Locale, lay: &Layout) {
    let max = map.max_shown();
    let (lx, anchor) = lay.label_x();
    for (r, slot) in TimeSlot::iter().enumerate() {
        let y = GRID_TOP + r as f32 * ROW;
        let name = lay.label(l, locale, &Msg::new(slot_label_id(slot)));
        text(
            svg,
            (lx, y + 44.0),
            anchor,
            Style(26, true, "#111111"),
            &name,
        );
        text(
            svg,
            (lx, y + 76.0),
            anchor,
            Style(22, false, "#555555"),
            slot_hours(slot),
        );
        for (c, day) in WEEKDAYS.iter().enumerate() {
            let x = lay.column_x(c);
            let shown = map.shown(*day, slot);
            let (fill, ink) = colour(shown, max);
            let _ = writeln!(
                svg,
                r##"<rect x="{x}" y="{y}" width="{w}" height="{ROW}" fill="{fill}" stroke="#bbbbbb" stroke-width="2"/>"##,
                w = lay.col
            );
            if let Shown::Count(n) = shown {
                let (cx, cy) = (x + lay.col / 2.0, y + ROW / 2.0 + 12.0);
                text(
                    svg,
                    (cx, cy),
                    "middle",
                    Style(34, true, ink),
                    &n.to_string(),
                );
            }
        }
    }
}

fn legend(svg: &mut String, l: &Localizer, locale: &Locale, lay: &Layout) {
    let y = GRID_TOP + 7.0 * ROW + 50.0;
    let items = [
        ("#ffffff", "digest-map-legend-none"),
        ("#d9d9d9", "digest-map-legend-few"),
        ("#e8772e", "digest-map-legend-many"),
    ];
    let mut x = if lay.rtl {
        WIDTH as f32 - MARGIN
    } else {
        MARGIN
    };
    for (fill, id) in items {
        let label = lay.label(l, locale, &Msg::new(id));
        let width = 100.0 + 13.0 * label.chars().count() as f32;
        let (bx, tx, anchor) = if lay.rtl {
            (x - 40.0, x - 52.0, "end")
        } else {
            (x, x + 52.0, "start")
        };
        let _ = writeln!(
            svg,
            r##"<rect x="{bx}" y="{y}" width="40" height="40" fill="{fill}" stroke="#999999" stroke-width="2"/>"##
        );
        text(
            svg,
            (tx, y + 30.0),
            anchor,
            Style(24, false, "#222222"),
            &label,
        );
        x = if lay.rtl { x - width } else { x + width };
    }
}

/// The heat map's SVG, in the reader's language.
pub fn svg(d: &Digest, l: &Localizer, locale: &Locale) -> String {
    let lay = Layout::new(locale.is_rtl());
    // Arabic first for Arabic readers, so that its bold is chosen for Arabic letters.
    let fonts = if lay.rtl { FONTS_RTL } else { FONTS };
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" font-family="{fonts}">
<rect width="100%" height="100%" fill="#ffffff"/>
"##
    );
    header(&mut svg, d, l, locale, &lay);
    grid(&mut svg, &d.heat_map(), l, locale, &lay);
    legend(&mut svg, l, locale, &lay);
    svg.push_str("</svg>\n");
    svg
}

/// Renders an SVG with the shipped fonts into a PNG.
pub fn png_of_svg(svg: &str) -> anyhow::Result<Vec<u8>> {
    let options = usvg::Options {
        fontdb: fonts(),
        font_family: "Noto Sans".into(),
        ..Default::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| anyhow::anyhow!("empty picture"))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap.encode_png()?)
}

/// The heat map of a digest as a PNG, in the reader's language.
pub fn png(d: &Digest, l: &Localizer, locale: &Locale) -> anyhow::Result<Vec<u8>> {
    png_of_svg(&svg(d, l, locale))
}

/// The glyphs the shipped fonts give `text` once shaped, in visual order (left to right):
/// the glyph id and the cluster of text it draws. Lets tests see that Arabic is joined
/// (contextual forms) and laid right to left.
pub fn shaped_glyphs(text: &str) -> anyhow::Result<Vec<(u16, String, f32)>> {
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="800" height="100" font-family="{FONTS}"><text x="10" y="60" font-size="40">{}</text></svg>"#,
        xml(text)
    );
    let options = usvg::Options {
        fontdb: fonts(),
        ..Default::default()
    };
    let tree = usvg::Tree::from_str(&svg, &options)?;
    let mut glyphs = vec![];
    for node in tree.root().children() {
        if let usvg::Node::Text(t) = node {
            for span in t.layouted() {
                for g in &span.positioned_glyphs {
                    glyphs.push((g.id.0, g.text.clone(), g.transform().tx));
                }
            }
        }
    }
    glyphs.sort_by(|a, b| a.2.total_cmp(&b.2));
    Ok(glyphs)
}
