//! The last step of a report: the summary she reads, and sending it.

use super::{HandlerResult, show_menu};
use crate::bot::context::Turn;
use crate::bot::report_draft::{DraftPlace, ReportDraft, WhenChoice};
use crate::bot::state::State;
use crate::domain::report::When;
use crate::domain::report::{Audience, Category, TimeSlot, weekday_message_id, weekdays_of};
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;
use crate::services::reports::{self, Submission, Submitted};
use crate::store::quartiers;
use crate::store::reports::Place;

pub async fn summary(t: &mut Turn<'_>, d: &ReportDraft) -> Result<Msg, ServiceError> {
    let quartier = match d.quartier {
        Some(q) => quartiers::get(t.conn, q)
            .await?
            .map(|q| q.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let slot = d.slot.map_or("report-place-none", TimeSlot::message_id);
    let when = match d.when {
        Some(WhenChoice::EarlierToday) => {
            Arg::Nested(Box::new(Msg::new("report-when-earlier").msg("slot", slot)))
        }
        Some(WhenChoice::Regularly) => {
            let days = weekdays_of(d.weekdays)
                .map(|day| Arg::Msg(weekday_message_id(day).into()))
                .collect();
            Arg::Nested(Box::new(
                Msg::new("report-when-regularly")
                    .arg("days", Arg::List(days))
                    .msg("slot", slot),
            ))
        }
        _ => Arg::Msg("report-when-now".into()),
    };
    let place = match &d.place {
        Some(DraftPlace::Text(text)) => Arg::User(text.clone()),
        Some(DraftPlace::Location { .. }) => Arg::Msg("report-place-location".into()),
        None => Arg::Msg("report-place-none".into()),
    };
    let mut content = vec![];
    if let Some(text) = &d.text {
        let excerpt: String = text.chars().take(200).collect();
        content.push(Arg::User(if excerpt.len() < text.len() {
            format!("{excerpt}…")
        } else {
            excerpt
        }));
    }
    if d.voice.is_some() {
        content.push(Arg::Msg("report-content-voice".into()));
    }
    if !d.photos.is_empty() {
        content.push(Arg::Nested(Box::new(
            Msg::new("report-content-photos").num("count", d.photos.len() as i64),
        )));
    }
    if content.is_empty() {
        content.push(Arg::Msg("report-content-none".into()));
    }
    let audience = d.audience.unwrap_or(Audience::WithRelays).summary_id();
    let identity = if d.anonymous == Some(false) {
        "report-identity-named"
    } else {
        "report-identity-anonymous"
    };
    Ok(Msg::new("report-summary")
        .user("quartier", quartier)
        .msg(
            "category",
            d.category.map_or("category-other", Category::message_id),
        )
        .arg("when", when)
        .arg("place", place)
        .arg("content", Arg::List(content))
        .msg("audience", audience)
        .msg("identity", identity))
}

/// She reached her reports for 24 hours: she is told, politely, and the dialogue ends.
pub(super) fn over_limit(t: &mut Turn<'_>, max: i64) -> HandlerResult {
    t.state = State::Idle;
    t.replies.say(Msg::new("report-limit").num("max", max));
    Ok(())
}

/// Saves the report she confirmed; in discreet mode the dialogue is then erased.
pub async fn confirm(t: &mut Turn<'_>, d: ReportDraft) -> HandlerResult {
    let (Some(quartier), Some(category), Some(choice), Some(audience)) =
        (d.quartier, d.category, d.when, d.audience)
    else {
        return Err(ServiceError::Stale);
    };
    let when = match choice {
        WhenChoice::Now => When::Now,
        WhenChoice::EarlierToday => When::EarlierToday {
            slot: d.slot.ok_or(ServiceError::Stale)?,
        },
        WhenChoice::Regularly => When::Regularly {
            weekdays: d.weekdays,
            slot: d.slot.ok_or(ServiceError::Stale)?,
        },
    };
    let place = match d.place.clone() {
        Some(DraftPlace::Text(t)) => Some(Place::Text(t)),
        Some(DraftPlace::Location {
            latitude,
            longitude,
        }) => Some(Place::Location {
            latitude,
            longitude,
        }),
        None => None,
    };
    let submission = Submission {
        quartier,
        category,
        when,
        told_at: d.told_at.unwrap_or(t.now),
        place,
        text: d.text.clone(),
        voice: d.voice.clone(),
        photos: d.photos.clone(),
        audience,
        anonymous: d.anonymous.unwrap_or(true),
    };
    let principal = t.principal().await?;
    let reporter = t.person_id()?;
    let max = t.ctx.limits.reports_per_day;
    let submitted = reports::submit(t.conn, &principal, reporter, &submission, max, t.now).await?;
    let reference = match submitted {
        Submitted::Saved(reference) => reference,
        Submitted::OverLimit { max } => return over_limit(t, max),
    };
    t.state = State::Idle;
    if t.person.as_ref().is_some_and(|p| p.discreet) {
        // Discreet mode: the dialogue is erased; a neutral receipt stays.
        t.end_discreet_dialogue().await?;
        t.replies.say("report-discreet-receipt");
        return Ok(());
    }
    t.replies
        .say(Msg::new("report-saved").plain("reference", reference));
    show_menu(t, "menu-shown").await
}
