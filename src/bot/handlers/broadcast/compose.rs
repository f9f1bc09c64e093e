//! The versions of a broadcast, one per language in text or voice, and the review step
//! with its summary and previews.

use super::confirm::send;
use super::{HandlerResult, city_tz, default_locale, problem};
use crate::bot::callback::{BroadcastButton, Callback};
use crate::bot::context::Turn;
use crate::bot::incoming::Attachment;
use crate::bot::reply::{Button, Markup, MediaKind};
use crate::bot::state::State;
use crate::domain::broadcast::version_for;
use crate::domain::{Draft, Locale};
use crate::i18n::{Arg, Msg};
use crate::services::broadcasts as service;

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
