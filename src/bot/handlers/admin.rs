//! `/newcity` (operator) and `/newquartier` (coordinator of the city, or operator).

use super::{HandlerResult, domain_message};
use crate::bot::callback::Callback;
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{
    Action, CityId, CityName, QuartierName, QuartierPrefix, time::parse_time_zone,
};
use crate::i18n::Msg;
use crate::services::{ServiceError, administration};

pub async fn new_city(t: &mut Turn<'_>, args: &str) -> HandlerResult {
    if !t.principal().await?.may(Action::CreateCity) {
        return Err(ServiceError::NotAllowed);
    }
    if args.is_empty() {
        t.state = State::CityName;
        t.replies
            .say(Msg::new("newcity-ask").plain("tz", t.ctx.timezone.name()));
        return Ok(());
    }
    city_typed(t, args).await
}

/// `Name [Area/Zone]`: a last word with a slash is the time zone.
pub async fn city_typed(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    let text = text.trim();
    let (name, tz) = match text.rsplit_once(char::is_whitespace) {
        Some((name, zone)) if zone.contains('/') => (name, Some(zone)),
        _ => (text, None),
    };
    let tz = match tz.map(parse_time_zone) {
        None => t.ctx.timezone,
        Some(Ok(tz)) => tz,
        Some(Err(e)) => {
            t.replies.say(domain_message(&e));
            return Ok(());
        }
    };
    let name = match CityName::parse(name) {
        Ok(name) => name,
        Err(e) => {
            t.replies.say(domain_message(&e));
            return Ok(());
        }
    };
    let principal = t.principal().await?;
    let by = t.person_id()?;
    administration::create_city(t.conn, &principal, by, &name, tz, t.now).await?;
    t.state = State::Idle;
    t.replies.say(
        Msg::new("newcity-created")
            .user("city", name.as_str())
            .plain("tz", tz.name()),
    );
    Ok(())
}

pub async fn new_quartier(t: &mut Turn<'_>, args: &str) -> HandlerResult {
    let principal = t.principal().await?;
    let cities = administration::cities_for_quartier(t.conn, &principal).await?;
    if cities.is_empty() {
        if !principal.is_admin {
            return Err(ServiceError::NotAllowed);
        }
        t.state = State::Idle;
        t.replies.say("no-city-yet");
        return Ok(());
    }
    if args.is_empty() {
        t.state = State::QuartierDetails;
        t.replies.say("newquartier-ask");
        return Ok(());
    }
    quartier_typed(t, args).await
}

/// `PREFIX Name of the quartier`.
pub async fn quartier_typed(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    let (prefix, name) = text
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((text, ""));
    let parsed = QuartierPrefix::parse(prefix).and_then(|p| Ok((p, QuartierName::parse(name)?)));
    let (prefix, name) = match parsed {
        Ok(both) => both,
        Err(e) => {
            t.replies.say(domain_message(&e));
            t.replies.say("newquartier-ask");
            return Ok(());
        }
    };
    let principal = t.principal().await?;
    let cities = administration::cities_for_quartier(t.conn, &principal).await?;
    if let [(city, _)] = cities.as_slice() {
        return create_quartier(t, *city, prefix, name).await;
    }
    t.state = State::QuartierCity { prefix, name };
    let buttons = cities
        .into_iter()
        .map(|(id, name)| Button::raw(name, Callback::QuartierCity(id)));
    t.replies.say_with(
        vec![Msg::new("newquartier-choose-city")],
        Markup::column(buttons),
    );
    Ok(())
}

pub async fn create_quartier(
    t: &mut Turn<'_>,
    city: CityId,
    prefix: QuartierPrefix,
    name: QuartierName,
) -> HandlerResult {
    let principal = t.principal().await?;
    let by = t.person_id()?;
    let created =
        administration::create_quartier(t.conn, &principal, by, city, &prefix, &name, t.now).await;
    if let Err(ServiceError::Duplicate(id)) = created {
        t.replies.say(Msg::new(id).plain("prefix", prefix.as_str()));
        return Ok(());
    }
    created?;
    let city_name = crate::store::cities::get(t.conn, city)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    t.state = State::Idle;
    t.replies.say(
        Msg::new("newquartier-created")
            .user("quartier", name.as_str())
            .plain("prefix", prefix.as_str())
            .user("city", city_name),
    );
    Ok(())
}
