//! After creation: a new place (words and/or a Telegram location, then "send the change"
//! — told as a new time is), and minutes as a document or photos (an album, one update
//! per photo, answered once; then "send the minutes").

use super::HandlerResult;
use crate::bot::callback::{Callback, MeetingButton};
use crate::bot::context::Turn;
use crate::bot::incoming::Attachment;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::MeetingId;
use crate::domain::meeting::{self, FileKind, MAX_FIELD, MAX_MINUTES_FILES, MinutesFile};
use crate::i18n::Msg;
use crate::services::meetings as service;

fn send_button(id: &'static str, button: MeetingButton) -> Markup {
    Markup::column([Button::new(id, Callback::Meeting(button))])
}

/// *Change the place*: once she is known to manage the meeting.
pub async fn ask_place(t: &mut Turn<'_>, id: MeetingId) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    service::tally(t.conn, &principal, me, id).await?;
    t.state = State::MeetingNewPlace {
        meeting: id,
        place: None,
        location: None,
    };
    t.replies.say("meeting-ask-new-place");
    Ok(())
}

/// The new place in words (a bad one is answered and changes nothing).
pub fn place_typed(t: &mut Turn<'_>, state: State, text: &str) -> HandlerResult {
    let State::MeetingNewPlace {
        meeting, location, ..
    } = state
    else {
        return super::stale(t);
    };
    match meeting::parse_field(text, MAX_FIELD) {
        Ok(place) => noted(t, meeting, Some(place), location),
        Err(p) => {
            t.replies.say(p.message_id());
            Ok(())
        }
    }
}

fn noted(
    t: &mut Turn<'_>,
    meeting: MeetingId,
    place: Option<String>,
    location: Option<(f64, f64)>,
) -> HandlerResult {
    t.state = State::MeetingNewPlace {
        meeting,
        place,
        location,
    };
    t.replies.say_with(
        vec![Msg::new("meeting-new-place-noted")],
        send_button(
            "meeting-button-place-send",
            MeetingButton::PlaceDone(meeting),
        ),
    );
    Ok(())
}

/// *Send the change*: the place (and pin) given so far; nothing given is stale.
pub async fn place_done(t: &mut Turn<'_>, id: MeetingId, state: State) -> HandlerResult {
    let State::MeetingNewPlace {
        meeting,
        place,
        location,
    } = state
    else {
        return super::stale(t);
    };
    if meeting != id || (place.is_none() && location.is_none()) {
        return super::stale(t);
    }
    let (principal, me) = (t.principal().await?, t.person_id()?);
    service::change_place(
        t.conn,
        &principal,
        me,
        id,
        place.as_deref(),
        location,
        t.now,
    )
    .await?;
    t.state = State::Idle;
    t.replies.say("meeting-place-changed-done");
    Ok(())
}

/// A pin for the new place, or a document or photo for the minutes; anything else is
/// refused and changes nothing.
pub async fn attachment(t: &mut Turn<'_>, state: State, attachment: &Attachment) -> HandlerResult {
    match (state, attachment) {
        (
            State::MeetingNewPlace { meeting, place, .. },
            Attachment::Location {
                latitude,
                longitude,
            },
        ) => noted(t, meeting, place, Some((*latitude, *longitude))),
        (State::MeetingMinutes { meeting, files }, Attachment::Photo { file_id }) => {
            minutes_file(t, meeting, files, FileKind::Photo, file_id)
        }
        (State::MeetingMinutes { meeting, files }, Attachment::File { file_id }) => {
            minutes_file(t, meeting, files, FileKind::Document, file_id)
        }
        (State::MeetingMinutes { .. }, _) => {
            t.replies.say("meeting-error-minutes-kind");
            Ok(())
        }
        _ => {
            t.replies.say("error-expected-text");
            Ok(())
        }
    }
}

/// Keeps one more file (ten at most); an album is answered once, its count kept up to date.
fn minutes_file(
    t: &mut Turn<'_>,
    meeting: MeetingId,
    mut files: Vec<MinutesFile>,
    kind: FileKind,
    file_id: &str,
) -> HandlerResult {
    let full = files.len() >= MAX_MINUTES_FILES;
    if !full {
        files.push(MinutesFile {
            kind,
            file_id: file_id.to_owned(),
        });
    }
    let mut parts = vec![Msg::new("meeting-minutes-files").num("count", files.len() as i64)];
    if full {
        parts.push(Msg::new("meeting-error-minutes-full").num("max", MAX_MINUTES_FILES as i64));
    }
    t.state = State::MeetingMinutes { meeting, files };
    let markup = send_button(
        "meeting-button-minutes-send",
        MeetingButton::MinutesSend(meeting),
    );
    match t.inc.media_group.clone() {
        Some(g) => t.replies.say_once_for(&g, parts, markup),
        None => t.replies.say_with(parts, markup),
    }
    Ok(())
}

/// Posts the minutes: the text typed (if any) with the files received.
pub async fn post_minutes(
    t: &mut Turn<'_>,
    meeting: MeetingId,
    text: Option<&str>,
    files: &[MinutesFile],
) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let sent = service::post_minutes(t.conn, &principal, me, meeting, text, files, t.now).await?;
    t.state = State::Idle;
    t.replies
        .say(Msg::new("meeting-minutes-sent").num("count", sent as i64));
    Ok(())
}

/// *Send the minutes* (the files received so far); stale outside that step.
pub async fn minutes_send(t: &mut Turn<'_>, id: MeetingId, state: State) -> HandlerResult {
    match state {
        State::MeetingMinutes { meeting, files } if meeting == id && !files.is_empty() => {
            post_minutes(t, meeting, None, &files).await
        }
        _ => super::stale(t),
    }
}
