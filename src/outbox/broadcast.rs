//! A broadcast's copy, resolved at send time: the version in the recipient's language of
//! that moment (else the default language's), a voice note by its file id, and the
//! "understood" button. A person no longer in the audience, or a cancelled broadcast,
//! is skipped.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::broadcast::version_for;
use crate::domain::{BroadcastId, Locale, PersonId};
use crate::i18n::{Arg, Localizer, Msg};

/// What one copy carries.
pub struct Copy {
    pub text: String,
    pub voice: Option<String>,
    pub button: Option<(String, String)>,
}

fn broadcast_id(message: &Msg) -> Option<BroadcastId> {
    message.args.iter().find_map(|(name, arg)| match arg {
        Arg::Num(n) if name == "broadcast" => Some(BroadcastId(*n)),
        _ => None,
    })
}

pub(super) async fn copy(
    conn: &mut SqliteConnection,
    localizer: &Localizer,
    message: &Msg,
    person: Option<i64>,
    locale: &Locale,
    now: DateTime<Utc>,
) -> sqlx::Result<Result<Copy, &'static str>> {
    let Some(id) = broadcast_id(message) else {
        return Ok(Err("no broadcast id"));
    };
    let person = person.map(PersonId);
    let (b, versions) = match crate::services::broadcasts::copy_for(conn, id, person, now).await? {
        Ok(found) => found,
        Err(why) => return Ok(Err(why)),
    };
    // A group reads the broadcast's default language.
    let locale = if person.is_some() {
        locale
    } else {
        &b.default_locale
    };
    let Some(version) = version_for(&versions, locale, &b.default_locale)
        .or_else(|| versions.iter().find(|v| !v.is_empty()))
        .filter(|v| !v.is_empty())
    else {
        return Ok(Err("content erased"));
    };
    let label = localizer.render(locale, &Msg::new("broadcast-understood-button"));
    let button = person.map(|_| {
        (
            label,
            crate::bot::callback::Callback::Understood(id).encode(),
        )
    });
    Ok(Ok(Copy {
        text: version
            .text
            .as_deref()
            .map(teloxide::utils::html::escape)
            .unwrap_or_default(),
        voice: version.voice.clone(),
        button,
    }))
}
