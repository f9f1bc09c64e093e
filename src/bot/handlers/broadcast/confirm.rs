//! Sending a reviewed broadcast, now or at a date and time typed in the city's time zone,
//! and the confirmation with its cancel button.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

use super::{HandlerResult, city_tz, default_locale, problem};
use crate::bot::callback::{BroadcastButton, Callback};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::Draft;
use crate::i18n::Msg;
use crate::services::broadcasts::{self as service, Confirm};

/// A date and time typed for a scheduled sending, in the city's time zone.
pub async fn when_typed(t: &mut Turn<'_>, draft: Draft, text: &str) -> HandlerResult {
    let tz = city_tz(t, &draft).await?;
    let Some(at) = parse_when(text.trim(), tz) else {
        t.replies
            .say(Msg::new("broadcast-error-when").plain("timezone", tz.name()));
        return Ok(());
    };
    send(t, draft, Some(at)).await
}

/// "2025-06-01 18:30" or "01/06/2025 18:30", read in `tz`.
pub fn parse_when(text: &str, tz: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    let naive = [
        "%Y-%m-%d %H:%M",
        "%d/%m/%Y %H:%M",
        "%d/%m/%Y %Hh%M",
        "%Y-%m-%d %Hh%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())?;
    tz.from_local_datetime(&naive)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

pub(super) async fn send(
    t: &mut Turn<'_>,
    draft: Draft,
    at: Option<DateTime<Utc>>,
) -> HandlerResult {
    let principal = t.principal().await?;
    let default = default_locale(t, &draft).await?;
    let confirm = Confirm {
        author: t.person_id()?,
        chat: t.inc.chat_id,
        draft: &draft,
        default_locale: &default,
        send_at: at,
    };
    let done = match service::confirm(t.conn, &principal, confirm, t.now).await? {
        Ok(done) => done,
        Err(p) => {
            problem(t, p);
            return Ok(());
        }
    };
    t.state = State::Idle;
    let cancel = Markup::column([Button::new(
        "broadcast-button-cancel",
        Callback::Broadcast(BroadcastButton::Cancel(done.id)),
    )]);
    let msg = match at {
        None => Msg::new("broadcast-queued").num("count", done.queued as i64),
        Some(at) => {
            let tz = city_tz(t, &draft).await?;
            let when = crate::domain::time::format_date_time(at, tz, &t.replies.locale);
            Msg::new("broadcast-scheduled").plain("when", when)
        }
    };
    t.replies.say_with(vec![msg], cancel);
    Ok(())
}
