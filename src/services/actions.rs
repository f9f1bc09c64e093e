//! Actions: created by a coordinator or facilitator (or from a meeting decision), carried
//! by a member or an organisation, updated by whoever carries it (started, done with a
//! note, blocked with why, new date), reminded before and after the due date; done, they
//! tell every reporter of a linked report "you said, we did" and resolve those reports.

use chrono::{DateTime, Duration, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult, people};
use crate::domain::calmer::{CalmerSettings, ask_times, main_cell};
use crate::domain::report::{Cell, ReportStatus, TimeSlot};
use crate::domain::solutions::{ActionSource, ActionStatus};
use crate::domain::{
    Action, ActionId, DecisionId, DomainError, PersonId, Principal, QuartierId, ReportId, Scope,
    SolutionId,
};
use crate::i18n::Msg;
use crate::outbox;
use crate::scheduler::{self, JobKind};
use crate::store::actions::{self, ActionRow, NewAction};
use crate::store::{cities, persons, quartiers, reports};

/// The kind of the outbox rows that carry an action's buttons (see `outbox::buttons`).
pub const ASSIGNED_KIND: &str = "action_assigned";
pub const REMINDER_KIND: &str = "action_reminder";
/// The longest text (what, a note, an organisation's name), in characters.
pub const MAX_TEXT: usize = 500;
/// The carrier is reminded this long before the due date…
pub const REMIND_BEFORE: Duration = Duration::days(2);
/// …and this long after it, if it is not done.
pub const REMIND_OVERDUE: Duration = Duration::days(1);

/// Who carries an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Carrier {
    /// A member (local actor, relay, facilitator, coordinator, élu).
    Person(PersonId),
    /// An organisation named in words.
    Organisation(String),
}

impl Carrier {
    /// From what a dialogue state keeps: a member, else an organisation's name.
    pub fn from_parts(person: Option<PersonId>, organisation: Option<String>) -> Carrier {
        match (person, organisation) {
            (Some(p), _) => Carrier::Person(p),
            (None, name) => Carrier::Organisation(name.unwrap_or_default()),
        }
    }

    /// What a dialogue state keeps of it.
    pub fn into_parts(self) -> (Option<PersonId>, Option<String>) {
        match self {
            Carrier::Person(p) => (Some(p), None),
            Carrier::Organisation(name) => (None, Some(name)),
        }
    }
}

/// An action to create: from a meeting decision (its id and text) or on its own.
#[derive(Debug, Clone)]
pub struct Plan {
    pub scope: Scope,
    pub what: String,
    pub carrier: Carrier,
    pub due_at: DateTime<Utc>,
    pub solution: Option<SolutionId>,
    /// The meeting decision it comes from (`meeting_decision.id`, issue 15).
    pub decision: Option<DecisionId>,
    pub reports: Vec<ReportId>,
}

/// What the carrier says of her action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Update {
    Started,
    Done(String),
    Blocked(String),
    NewDate(DateTime<Utc>),
}

fn bounded(text: &str) -> ServiceResult<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DomainError::Empty.into());
    }
    if text.chars().count() > MAX_TEXT {
        return Err(DomainError::TooLong { max: MAX_TEXT }.into());
    }
    Ok(text.to_owned())
}

/// Creates an action (checked: her right over its scope, a carrier who may carry it,
/// reports of that scope), tells the carrier with the update buttons and schedules the
/// reminders. A decision already made an action returns that action: one call from the
/// meetings side, safe to repeat.
pub async fn create(
    conn: &mut SqliteConnection,
    principal: &Principal,
    by: PersonId,
    plan: Plan,
    now: DateTime<Utc>,
) -> ServiceResult<ActionId> {
    if !principal.may(Action::CreateAction(plan.scope)) {
        return Err(ServiceError::NotAllowed);
    }
    if let Some(existing) = match plan.decision {
        Some(d) => actions::of_decision(&mut *conn, d).await?,
        None => None,
    } {
        return Ok(existing);
    }
    let what = bounded(&plan.what)?;
    let (carrier, org) = match &plan.carrier {
        Carrier::Person(p) => {
            check_carrier(&mut *conn, *p, plan.scope, now).await?;
            (Some(*p), None)
        }
        Carrier::Organisation(name) => (None, Some(bounded(name)?)),
    };
    check_reports(&mut *conn, plan.scope, &plan.reports).await?;
    let new = NewAction {
        city: plan.scope.city(),
        quartier: plan.scope.quartier(),
        what: &what,
        carrier,
        carrier_org: org.as_deref(),
        due_at: plan.due_at,
        solution: plan.solution,
        meeting_decision: plan.decision,
        reports: &plan.reports,
        created_by: by,
    };
    let id = actions::create(&mut *conn, &new, now).await?;
    if let Some(person) = carrier {
        let due = due_text(&mut *conn, plan.scope.city(), plan.due_at).await?;
        let msg = card(id, &what, &due);
        let key = format!("action-assigned:{id}");
        outbox::tell(&mut *conn, key, ASSIGNED_KIND, person, msg, now).await?;
    }
    schedule_reminders(conn, id, plan.due_at, now).await?;
    tracing::info!(action = %id, "action created");
    Ok(id)
}

/// The carrier must be allowed to carry actions there.
pub async fn check_carrier(
    conn: &mut SqliteConnection,
    person: PersonId,
    scope: Scope,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let theirs = people::principal(conn, Some(person), false, now).await?;
    if !theirs.may(Action::OwnAction(scope)) {
        return Err(ServiceError::Duplicate("actions-error-carrier"));
    }
    Ok(())
}

/// Linked reports must belong to the action's scope.
async fn check_reports(
    conn: &mut SqliteConnection,
    scope: Scope,
    ids: &[ReportId],
) -> ServiceResult<()> {
    for id in ids {
        let r = reports::get(&mut *conn, *id)
            .await?
            .ok_or(ServiceError::Stale)?;
        let q = quartiers::get(&mut *conn, r.quartier)
            .await?
            .ok_or(ServiceError::Stale)?;
        let inside = match scope {
            Scope::City(c) => q.city == c,
            Scope::Quartier(_, id) => q.id == id,
        };
        if !inside {
            return Err(ServiceError::NotAllowed);
        }
    }
    Ok(())
}

/// The message that gives an action to its carrier (the buttons come with it).
fn card(id: ActionId, what: &str, due: &str) -> Msg {
    Msg::new("actions-assigned")
        .num("action", id.0)
        .user("what", what)
        .plain("due", due)
}

/// A due date as a day in the city's time zone (31/12/2026), the same in every language.
pub async fn due_text(
    conn: &mut SqliteConnection,
    city: crate::domain::CityId,
    at: DateTime<Utc>,
) -> sqlx::Result<String> {
    let tz = cities::time_zone(conn, city).await?;
    Ok(at.with_timezone(&tz).format("%d/%m/%Y").to_string())
}

/// The reminders before and after `due_at`, keyed by that date: a new date gets new ones.
async fn schedule_reminders(
    conn: &mut SqliteConnection,
    id: ActionId,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    for (which, at) in [
        ("before", due_at - REMIND_BEFORE),
        ("overdue", due_at + REMIND_OVERDUE),
    ] {
        let key = format!("action-{which}:{id}:{}", due_at.timestamp());
        let payload =
            serde_json::json!({"action": id.0, "which": which, "due": due_at.timestamp()});
        scheduler::schedule(
            &mut *conn,
            JobKind::ActionReminder,
            &key,
            at.max(now),
            &payload,
        )
        .await?;
    }
    Ok(())
}

/// A reminder job: sent once (its key) if the action is still pending with that due date.
pub async fn remind(
    conn: &mut SqliteConnection,
    id: ActionId,
    which: &str,
    due: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let Some(a) = actions::get(&mut *conn, id).await? else {
        return Ok(false);
    };
    let (Some(carrier), true, true) = (
        a.carrier,
        a.status.is_pending(),
        a.due_at.timestamp() == due,
    ) else {
        return Ok(false);
    };
    let id_msg = if which == "overdue" {
        "actions-reminder-overdue"
    } else {
        "actions-reminder-before"
    };
    let due_day = due_text(&mut *conn, a.city, a.due_at).await?;
    let msg = Msg::new(id_msg)
        .num("action", id.0)
        .user("what", a.what.clone())
        .plain("due", due_day);
    let key = format!("action-{which}:{id}:{due}");
    outbox::tell(conn, key, REMINDER_KIND, carrier, msg, now).await
}

/// The action, if she may update it: she carries it, or she may create actions there.
pub async fn updatable(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    id: ActionId,
) -> ServiceResult<ActionRow> {
    let a = actions::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    let scope = scope_of(&a);
    if a.carrier == Some(person) && principal.may(Action::OwnAction(scope))
        || principal.may(Action::CreateAction(scope))
    {
        return Ok(a);
    }
    Err(ServiceError::NotAllowed)
}

pub fn scope_of(a: &ActionRow) -> Scope {
    match a.quartier {
        Some(q) => Scope::Quartier(a.city, q),
        None => Scope::City(a.city),
    }
}

/// Applies an update; done tells the reporters, resolves the reports and schedules
/// "did it get calmer?".
pub async fn update(
    conn: &mut SqliteConnection,
    principal: &Principal,
    person: PersonId,
    id: ActionId,
    update: Update,
    calmer: &CalmerSettings,
    now: DateTime<Utc>,
) -> ServiceResult<ActionRow> {
    let a = updatable(&mut *conn, principal, person, id).await?;
    let (to, note) = match &update {
        Update::Started => (ActionStatus::Started, None),
        Update::Done(n) => (ActionStatus::Done, Some(bounded(n)?)),
        Update::Blocked(n) => (ActionStatus::Blocked, Some(bounded(n)?)),
        Update::NewDate(at) => return new_date(conn, a, *at, now).await,
    };
    let to = a.status.transition(to).ok_or(ServiceError::Stale)?;
    if !actions::set_status(&mut *conn, id, a.status, to, note.as_deref(), now).await? {
        return Err(ServiceError::Stale);
    }
    let said = note.as_deref().unwrap_or_default();
    super::action_news::tell_coordinators(&mut *conn, &a, person, to, said, now).await?;
    if to == ActionStatus::Done {
        let done = note.clone().unwrap_or_else(|| a.what.clone());
        said_we_did(&mut *conn, &a, person, &done, now).await?;
        schedule_calmer(&mut *conn, &a, calmer, now).await?;
    }
    tracing::info!(action = %id, status = to.as_str(), "action updated");
    Ok(a)
}

async fn new_date(
    conn: &mut SqliteConnection,
    a: ActionRow,
    at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ServiceResult<ActionRow> {
    if at <= now {
        return Err(ServiceError::Duplicate("actions-error-date-past"));
    }
    if !a.status.is_pending() || !actions::set_due(&mut *conn, a.id, at, now).await? {
        return Err(ServiceError::Stale);
    }
    schedule_reminders(conn, a.id, at, now).await?;
    Ok(a)
}

/// "You said, we did": each linked report still open is resolved (audit trail: who,
/// what was done) and its reporter told — in discreet mode only "news, open /myreports".
async fn said_we_did(
    conn: &mut SqliteConnection,
    a: &ActionRow,
    actor: PersonId,
    done: &str,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    for id in actions::reports(&mut *conn, a.id).await? {
        let Some(r) = reports::get(&mut *conn, id).await? else {
            continue;
        };
        let event = match r.status.transition(ReportStatus::Resolved) {
            Ok(to) => {
                let note = format!("action {}: {done}", a.id);
                reports::set_status(&mut *conn, id, r.status, to, actor, Some(&note), now).await?
            }
            Err(_) => None,
        };
        let Some(reporter) = r.reporter else { continue };
        let msg = if persons::get(&mut *conn, reporter).await?.discreet {
            Msg::new("report-news-discreet")
        } else {
            Msg::new("actions-said-did")
                .plain("reference", r.reference.clone())
                .user("done", done)
        };
        let key = match event {
            Some(e) => reports::status_key(id, e),
            None => format!("said-did:{}:{id}", a.id),
        };
        outbox::tell(&mut *conn, key, "report_status", reporter, msg, now).await?;
    }
    Ok(())
}

/// The cell of the linked reports, kept on the action, and one job per round at the
/// next start of that cell after two (then six) weeks.
async fn schedule_calmer(
    conn: &mut SqliteConnection,
    a: &ActionRow,
    settings: &CalmerSettings,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let mut cells = vec![];
    for id in actions::reports(&mut *conn, a.id).await? {
        if let Some(r) = reports::get(&mut *conn, id).await?
            && let Some(slot) = TimeSlot::parse(&r.cell_slot)
        {
            cells.push(Cell {
                weekdays: r.cell_weekdays,
                slot,
            });
        }
    }
    let Some(cell) = main_cell(&cells) else {
        return Ok(());
    };
    actions::set_calmer_cell(&mut *conn, a.id, cell).await?;
    let tz = cities::time_zone(&mut *conn, a.city).await?;
    for (i, at) in ask_times(now, cell, tz, settings).into_iter().enumerate() {
        let round = i as i64 + 1;
        let key = format!("calmer:{}:{round}", a.id);
        let payload = serde_json::json!({"action": a.id.0, "round": round, "at": at.timestamp()});
        scheduler::schedule(&mut *conn, JobKind::CalmerRound, &key, at, &payload).await?;
    }
    Ok(())
}

/// The quartier an action's questions go to: its own, else its first linked report's.
pub async fn quartier_of(
    conn: &mut SqliteConnection,
    a: &ActionRow,
) -> sqlx::Result<Option<QuartierId>> {
    if a.quartier.is_some() {
        return Ok(a.quartier);
    }
    let first = actions::reports(&mut *conn, a.id).await?.into_iter().next();
    Ok(match first {
        Some(id) => reports::get(conn, id).await?.map(|r| r.quartier),
        None => None,
    })
}

/// Before making an accepted solution an action: its scope and reports, if she may.
pub async fn plan_from_solution(
    conn: &mut SqliteConnection,
    principal: &Principal,
    id: SolutionId,
) -> ServiceResult<(Scope, Vec<ReportId>)> {
    let s = crate::store::solutions::get(&mut *conn, id)
        .await?
        .ok_or(ServiceError::Stale)?;
    if s.status != crate::domain::solutions::SolutionStatus::Accepted {
        return Err(ServiceError::Stale);
    }
    let q = quartiers::get(&mut *conn, s.quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    if !principal.may(Action::CreateAction(q.scope())) {
        return Err(ServiceError::NotAllowed);
    }
    Ok((q.scope(), crate::store::solutions::reports(conn, id).await?))
}

/// Before making an action from an accepted solution or a meeting decision: its scope
/// and reports, if she may.
pub async fn plan_from(
    conn: &mut SqliteConnection,
    principal: &Principal,
    from: ActionSource,
) -> ServiceResult<(Scope, Vec<ReportId>)> {
    match from {
        ActionSource::Solution(id) => plan_from_solution(conn, principal, id).await,
        ActionSource::Decision(id) => {
            let (scope, d) = super::meeting_actions::decision(conn, principal, id).await?;
            Ok((scope, d.reports))
        }
        ActionSource::Quartier(q) => {
            Ok((super::new_action::scope(conn, principal, q).await?, vec![]))
        }
    }
}

/// Who may carry an action over `scope`: the quartier's relays, facilitators and local
/// actors, and the city's coordinators and élus (with their first name, for the buttons
/// of whoever creates the action).
pub async fn carriers(
    conn: &mut SqliteConnection,
    scope: Scope,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<crate::domain::Member>> {
    let mut all = crate::store::roles::members(&mut *conn, scope, now).await?;
    if scope.quartier().is_some() {
        all.extend(crate::store::roles::members(conn, Scope::City(scope.city()), now).await?);
    }
    all.retain(|m| m.role != crate::domain::Role::Mother);
    all.dedup_by_key(|m| m.person);
    Ok(all)
}
