//! `/settings` (discreet mode, first name) and `/language`.

use super::{HandlerResult, domain_message, show_menu};
use crate::bot::callback::{Callback, SettingsAction};
use crate::bot::context::Turn;
use crate::bot::keyboards::languages;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{FirstName, Locale, Person};
use crate::i18n::{Localizer, Msg};
use crate::services::ServiceError;
use crate::store::persons;

pub async fn show(t: &mut Turn<'_>) -> HandlerResult {
    let person = t.person.clone().ok_or(ServiceError::Stale)?;
    let mut parts = vec![summary(&t.ctx.localizer, &person)];
    let mut buttons = buttons(&person);
    if triages(t).await? {
        let setting = persons::alerts(t.conn, person.id).await?;
        parts.push(Msg::new("settings-alerts").msg("alerts", setting.message_id()));
        buttons.push(Button::new(
            "button-alerts",
            Callback::Settings(SettingsAction::Alerts),
        ));
    }
    parts.extend(super::privacy_settings::reminders(t).await?);
    buttons.extend(super::privacy_settings::buttons(t).await?);
    group_admits(t, &mut parts, &mut buttons).await?;
    super::city_language::settings(t, &mut parts, &mut buttons).await?;
    let (digest_parts, digest_buttons) = super::digest::settings_lines(t).await?;
    parts.extend(digest_parts);
    buttons.extend(digest_buttons);
    t.replies.say_with(parts, Markup::column(buttons));
    Ok(())
}

/// For whoever sets a city's rules: who its quartier groups let in besides mothers,
/// relays and facilitators, with a button to switch each.
async fn group_admits(
    t: &mut Turn<'_>,
    parts: &mut Vec<Msg>,
    buttons: &mut Vec<Button>,
) -> Result<(), ServiceError> {
    let principal = t.principal().await?;
    for city in crate::services::privacy::cities_to_set(t.conn, &principal).await? {
        let policy = crate::store::groups::policy(t.conn, city.id).await?;
        let on_off = |on: bool| if on { "settings-on" } else { "settings-off" };
        parts.push(
            Msg::new("settings-group-admits")
                .user("city", city.name.clone())
                .msg("actors", on_off(policy.actors))
                .msg("elected", on_off(policy.elected)),
        );
        for (role, id) in [
            (crate::domain::Role::Actor, "button-group-actors"),
            (crate::domain::Role::Elected, "button-group-elected"),
        ] {
            buttons.push(Button {
                label: crate::bot::reply::Label::Msg(Msg::new(id).user("city", city.name.clone())),
                callback: Callback::GroupAdmits(city.id, role),
            });
        }
    }
    Ok(())
}

/// Switches whether a city's quartier groups let in local actors (or élus); those the
/// bot let in and no longer may be are taken out by the next sweep.
pub async fn toggle_group_admits(
    t: &mut Turn<'_>,
    city: crate::domain::CityId,
    role: crate::domain::Role,
) -> HandlerResult {
    let principal = t.principal().await?;
    crate::services::groups::toggle_policy(t.conn, &principal, city, role).await?;
    show(t).await
}

/// Her settings: language, discreet mode, first name.
fn summary(localizer: &Localizer, person: &Person) -> Msg {
    let language = localizer.render(&person.locale, &Msg::new("language-name"));
    let discreet = if person.discreet {
        "settings-on"
    } else {
        "settings-off"
    };
    let summary = Msg::new("settings-summary")
        .plain("language", language)
        .msg("discreet", discreet);
    match &person.first_name {
        Some(name) => summary.user("name", name.as_str()),
        None => summary.msg("name", "settings-name-none"),
    }
}

/// What every member may change: discreet mode, her first name (or remove it), language.
fn buttons(person: &Person) -> Vec<Button> {
    let button = |id, action| Button::new(id, Callback::Settings(action));
    let mut buttons = vec![
        button("button-toggle-discreet", SettingsAction::ToggleDiscreet),
        button("button-change-name", SettingsAction::ChangeName),
    ];
    if person.first_name.is_some() {
        buttons.push(button("button-remove-name", SettingsAction::RemoveName));
    }
    buttons.push(button("button-change-language", SettingsAction::Language));
    buttons
}

/// Whether she reads raw reports somewhere (and so may choose how to hear of them).
async fn triages(t: &mut Turn<'_>) -> Result<bool, ServiceError> {
    let principal = t.principal().await?;
    Ok(!crate::services::triage::quartiers(t.conn, &principal)
        .await?
        .is_empty())
}

pub async fn choose_language(t: &mut Turn<'_>) -> HandlerResult {
    if t.person.is_none() {
        // Before registration, /language restarts the language step of onboarding.
        let code = match std::mem::take(&mut t.state) {
            State::Language { code }
            | State::Notice { code, .. }
            | State::FirstName { code, .. } => code,
            State::DiscreetChoice { code, .. } => code,
            _ => None,
        };
        t.state = State::Language { code };
        return super::onboarding::prompt(t).await;
    }
    let markup = languages(&t.ctx.localizer, &t.replies.locale);
    t.replies
        .say_with(vec![Msg::new("language-choose")], markup);
    Ok(())
}

pub async fn set_language(t: &mut Turn<'_>, locale: Locale) -> HandlerResult {
    let person = t.person.as_mut().ok_or(ServiceError::Stale)?;
    if !t.ctx.localizer.has(&locale) {
        return Err(ServiceError::Stale);
    }
    persons::set_locale(t.conn, person.id, &locale).await?;
    person.locale = locale.clone();
    let person = person.id;
    t.replies.locale = locale;
    t.refresh_commands(person).await?;
    show_menu(t, "language-changed").await
}

pub async fn act(t: &mut Turn<'_>, action: SettingsAction) -> HandlerResult {
    let person = t.person.clone().ok_or(ServiceError::Stale)?;
    match action {
        SettingsAction::ToggleDiscreet => {
            let on = !person.discreet;
            persons::set_discreet(t.conn, person.id, on).await?;
            if let Some(p) = t.person.as_mut() {
                p.discreet = on;
            }
            let state = if on { "settings-on" } else { "settings-off" };
            t.replies
                .say(Msg::new("settings-discreet-changed").msg("state", state));
        }
        SettingsAction::ChangeName => {
            t.state = State::NewFirstName;
            t.replies.say("settings-ask-name");
        }
        SettingsAction::RemoveName => {
            persons::set_first_name(t.conn, person.id, None).await?;
            t.replies.say("settings-name-removed");
        }
        SettingsAction::Language => return choose_language(t).await,
        SettingsAction::Alerts => {
            if !triages(t).await? {
                return Err(ServiceError::NotAllowed);
            }
            let next = persons::alerts(t.conn, person.id).await?.next();
            persons::set_alerts(t.conn, person.id, next).await?;
            t.replies
                .say(Msg::new("settings-alerts").msg("alerts", next.message_id()));
        }
    }
    Ok(())
}

pub async fn name_typed(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    let person = t.person.clone().ok_or(ServiceError::Stale)?;
    match FirstName::parse(text) {
        Ok(name) => {
            persons::set_first_name(t.conn, person.id, Some(&name)).await?;
            t.state = State::Idle;
            t.replies.say("settings-name-saved");
        }
        Err(e) => t.replies.say(domain_message(&e)),
    }
    Ok(())
}
