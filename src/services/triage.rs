//! Triage: who may read a quartier's raw reports, opening one (logged when named),
//! changing its status along the status machine, and telling the reporter.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult};
use crate::domain::report::{Category, ReportStatus};
use crate::domain::{Action, PersonId, Principal, Quartier, QuartierId, ReportId, Scope};
use crate::i18n::Msg;
use crate::outbox;
use crate::store::reports::{self, Filter, Report};
use crate::store::{persons, quartiers};

/// The quartiers whose reports she may triage, and whether she sees only those whose
/// reporter allowed the relays.
pub async fn quartiers(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> sqlx::Result<Vec<(Quartier, bool)>> {
    let mut out: Vec<(Quartier, bool)> = vec![];
    for grant in &principal.grants {
        let candidates = match grant.scope {
            Scope::Quartier(_, q) => quartiers::get(&mut *conn, q).await?.into_iter().collect(),
            Scope::City(c) => quartiers::of_city(&mut *conn, c).await?,
        };
        for q in candidates {
            let all = principal.may(Action::TriageRawReports {
                quartier: q.scope(),
                relays_allowed: false,
            });
            let relays = principal.may(Action::TriageRawReports {
                quartier: q.scope(),
                relays_allowed: true,
            });
            if !relays {
                continue;
            }
            match out.iter_mut().find(|(o, _)| o.id == q.id) {
                Some(existing) => existing.1 &= !all,
                None => out.push((q, !all)),
            }
        }
    }
    Ok(out)
}

/// A page of a quartier's reports for someone who may triage them: every report for a
/// coordinator of its city, those whose reporter allowed the relays for its relays and
/// facilitators; refused to anyone else. Returns the quartier, the page and the total.
pub async fn list(
    conn: &mut SqliteConnection,
    principal: &Principal,
    quartier: QuartierId,
    filter: Filter,
    category: Option<Category>,
    limit: i64,
    offset: i64,
) -> ServiceResult<(Quartier, Vec<Report>, i64)> {
    // A quartier that does not exist is refused like one she may not read.
    let q = quartiers::get(&mut *conn, quartier)
        .await?
        .ok_or(ServiceError::NotAllowed)?;
    let may = |relays_allowed| {
        principal.may(Action::TriageRawReports {
            quartier: q.scope(),
            relays_allowed,
        })
    };
    let relays_only = match (may(false), may(true)) {
        (true, _) => false,
        (false, true) => true,
        (false, false) => return Err(ServiceError::NotAllowed),
    };
    let (page, total) =
        reports::list(conn, q.id, filter, category, relays_only, limit, offset).await?;
    Ok((q, page, total))
}

/// A report she may read raw, checked without logging anything: the status buttons,
/// the follow-up and every other action on a report go through here.
pub async fn readable(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: ReportId,
) -> ServiceResult<Report> {
    let report = reports::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    let quartier = quartiers::get(&mut *conn, report.quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    let action = Action::TriageRawReports {
        quartier: quartier.scope(),
        relays_allowed: report.audience.relays_allowed(),
    };
    if !principal.may(action) {
        return Err(ServiceError::NotAllowed);
    }
    Ok(report)
}

/// Before asking for more (a reason, the original, a note): she may read the report, and
/// moving it to `to` is legal from its status now. Nothing is written.
pub async fn check_move(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: ReportId,
    to: ReportStatus,
) -> ServiceResult<Report> {
    let report = readable(conn, principal, id).await?;
    report
        .status
        .transition(to)
        .map_err(|_| ServiceError::Stale)?;
    Ok(report)
}

/// Opening a report's detail: readable, and logged (one line per opening) when named.
pub async fn open(
    conn: &mut SqliteConnection,
    principal: &Principal,
    viewer: PersonId,
    id: ReportId,
    now: DateTime<Utc>,
) -> ServiceResult<Report> {
    let report = readable(&mut *conn, principal, id).await?;
    if !report.anonymous {
        reports::log(conn, id, Some(viewer), None, None, Some("opened"), now).await?;
    }
    Ok(report)
}

/// Moves a report to `to` (refused if illegal or if someone changed it meanwhile), records
/// it in the audit trail and tells the reporter through the outbox.
pub async fn change_status(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    id: ReportId,
    to: ReportStatus,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> ServiceResult<Report> {
    let report = check_move(&mut *conn, principal, id, to).await?;
    let event = reports::set_status(&mut *conn, id, report.status, to, actor, note, now)
        .await?
        .ok_or(ServiceError::Stale)?;
    if let Some(reporter) = report.reporter {
        let person = persons::get(&mut *conn, reporter).await?;
        let msg = match (person.discreet, to, note) {
            (true, _, _) => Msg::new("report-news-discreet"),
            // "You said, we did": what was done, told to her as it is resolved.
            (false, ReportStatus::Resolved, Some(done)) => Msg::new("report-resolved")
                .plain("reference", report.reference.clone())
                .user("done", done),
            (false, _, _) => Msg::new("report-status-changed")
                .plain("reference", report.reference.clone())
                .msg("status", to.message_id()),
        };
        let key = reports::status_key(id, event);
        outbox::tell(conn, key, "report_status", reporter, msg, now).await?;
    }
    Ok(report)
}

/// Marks report `id` a duplicate of `reference` (a report of the same quartier), and
/// records the merge in the original's trail. The original must be readable by whoever
/// merges: one she may not read is answered as unknown, and its trail is not touched.
/// Returns the duplicate, or `None` when there is no such original for her.
pub async fn merge_duplicate(
    conn: &mut SqliteConnection,
    principal: &Principal,
    actor: PersonId,
    id: ReportId,
    reference: &str,
    now: DateTime<Utc>,
) -> ServiceResult<Option<Report>> {
    let this = readable(&mut *conn, principal, id).await?;
    let original = reports::by_reference(&mut *conn, this.quartier, reference).await?;
    let Some(original) = original.filter(|o| o.id != id) else {
        return Ok(None);
    };
    match readable(&mut *conn, principal, original.id).await {
        Ok(_) => {}
        Err(ServiceError::NotAllowed) => return Ok(None),
        Err(e) => return Err(e),
    }
    let note = format!("duplicate of {}", original.reference);
    let report = change_status(
        &mut *conn,
        principal,
        actor,
        id,
        ReportStatus::Duplicate,
        Some(&note),
        now,
    )
    .await?;
    // Merged: the original's trail names its duplicate.
    let merged = format!("{} merged here", this.reference);
    reports::log(
        conn,
        original.id,
        Some(actor),
        None,
        None,
        Some(&merged),
        now,
    )
    .await?;
    Ok(Some(report))
}
