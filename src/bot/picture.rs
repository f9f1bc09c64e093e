//! Pictures drawn when an answer is sent, after the update's transaction: the heat map of
//! `/summary`. Drawing takes CPU time (SVG text shaped and rasterised), so it runs on a
//! blocking thread and never while the database's one connection is held.

use std::sync::Arc;

use crate::domain::Locale;
use crate::i18n::Localizer;
use crate::services::digest::Digest;

/// The digest's heat map as a PNG in `locale`; `None` (logged) if it could not be drawn.
pub async fn heatmap(localizer: Arc<Localizer>, digest: Digest, locale: Locale) -> Option<Vec<u8>> {
    let drawn = tokio::task::spawn_blocking(move || {
        crate::services::heatmap::png(&digest, &localizer, &locale)
    })
    .await;
    match drawn {
        Ok(Ok(png)) => Some(png),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "summary picture not drawn");
            None
        }
        Err(e) => {
            tracing::error!(error = %e, "summary picture's thread failed");
            None
        }
    }
}
