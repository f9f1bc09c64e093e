//! Following a report up: redaction, the text validated for partners, the safeguarding
//! flag (coordinator only), questions to the reporter and her answers — identities hidden
//! both ways — and what partners may read. Every change goes in the audit trail.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult, triage};
use crate::domain::{Action, PersonId, Principal, Quartier, QuestionId, ReportId, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::followup::{self, PartnerView};
use crate::store::{persons, quartiers, reports};

fn audit<'a>(
    conn: &'a mut SqliteConnection,
    report: ReportId,
    actor: PersonId,
    note: &'a str,
    now: DateTime<Utc>,
) -> impl Future<Output = sqlx::Result<i64>> + 'a {
    reports::log(conn, report, Some(actor), None, None, Some(note), now)
}

/// A report whose text can still be corrected or turned into a text for partners: one
/// she may read, whose raw content was not erased.
pub async fn editable(
    conn: &mut SqliteConnection,
    principal: &Principal,
    report: ReportId,
) -> ServiceResult<reports::Report> {
    let r = triage::readable(conn, principal, report).await?;
    if r.content_erased {
        return Err(ServiceError::Duplicate("triage-content-erased"));
    }
    Ok(r)
}

pub async fn redact(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    report: ReportId,
    text: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    editable(&mut *conn, principal, report).await?;
    followup::redact(&mut *conn, report, text).await?;
    audit(conn, report, actor, "redacted text", now).await?;
    Ok(())
}

/// Drops one photo of a report (the first is 0); returns how many remain.
pub async fn drop_photo(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    report: ReportId,
    index: usize,
    now: DateTime<Utc>,
) -> ServiceResult<usize> {
    let mut photos = triage::readable(&mut *conn, principal, report)
        .await?
        .photos;
    if index >= photos.len() {
        return Err(ServiceError::Stale);
    }
    photos.remove(index);
    followup::set_photos(&mut *conn, report, &photos).await?;
    let note = format!("redacted: photo {} dropped", index + 1);
    audit(conn, report, actor, &note, now).await?;
    Ok(photos.len())
}

pub async fn validate(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    report: ReportId,
    text: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    editable(&mut *conn, principal, report).await?;
    followup::validate(&mut *conn, report, text, now).await?;
    audit(conn, report, actor, "validated for partners", now).await?;
    Ok(())
}

/// Toggles the safeguarding flag; only a coordinator of the city may. Returns the new value.
pub async fn toggle_safeguarding(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    report: ReportId,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let r = triage::readable(&mut *conn, principal, report).await?;
    let quartier = quartiers::get(&mut *conn, r.quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    if !principal.may(Action::TriageRawReports {
        quartier: quartier.scope(),
        relays_allowed: false,
    }) {
        return Err(ServiceError::NotAllowed);
    }
    let on = !followup::safeguarding(&mut *conn, report).await?;
    followup::set_safeguarding(&mut *conn, report, on).await?;
    audit(
        conn,
        report,
        actor,
        if on {
            "safeguarding on"
        } else {
            "safeguarding off"
        },
        now,
    )
    .await?;
    Ok(on)
}

/// Asks the reporter a question through the bot, without the asker's name.
pub async fn ask(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    report: ReportId,
    question: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let r = triage::readable(&mut *conn, principal, report).await?;
    let reporter = r
        .reporter
        .ok_or(ServiceError::Duplicate("triage-reporter-gone"))?;
    let id = followup::ask(&mut *conn, report, actor, question, now).await?;
    audit(&mut *conn, report, actor, "question asked", now).await?;
    let person = persons::get(&mut *conn, reporter).await?;
    let msg = if person.discreet {
        Msg::new("report-news-discreet")
    } else {
        Msg::new("question-asked").plain("reference", r.reference)
    };
    let key = reports::question_key(id);
    outbox::tell(conn, key, "report_question", reporter, msg, now).await?;
    Ok(())
}

/// Her answer, passed on to whoever asked, without her name.
pub async fn answer(
    conn: &mut SqliteConnection,
    reporter: PersonId,
    question: QuestionId,
    text: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let open = followup::open_questions(&mut *conn, reporter).await?;
    let q = open
        .into_iter()
        .find(|q| q.id == question)
        .ok_or(ServiceError::Stale)?;
    if !followup::answer(&mut *conn, question, reporter, text, now).await? {
        return Err(ServiceError::Stale);
    }
    reports::log(
        &mut *conn,
        q.report,
        None,
        None,
        None,
        Some("answered"),
        now,
    )
    .await?;
    if let Some(asker) = q.asked_by {
        let msg = Msg::new("answer-received")
            .plain("reference", q.reference)
            .user("answer", text);
        let key = reports::answer_key(question);
        let message =
            outbox::NewMessage::to_person(key, "report_answer", asker, msg, now).about(reporter);
        outbox::enqueue(conn, &message, now).await?;
    }
    Ok(())
}

/// What partners may read, quartier by quartier: the quartiers of her grants where she
/// may see validated reports (by city name, then prefix), each with its validated texts
/// (no identity, no safeguarding). Refused when there is none.
pub async fn partner_views(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<(Quartier, Vec<PartnerView>)>> {
    let scopes: Vec<Scope> = principal.grants.iter().map(|g| g.scope).collect();
    let mut out = vec![];
    for q in quartiers::covered_by(&mut *conn, &scopes).await? {
        if principal.may(Action::SeeValidatedReports(q.scope())) {
            let list = followup::validated(&mut *conn, q.id, 30).await?;
            out.push((q, list));
        }
    }
    if out.is_empty() {
        return Err(ServiceError::NotAllowed);
    }
    Ok(out)
}
