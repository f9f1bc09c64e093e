//! `/broadcast` (composing: audience, a version per language in text or voice, previews,
//! send now or schedule), `/broadcasts` (her recent ones, cancel, report) and the
//! "Understood ✅" button. Rules live in `services::broadcasts`.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};

use super::HandlerResult;
use crate::bot::callback::{BroadcastButton, Callback};
use crate::bot::context::Turn;
use crate::bot::incoming::Attachment;
use crate::bot::reply::{Button, Markup, MediaKind};
use crate::bot::state::State;
use crate::domain::broadcast::version_for;
use crate::domain::{BroadcastId, BroadcastProblem, Draft, Locale, Role};
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;
use crate::services::broadcasts::{self as service, Confirm};
use crate::store::broadcasts as store;

pub async fn start(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let cities = service::cities(t.conn, &principal).await?;
    let mut draft = Draft::default();
    match cities.as_slice() {
        [] => return Err(ServiceError::NotAllowed),
        [city] => {
            draft.audience.city = Some(*city);
            if !principal.is_admin && !principal.has_role(Role::Coordinator) {
                // Relays and facilitators reach the mothers of their own quartiers.
                let mine = service::quartiers_for(t.conn, &principal, *city).await?;
                draft.audience.quartiers = mine.into_iter().map(|q| q.id).collect();
                draft.audience.roles = vec![Role::Mother];
            }
        }
        many => {
            let mut buttons = vec![];
            for c in many {
                let name = crate::store::cities::get(t.conn, *c).await?.map(|c| c.name);
                let city = Callback::Broadcast(BroadcastButton::City(*c));
                buttons.push(Button::raw(name.unwrap_or_default(), city));
            }
            t.state = State::BroadcastAudience { draft };
            t.replies.say_with(
                vec![Msg::new("broadcast-ask-city")],
                Markup::column(buttons),
            );
            return Ok(());
        }
    }
    show_audience(t, draft).await
}

fn tick(on: bool, label: String) -> String {
    if on { format!("✅ {label}") } else { label }
}

async fn show_audience(t: &mut Turn<'_>, draft: Draft) -> HandlerResult {
    let principal = t.principal().await?;
    let Some(city) = draft.audience.city else {
        return Err(ServiceError::Stale);
    };
    let a = &draft.audience;
    let mut rows = vec![];
    for q in service::quartiers_for(t.conn, &principal, city).await? {
        let label = tick(a.quartiers.contains(&q.id), q.name.clone());
        rows.push(vec![Button::raw(
            label,
            Callback::Broadcast(BroadcastButton::Quartier(q.id)),
        )]);
    }
    let locale = t.replies.locale.clone();
    for role in service::roles_for(&principal, city) {
        let name = t
            .ctx
            .localizer
            .render(&locale, &Msg::new(role.message_id()));
        let label = tick(a.roles.contains(&role), name);
        rows.push(vec![Button::raw(
            label,
            Callback::Broadcast(BroadcastButton::Role(role)),
        )]);
    }
    let groups = t
        .ctx
        .localizer
        .render(&locale, &Msg::new("broadcast-button-groups"));
    rows.push(vec![Button::raw(
        tick(a.groups, groups),
        Callback::Broadcast(BroadcastButton::Groups),
    )]);
    rows.push(vec![Button::new(
        "broadcast-button-audience-done",
        Callback::Broadcast(BroadcastButton::AudienceDone),
    )]);
    t.state = State::BroadcastAudience { draft };
    t.replies.say_with(
        vec![Msg::new("broadcast-ask-audience")],
        Markup::Inline(rows),
    );
    Ok(())
}

/// A button of the audience step; a forged one (another city's quartier, a role she may
/// not reach) is refused and changes nothing.
pub async fn audience_button(t: &mut Turn<'_>, b: BroadcastButton, draft: Draft) -> HandlerResult {
    let mut next = draft.clone();
    match b {
        BroadcastButton::City(c) => {
            next.audience = Default::default();
            next.audience.city = Some(c);
        }
        BroadcastButton::Quartier(q) => next.audience.toggle_quartier(q),
        BroadcastButton::Role(r) => next.audience.toggle_role(r),
        BroadcastButton::Groups => next.audience.groups = !next.audience.groups,
        BroadcastButton::AudienceDone => return audience_done(t, draft).await,
        _ => return super::stale(t),
    }
    let principal = t.principal().await?;
    service::check_audience(t.conn, &principal, &next.audience).await?;
    show_audience(t, next).await
}

async fn audience_done(t: &mut Turn<'_>, draft: Draft) -> HandlerResult {
    let principal = t.principal().await?;
    let me = t.person_id()?;
    let counts = service::languages(t.conn, &principal, me, &draft.audience, t.now).await?;
    let total: i64 = counts.values().sum();
    if total == 0 && !draft.audience.groups {
        t.replies.say(BroadcastProblem::NoRecipients.message_id());
        return Ok(());
    }
    let locale = t.replies.locale.clone();
    t.replies
        .say(Msg::new("broadcast-ask-text").num("count", total));
    t.state = State::BroadcastVersion { draft, locale };
    Ok(())
}

fn problem(t: &mut Turn<'_>, p: BroadcastProblem) {
    let msg = match p {
        BroadcastProblem::TooLong { max, over } => Msg::new(p.message_id())
            .num("max", max as i64)
            .num("over", over as i64),
        _ => Msg::new(p.message_id()),
    };
    t.replies.say(msg);
}

/// Text typed for a version.
pub async fn version_text(
    t: &mut Turn<'_>,
    draft: Draft,
    locale: Locale,
    text: &str,
) -> HandlerResult {
    match draft.version(&locale).with_text(text) {
        Ok(v) => review(t, draft.with_version(v)).await,
        Err(p) => {
            problem(t, p);
            Ok(())
        }
    }
}

/// A voice note (or something else) sent for a version.
pub async fn version_attachment(
    t: &mut Turn<'_>,
    draft: Draft,
    locale: Locale,
    attachment: &Attachment,
) -> HandlerResult {
    let Attachment::Voice { file_id } = attachment else {
        t.replies.say("broadcast-error-expected-text-or-voice");
        return Ok(());
    };
    match draft.version(&locale).with_voice(file_id) {
        Ok(v) => review(t, draft.with_version(v)).await,
        Err(p) => {
            problem(t, p);
            Ok(())
        }
    }
}

/// The summary: recipients per language, which have a version (✅) or not (➕, they get
/// the default language's), previews, send now or schedule.
async fn review(t: &mut Turn<'_>, draft: Draft) -> HandlerResult {
    let principal = t.principal().await?;
    let me = t.person_id()?;
    let counts = service::languages(t.conn, &principal, me, &draft.audience, t.now).await?;
    let default = default_locale(t, &draft).await?;
    let total: i64 = counts.values().sum();
    let mut lines = vec![];
    let mut rows = vec![];
    let locales: Vec<Locale> = t.ctx.localizer.locales().cloned().collect();
    for locale in locales {
        let count = counts.get(&locale).copied().unwrap_or(0);
        let v = draft.version(&locale);
        let state = match (&v.text, &v.voice) {
            (_, Some(_)) => "voice",
            (Some(_), None) => "text",
            (None, None) => "missing",
        };
        lines.push(Arg::Nested(Box::new(
            Msg::new("broadcast-summary-line")
                .plain("lang", locale.as_str())
                .num("count", count)
                .plain("state", state)
                .plain("default", default.as_str()),
        )));
        let name = t.ctx.localizer.render(&locale, &Msg::new("language-name"));
        let mark = if v.is_empty() { "➕" } else { "✅" };
        let bb = |b| Callback::Broadcast(b);
        rows.push(vec![
            Button::raw(
                format!("{mark} {name} · {count}"),
                bb(BroadcastButton::Version(locale.clone())),
            ),
            Button::raw(
                format!("👁 {}", locale.as_str()),
                bb(BroadcastButton::Preview(locale)),
            ),
        ]);
    }
    rows.push(vec![
        Button::new(
            "broadcast-button-send",
            Callback::Broadcast(BroadcastButton::SendNow),
        ),
        Button::new(
            "broadcast-button-schedule",
            Callback::Broadcast(BroadcastButton::Schedule),
        ),
    ]);
    let summary = Msg::new("broadcast-summary")
        .num("count", total)
        .arg("lines", Arg::List(lines));
    t.replies.say_with(vec![summary], Markup::Inline(rows));
    t.state = State::BroadcastReview { draft };
    Ok(())
}

/// A button of the review step.
pub async fn review_button(t: &mut Turn<'_>, b: BroadcastButton, draft: Draft) -> HandlerResult {
    match b {
        BroadcastButton::Version(locale) => {
            t.replies
                .say(Msg::new("broadcast-ask-version").plain("lang", locale.as_str()));
            t.state = State::BroadcastVersion { draft, locale };
            Ok(())
        }
        BroadcastButton::Preview(locale) => preview(t, &draft, &locale).await,
        BroadcastButton::SendNow => send(t, draft, None).await,
        BroadcastButton::Schedule => {
            let tz = city_tz(t, &draft).await?;
            t.replies
                .say(Msg::new("broadcast-ask-when").plain("timezone", tz.name()));
            t.state = State::BroadcastWhen { draft };
            Ok(())
        }
        _ => super::stale(t),
    }
}

async fn preview(t: &mut Turn<'_>, draft: &Draft, locale: &Locale) -> HandlerResult {
    let default = default_locale(t, draft).await?;
    let Some(v) = version_for(&draft.versions, locale, &default).cloned() else {
        t.replies
            .say(Msg::new("broadcast-preview-none").plain("lang", locale.as_str()));
        return Ok(());
    };
    let mut head = Msg::new("broadcast-preview").plain("lang", locale.as_str());
    if v.locale.as_ref() != Some(locale) {
        head = Msg::new("broadcast-preview-fallback")
            .plain("lang", locale.as_str())
            .plain("default", default.as_str());
    }
    let mut parts = vec![head];
    if let Some(text) = &v.text {
        parts.push(Msg::new("broadcast-preview-text").user("text", text.clone()));
    }
    t.replies.say_with(parts, Markup::None);
    if let Some(voice) = &v.voice {
        t.replies.media(MediaKind::Voice, voice);
    }
    Ok(())
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

async fn send(t: &mut Turn<'_>, draft: Draft, at: Option<DateTime<Utc>>) -> HandlerResult {
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
