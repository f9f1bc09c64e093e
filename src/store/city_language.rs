//! A city's default language: the version its broadcasts fall back to (NULL: the
//! instance's `DEFAULT_LOCALE`).

use sqlx::SqliteConnection;

use crate::domain::{CityId, Locale};

/// The language the city's coordinator chose, if any.
pub async fn get(conn: &mut SqliteConnection, city: CityId) -> sqlx::Result<Option<Locale>> {
    let stored: Option<Option<String>> =
        sqlx::query_scalar("SELECT default_locale FROM city WHERE id = ?")
            .bind(city.0)
            .fetch_optional(conn)
            .await?;
    Ok(stored.flatten().and_then(|l| Locale::parse(&l).ok()))
}

pub async fn set(conn: &mut SqliteConnection, city: CityId, locale: &Locale) -> sqlx::Result<()> {
    sqlx::query("UPDATE city SET default_locale = ? WHERE id = ?")
        .bind(locale.as_str())
        .bind(city.0)
        .execute(conn)
        .await
        .map(drop)
}
