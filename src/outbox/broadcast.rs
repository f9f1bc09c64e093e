//! A broadcast's copy, resolved at send time: the version in the recipient's language of
//! that moment (else the broadcast's default language's), a voice note by its file id,
//! and the "understood" button. A person no longer in the audience, or a cancelled
//! broadcast, is skipped. The broadcasts of a claim are read once each, with which of
//! their recipients in the claim are still in the audience: a few queries per claim,
//! whatever the number of rows.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::broadcast::version_for;
use crate::domain::{BroadcastId, Locale, PersonId};
use crate::i18n::{Arg, Localizer, Msg};
use crate::services::broadcasts::Sendable;

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

/// The broadcasts of one claim, each read once.
#[derive(Default)]
pub(super) struct Broadcasts(HashMap<BroadcastId, Result<Sendable, &'static str>>);

impl Broadcasts {
    /// Reads the broadcasts of these claimed rows (their messages and recipients).
    pub(super) async fn load<'a>(
        conn: &mut SqliteConnection,
        rows: impl Iterator<Item = (&'a str, Option<i64>)>,
        now: DateTime<Utc>,
    ) -> sqlx::Result<Broadcasts> {
        let people = super::people_by_id(rows, "broadcast");
        let mut out = Broadcasts::default();
        for (id, persons) in people {
            let id = BroadcastId(id);
            let found = crate::services::broadcasts::copies_for(conn, id, &persons, now).await?;
            out.0.insert(id, found);
        }
        Ok(out)
    }

    /// The copy of one row: `person` (None for a group) reading `locale`.
    pub(super) fn copy(
        &self,
        localizer: &Localizer,
        message: &Msg,
        person: Option<i64>,
        locale: &Locale,
    ) -> Result<Copy, &'static str> {
        let id = broadcast_id(message).ok_or("no broadcast id")?;
        let Sendable {
            broadcast: b,
            versions,
            still,
        } = self
            .0
            .get(&id)
            .ok_or("broadcast gone")?
            .as_ref()
            .map_err(|why| *why)?;
        let person = person.map(PersonId);
        if person.is_some_and(|p| !still.contains(&p)) {
            return Err("no longer in the audience");
        }
        // A group reads the broadcast's default language.
        let locale = if person.is_some() {
            locale
        } else {
            &b.default_locale
        };
        let version = version_for(versions, locale, &b.default_locale)
            .or_else(|| versions.iter().find(|v| !v.is_empty()))
            .filter(|v| !v.is_empty())
            .ok_or("content erased")?;
        let label = localizer.render(locale, &Msg::new("broadcast-understood-button"));
        let button = person.map(|_| {
            (
                label,
                crate::bot::callback::Callback::Understood(id).encode(),
            )
        });
        Ok(Copy {
            text: version
                .text
                .as_deref()
                .map(teloxide::utils::html::escape)
                .unwrap_or_default(),
            voice: version.voice.clone(),
            button,
        })
    }
}
