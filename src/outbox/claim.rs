//! The claim: due rows leased and resolved at once — her chat and current language, a
//! broadcast's copy or a meeting's message as they stand now; a row that cannot go
//! anywhere (she blocked the bot, her account or the content is gone) is settled here.

use chrono::{DateTime, Utc};
use sqlx::{Sqlite, SqlitePool, Transaction};

use super::{
    COMMANDS_KIND, Delivery, broadcast, buttons, command_names, digest, door, meeting, settle,
};
use crate::domain::{Locale, QuartierId};
use crate::i18n::{Localizer, Msg};
use crate::services::{broadcasts, digest as digests, meetings};

/// A due row with what its recipient needs, read in one query (no lookup per row).
#[derive(sqlx::FromRow)]
struct ClaimedRow {
    id: i64,
    person_id: Option<i64>,
    quartier_id: Option<i64>,
    message: Option<String>,
    attachment: Option<Vec<u8>>,
    attempts: i64,
    delete_ids: Option<String>,
    created_at: DateTime<Utc>,
    kind: String,
    /// Her chat, if her person and account still exist.
    chat_id: Option<i64>,
    locale: Option<String>,
    unreachable: bool,
    /// The quartier's linked group, for a row to a group.
    group_chat_id: Option<i64>,
}

impl ClaimedRow {
    /// Where the row goes and in which language, or why it cannot go anywhere.
    fn target(&self, group_locale: &Locale) -> Result<(i64, Locale), &'static str> {
        match (self.person_id, self.quartier_id) {
            (Some(_), _) => match (self.chat_id, &self.locale) {
                (None, _) | (_, None) => Err("no account"),
                _ if self.unreachable => Err("unreachable"),
                (Some(chat), Some(locale)) => Locale::parse(locale)
                    .map(|l| (chat, l))
                    .map_err(|_| "bad locale"),
            },
            (None, Some(_)) => self
                .group_chat_id
                .map(|c| (c, group_locale.clone()))
                .ok_or("no linked group"),
            (None, None) => Err("no recipient"),
        }
    }
}

/// Claims up to `limit` due rows for `lease`, and resolves each: her chat and current
/// language (a person unreachable or gone is settled here, without sending). The rows and
/// their recipients are read in one query, under the write lock, then leased at once.
pub async fn claim(
    pool: &SqlitePool,
    localizer: &Localizer,
    now: DateTime<Utc>,
    lease: chrono::Duration,
    limit: i64,
) -> sqlx::Result<Vec<Delivery>> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let rows = lease_due(&mut tx, now, lease, limit).await?;
    let copies = Copies::load(&mut tx, &rows, now).await?;
    let mut out = Vec::with_capacity(rows.len());
    // Digest pictures, drawn once the transaction is over: (index in `out`, row, language).
    let mut pictures = vec![];
    for row in rows {
        let id = row.id;
        match resolve(row, localizer, &copies, now) {
            Ok((delivery, picture)) => {
                if let Some((message, locale)) = picture {
                    pictures.push((out.len(), message, locale));
                }
                out.push(delivery);
            }
            Err("unreachable") => {
                settle(&mut tx, id, "unreachable", Some("blocked the bot"), now).await?
            }
            Err(why) => settle(&mut tx, id, "cancelled", Some(why), now).await?,
        }
    }
    tx.commit().await?;
    for (i, message, locale) in pictures {
        if let Some(png) = digest::picture(localizer, &message, &locale) {
            out[i].attachment = Some(png);
        }
    }
    Ok(out)
}

/// The due rows with their recipients, leased for `lease`.
async fn lease_due(
    tx: &mut Transaction<'_, Sqlite>,
    now: DateTime<Utc>,
    lease: chrono::Duration,
    limit: i64,
) -> sqlx::Result<Vec<ClaimedRow>> {
    let rows: Vec<ClaimedRow> = sqlx::query_as(
        "SELECT o.id, o.person_id, o.quartier_id, o.message, o.attachment, o.attempts,
             o.delete_ids, o.created_at, o.kind, a.chat_id, p.locale,
             p.unreachable_at IS NOT NULL AS unreachable, q.group_chat_id
         FROM outbox o
         LEFT JOIN person p ON p.id = o.person_id
         LEFT JOIN telegram_account a ON a.person_id = o.person_id
         LEFT JOIN quartier q ON q.id = o.quartier_id
         WHERE o.status = 'queued' AND o.not_before <= ?1
           AND (o.lease_until IS NULL OR o.lease_until <= ?1)
         ORDER BY o.not_before, o.id LIMIT ?2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&mut **tx)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    sqlx::query("UPDATE outbox SET lease_until = ? WHERE id IN (SELECT value FROM json_each(?))")
        .bind(now + lease)
        .bind(serde_json::to_string(&ids).expect("numbers"))
        .execute(&mut **tx)
        .await?;
    Ok(rows)
}

/// The broadcasts and meetings of a claim, each read once for all its rows.
struct Copies {
    broadcasts: broadcast::Broadcasts,
    meetings: meeting::Meetings,
}

impl Copies {
    async fn load(
        tx: &mut Transaction<'_, Sqlite>,
        rows: &[ClaimedRow],
        now: DateTime<Utc>,
    ) -> sqlx::Result<Copies> {
        let of = |kind: &'static str| {
            rows.iter()
                .filter(move |r| r.kind == kind)
                .filter_map(|r| Some((r.message.as_deref()?, r.person_id)))
        };
        Ok(Copies {
            broadcasts: broadcast::Broadcasts::load(tx, of(broadcasts::KIND), now).await?,
            meetings: meeting::Meetings::load(tx, of(meetings::KIND), now).await?,
        })
    }
}

/// A digest's picture to draw after the transaction: its message, in her language.
type Picture = (Msg, Locale);

/// One row made a delivery in her language of this moment — with, for a digest, the
/// picture to draw after the transaction — or why it cannot go.
fn resolve(
    row: ClaimedRow,
    localizer: &Localizer,
    copies: &Copies,
    now: DateTime<Utc>,
) -> Result<(Delivery, Option<Picture>), &'static str> {
    let (chat_id, locale) = row.target(localizer.default_locale())?;
    // Erased content and a message no version wrote are both cancelled, by name.
    let message: Msg = match row.message.as_deref() {
        None => Err("content erased"),
        Some(m) => serde_json::from_str(m).map_err(|_| "unreadable message"),
    }?;
    // A broadcast's copy is resolved now: her language of this moment, and whether she is
    // still in its audience; a meeting's message too: the meeting as it stands (or
    // skipped: cancelled, started, she declined).
    let kind = row.kind.as_str();
    let copy = match kind {
        broadcasts::KIND => Some(copies.broadcasts.copy(
            localizer,
            &message,
            row.person_id,
            &locale,
        )?),
        digests::KIND => Some(digest::copy(localizer, &message, &locale)?),
        _ => None,
    };
    let meeting = match kind {
        meetings::KIND => copies
            .meetings
            .copy(localizer, &message, row.person_id, &locale, now)?,
        _ => Default::default(),
    };
    let (text, voice, button) = match copy {
        Some(c) => (c.text, c.voice, c.button),
        None if kind == meetings::KIND => (meeting.text.clone(), None, None),
        None => (plain_text(kind, localizer, &locale, &message), None, None),
    };
    let picture = (kind == digests::KIND).then(|| (message.clone(), locale.clone()));
    let delivery = Delivery {
        id: row.id,
        chat_id,
        door: door::action(kind, &message),
        text,
        commands: (kind == COMMANDS_KIND)
            .then(|| localizer.commands(&locale, command_names(&message))),
        attachment: row.attachment,
        attempts: row.attempts as u32,
        quartier: row.quartier_id.map(QuartierId),
        delete_ids: row
            .delete_ids
            .and_then(|d| serde_json::from_str(&d).ok())
            .unwrap_or_default(),
        queued_at: Some(row.created_at),
        voice,
        button,
        keyboard: meeting.keyboard,
        document: meeting.document,
        location: meeting.location,
        files: meeting.files,
        buttons: buttons::of(kind, &message, localizer, &locale),
    };
    Ok((delivery, picture))
}

/// The text of a row that is neither a broadcast, a digest nor a meeting: none for a
/// command list or a door's action, else the message in her language.
fn plain_text(kind: &str, localizer: &Localizer, locale: &Locale, message: &Msg) -> String {
    match kind {
        COMMANDS_KIND | door::APPROVE_KIND | door::DECLINE_KIND | door::REMOVE_KIND => {
            String::new()
        }
        _ => localizer.render(locale, message),
    }
}
