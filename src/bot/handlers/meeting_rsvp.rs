//! After the invitation: the RSVP buttons (and the interpreting language or the number
//! of children), `/meetings` (her upcoming meetings with her answer, to change until the
//! start), and the organiser's view: answers and needs, attendance, people who came
//! without the bot, minutes, decisions, a new time, cancellation.

use super::HandlerResult;
use crate::bot::callback::{Callback, MeetingButton};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::digits::parse_number;
use crate::domain::meeting::{self, Moment, Rsvp};
use crate::domain::time::format_date_time;
use crate::domain::{Locale, MeetingId};
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;
use crate::services::meetings as service;
use crate::store::meetings::Meeting;

fn b(button: MeetingButton) -> Callback {
    Callback::Meeting(button)
}

fn say(t: &mut Turn<'_>, msg: impl Into<Msg>) -> HandlerResult {
    t.replies.say(msg);
    Ok(())
}

/// The five answers under an invitation (also in `/meetings`).
pub fn rsvp_rows(id: MeetingId) -> Vec<Vec<(Rsvp, Callback)>> {
    let one = |r: Rsvp| (r, b(MeetingButton::Rsvp(id, r)));
    vec![
        vec![one(Rsvp::Yes), one(Rsvp::Maybe), one(Rsvp::No)],
        vec![one(Rsvp::YesInterpreting)],
        vec![one(Rsvp::YesChildren)],
    ]
}

fn rsvp_markup(id: MeetingId) -> Markup {
    Markup::Inline(
        rsvp_rows(id)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|(r, cb)| Button::new(r.message_key(), cb))
                    .collect()
            })
            .collect(),
    )
}

/// A meeting button outside the creation dialogue.
pub async fn button(t: &mut Turn<'_>, button: MeetingButton) -> HandlerResult {
    use MeetingButton as M;
    match button {
        M::Rsvp(id, r) => rsvp(t, id, r).await,
        M::Interpret(id, l) => answer(t, id, Rsvp::YesInterpreting, Some(l), None).await,
        M::Open(id) => open(t, id).await,
        M::Attendance(id) => attendance(t, id).await,
        M::Present(id, invitee) => {
            let (principal, me) = (t.principal().await?, t.person_id()?);
            service::toggle_attendance(t.conn, &principal, me, id, invitee).await?;
            attendance(t, id).await
        }
        M::Guests(id) => {
            ask(
                t,
                id,
                State::MeetingGuests { meeting: id },
                "meeting-ask-guests",
            )
            .await
        }
        M::Minutes(id) => {
            ask(
                t,
                id,
                State::MeetingMinutes {
                    meeting: id,
                    files: vec![],
                },
                "meeting-ask-minutes",
            )
            .await
        }
        M::Decision(id) => {
            ask(
                t,
                id,
                State::MeetingDecision { meeting: id },
                "meeting-ask-decision",
            )
            .await
        }
        M::Move(id) => {
            ask(
                t,
                id,
                State::MeetingMove { meeting: id },
                "meeting-ask-new-time",
            )
            .await
        }
        M::Cancel(id) => {
            let (principal, me) = (t.principal().await?, t.person_id()?);
            service::tally(t.conn, &principal, me, id).await?;
            let confirm = Button::new("meeting-button-cancel-confirm", b(M::CancelConfirm(id)));
            t.replies.say_with(
                vec![Msg::new("meeting-ask-cancel")],
                Markup::column([confirm]),
            );
            Ok(())
        }
        M::CancelConfirm(id) => {
            let (principal, me) = (t.principal().await?, t.person_id()?);
            service::cancel(t.conn, &principal, me, id, t.now).await?;
            say(t, "meeting-cancelled-done")
        }
        _ => super::stale(t),
    }
}

async fn rsvp(t: &mut Turn<'_>, id: MeetingId, r: Rsvp) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    match r {
        Rsvp::YesInterpreting => {
            service::check_answer(t.conn, &principal, me, id, t.now).await?;
            let locales: Vec<Locale> = t.ctx.localizer.locales().cloned().collect();
            let buttons = locales.into_iter().map(|l| {
                let name = t.ctx.localizer.render(&l, &Msg::new("language-name"));
                Button::raw(name, b(MeetingButton::Interpret(id, l)))
            });
            let buttons: Vec<Button> = buttons.collect();
            t.replies.say_with(
                vec![Msg::new("meeting-ask-interpreting")],
                Markup::column(buttons),
            );
            Ok(())
        }
        Rsvp::YesChildren => {
            service::check_answer(t.conn, &principal, me, id, t.now).await?;
            t.state = State::MeetingChildren { meeting: id };
            say(t, "meeting-ask-children")
        }
        r => answer(t, id, r, None, None).await,
    }
}

async fn answer(
    t: &mut Turn<'_>,
    id: MeetingId,
    r: Rsvp,
    language: Option<Locale>,
    children: Option<i64>,
) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let language = language.map(|l| l.to_string());
    let answer = service::Answer {
        rsvp: r,
        interpreting: language.as_deref(),
        children,
    };
    service::answer(t.conn, &principal, me, id, answer, t.now).await?;
    t.state = State::Idle;
    say(
        t,
        Msg::new("meeting-rsvp-recorded").msg("answer", r.message_key()),
    )
}

/// Asks the organiser for something typed, once she is known to manage the meeting.
async fn ask(t: &mut Turn<'_>, id: MeetingId, next: State, prompt: &'static str) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    service::tally(t.conn, &principal, me, id).await?;
    t.state = next;
    say(t, prompt)
}

async fn city_tz(t: &mut Turn<'_>, m: &Meeting) -> Result<chrono_tz::Tz, ServiceError> {
    let city = crate::store::cities::get(t.conn, m.city)
        .await?
        .ok_or(ServiceError::Stale)?;
    Ok(city.tz)
}

/// `/meetings`: one message per upcoming meeting, her answer and the buttons to change
/// it (or, for the organiser, to open it).
pub async fn list(t: &mut Turn<'_>) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let mine = service::upcoming(t.conn, me, t.now).await?;
    if mine.is_empty() {
        return say(t, "meeting-none");
    }
    for (m, answer) in mine {
        let tz = city_tz(t, &m).await?;
        let line = Msg::new("meeting-line")
            .msg("kind", m.kind.message_key())
            .user("title", m.title.clone())
            .plain("when", format_date_time(m.starts_at, tz, &t.replies.locale))
            .msg(
                "answer",
                answer.map_or("meeting-rsvp-none", |r| r.message_key()),
            );
        let markup = if service::may_manage(t.conn, &principal, me, &m).await? {
            Markup::column([Button::new(
                "meeting-button-open",
                b(MeetingButton::Open(m.id)),
            )])
        } else {
            rsvp_markup(m.id)
        };
        t.replies.say_with(vec![line], markup);
    }
    Ok(())
}

/// The organiser's view: answers, needs, who answered, who came, and her buttons.
async fn open(t: &mut Turn<'_>, id: MeetingId) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let (m, tally) = service::tally(t.conn, &principal, me, id).await?;
    let count = |r: Rsvp| tally.answers.get(r.as_str()).copied().unwrap_or(0);
    let languages: Vec<Arg> = tally
        .interpreting
        .iter()
        .map(|(l, n)| Arg::Plain(format!("{l} ({n})")))
        .collect();
    let names: Vec<Arg> = tally
        .names
        .iter()
        .filter_map(|(name, _)| name.clone().map(Arg::User))
        .collect();
    let summary = Msg::new("meeting-tally")
        .user("title", m.title.clone())
        .num(
            "yes",
            count(Rsvp::Yes) + count(Rsvp::YesInterpreting) + count(Rsvp::YesChildren),
        )
        .num("maybe", count(Rsvp::Maybe))
        .num("no", count(Rsvp::No))
        .num("silent", tally.no_answer)
        .arg(
            "languages",
            if languages.is_empty() {
                Arg::Plain("—".into())
            } else {
                Arg::List(languages)
            },
        )
        .num("children", tally.children)
        .arg(
            "names",
            if names.is_empty() {
                Arg::Plain("—".into())
            } else {
                Arg::List(names)
            },
        )
        .num("mothers", tally.came_mothers)
        .num("actors", tally.came_actors)
        .num("others", tally.came_others + tally.without_bot);
    let one = |id: &'static str, button| vec![Button::new(id, b(button))];
    let rows = vec![
        one("meeting-button-attendance", MeetingButton::Attendance(m.id)),
        one("meeting-button-guests", MeetingButton::Guests(m.id)),
        one("meeting-button-minutes", MeetingButton::Minutes(m.id)),
        one("meeting-button-decision", MeetingButton::Decision(m.id)),
        one("meeting-button-move", MeetingButton::Move(m.id)),
        one("meeting-button-replace", MeetingButton::Replace(m.id)),
        one("meeting-button-cancel", MeetingButton::Cancel(m.id)),
    ];
    t.replies.say_with(vec![summary], Markup::Inline(rows));
    super::meeting_actions::show(t, &principal, m.id).await
}

/// The attendance buttons: one per invitee (first name, else her role), ✅ when present.
async fn attendance(t: &mut Turn<'_>, id: MeetingId) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let locale = t.replies.locale.clone();
    let mut rows = vec![];
    for (n, i) in service::invitees(t.conn, &principal, me, id)
        .await?
        .into_iter()
        .enumerate()
    {
        let role = i
            .role()
            .map(|r| t.ctx.localizer.render(&locale, &Msg::new(r.message_id())));
        let name = i
            .first_name
            .clone()
            .unwrap_or_else(|| format!("{} {}", role.unwrap_or_default(), n + 1));
        let label = if i.attended {
            format!("✅ {name}")
        } else {
            name
        };
        rows.push(vec![Button::raw(
            label,
            b(MeetingButton::Present(id, i.id)),
        )]);
    }
    rows.push(vec![Button::new(
        "meeting-button-open",
        b(MeetingButton::Open(id)),
    )]);
    t.replies.say_with(
        vec![Msg::new("meeting-ask-attendance")],
        Markup::Inline(rows),
    );
    Ok(())
}

/// Text typed in a meeting step outside creation.
pub async fn typed(t: &mut Turn<'_>, state: State, text: &str) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    match state {
        State::MeetingChildren { meeting } => {
            match parse_number(text).filter(|n| (1..=20).contains(n)) {
                Some(n) => answer(t, meeting, Rsvp::YesChildren, None, Some(n)).await,
                None => say(t, "meeting-error-children"),
            }
        }
        State::MeetingGuests { meeting } => {
            match parse_number(text).filter(|n| (0..=10_000).contains(n)) {
                Some(n) => {
                    service::set_guests(t.conn, &principal, me, meeting, n).await?;
                    t.state = State::Idle;
                    open(t, meeting).await
                }
                None => say(t, "meeting-error-number"),
            }
        }
        State::MeetingMinutes { meeting, files } => {
            let text = super::bounded_text(t, text, 3500);
            let Some(text) = text else { return Ok(()) };
            super::meeting_change::post_minutes(t, meeting, Some(&text), &files).await
        }
        State::MeetingDecision { meeting } => decision(t, meeting, text).await,
        State::MeetingMove { meeting } => moved(t, meeting, text).await,
        _ => say(t, "error-expected-choice"),
    }
}

async fn decision(t: &mut Turn<'_>, id: MeetingId, text: &str) -> HandlerResult {
    let text = match meeting::parse_field(text, 1000) {
        Ok(text) => text,
        Err(p) => return say(t, p.message_id()),
    };
    let references: Vec<String> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '.'))
        .filter(|w| super::meeting::looks_like_reference(w))
        .map(str::to_owned)
        .collect();
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let decision = service::decide(t.conn, &principal, me, id, &text, &references, t.now).await?;
    t.state = State::Idle;
    say(
        t,
        Msg::new("meeting-decision-recorded").num("reports", references.len() as i64),
    )?;
    super::meeting_actions::offer(t, &principal, decision).await
}

async fn moved(t: &mut Turn<'_>, id: MeetingId, text: &str) -> HandlerResult {
    let (principal, me) = (t.principal().await?, t.person_id()?);
    let m = crate::store::meetings::get(t.conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let tz = city_tz(t, &m).await?;
    let at = match meeting::parse_when(text, &t.replies.locale, tz, t.now) {
        Ok(Moment::Exact(at)) => at,
        // A repeated hour when moving: the first of the two (said back in full).
        Ok(Moment::Twice { earlier, .. }) => earlier,
        Err(p) => return say(t, super::meeting::when_problem(p)),
    };
    service::change(t.conn, &principal, me, id, at, t.now).await?;
    t.state = State::Idle;
    let when = format_date_time(at, tz, &t.replies.locale);
    say(t, Msg::new("meeting-moved-done").plain("when", when))
}
