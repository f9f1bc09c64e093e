//! A printable QR code of an invitation link, as a PNG picture.

use qrcode::{Color, EcLevel, QrCode};

const SCALE: usize = 12;
const QUIET: usize = 4;

/// Encodes `link` as a black-on-white PNG, large enough to print on a poster.
pub fn png(link: &str) -> anyhow::Result<Vec<u8>> {
    let code = QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M)?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (mx, my) = (i % modules + QUIET, i / modules + QUIET);
            for y in my * SCALE..(my + 1) * SCALE {
                pixels[y * side + mx * SCALE..y * side + (mx + 1) * SCALE].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, side as u32, side as u32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    writer.write_image_data(&pixels)?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_invitation_link_becomes_a_png() {
        let png = super::png("https://t.me/agenda_bot?start=ABCDEFGHJKMN").unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert!(png.len() > 500);
    }
}
