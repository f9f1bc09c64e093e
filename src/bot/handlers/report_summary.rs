//! The last step of a report: the summary she reads, and sending it.

use chrono::{DateTime, Utc};

use super::{HandlerResult, show_menu_for};
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
    let excerpt = d.text.as_deref().map(excerpt);
    let content = content(excerpt, d.voice.is_some(), d.photos.len());
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
        .arg("when", when(d))
        .arg("place", place(d))
        .arg("content", content)
        .msg("audience", audience)
        .msg("identity", identity))
}

/// When it happens, as she chose it: now, earlier today, or regularly (days and slot).
fn when(d: &ReportDraft) -> Arg {
    let slot = d.slot.map_or("report-place-none", TimeSlot::message_id);
    match d.when {
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
    }
}

/// Where: her words, "a location", or nothing.
fn place(d: &ReportDraft) -> Arg {
    match &d.place {
        Some(DraftPlace::Text(text)) => Arg::User(text.clone()),
        Some(DraftPlace::Location { .. }) => Arg::Msg("report-place-location".into()),
        None => Arg::Msg("report-place-none".into()),
    }
}

/// The first 200 characters of her text, "…" if there is more.
fn excerpt(text: &str) -> String {
    let excerpt: String = text.chars().take(200).collect();
    if excerpt.len() < text.len() {
        format!("{excerpt}…")
    } else {
        excerpt
    }
}

/// What a report holds, as a list: its text, a voice note, how many photos — or nothing.
pub(super) fn content(text: Option<String>, voice: bool, photos: usize) -> Arg {
    let mut content = vec![];
    if let Some(text) = text {
        content.push(Arg::User(text));
    }
    if voice {
        content.push(Arg::Msg("report-content-voice".into()));
    }
    if photos > 0 {
        content.push(Arg::Nested(Box::new(
            Msg::new("report-content-photos").num("count", photos as i64),
        )));
    }
    if content.is_empty() {
        content.push(Arg::Msg("report-content-none".into()));
    }
    Arg::List(content)
}

/// She reached her reports for 24 hours: she is told, politely, and the dialogue ends.
pub(super) fn over_limit(t: &mut Turn<'_>, max: i64) -> HandlerResult {
    t.state = State::Idle;
    t.replies.say(Msg::new("report-limit").num("max", max));
    Ok(())
}

/// Saves the report she confirmed; in discreet mode the dialogue is then erased.
pub async fn confirm(t: &mut Turn<'_>, d: ReportDraft) -> HandlerResult {
    let submission = submission(d, t.now)?;
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
    // Saving a report changes none of her roles: the menu reuses them.
    show_menu_for(t, &principal, "menu-shown");
    Ok(())
}

/// The report her draft describes; a draft missing a step is stale. Told now unless she
/// said when she began.
fn submission(d: ReportDraft, now: DateTime<Utc>) -> Result<Submission, ServiceError> {
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
    let place = match d.place {
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
    Ok(Submission {
        quartier,
        category,
        when,
        told_at: d.told_at.unwrap_or(now),
        place,
        text: d.text,
        voice: d.voice,
        photos: d.photos,
        audience,
        anonymous: d.anonymous.unwrap_or(true),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_summary_shows_the_first_200_characters_of_her_text_and_says_when_there_is_more() {
        let exact = "é".repeat(200);
        assert_eq!(excerpt(&exact), exact);
        let long = "é".repeat(201);
        assert_eq!(excerpt(&long), format!("{exact}…"));
    }

    #[test]
    fn a_draft_missing_a_step_is_not_submitted() {
        let now = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let draft = ReportDraft {
            quartier: Some(crate::domain::QuartierId(1)),
            category: Some(Category::Neighbours),
            when: Some(WhenChoice::EarlierToday),
            audience: Some(Audience::WithRelays),
            ..ReportDraft::default()
        };
        assert!(matches!(
            submission(draft.clone(), now),
            Err(ServiceError::Stale)
        ));
        let draft = ReportDraft {
            slot: Some(TimeSlot::EarlyMorning),
            ..draft
        };
        let submitted = submission(draft, now).expect("complete");
        assert_eq!(submitted.told_at, now);
        assert!(submitted.anonymous, "anonymous unless she chose otherwise");
    }
}
