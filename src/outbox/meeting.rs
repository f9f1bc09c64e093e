//! A meeting message, resolved at send time: the meeting as it stands, its date written
//! as the recipient's language of that moment writes dates, the RSVP buttons, the `.ics`
//! file, the pin of the last reminder. A reminder to someone who declined, or for a
//! meeting cancelled or started meanwhile, is skipped.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::Rsvp;
use crate::domain::meeting::ics::{IcsMeeting, calendar};
use crate::domain::time::format_date_time;
use crate::domain::{Locale, MeetingId, PersonId};
use crate::i18n::{Arg, Localizer, Msg};
use crate::services::meetings::what;
use crate::store::meetings::{self as store, Meeting};

/// What one meeting message carries besides its text.
#[derive(Debug, Clone, Default)]
pub struct MeetingCopy {
    pub text: String,
    pub keyboard: Vec<Vec<(String, String)>>,
    /// A file sent as a document: (name, bytes).
    pub document: Option<(String, Vec<u8>)>,
    /// A pin sent after the text (the last reminder).
    pub location: Option<(f64, f64)>,
    /// Files Telegram already has (minutes: a document, photos), with the text as caption.
    pub files: Vec<crate::domain::meeting::MinutesFile>,
}

fn num(message: &Msg, name: &str) -> Option<i64> {
    message.args.iter().find_map(|(n, arg)| match arg {
        Arg::Num(v) if n == name => Some(*v),
        _ => None,
    })
}

/// Why this copy is not sent now (`None`: send it).
async fn skip(
    conn: &mut SqliteConnection,
    m: &Meeting,
    what_id: &str,
    person: Option<PersonId>,
    now: DateTime<Utc>,
) -> sqlx::Result<Option<&'static str>> {
    let cancelled_matters = [
        what::INVITATION,
        what::REMINDER,
        what::CHANGED,
        what::ANNOUNCEMENT,
    ]
    .contains(&what_id);
    if m.cancelled && cancelled_matters {
        return Ok(Some("meeting cancelled"));
    }
    if what_id == what::REMINDER && m.starts_at <= now {
        tracing::info!(meeting = m.id.0, "reminder past the start: skipped");
        return Ok(Some("meeting started"));
    }
    if let (Some(p), true) = (person, what_id == what::REMINDER) {
        let declined =
            store::invitee(conn, m.id, p).await?.and_then(|i| i.rsvp()) == Some(Rsvp::No);
        if declined {
            return Ok(Some("declined"));
        }
    }
    Ok(None)
}

async fn agenda(conn: &mut SqliteConnection, id: MeetingId) -> sqlx::Result<String> {
    let lines = store::agenda_lines(conn, id).await?;
    let esc = teloxide::utils::html::escape;
    Ok(lines
        .iter()
        .map(|l| match (&l.reference, &l.partner_text, &l.text) {
            (Some(r), Some(p), _) => format!("• {} — {}", esc(r), esc(p)),
            (Some(r), None, _) => format!("• {}", esc(r)),
            (None, _, Some(t)) => format!("• {}", esc(t)),
            (None, _, None) => String::new(),
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n"))
}

pub(super) async fn copy(
    conn: &mut SqliteConnection,
    localizer: &Localizer,
    message: &Msg,
    person: Option<i64>,
    locale: &Locale,
    now: DateTime<Utc>,
) -> sqlx::Result<Result<MeetingCopy, &'static str>> {
    let Some(id) = num(message, "meeting").map(MeetingId) else {
        return Ok(Err("no meeting id"));
    };
    let Some(m) = store::get(conn, id).await? else {
        return Ok(Err("no meeting"));
    };
    let person = person.map(PersonId);
    if let Some(why) = skip(conn, &m, &message.id, person, now).await? {
        return Ok(Err(why));
    }
    let Some(city) = crate::store::cities::get(conn, m.city).await? else {
        return Ok(Err("no city"));
    };
    let text = render(conn, localizer, message, &m, city.tz, locale).await?;
    let what_id: &str = &message.id;
    let mut out = MeetingCopy {
        text,
        ..Default::default()
    };
    if person.is_some() && [what::INVITATION, what::CHANGED].contains(&what_id) {
        out.keyboard = keyboard(localizer, locale, id);
    }
    if [what::INVITATION, what::CHANGED, what::CANCELLED].contains(&what_id) {
        let ics = IcsMeeting {
            id: id.0,
            title: &m.title,
            starts_at: m.starts_at,
            duration_minutes: m.duration_minutes,
            tz: city.tz,
            place: m.place.as_deref(),
            geo: m.location,
            sequence: m.sequence,
            cancelled: m.cancelled,
            stamp: now,
        };
        out.document = Some((format!("meeting-{id}.ics"), calendar(&ics)));
    }
    if what_id == what::REMINDER && num(message, "last") == Some(1) {
        out.location = m.location;
    }
    if what_id == what::MINUTES {
        out.files = m.minutes_files.clone();
    }
    Ok(Ok(out))
}

async fn render(
    conn: &mut SqliteConnection,
    localizer: &Localizer,
    message: &Msg,
    m: &Meeting,
    tz: chrono_tz::Tz,
    locale: &Locale,
) -> sqlx::Result<String> {
    let place = m.place.clone().unwrap_or_else(|| "—".into());
    let mut msg = message.clone();
    msg.args.retain(|(n, _)| n != "meeting");
    let msg = msg
        .msg("kind", m.kind.message_key())
        .user("title", m.title.clone())
        .plain("when", format_date_time(m.starts_at, tz, locale))
        .user("place", place)
        .user("text", m.minutes_text.clone().unwrap_or_default());
    let mut text = localizer.render(locale, &msg);
    if message.id == what::INVITATION || message.id == what::ANNOUNCEMENT {
        let items = agenda(conn, m.id).await?;
        if !items.is_empty() {
            text.push_str("\n\n");
            text.push_str(&items);
        }
    }
    Ok(text)
}

fn keyboard(localizer: &Localizer, locale: &Locale, id: MeetingId) -> Vec<Vec<(String, String)>> {
    crate::bot::handlers::meeting_rows(id)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(r, cb)| {
                    (
                        localizer.render(locale, &Msg::new(r.message_key())),
                        cb.encode(),
                    )
                })
                .collect()
        })
        .collect()
}
