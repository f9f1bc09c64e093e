//! The coordinators of a city are told when one of its actions is blocked (with why) or
//! done (with what was done): through the outbox, in each one's language, one message per
//! change — never to the carrier herself, nor to whoever made the change.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::solutions::ActionStatus;
use crate::domain::{PersonId, Role, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::actions::ActionRow;
use crate::store::roles;

/// The kind of these rows (they carry an *📂 Open* button, see `outbox::buttons`).
pub const NEWS_KIND: &str = "action_news";

/// Tells the city's coordinators that `a` is now `to` (blocked or done; nothing for the
/// other statuses). The key holds the change's time: one message per change.
pub async fn tell_coordinators(
    conn: &mut SqliteConnection,
    a: &ActionRow,
    by: PersonId,
    to: ActionStatus,
    note: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    let id = match to {
        ActionStatus::Blocked => "actions-news-blocked",
        ActionStatus::Done => "actions-news-done",
        ActionStatus::Open | ActionStatus::Started => return Ok(()),
    };
    let city = Scope::City(a.city);
    for coordinator in roles::holders_in_city(&mut *conn, Role::Coordinator, city, now).await? {
        if coordinator == by || Some(coordinator) == a.carrier {
            continue;
        }
        let msg = Msg::new(id)
            .num("action", a.id.0)
            .user("what", a.what.clone())
            .user("note", note);
        let key = format!(
            "action-news:{}:{}:{}:{coordinator}",
            a.id,
            to.as_str(),
            now.timestamp()
        );
        outbox::tell(&mut *conn, key, NEWS_KIND, coordinator, msg, now).await?;
    }
    Ok(())
}
