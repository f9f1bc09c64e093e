//! A digest's copy, resolved at send time in the recipient's language of that moment:
//! the photo row carries the whole text as its caption when it fits in 1,024 characters,
//! else a short caption, and the text row then follows (it is settled unsent when the
//! text already went as the caption). The picture is drawn after the claim's
//! transaction, so that rendering never holds the database.

use super::broadcast::Copy;
use crate::domain::Locale;
use crate::i18n::{Arg, Localizer, Msg};
use crate::services::digest::{self, Digest, Part};

/// Telegram's limit on a photo's caption.
pub const CAPTION_CHARS: usize = 1024;

fn carried(message: &Msg) -> Option<(Digest, Part)> {
    let text = |wanted: &str| {
        message.args.iter().find_map(|(name, arg)| match arg {
            Arg::Plain(t) if name == wanted => Some(t.as_str()),
            _ => None,
        })
    };
    let d = serde_json::from_str(text("digest")?).ok()?;
    let part = Part::parse(text("part")?)?;
    Some((d, part))
}

/// Whether a rendered text fits in a photo's caption.
pub fn fits(text: &str) -> bool {
    text.chars().count() <= CAPTION_CHARS
}

/// The text of one row, or why it is settled unsent.
pub(super) fn copy(
    localizer: &Localizer,
    message: &Msg,
    locale: &Locale,
) -> Result<Copy, &'static str> {
    let (d, part) = carried(message).ok_or("unreadable digest")?;
    let full = localizer.render(locale, &digest::as_one(digest::lines(&d, locale)));
    let fits = fits(&full);
    let text = match (part, fits) {
        (Part::Photo, true) => full,
        (Part::Photo, false) => {
            let short = Msg::new("digest-caption-short").user("area", d.area_name.clone());
            localizer.render(locale, &short)
        }
        (Part::Text, false) => full,
        (Part::Text, true) => return Err("in the caption"),
    };
    Ok(Copy {
        text,
        voice: None,
        button: None,
    })
}

/// The picture of a photo row, in the recipient's language.
pub(super) fn picture(localizer: &Localizer, message: &Msg, locale: &Locale) -> Option<Vec<u8>> {
    let (d, part) = carried(message)?;
    if part != Part::Photo {
        return None;
    }
    match crate::services::heatmap::png(&d, localizer, locale) {
        Ok(png) => Some(png),
        Err(e) => {
            tracing::error!(error = %e, "digest picture not drawn");
            None
        }
    }
}
