//! A city's default language: the version of a broadcast that people whose language has
//! none receive (and that its quartier groups read). Chosen by the city's coordinator
//! or the operator in `/settings`; until then, the instance's `DEFAULT_LOCALE`.

use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::{Action, CityId, Locale, Principal};
use crate::store::city_language as store;

/// The city's default language, else `instance` (the instance's `DEFAULT_LOCALE`).
pub async fn default_for(
    conn: &mut SqliteConnection,
    city: CityId,
    instance: &Locale,
) -> sqlx::Result<Locale> {
    Ok(store::get(conn, city)
        .await?
        .unwrap_or_else(|| instance.clone()))
}

/// Sets it; refused to anyone but the city's coordinators and the operator, and for a
/// language the bot does not ship (`shipped`).
pub async fn set(
    conn: &mut SqliteConnection,
    p: &Principal,
    city: CityId,
    locale: &Locale,
    shipped: bool,
) -> ServiceResult<()> {
    check(p, city)?;
    if !shipped {
        return Err(ServiceError::Stale);
    }
    store::set(conn, city, locale).await?;
    tracing::info!(city = city.0, "city default language set");
    Ok(())
}

/// The cities whose default language she may set, each with its language now.
pub async fn cities_to_set(
    conn: &mut SqliteConnection,
    p: &Principal,
    instance: &Locale,
) -> sqlx::Result<Vec<(crate::domain::City, Locale)>> {
    let mut out = vec![];
    for city in crate::store::cities::all(conn).await? {
        if p.may(Action::SetCityLanguage(city.id)) {
            let locale = default_for(conn, city.id, instance).await?;
            out.push((city, locale));
        }
    }
    Ok(out)
}

/// Refuses someone who may not set this city's language (a forged button).
pub fn check(p: &Principal, city: CityId) -> ServiceResult<()> {
    if p.may(Action::SetCityLanguage(city)) {
        Ok(())
    } else {
        Err(ServiceError::NotAllowed)
    }
}
