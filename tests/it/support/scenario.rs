//! The city most in-process tests start from, and small readers of its reports.

use agenda_mmm::bot::callback::{Callback, ReportButton};
use agenda_mmm::domain::Role;

use super::dialogue::{Harness, Person, person};

pub const ADMIN: Person = person(1, Some("fr"));
pub const COORDINATOR: Person = person(2, Some("fr"));

/// The operator, the city of Roubaix, its coordinator Claire and quartier BEL
/// (Belleville).
pub async fn roubaix() -> Harness {
    let mut h = Harness::new(&[ADMIN.id]).await;
    h.join(&ADMIN, None, "fr", None).await;
    h.text(&ADMIN, "/newcity Roubaix").await;
    let code = h.invite(&ADMIN, Role::Coordinator, None).await;
    h.join(&COORDINATOR, Some(&code), "fr", Some("Claire"))
        .await;
    h.text(&COORDINATOR, "/newquartier BEL Belleville").await;
    h
}

/// A button of the report flow.
pub fn r(b: ReportButton) -> Callback {
    Callback::Report(b)
}

/// One number read from the database.
pub async fn count(h: &Harness, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&h.ctx.pool)
        .await
        .unwrap()
}

/// The id of the last report made.
pub async fn last_report(h: &Harness) -> i64 {
    count(h, "SELECT MAX(id) FROM report").await
}
