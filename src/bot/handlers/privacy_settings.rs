//! A city's privacy settings, for its coordinator (from `/settings`): the controller,
//! its address, the data-protection contact, the legal basis, the retention of reports.

use super::privacy::given;
use super::{HandlerResult, bounded_text};
use crate::bot::callback::{Callback, PrivacyButton};
use crate::bot::context::{Retention, Turn};
use crate::bot::reply::{Button, Label, Markup};
use crate::bot::state::State;
use crate::domain::{CityId, PrivacyField, RetentionMonths};
use crate::i18n::{Arg, Msg};
use crate::services::{ServiceError, privacy};

/// The buttons `/settings` adds for the cities she may set.
pub async fn buttons(t: &mut Turn<'_>) -> Result<Vec<Button>, ServiceError> {
    let principal = t.principal().await?;
    let cities = privacy::cities_to_set(t.conn, &principal).await?;
    Ok(cities
        .into_iter()
        .map(|c| Button {
            label: Label::Msg(Msg::new("button-privacy-city").user("city", c.name)),
            callback: Callback::Privacy(PrivacyButton::City(c.id)),
        })
        .collect())
}

fn person(t: &Turn<'_>) -> Result<crate::domain::PersonId, ServiceError> {
    t.person.as_ref().map(|p| p.id).ok_or(ServiceError::Stale)
}

pub async fn show(t: &mut Turn<'_>, city: CityId) -> HandlerResult {
    let principal = t.principal().await?;
    let (c, s) = privacy::settings(t.conn, &principal, city).await?;
    let msg = Msg::new("privacy-settings")
        .user("city", &c.name)
        .msg("kind", s.kind.message_id());
    let msg = given(msg, "controller", s.controller.as_ref().map(|v| v.as_str()));
    let msg = given(msg, "address", s.address.as_ref().map(|v| v.as_str()));
    let msg = given(msg, "contact", s.dpo_contact.as_ref().map(|v| v.as_str()));
    let default_months = Retention::months(t.ctx.retention.report_days);
    let msg = msg.arg("retention", retention(s.report_retention, default_months));
    let mut parts = vec![];
    if s.controller.is_none() {
        parts.push(Msg::new("privacy-settings-not-named"));
    }
    parts.push(msg);
    t.replies.say_with(parts, edit_buttons(city));
    Ok(())
}

/// How long the city keeps reports: the months it chose, or the default.
fn retention(chosen: Option<RetentionMonths>, default_months: i64) -> Arg {
    let msg = match chosen {
        Some(m) => Msg::new("privacy-retention-months").num("months", i64::from(m.get())),
        None => Msg::new("privacy-retention-default").num("months", default_months),
    };
    Arg::Nested(Box::new(msg))
}

/// One button per setting she may change.
fn edit_buttons(city: CityId) -> Markup {
    let b = |id: &'static str, p: PrivacyButton| Button::new(id, Callback::Privacy(p));
    let edit = |field| PrivacyButton::Edit(city, field);
    Markup::column([
        b("button-privacy-controller", edit(PrivacyField::Controller)),
        b("button-privacy-address", edit(PrivacyField::Address)),
        b("button-privacy-contact", edit(PrivacyField::DpoContact)),
        b("button-privacy-kind", PrivacyButton::SwitchKind(city)),
        b("button-privacy-retention", PrivacyButton::Retention(city)),
    ])
}

/// A reminder in `/settings` for each city she may set whose controller is not named.
pub async fn reminders(t: &mut Turn<'_>) -> Result<Vec<Msg>, ServiceError> {
    let principal = t.principal().await?;
    let cities = privacy::controller_not_named(t.conn, &principal).await?;
    Ok(cities
        .into_iter()
        .map(|c| Msg::new("settings-privacy-reminder").user("city", c.name))
        .collect())
}

pub async fn edit(t: &mut Turn<'_>, city: CityId, field: PrivacyField) -> HandlerResult {
    let principal = t.principal().await?;
    privacy::settings(t.conn, &principal, city).await?;
    t.state = State::PrivacyText { city, field };
    t.replies.say(match field {
        PrivacyField::Controller => "privacy-ask-controller",
        PrivacyField::Address => "privacy-ask-address",
        PrivacyField::DpoContact => "privacy-ask-contact",
    });
    Ok(())
}

pub async fn typed(
    t: &mut Turn<'_>,
    city: CityId,
    field: PrivacyField,
    text: &str,
) -> HandlerResult {
    let Some(text) = bounded_text(t, text, 200) else {
        return Ok(());
    };
    let principal = t.principal().await?;
    let actor = person(t)?;
    privacy::set_text(t.conn, &principal, actor, city, field, &text, t.now).await?;
    t.state = State::Idle;
    t.replies.say("privacy-saved");
    show(t, city).await
}

pub async fn switch_kind(t: &mut Turn<'_>, city: CityId) -> HandlerResult {
    let principal = t.principal().await?;
    privacy::switch_kind(t.conn, &principal, person(t)?, city, t.now).await?;
    show(t, city).await
}

pub async fn cycle_retention(t: &mut Turn<'_>, city: CityId) -> HandlerResult {
    let principal = t.principal().await?;
    privacy::cycle_retention(t.conn, &principal, person(t)?, city, t.now).await?;
    show(t, city).await
}
