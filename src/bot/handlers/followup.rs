//! Follow-up of a report by those who triage it — redact, drop photos, validate a text for
//! partners, safeguarding, ask the reporter — the reporter's answer, and the partners' view.

use super::HandlerResult;
use crate::bot::callback::{Callback, FollowUp};
use crate::bot::context::Turn;
use crate::bot::reply::{Button, Markup};
use crate::bot::state::State;
use crate::domain::{QuestionId, ReportId};
use crate::i18n::Msg;
use crate::services::{ServiceError, followup, triage};
use crate::store;
use crate::store::reports::Report;

const MAX_TEXT: usize = 2000;

/// The follow-up buttons under a report's detail: only what can still be done (once
/// its raw content is erased, there is no text left to correct or to pass on).
pub fn buttons(r: &Report) -> Vec<Button> {
    let report = r.id;
    let mut out = vec![];
    if !r.content_erased {
        out.push(Button::new(
            "button-redact",
            Callback::TriageAction(report, FollowUp::Redact),
        ));
    }
    if !r.photos.is_empty() {
        out.push(Button::new(
            "button-drop-photos",
            Callback::TriageAction(report, FollowUp::DropPhotos),
        ));
    }
    if !r.content_erased {
        out.push(Button::new(
            "button-validate",
            Callback::TriageAction(report, FollowUp::Validate),
        ));
    }
    out.push(Button::new(
        "button-safeguarding",
        Callback::TriageAction(report, FollowUp::Safeguarding),
    ));
    if r.reporter.is_some() {
        out.push(Button::new(
            "button-ask",
            Callback::TriageAction(report, FollowUp::Ask),
        ));
    }
    out
}

pub async fn act(t: &mut Turn<'_>, report: ReportId, action: FollowUp) -> HandlerResult {
    let principal = t.principal().await?;
    let actor = t.person_id()?;
    // Whatever the action, she must be allowed to read the report.
    let r = triage::readable(t.conn, &principal, report).await?;
    match action {
        FollowUp::Redact => {
            followup::editable(t.conn, &principal, report).await?;
            t.state = State::RedactText { report };
            t.replies.say("triage-ask-redacted");
        }
        FollowUp::DropPhotos => {
            let buttons = photo_buttons(report, r.photos.len());
            t.replies
                .say_with(vec![Msg::new("triage-which-photo")], buttons);
        }
        FollowUp::Validate => {
            followup::editable(t.conn, &principal, report).await?;
            t.state = State::PartnerText { report };
            t.replies.say("triage-ask-partner-text");
        }
        FollowUp::Safeguarding => {
            let on =
                followup::toggle_safeguarding(t.conn, &principal, actor, report, t.now).await?;
            t.replies.say(if on {
                "triage-safeguarding-on"
            } else {
                "triage-safeguarding-off"
            });
        }
        FollowUp::Ask => {
            t.state = State::QuestionText { report };
            t.replies.say("triage-ask-question");
        }
    }
    Ok(())
}

/// Which photo to drop: they were re-sent in order under the report's detail (20 at most).
fn photo_buttons(report: ReportId, photos: usize) -> Markup {
    Markup::column((0..photos.min(20)).map(|i| {
        let label = Msg::new("button-drop-photo").num("n", i as i64 + 1);
        Button {
            label: crate::bot::reply::Label::Msg(label),
            callback: Callback::DropPhoto(report, i as u8),
        }
    }))
}

/// Drops one photo of a report.
pub async fn drop_photo(t: &mut Turn<'_>, report: ReportId, index: u8) -> HandlerResult {
    let principal = t.principal().await?;
    let actor = t.person_id()?;
    followup::drop_photo(t.conn, &principal, actor, report, usize::from(index), t.now).await?;
    t.replies.say("triage-photos-dropped");
    Ok(())
}

pub async fn text(t: &mut Turn<'_>, state: State, text: &str) -> HandlerResult {
    let Some(text) = super::bounded_text(t, text, MAX_TEXT) else {
        return Ok(());
    };
    let principal = t.principal().await?;
    let actor = t.person_id()?;
    match state {
        State::RedactText { report } => {
            followup::redact(t.conn, &principal, actor, report, &text, t.now).await?;
            t.replies.say("triage-redacted");
        }
        State::PartnerText { report } => {
            followup::validate(t.conn, &principal, actor, report, &text, t.now).await?;
            t.replies.say("triage-validated");
        }
        State::QuestionText { report } => {
            followup::ask(t.conn, &principal, actor, report, &text, t.now).await?;
            t.replies.say("triage-question-sent");
        }
        State::AnswerText { question } => {
            followup::answer(t.conn, actor, question, &text, t.now).await?;
            t.replies.say("answer-thanks");
        }
        _ => return Err(ServiceError::Stale),
    }
    t.state = State::Idle;
    Ok(())
}

/// The reporter presses "answer" under a question in /myreports.
pub async fn start_answer(t: &mut Turn<'_>, question: QuestionId) -> HandlerResult {
    let me = t.person_id()?;
    let open = store::followup::open_questions(t.conn, me).await?;
    if !open.iter().any(|q| q.id == question) {
        return Err(ServiceError::Stale);
    }
    t.state = State::AnswerText { question };
    t.replies.say("answer-ask");
    Ok(())
}

/// The open questions about her reports, each with its answer button.
pub async fn questions_for_reporter(t: &mut Turn<'_>) -> HandlerResult {
    let me = t.person_id()?;
    for q in store::followup::open_questions(t.conn, me).await? {
        let msg = Msg::new("myreports-question")
            .plain("reference", q.reference)
            .user("question", q.question);
        let answer = Markup::column([Button::new("button-answer", Callback::AnswerQuestion(q.id))]);
        t.replies.say_with(vec![msg], answer);
    }
    Ok(())
}

/// `/reports` for partners (local actors, élus): validated texts only, no identity.
pub async fn partners(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    for (q, list) in followup::partner_views(t.conn, &principal).await? {
        let mut parts = vec![Msg::new("partners-header").user("place", q.name)];
        if list.is_empty() {
            parts.push(Msg::new("partners-none"));
        }
        for r in list {
            parts.push(
                Msg::new("partners-entry")
                    .plain("reference", r.reference)
                    .msg("category", r.category.message_id())
                    .msg("status", r.status.message_id())
                    .user("text", r.text),
            );
        }
        t.replies.say_with(parts, Markup::None);
    }
    Ok(())
}
