//! `/health`: a coordinator's view of her city — the figures of `/actions` (actions
//! overdue, reports waiting for a first triage, time to a first triage, meetings without
//! minutes) and its people and pace (members, active in the last 30 days, unreachable,
//! reports of the last 30 days, last meeting).

use super::HandlerResult;
use super::actions::health_figures;
use crate::bot::context::Turn;
use crate::bot::reply::Markup;
use crate::domain::time::format_day;
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;
use crate::services::health::{self, CityHealth};
use crate::store::cities;

pub async fn show(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let cities = health::cities(t.conn, &principal, t.now).await?;
    if cities.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    for city in cities {
        let last = last_meeting(t, &city).await?;
        let parts = vec![
            health_figures(&city.name, &city.health),
            community(&city, last),
        ];
        t.replies.say_with(parts, Markup::None);
    }
    Ok(())
}

/// The day of her city's last meeting, written as her language writes dates.
async fn last_meeting(t: &mut Turn<'_>, city: &CityHealth) -> Result<Option<String>, ServiceError> {
    let Some(at) = city.community.last_meeting else {
        return Ok(None);
    };
    let tz = cities::time_zone(t.conn, city.city).await?;
    Ok(Some(format_day(at, tz, &t.replies.locale)))
}

fn community(city: &CityHealth, last_meeting: Option<String>) -> Msg {
    let c = &city.community;
    let last = match last_meeting {
        Some(day) => Msg::new("health-last-meeting").plain("day", day),
        None => Msg::new("health-no-meeting"),
    };
    Msg::new("health-community")
        .num("members", c.members)
        .num("active", c.active)
        .num("unreachable", c.unreachable)
        .num("reports", c.reports_30_days)
        .arg("last", Arg::Nested(Box::new(last)))
}
