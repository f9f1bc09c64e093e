//! `/myreports`: her reports, newest first, with their status, and the questions waiting
//! for her answer.

use chrono_tz::Tz;

use super::HandlerResult;
use crate::bot::context::Turn;
use crate::bot::reply::Markup;
use crate::domain::Locale;
use crate::domain::time::format_date_time;
use crate::i18n::Msg;
use crate::services::{ServiceError, reports};
use crate::store::reports::OwnReport;
use crate::store::{self, cities};

/// `/myreports`: her reports, newest first, with their status.
pub async fn mine(t: &mut Turn<'_>) -> HandlerResult {
    let person = t.person_id()?;
    // Discreet mode: what this view shows is deleted once she leaves it.
    if t.person.as_ref().is_some_and(|p| p.discreet) {
        t.replies.track = true;
    }
    let list = store::reports::of_reporter(t.conn, person, 30).await?;
    if list.is_empty() {
        t.replies.say("myreports-none");
        return Ok(());
    }
    let questions_first = !store::followup::open_questions(t.conn, person)
        .await?
        .is_empty();
    let tz = her_time_zone(t).await?;
    let mut parts = vec![Msg::new("myreports-header")];
    parts.extend(list.iter().map(|r| entry(r, tz, &t.replies.locale)));
    t.replies.say_with(parts, Markup::None);
    // Solutions (issue 17): "what would help?" under her open reports.
    super::solutions::what_would_help(t).await?;
    if questions_first {
        super::followup::questions_for_reporter(t).await?;
    }
    Ok(())
}

/// Dates are shown in the time zone of the first quartier she may report in (Paris if none).
async fn her_time_zone(t: &mut Turn<'_>) -> Result<Tz, ServiceError> {
    let principal = t.principal().await?;
    let quartiers = reports::reportable_quartiers(t.conn, &principal).await?;
    Ok(match quartiers.first() {
        Some(q) => cities::time_zone(t.conn, q.city).await?,
        None => chrono_tz::Europe::Paris,
    })
}

/// One report: reference, category, status and the day and time it was made.
fn entry(r: &OwnReport, tz: Tz, locale: &Locale) -> Msg {
    Msg::new("myreports-entry")
        .plain("reference", r.reference.clone())
        .msg("category", r.category.message_id())
        .msg("status", r.status.message_id())
        .plain("date", format_date_time(r.created_at, tz, locale))
}
