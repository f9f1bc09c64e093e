//! A meeting message, resolved at send time: the meeting as it stands, its date written
//! as the recipient's language of that moment writes dates, the RSVP buttons, the `.ics`
//! file, the pin of the last reminder, the minutes' files. A reminder to someone who
//! declined, or for a meeting cancelled or started meanwhile, is skipped. Agenda reports
//! show only what the reader may see: a local actor or élu (and a quartier group) reads a
//! report only as its text validated for partners, or not at all. The meetings of a claim
//! are read once each (meeting, city, agenda, the claim's invitees, the `.ics`): a few
//! queries per meeting, whatever the number of rows.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use crate::domain::meeting::ics::{IcsMeeting, calendar};
use crate::domain::meeting::{MinutesFile, Rsvp};
use crate::domain::time::format_date_time;
use crate::domain::{Locale, MeetingId, PersonId, Role};
use crate::i18n::{Arg, Localizer, Msg};
use crate::services::meetings::what;
use crate::store::meetings::{self as store, AgendaLine, Meeting};

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
    pub files: Vec<MinutesFile>,
}

fn num(message: &Msg, name: &str) -> Option<i64> {
    message.args.iter().find_map(|(n, arg)| match arg {
        Arg::Num(v) if n == name => Some(*v),
        _ => None,
    })
}

/// One meeting of a claim, read once.
struct Loaded {
    m: Meeting,
    tz: chrono_tz::Tz,
    agenda: Vec<AgendaLine>,
    /// The claim's recipients among its invitees: their answer and the role invited as.
    invitees: HashMap<PersonId, (Option<Rsvp>, Option<Role>)>,
    /// The `.ics` as it stands (the same for every recipient of the claim).
    ics: Vec<u8>,
}

/// The meetings of one claim, each read once.
#[derive(Default)]
pub(super) struct Meetings(HashMap<MeetingId, Result<Loaded, &'static str>>);

impl Meetings {
    /// Reads the meetings of these claimed rows (their messages and recipients).
    pub(super) async fn load<'a>(
        conn: &mut SqliteConnection,
        rows: impl Iterator<Item = (&'a str, Option<i64>)>,
        now: DateTime<Utc>,
    ) -> sqlx::Result<Meetings> {
        let people = super::people_by_id(rows, "meeting");
        let mut out = Meetings::default();
        for (id, persons) in people {
            let id = MeetingId(id);
            out.0.insert(id, load_one(conn, id, &persons, now).await?);
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
        now: DateTime<Utc>,
    ) -> Result<MeetingCopy, &'static str> {
        let id = num(message, "meeting")
            .map(MeetingId)
            .ok_or("no meeting id")?;
        let l = self
            .0
            .get(&id)
            .ok_or("no meeting")?
            .as_ref()
            .map_err(|why| *why)?;
        let person = person.map(PersonId);
        let invitee = person.and_then(|p| l.invitees.get(&p)).copied();
        if let Some(why) = skip(&l.m, &message.id, invitee.and_then(|i| i.0), now) {
            return Err(why);
        }
        // A group, or someone not (or no longer) invited, reads as a partner does.
        let partner = !matches!(
            invitee.and_then(|i| i.1),
            Some(Role::Mother | Role::Relay | Role::Facilitator | Role::Coordinator)
        );
        let what_id: &str = &message.id;
        let mut out = MeetingCopy {
            text: render(localizer, message, l, locale, partner),
            ..Default::default()
        };
        if person.is_some() && [what::INVITATION, what::CHANGED].contains(&what_id) {
            out.keyboard = keyboard(localizer, locale, id);
        }
        if [what::INVITATION, what::CHANGED, what::CANCELLED].contains(&what_id) {
            out.document = Some((format!("meeting-{id}.ics"), l.ics.clone()));
        }
        if what_id == what::REMINDER && num(message, "last") == Some(1) {
            out.location = l.m.location;
        }
        if what_id == what::MINUTES {
            out.files = l.m.minutes_files.clone();
        }
        Ok(out)
    }
}

async fn load_one(
    conn: &mut SqliteConnection,
    id: MeetingId,
    persons: &[PersonId],
    now: DateTime<Utc>,
) -> sqlx::Result<Result<Loaded, &'static str>> {
    let Some(m) = store::get(conn, id).await? else {
        return Ok(Err("no meeting"));
    };
    let Some(city) = crate::store::cities::get(conn, m.city).await? else {
        return Ok(Err("no city"));
    };
    let agenda = store::agenda_lines(conn, id).await?;
    let invitees = store::invitees_among(conn, id, persons)
        .await?
        .into_iter()
        .map(|(p, rsvp, role)| (p, (rsvp, role)))
        .collect();
    let ics = calendar(&IcsMeeting {
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
    });
    Ok(Ok(Loaded {
        m,
        tz: city.tz,
        agenda,
        invitees,
        ics,
    }))
}

/// Why this copy is not sent now (`None`: send it).
fn skip(
    m: &Meeting,
    what_id: &str,
    rsvp: Option<Rsvp>,
    now: DateTime<Utc>,
) -> Option<&'static str> {
    let cancelled_matters = [
        what::INVITATION,
        what::REMINDER,
        what::CHANGED,
        what::ANNOUNCEMENT,
    ]
    .contains(&what_id);
    if m.cancelled && cancelled_matters {
        return Some("meeting cancelled");
    }
    if what_id == what::REMINDER && m.starts_at <= now {
        tracing::info!(meeting = m.id.0, "reminder past the start: skipped");
        return Some("meeting started");
    }
    if what_id == what::REMINDER && rsvp == Some(Rsvp::No) {
        return Some("declined");
    }
    None
}

/// The agenda as this reader may see it: a partner (a local actor, an élu, a group) reads
/// a report only as its validated partner text, or not at all; the others read its
/// reference, with that text when there is one.
fn agenda(lines: &[AgendaLine], partner: bool) -> String {
    let esc = teloxide::utils::html::escape;
    lines
        .iter()
        .filter_map(|l| match (&l.reference, &l.partner_text, &l.text) {
            (Some(_), Some(p), _) if partner => Some(format!("• {}", esc(p))),
            (Some(_), None, _) if partner => None,
            (Some(r), Some(p), _) => Some(format!("• {} — {}", esc(r), esc(p))),
            (Some(r), None, _) => Some(format!("• {}", esc(r))),
            (None, _, Some(t)) => Some(format!("• {}", esc(t))),
            (None, _, None) => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render(
    localizer: &Localizer,
    message: &Msg,
    l: &Loaded,
    locale: &Locale,
    partner: bool,
) -> String {
    let m = &l.m;
    let place = m.place.clone().unwrap_or_else(|| "—".into());
    let mut msg = message.clone();
    msg.args.retain(|(n, _)| n != "meeting");
    let msg = msg
        .msg("kind", m.kind.message_key())
        .user("title", m.title.clone())
        .plain("when", format_date_time(m.starts_at, l.tz, locale))
        .user("place", place)
        .user("text", m.minutes_text.clone().unwrap_or_default());
    let mut text = localizer.render(locale, &msg);
    if message.id == what::INVITATION || message.id == what::ANNOUNCEMENT {
        let items = agenda(&l.agenda, partner);
        if !items.is_empty() {
            text.push_str("\n\n");
            text.push_str(&items);
        }
    }
    text
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

#[cfg(test)]
mod tests {
    use super::*;

    fn line(reference: Option<&str>, partner: Option<&str>, text: Option<&str>) -> AgendaLine {
        AgendaLine {
            reference: reference.map(str::to_owned),
            partner_text: partner.map(str::to_owned),
            text: text.map(str::to_owned),
        }
    }

    #[test]
    fn a_partner_reads_an_agenda_report_only_as_its_validated_text_or_not_at_all() {
        let lines = [
            line(Some("BEL-0001"), Some("Voitures <vite>"), None),
            line(Some("BEL-0002"), None, None),
            line(None, None, Some("Pédibus")),
        ];
        assert_eq!(agenda(&lines, true), "• Voitures &lt;vite&gt;\n• Pédibus");
        assert_eq!(
            agenda(&lines, false),
            "• BEL-0001 — Voitures &lt;vite&gt;\n• BEL-0002\n• Pédibus"
        );
    }
}
