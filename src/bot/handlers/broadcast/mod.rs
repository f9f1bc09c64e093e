//! `/broadcast` (composing: audience, a version per language in text or voice, previews,
//! send now or schedule), `/broadcasts` (her recent ones, cancel, report) and the
//! "Understood ✅" button. Rules live in `services::broadcasts`.

mod audience;
mod compose;
mod confirm;
mod own;

use super::{HandlerResult, stale};
use crate::bot::context::Turn;
use crate::domain::{BroadcastId, BroadcastProblem, Draft, Locale};
use crate::i18n::Msg;
use crate::services::ServiceError;
use crate::services::broadcasts as service;

pub use audience::{audience_button, start};
pub use compose::{review_button, version_attachment, version_text};
pub use confirm::when_typed;
pub use own::{figures_msg, list, own_button};

// Helpers shared by the composing and sending steps.

fn problem(t: &mut Turn<'_>, p: BroadcastProblem) {
    let msg = match p {
        BroadcastProblem::TooLong { max, over } => Msg::new(p.message_id())
            .num("max", max as i64)
            .num("over", over as i64),
        _ => Msg::new(p.message_id()),
    };
    t.replies.say(msg);
}

/// The version of those whose language has none: the city's default language (set in
/// `/settings`; else the instance's `DEFAULT_LOCALE`) if it has a version, else the first
/// language written.
async fn default_locale(t: &mut Turn<'_>, draft: &Draft) -> Result<Locale, ServiceError> {
    let instance = t.ctx.localizer.default_locale().clone();
    let preferred = match draft.audience.city {
        Some(city) => crate::services::city_language::default_for(t.conn, city, &instance).await?,
        None => instance,
    };
    Ok(draft.fallback(&preferred))
}

async fn city_tz(t: &mut Turn<'_>, draft: &Draft) -> Result<chrono_tz::Tz, ServiceError> {
    let city = draft.audience.city.ok_or(ServiceError::Stale)?;
    Ok(crate::store::cities::time_zone(t.conn, city).await?)
}

/// "Understood ✅": recorded once; answered discreetly on the button.
pub async fn understood(t: &mut Turn<'_>, query_id: &str, id: BroadcastId) -> HandlerResult {
    let me = t.person_id()?;
    let first = service::acknowledge(t.conn, me, id, t.now).await?;
    let id = if first {
        "broadcast-understood-thanks"
    } else {
        "broadcast-understood-already"
    };
    t.replies
        .outs
        .retain(|o| !matches!(o, crate::bot::reply::Out::Answer { .. }));
    t.replies.answer(query_id, Some(Msg::new(id)));
    Ok(())
}
