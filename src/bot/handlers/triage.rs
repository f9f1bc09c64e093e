//! `/reports`: a quartier's reports for those who may read them raw — lists by page, a
//! report's detail with its voice note and photos, status changes (a reason for a
//! rejection, the original for a duplicate).

use super::HandlerResult;
use super::report_summary::content;
use super::triage_list::{List, show_list};
use crate::bot::callback::Callback;
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Label, Markup, MediaKind};
use crate::bot::state::State;
use chrono_tz::Tz;

use crate::domain::report::{
    ReportStatus, TimeSlot, round_location, weekday_message_id, weekdays_of,
};
use crate::domain::time::format_date_time;
use crate::domain::{Locale, QuartierId, ReportId};
use crate::i18n::{Arg, Msg};
use crate::services::{ServiceError, triage};
use crate::store::reports::Report;
use crate::store::{cities, persons, quartiers};

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let list = triage::quartiers(t.conn, &principal).await?;
    match list.as_slice() {
        [] => super::followup::partners(t).await,
        [(q, _)] => show_list(t, List::first(q.id)).await,
        _ => {
            let buttons = list
                .into_iter()
                .map(|(q, _)| Button::raw(q.name, List::first(q.id).callback()));
            t.replies.say_with(
                vec![Msg::new("triage-choose-quartier")],
                Markup::column(buttons),
            );
            Ok(())
        }
    }
}

/// When it happens: once or regularly, the weekdays and the slot of its cell, and the day
/// it was reported (in the city's time zone, in the reader's language).
fn when(r: &Report, tz: Tz, locale: &Locale) -> Arg {
    let days = weekdays_of(r.cell_weekdays)
        .map(|day| Arg::Msg(weekday_message_id(day).into()))
        .collect();
    let slot = TimeSlot::parse(&r.cell_slot).map_or("report-place-none", TimeSlot::message_id);
    Arg::Nested(Box::new(
        Msg::new("triage-when-cell")
            .msg("kind", r.when_kind.message_id())
            .arg("days", Arg::List(days))
            .msg("slot", slot)
            .plain("date", format_date_time(r.created_at, tz, locale)),
    ))
}

/// The time zone of a quartier's city: dates of its reports are shown in it.
pub(super) async fn quartier_time_zone(
    t: &mut Turn<'_>,
    quartier: QuartierId,
) -> Result<Tz, ServiceError> {
    let q = quartiers::get(t.conn, quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    Ok(cities::time_zone(t.conn, q.city).await?)
}

pub async fn show(t: &mut Turn<'_>, id: ReportId) -> HandlerResult {
    let principal = t.principal().await?;
    let viewer = t.person_id()?;
    let r = triage::open(t.conn, &principal, viewer, id, t.now).await?;
    let reporter = reporter(t, &r).await?;
    let tz = quartier_time_zone(t, r.quartier).await?;
    let detail = Msg::new("triage-detail")
        .plain("reference", r.reference.clone())
        .msg("status", r.status.message_id())
        .msg("category", r.category.message_id())
        .arg("when", when(&r, tz, &t.replies.locale))
        .arg("place", place(&r))
        .arg(
            "content",
            content(r.text.clone(), r.voice.is_some(), r.photos.len()),
        )
        .msg("audience", r.audience.summary_id())
        .arg("reporter", reporter);
    let mut buttons = status_buttons(&r);
    buttons.extend(super::followup::buttons(&r));
    t.replies.say_with(vec![detail], Markup::column(buttons));
    if let Some(voice) = &r.voice {
        t.replies.media(MediaKind::Voice, voice);
    }
    t.replies.photos(&r.photos);
    Ok(())
}

/// Where: her words, or the location (an anonymous report's rounded to about 150 m).
fn place(r: &Report) -> Arg {
    match (&r.place_text, r.location) {
        (Some(text), _) => Arg::User(text.clone()),
        (None, Some((lat, lon))) => {
            let (lat, lon) = if r.anonymous {
                round_location(lat, lon)
            } else {
                (lat, lon)
            };
            Arg::Nested(Box::new(
                Msg::new("triage-location")
                    .plain("lat", format!("{lat:.5}"))
                    .plain("lon", format!("{lon:.5}")),
            ))
        }
        (None, None) => Arg::Msg("report-place-none".into()),
    }
}

/// Who reported: her first name if she signed it and gave one; else unnamed or anonymous.
async fn reporter(t: &mut Turn<'_>, r: &Report) -> Result<Arg, ServiceError> {
    Ok(match (r.anonymous, r.reporter) {
        (false, Some(p)) => match persons::get(t.conn, p).await?.first_name {
            Some(name) => Arg::User(name.as_str().to_owned()),
            None => Arg::Msg("triage-reporter-unnamed".into()),
        },
        _ => Arg::Msg("triage-reporter-anonymous".into()),
    })
}

/// One button per status the report may move to.
fn status_buttons(r: &Report) -> Vec<Button> {
    r.status
        .allowed()
        .into_iter()
        .map(|s| {
            let label = Msg::new("triage-set-status").msg("status", s.message_id());
            Button {
                label: Label::Msg(label),
                callback: Callback::TriageStatus(r.id, s),
            }
        })
        .collect()
}

pub async fn set_status(t: &mut Turn<'_>, id: ReportId, to: ReportStatus) -> HandlerResult {
    match to {
        ReportStatus::Rejected | ReportStatus::Duplicate => {
            // Check she may, and that the move is legal, before asking for more.
            let principal = t.principal().await?;
            triage::check_move(t.conn, &principal, id, to).await?;
            if to == ReportStatus::Rejected {
                t.state = State::RejectReason { report: id };
                t.replies.say("triage-ask-reason");
            } else {
                t.state = State::DuplicateOf { report: id };
                t.replies.say("triage-ask-duplicate");
            }
            Ok(())
        }
        ReportStatus::Resolved => {
            let principal = t.principal().await?;
            triage::check_move(t.conn, &principal, id, to).await?;
            t.state = State::ResolveNote { report: id };
            let skip =
                Markup::column([Button::new("button-skip", Callback::ResolveWithoutNote(id))]);
            t.replies
                .say_with(vec![Msg::new("triage-ask-resolution")], skip);
            Ok(())
        }
        _ => apply(t, id, to, None).await,
    }
}

/// Resolves a report; `note` is the "you said, we did" message for the reporter.
pub async fn resolve(t: &mut Turn<'_>, id: ReportId, note: Option<&str>) -> HandlerResult {
    apply(t, id, ReportStatus::Resolved, note).await
}

pub async fn resolve_note_typed(t: &mut Turn<'_>, report: ReportId, text: &str) -> HandlerResult {
    match super::bounded_text(t, text, 1000) {
        Some(note) => resolve(t, report, Some(&note)).await,
        None => Ok(()),
    }
}

async fn apply(
    t: &mut Turn<'_>,
    id: ReportId,
    to: ReportStatus,
    note: Option<&str>,
) -> HandlerResult {
    let principal = t.principal().await?;
    let actor = t.person_id()?;
    let r = triage::change_status(t.conn, &principal, actor, id, to, note, t.now).await?;
    t.state = State::Idle;
    t.replies.say(
        Msg::new("triage-status-changed")
            .plain("reference", r.reference)
            .msg("status", to.message_id()),
    );
    Ok(())
}

pub async fn reason_typed(t: &mut Turn<'_>, report: ReportId, text: &str) -> HandlerResult {
    match super::bounded_text(t, text, 500) {
        Some(reason) => apply(t, report, ReportStatus::Rejected, Some(&reason)).await,
        None => Ok(()),
    }
}

pub async fn duplicate_typed(t: &mut Turn<'_>, report: ReportId, text: &str) -> HandlerResult {
    let reference = crate::domain::digits::normalize_digits(text.trim()).to_ascii_uppercase();
    let principal = t.principal().await?;
    let actor = t.person_id()?;
    let merged =
        triage::merge_duplicate(t.conn, &principal, actor, report, &reference, t.now).await?;
    match merged {
        Some(r) => {
            t.state = State::Idle;
            t.replies.say(
                Msg::new("triage-status-changed")
                    .plain("reference", r.reference)
                    .msg("status", ReportStatus::Duplicate.message_id()),
            );
        }
        None => t.replies.say("triage-duplicate-unknown"),
    }
    Ok(())
}
