//! A city's privacy settings: its controller, contact and retention of raw report content.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::{
    CityId, ControllerKind, ControllerName, PersonId, PrivacyContact, PrivacyField,
    PrivacySettings, RetentionMonths,
};

type Row = (
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
);

pub async fn get(conn: &mut SqliteConnection, city: CityId) -> sqlx::Result<PrivacySettings> {
    let (kind, controller, address, dpo, months): Row = sqlx::query_as(
        "SELECT controller_kind, controller_name, controller_address, dpo_contact,
                report_retention_months
         FROM city WHERE id = ?",
    )
    .bind(city.0)
    .fetch_one(conn)
    .await?;
    Ok(PrivacySettings {
        kind: ControllerKind::parse(&kind).unwrap_or_default(),
        controller: controller.and_then(|c| ControllerName::parse(&c).ok()),
        address: address.and_then(|a| PrivacyContact::parse(&a).ok()),
        dpo_contact: dpo.and_then(|d| PrivacyContact::parse(&d).ok()),
        report_retention: months
            .and_then(|m| u8::try_from(m).ok())
            .and_then(RetentionMonths::new),
    })
}

async fn touch(
    conn: &mut SqliteConnection,
    city: CityId,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE city SET privacy_updated_at = ?, privacy_updated_by = ? WHERE id = ?")
        .bind(now)
        .bind(by.0)
        .bind(city.0)
        .execute(conn)
        .await
        .map(drop)
}

/// Sets a typed setting (already parsed by the caller).
pub async fn set_text(
    conn: &mut SqliteConnection,
    city: CityId,
    field: PrivacyField,
    value: &str,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let sql = match field {
        PrivacyField::Controller => "UPDATE city SET controller_name = ? WHERE id = ?",
        PrivacyField::Address => "UPDATE city SET controller_address = ? WHERE id = ?",
        PrivacyField::DpoContact => "UPDATE city SET dpo_contact = ? WHERE id = ?",
    };
    sqlx::query(sql)
        .bind(value)
        .bind(city.0)
        .execute(&mut *conn)
        .await?;
    touch(conn, city, by, now).await
}

pub async fn set_kind(
    conn: &mut SqliteConnection,
    city: CityId,
    kind: ControllerKind,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE city SET controller_kind = ? WHERE id = ?")
        .bind(kind.as_str())
        .bind(city.0)
        .execute(&mut *conn)
        .await?;
    touch(conn, city, by, now).await
}

pub async fn set_retention(
    conn: &mut SqliteConnection,
    city: CityId,
    months: Option<RetentionMonths>,
    by: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE city SET report_retention_months = ? WHERE id = ?")
        .bind(months.map(|m| i64::from(m.get())))
        .bind(city.0)
        .execute(&mut *conn)
        .await?;
    touch(conn, city, by, now).await
}

/// Every city with the months it chose for raw report content (`None`: the default).
pub async fn retention_by_city(
    conn: &mut SqliteConnection,
) -> sqlx::Result<Vec<(CityId, Option<RetentionMonths>)>> {
    let rows: Vec<(i64, Option<i64>)> =
        sqlx::query_as("SELECT id, report_retention_months FROM city ORDER BY id")
            .fetch_all(conn)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(id, m)| {
            let months = m
                .and_then(|m| u8::try_from(m).ok())
                .and_then(RetentionMonths::new);
            (CityId(id), months)
        })
        .collect())
}
