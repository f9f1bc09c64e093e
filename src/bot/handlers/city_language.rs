//! `/settings`: a city's default language, the version of a broadcast that people whose
//! language has none receive. For the city's coordinators and the operator.

use super::HandlerResult;
use crate::bot::callback::{Callback, CityLanguageButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::domain::{CityId, Locale};
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::city_language as service;

/// Her cities' default languages, with a button to change each.
pub async fn settings(
    t: &mut Turn<'_>,
    parts: &mut Vec<Msg>,
    buttons: &mut Vec<Button>,
) -> Result<(), ServiceError> {
    let principal = t.principal().await?;
    let instance = t.ctx.localizer.default_locale().clone();
    for (city, locale) in service::cities_to_set(t.conn, &principal, &instance).await? {
        let name = t.ctx.localizer.render(&locale, &Msg::new("language-name"));
        parts.push(
            Msg::new("settings-city-language")
                .user("city", city.name.clone())
                .plain("lang", name),
        );
        buttons.push(Button {
            label: crate::bot::reply::Label::Msg(
                Msg::new("button-city-language").user("city", city.name.clone()),
            ),
            callback: Callback::CityLanguage(CityLanguageButton::Choose(city.id)),
        });
    }
    Ok(())
}

pub async fn act(t: &mut Turn<'_>, b: CityLanguageButton) -> HandlerResult {
    match b {
        CityLanguageButton::Choose(city) => choose(t, city).await,
        CityLanguageButton::Set(city, locale) => set(t, city, locale).await,
    }
}

/// The shipped languages, each named in itself.
async fn choose(t: &mut Turn<'_>, city: CityId) -> HandlerResult {
    service::check(&t.principal().await?, city)?;
    let locales: Vec<Locale> = t.ctx.localizer.locales().cloned().collect();
    let buttons = locales.into_iter().map(|l| {
        let name = t.ctx.localizer.render(&l, &Msg::new("language-name"));
        Button::raw(
            name,
            Callback::CityLanguage(CityLanguageButton::Set(city, l)),
        )
    });
    let markup = Markup::column(buttons.collect::<Vec<_>>());
    t.replies
        .say_with(vec![Msg::new("city-language-choose")], markup);
    Ok(())
}

async fn set(t: &mut Turn<'_>, city: CityId, locale: Locale) -> HandlerResult {
    let principal = t.principal().await?;
    let shipped = t.ctx.localizer.has(&locale);
    service::set(t.conn, &principal, city, &locale, shipped).await?;
    let name = t.ctx.localizer.render(&locale, &Msg::new("language-name"));
    t.replies
        .say(Msg::new("city-language-set").plain("lang", name));
    Ok(())
}
