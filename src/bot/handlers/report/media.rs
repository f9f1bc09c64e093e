//! What she sends during `/report` that is not text or a button: a location for the place,
//! a voice message or photos for the content.

use super::{advance, draft_of};
use crate::bot::callback::ReportButton;
use crate::bot::context::Turn;
use crate::bot::handlers::HandlerResult;
use crate::bot::handlers::report_prompt::button;
use crate::bot::incoming::Attachment;
use crate::bot::reply::Markup;
use crate::bot::report_draft::{DraftPlace, PhotoAlbum, ReportDraft, ReportStep};
use crate::bot::state::State;
use crate::domain::report::MAX_PHOTOS;
use crate::i18n::Msg;

/// A photo at the content step: added up to the cap, which is said when reached. The
/// photos of one album are answered by one message, kept up to date ("6 photos added").
fn photo(t: &mut Turn<'_>, d: &mut ReportDraft, file_id: &str) {
    let group = t.inc.media_group.clone();
    let (added, refused) = add_photo(d, file_id, group.as_deref());
    let parts = photos_told(added, refused, d.photos.len());
    let buttons = Markup::column(vec![
        button("button-continue", ReportButton::ContentDone),
        button("button-cancel-report", ReportButton::Cancel),
    ]);
    match group {
        Some(g) => t.replies.say_once_for(&g, parts, buttons),
        None => t.replies.say_with(parts, buttons),
    }
}

/// Adds a photo unless the draft has its cap; returns the photos added and refused so far
/// in its album (or for this photo alone, outside an album).
fn add_photo(d: &mut ReportDraft, file_id: &str, group: Option<&str>) -> (u32, u32) {
    let full = d.photos.len() >= MAX_PHOTOS;
    if !full {
        d.photos.push(file_id.to_owned());
    }
    let Some(g) = group else {
        return (u32::from(!full), u32::from(full));
    };
    if d.album.as_ref().is_none_or(|a| a.group != g) {
        d.album = Some(PhotoAlbum {
            group: g.to_owned(),
            ..PhotoAlbum::default()
        });
    }
    let a = d.album.as_mut().expect("set above");
    if full {
        a.refused += 1;
    } else {
        a.added += 1;
    }
    (a.added, a.refused)
}

/// What she is told: how many photos were added, how many were not (over the cap), or
/// that the cap is now reached.
fn photos_told(added: u32, refused: u32, photos: usize) -> Vec<Msg> {
    let mut parts = vec![];
    if added > 0 {
        parts.push(Msg::new("report-photos-added").num("count", i64::from(added)));
    }
    if refused > 0 {
        parts.push(
            Msg::new("report-photos-not-taken")
                .num("count", i64::from(refused))
                .num("max", MAX_PHOTOS as i64),
        );
    } else if photos == MAX_PHOTOS {
        parts.push(Msg::new("report-photo-cap-reached").num("max", MAX_PHOTOS as i64));
    }
    parts
}

pub async fn attachment(t: &mut Turn<'_>, attachment: &Attachment) -> HandlerResult {
    let (step, mut d) = draft_of(t)?;
    match (step, attachment) {
        (
            ReportStep::Place,
            Attachment::Location {
                latitude,
                longitude,
            },
        ) => {
            d.place = Some(DraftPlace::Location {
                latitude: *latitude,
                longitude: *longitude,
            });
            d.place_done = true;
        }
        (ReportStep::Content, Attachment::Voice { file_id }) => {
            d.voice = Some(file_id.clone());
            d.content_done = true;
        }
        (ReportStep::Content, Attachment::Photo { file_id }) => {
            photo(t, &mut d, file_id);
            t.state = State::Report { step, draft: d };
            return Ok(());
        }
        (ReportStep::Place, _) => {
            t.replies.say("report-expected-place");
            return Ok(());
        }
        (ReportStep::Content, _) => {
            t.replies.say("report-expected-content");
            return Ok(());
        }
        _ => {
            t.replies.say("error-expected-choice");
            return Ok(());
        }
    }
    advance(t, d).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_photos_of_one_album_are_counted_together_and_those_over_the_cap_are_refused() {
        let mut d = ReportDraft {
            photos: vec!["earlier".into(); MAX_PHOTOS - 2],
            ..ReportDraft::default()
        };
        let counts: Vec<_> = ["a", "b", "c", "d"]
            .into_iter()
            .map(|photo| add_photo(&mut d, photo, Some("album-1")))
            .collect();
        assert_eq!(counts, [(1, 0), (2, 0), (2, 1), (2, 2)]);
        assert_eq!(d.photos.len(), MAX_PHOTOS);
        assert_eq!(
            add_photo(&mut d, "e", None),
            (0, 1),
            "alone, outside an album"
        );
        let told: Vec<_> = photos_told(2, 2, MAX_PHOTOS)
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(told, ["report-photos-added", "report-photos-not-taken"]);
        let told: Vec<_> = photos_told(1, 0, MAX_PHOTOS)
            .into_iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(told, ["report-photos-added", "report-photo-cap-reached"]);
    }
}
