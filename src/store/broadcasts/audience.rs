//! Who a broadcast's audience names: the people (and whether there is anyone at all), and
//! those of a list still named by it when it is sent.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::Broadcast;
use crate::domain::{Audience, CityId, Locale, PersonId};

/// The people an audience names at `now` (active role, a Telegram account), with their
/// language; the author herself excepted. City roles (coordinators, élus) are named only
/// when the audience is the whole city.
pub async fn recipients(
    conn: &mut SqliteConnection,
    audience: &Audience,
    city: CityId,
    except: Option<PersonId>,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<(PersonId, Locale)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT DISTINCT p.id, p.locale {AUDIENCE} ORDER BY p.id"
    ))
    .bind(now)
    .bind(city.0)
    .bind(roles_json(audience))
    .bind(quartiers_json(audience))
    .bind(except.map(|p| p.0))
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(p, l)| Some((PersonId(p), Locale::parse(&l).ok()?)))
        .collect())
}

/// Whether an audience names anyone at `now` (as [`recipients`], without reading them).
pub async fn any_recipient(
    conn: &mut SqliteConnection,
    audience: &Audience,
    city: CityId,
    except: Option<PersonId>,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    sqlx::query_scalar(&format!("SELECT EXISTS (SELECT 1 {AUDIENCE})"))
        .bind(now)
        .bind(city.0)
        .bind(roles_json(audience))
        .bind(quartiers_json(audience))
        .bind(except.map(|p| p.0))
        .fetch_one(conn)
        .await
}

/// The roles held at ?1 that an audience names (?2 city, ?3 roles, ?4 quartiers, none
/// meaning the whole city), joined to their holder `p` with a Telegram account, `p.id`
/// not ?5. One join from `role_assignment` by its index on (city, quartier): a
/// correlated subquery per person read every role of the city for each person when the
/// database had no statistics (1 s for 3,000 people; see BENCHMARKS.md).
const AUDIENCE: &str = "FROM role_assignment r JOIN person p ON p.id = r.person_id
    JOIN telegram_account a ON a.person_id = p.id
    WHERE r.city_id = ?2 AND r.starts_at <= ?1 AND (r.ends_at IS NULL OR r.ends_at > ?1)
      AND r.role IN (SELECT value FROM json_each(?3))
      AND (json_array_length(?4) = 0 OR r.quartier_id IN (SELECT value FROM json_each(?4)))
      AND p.id IS NOT ?5";

fn roles_json(a: &Audience) -> String {
    let roles: Vec<&str> = a.roles().into_iter().map(|r| r.as_str()).collect();
    serde_json::to_string(&roles).expect("roles serialise")
}

fn quartiers_json(a: &Audience) -> String {
    serde_json::to_string(&a.quartiers).expect("ids serialise")
}

/// Which of `people` are still named by a broadcast's audience (they may have left
/// their quartier or lost their role since it was confirmed), in one query.
pub async fn still_recipients(
    conn: &mut SqliteConnection,
    b: &Broadcast,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> sqlx::Result<std::collections::HashSet<PersonId>> {
    if people.is_empty() {
        return Ok(Default::default());
    }
    let ids: Vec<i64> = people.iter().map(|p| p.0).collect();
    // By each person's roles (`+r.city_id`: not the city's index, which would read
    // every role of the city for each of them).
    let found: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT r.person_id FROM json_each(?5) j
         JOIN role_assignment r ON r.person_id = j.value
         WHERE +r.city_id = ?2 AND r.starts_at <= ?1 AND (r.ends_at IS NULL OR r.ends_at > ?1)
           AND r.role IN (SELECT value FROM json_each(?3))
           AND (json_array_length(?4) = 0 OR r.quartier_id IN (SELECT value FROM json_each(?4)))",
    )
    .bind(now)
    .bind(b.city.0)
    .bind(roles_json(&b.audience))
    .bind(quartiers_json(&b.audience))
    .bind(serde_json::to_string(&ids).expect("ids serialise"))
    .fetch_all(conn)
    .await?;
    Ok(found.into_iter().map(PersonId).collect())
}
