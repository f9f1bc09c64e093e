//! The reminder job of a meeting: once per offset, to those who did not decline.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::MeetingId;
use crate::domain::meeting::ReminderOffset;
use crate::i18n::Msg;
use crate::outbox::{self, NewMessage};
use crate::store::meetings::{self as store, Meeting};

use super::*;

/// What a reminder job did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminded {
    Queued(usize),
    /// The meeting started (the reminder came too late), was cancelled or moved.
    Skipped(&'static str),
}

/// The reminder job: an outbox row to each invitee who did not decline — unless the
/// meeting started meanwhile (a reminder late past the start is skipped and logged),
/// was cancelled, or moved (its new reminders carry the new sequence).
pub async fn remind(
    conn: &mut SqliteConnection,
    id: MeetingId,
    offset: ReminderOffset,
    sequence: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<Reminded> {
    let Some(m) = store::get(conn, id).await? else {
        return Ok(Reminded::Skipped("no meeting"));
    };
    let why = if m.cancelled {
        Some("cancelled")
    } else if m.sequence != sequence {
        Some("moved")
    } else if m.starts_at <= now {
        Some("meeting started")
    } else {
        None
    };
    if let Some(why) = why {
        tracing::info!(meeting = id.0, offset = %offset.code(), why, "meeting reminder skipped");
        return Ok(Reminded::Skipped(why));
    }
    let people = store::not_declined(conn, id).await?;
    let last = i64::from(is_last(&m, offset));
    for person in &people {
        let key = format!(
            "meeting:{id}:reminder:{}:{sequence}:{person}",
            offset.code()
        );
        let message = Msg::new(what::REMINDER)
            .num("meeting", id.0)
            .num("last", last);
        let mut row = NewMessage::to_person(key, KIND, *person, message, now);
        row.batch = Some(batch(id));
        outbox::enqueue(conn, &row, now).await?;
    }
    Ok(Reminded::Queued(people.len()))
}

/// Whether `offset` is the meeting's last reminder (the one with the place and its pin).
fn is_last(m: &Meeting, offset: ReminderOffset) -> bool {
    let tz = chrono_tz::UTC;
    m.reminders.iter().map(|o| o.due(m.starts_at, tz)).max() == Some(offset.due(m.starts_at, tz))
}
