//! `/broadcasts`: her recent broadcasts with their figures, and their buttons to cancel one
//! or read its report.

use super::HandlerResult;
use crate::bot::callback::{BroadcastButton, Callback};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::domain::BroadcastId;
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;
use crate::services::broadcasts as service;
use crate::store::broadcasts as store;

/// `/broadcasts`: her recent broadcasts with their figures.
pub async fn list(t: &mut Turn<'_>) -> HandlerResult {
    let me = t.person_id()?;
    let mine = store::by_author(t.conn, me, 10).await?;
    if mine.is_empty() {
        t.replies.say("broadcast-list-empty");
        return Ok(());
    }
    for b in mine {
        let f = service::figures(t.conn, &b).await?;
        let mut buttons = vec![Button::new(
            "broadcast-button-report",
            Callback::Broadcast(BroadcastButton::Report(b.id)),
        )];
        if matches!(b.status.as_str(), "scheduled" | "sending") {
            buttons.push(Button::new(
                "broadcast-button-cancel",
                Callback::Broadcast(BroadcastButton::Cancel(b.id)),
            ));
        }
        t.replies
            .say_with(vec![figures_msg(&b, &f)], Markup::Inline(vec![buttons]));
    }
    Ok(())
}

/// The figures of one broadcast, as its author reads them.
pub fn figures_msg(b: &store::Broadcast, f: &service::Figures) -> Msg {
    let total = f.total();
    let lines = f
        .by_language
        .iter()
        .map(|(lang, t)| {
            Arg::Nested(Box::new(
                Msg::new("broadcast-figures-line")
                    .plain("lang", lang.clone())
                    .num("delivered", t.delivered)
                    .num("queued", t.queued)
                    .num("unreachable", t.unreachable)
                    .num("failed", t.failed),
            ))
        })
        .collect();
    Msg::new("broadcast-figures")
        .num("id", b.id.0)
        .msg("status", status_id(&b.status))
        .num("delivered", total.delivered)
        .num("queued", total.queued)
        .num("unreachable", total.unreachable)
        .num("failed", total.failed)
        .num("withdrawn", total.withdrawn)
        .num("understood", f.understood)
        .arg("lines", Arg::List(lines))
}

fn status_id(status: &str) -> &'static str {
    match status {
        "scheduled" => "broadcast-status-scheduled",
        "sending" => "broadcast-status-sending",
        "cancelled" => "broadcast-status-cancelled",
        _ => "broadcast-status-done",
    }
}

/// A button of `/broadcasts` or of a confirmation: cancel, or the report.
pub async fn own_button(t: &mut Turn<'_>, b: BroadcastButton) -> HandlerResult {
    let me = t.person_id()?;
    match b {
        BroadcastButton::Cancel(id) => {
            let withdrawn = service::cancel(t.conn, me, id, t.now).await?;
            let b = store::get(t.conn, id).await?.ok_or(ServiceError::Stale)?;
            let f = service::figures(t.conn, &b).await?;
            t.replies.say(
                Msg::new("broadcast-cancelled")
                    .num("withdrawn", withdrawn as i64)
                    .num("gone", f.total().delivered),
            );
            Ok(())
        }
        BroadcastButton::Report(id) => report(t, id).await,
        _ => super::stale(t),
    }
}

async fn report(t: &mut Turn<'_>, id: BroadcastId) -> HandlerResult {
    let me = t.person_id()?;
    let b = store::get(t.conn, id).await?.ok_or(ServiceError::Stale)?;
    if b.author != Some(me) {
        return Err(ServiceError::NotAllowed);
    }
    let principal = t.principal().await?;
    let f = service::figures(t.conn, &b).await?;
    let (names, others) = service::not_understood(t.conn, &principal, &b, t.now).await?;
    let names = names.into_iter().map(Arg::User).collect();
    let waiting = Msg::new("broadcast-not-understood")
        .arg("names", Arg::List(names))
        .num("others", others as i64);
    t.replies
        .say_with(vec![figures_msg(&b, &f), waiting], Markup::None);
    Ok(())
}
