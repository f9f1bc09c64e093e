//! "Someone is in danger now": the numbers again, and the coordinators alerted.

use super::HandlerResult;
use crate::bot::context::Turn;
use crate::bot::reply::Markup;
use crate::i18n::Msg;
use crate::services::reports;

/// "Someone is in danger now", from any step: the numbers again, the coordinators
/// alerted — and she is told so only when an alert was queued. Either way she is
/// reminded that the coordinator is not an emergency service.
pub async fn danger(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let key = format!("danger:{}", t.inc.update_id);
    let herself = t.person.as_ref().map(|p| p.id);
    let alerted = reports::alert_danger(t.conn, &principal, herself, &key, t.now).await?;
    let after = if alerted > 0 {
        "report-danger-alerted"
    } else {
        "report-danger-no-coordinator"
    };
    t.replies.say_with(
        vec![Msg::new("report-danger"), Msg::new(after)],
        Markup::None,
    );
    Ok(())
}
