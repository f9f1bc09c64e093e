//! "Someone is in danger now": the numbers again, and the coordinators alerted.

use super::HandlerResult;
use crate::bot::context::Turn;
use crate::bot::reply::Markup;
use crate::i18n::Msg;
use crate::services::reports;

/// "Someone is in danger now", from any step: the numbers again, the coordinators alerted.
pub async fn danger(t: &mut Turn<'_>) -> HandlerResult {
    t.replies.say_with(
        vec![Msg::new("report-danger"), Msg::new("report-danger-alerted")],
        Markup::None,
    );
    let principal = t.principal().await?;
    let key = format!("danger:{}", t.inc.update_id);
    reports::alert_danger(t.conn, &principal, &key, t.now).await?;
    Ok(())
}
