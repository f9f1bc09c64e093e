//! Broadcasts: who may send to whom, what a draft reaches, confirming (one outbox row per
//! recipient, in the confirming transaction), scheduling, cancelling, "understood", and
//! the figures of the author's report. No Telegram here.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;
use strum::IntoEnumIterator;

use super::{ServiceError, ServiceResult};
use crate::domain::{
    Action, Audience, BroadcastId, BroadcastProblem, CityId, Draft, Locale, PersonId, Principal,
    QuartierId, Role, Scope,
};
use crate::i18n::Msg;
use crate::outbox::{self, NewMessage, Recipient};
use crate::scheduler::{self, JobKind};
use crate::store::broadcasts::{self as store, Broadcast, NewBroadcast};
use crate::store::quartiers;

/// The outbox kind of a broadcast's copies.
pub const KIND: &str = "broadcast";

/// Whether she may broadcast at all somewhere (the menu and `/help` offer it).
pub fn may_broadcast_somewhere(p: &Principal) -> bool {
    p.is_admin
        || p.grants.iter().any(|g| {
            p.may(Action::Broadcast {
                scope: g.scope,
                to: Role::Mother,
            })
        })
}

/// The cities she may broadcast in.
pub async fn cities(conn: &mut SqliteConnection, p: &Principal) -> sqlx::Result<Vec<CityId>> {
    if p.is_admin {
        let all = crate::store::cities::all(conn).await?;
        return Ok(all.into_iter().map(|c| c.id).collect());
    }
    let mut cities: Vec<CityId> = p
        .grants
        .iter()
        .filter(|g| {
            p.may(Action::Broadcast {
                scope: g.scope,
                to: Role::Mother,
            })
        })
        .map(|g| g.scope.city())
        .collect();
    cities.sort();
    cities.dedup();
    Ok(cities)
}

/// The roles she may target in a city (everyone for a coordinator, mothers for a relay).
pub fn roles_for(p: &Principal, city: CityId) -> Vec<Role> {
    Role::iter()
        .filter(|r| {
            p.may(Action::Broadcast {
                scope: Scope::City(city),
                to: *r,
            }) || p.grants.iter().any(|g| {
                g.scope.city() == city
                    && p.may(Action::Broadcast {
                        scope: g.scope,
                        to: *r,
                    })
            })
        })
        .collect()
}

/// The quartiers of a city she may choose.
pub async fn quartiers_for(
    conn: &mut SqliteConnection,
    p: &Principal,
    city: CityId,
) -> sqlx::Result<Vec<crate::domain::Quartier>> {
    let all = quartiers::of_city(conn, city).await?;
    Ok(all
        .into_iter()
        .filter(|q| {
            p.may(Action::Broadcast {
                scope: Scope::Quartier(city, q.id),
                to: Role::Mother,
            })
        })
        .collect())
}

/// Refuses an audience she may not reach: another city's quartier, a role above hers,
/// the whole city for a relay (forged buttons end here and change nothing).
pub async fn check_audience(
    conn: &mut SqliteConnection,
    p: &Principal,
    audience: &Audience,
) -> ServiceResult<CityId> {
    let city = audience.city.ok_or(ServiceError::NotAllowed)?;
    let mut scopes = vec![];
    for q in &audience.quartiers {
        match quartiers::get(conn, *q).await? {
            Some(found) if found.city == city => scopes.push(Scope::Quartier(city, *q)),
            _ => return Err(ServiceError::NotAllowed),
        }
    }
    if scopes.is_empty() {
        scopes.push(Scope::City(city));
    }
    let allowed = scopes.iter().all(|scope| {
        audience
            .roles()
            .into_iter()
            .all(|to| p.may(Action::Broadcast { scope: *scope, to }))
    });
    if allowed {
        Ok(city)
    } else {
        Err(ServiceError::NotAllowed)
    }
}

/// How many recipients read each language (the buttons ✅ / ➕ show it).
pub async fn languages(
    conn: &mut SqliteConnection,
    p: &Principal,
    author: PersonId,
    audience: &Audience,
    now: DateTime<Utc>,
) -> ServiceResult<BTreeMap<Locale, i64>> {
    let city = check_audience(conn, p, audience).await?;
    let mut counts = BTreeMap::new();
    for (_, locale) in store::recipients(conn, audience, city, Some(author), now).await? {
        *counts.entry(locale).or_insert(0) += 1;
    }
    Ok(counts)
}

/// A draft to confirm.
pub struct Confirm<'a> {
    pub author: PersonId,
    pub chat: i64,
    pub draft: &'a Draft,
    pub default_locale: &'a Locale,
    /// `None`: now.
    pub send_at: Option<DateTime<Utc>>,
}

/// What confirming did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Confirmed {
    pub id: BroadcastId,
    /// Rows written now (0 when scheduled).
    pub queued: usize,
    pub scheduled: bool,
}

/// Confirms a draft: stored, and its rows written now or its job scheduled, in the
/// caller's transaction.
pub async fn confirm(
    conn: &mut SqliteConnection,
    p: &Principal,
    c: Confirm<'_>,
    now: DateTime<Utc>,
) -> ServiceResult<Result<Confirmed, BroadcastProblem>> {
    let city = check_audience(conn, p, &c.draft.audience).await?;
    if !c.draft.has_version() {
        return Ok(Err(BroadcastProblem::NoVersion));
    }
    if c.send_at.is_some_and(|at| at <= now) {
        return Ok(Err(BroadcastProblem::InThePast));
    }
    let anyone = store::any_recipient(conn, &c.draft.audience, city, Some(c.author), now).await?;
    let groups = groups_of(conn, &c.draft.audience, city).await?;
    if !anyone && groups.is_empty() {
        return Ok(Err(BroadcastProblem::NoRecipients));
    }
    let new = NewBroadcast {
        author: c.author,
        author_chat: c.chat,
        audience: &c.draft.audience,
        city,
        default_locale: c.default_locale,
        versions: &c.draft.versions,
        send_at: c.send_at.unwrap_or(now),
    };
    let id = store::create(conn, &new, now).await?;
    let Some(at) = c.send_at else {
        let queued = release(conn, id, now).await?;
        return Ok(Ok(Confirmed {
            id,
            queued,
            scheduled: false,
        }));
    };
    let payload = serde_json::json!({ "broadcast": id.0 });
    scheduler::schedule(conn, JobKind::Broadcast, &store::batch(id), at, &payload).await?;
    tracing::info!(broadcast = id.0, "broadcast scheduled");
    Ok(Ok(Confirmed {
        id,
        queued: 0,
        scheduled: true,
    }))
}

async fn groups_of(
    conn: &mut SqliteConnection,
    audience: &Audience,
    city: CityId,
) -> sqlx::Result<Vec<QuartierId>> {
    if !audience.groups {
        return Ok(vec![]);
    }
    let all = quartiers::of_city(conn, city).await?;
    Ok(all
        .into_iter()
        .filter(|q| q.group_chat.is_some())
        .filter(|q| audience.quartiers.is_empty() || audience.quartiers.contains(&q.id))
        .map(|q| q.id)
        .collect())
}

/// Writes one outbox row per recipient of the moment (and per linked group); the
/// broadcast is then being delivered. A cancelled or already released one writes
/// nothing. Returns how many rows.
pub async fn release(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    now: DateTime<Utc>,
) -> sqlx::Result<usize> {
    let started = std::time::Instant::now();
    let Some(b) = store::get(conn, id)
        .await?
        .filter(|b| b.status == "scheduled")
    else {
        return Ok(0);
    };
    let people = store::recipients(conn, &b.audience, b.city, b.author, now).await?;
    let recipients_ms = started.elapsed().as_secs_f64() * 1000.0;
    let groups = groups_of(conn, &b.audience, b.city).await?;
    let message = Msg::new("broadcast-copy").num("broadcast", id.0);
    let row = |key: String, to: Recipient| NewMessage {
        key,
        kind: KIND,
        batch: Some(store::batch(id)),
        to,
        message: message.clone(),
        attachment: None,
        not_before: now,
        delete_ids: vec![],
        about: None,
    };
    let keyed: Vec<(String, PersonId)> = people
        .iter()
        .map(|(p, _)| (store::person_key(id, *p), *p))
        .collect();
    let batch = store::batch(id);
    let mut written =
        outbox::enqueue_to_people(conn, KIND, &batch, &message, &keyed, now).await? as usize;
    for q in groups {
        let m = row(store::group_key(id, q), Recipient::Group(q));
        written += usize::from(outbox::enqueue(conn, &m, now).await?);
    }
    store::mark_sending(conn, id, written as i64, now).await?;
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    tracing::info!(
        broadcast = id.0,
        rows = written,
        recipients_ms,
        elapsed_ms,
        "broadcast queued"
    );
    Ok(written)
}

/// A broadcast whose copies are being sent, its versions, and which of `people` may
/// still receive theirs (those still named by its audience: they may have left their
/// quartier since). A cancelled or deleted broadcast is refused by name. Three queries,
/// whatever the number of people.
pub async fn copies_for(
    conn: &mut SqliteConnection,
    id: BroadcastId,
    people: &[PersonId],
    now: DateTime<Utc>,
) -> sqlx::Result<Result<Sendable, &'static str>> {
    let Some(b) = store::get(conn, id).await? else {
        return Ok(Err("broadcast gone"));
    };
    if b.status == "cancelled" {
        return Ok(Err("broadcast cancelled"));
    }
    let still = store::still_recipients(conn, &b, people, now).await?;
    let versions = store::versions(conn, id).await?;
    Ok(Ok(Sendable {
        broadcast: b,
        versions,
        still,
    }))
}

/// A broadcast being sent, as its copies need it.
pub struct Sendable {
    pub broadcast: Broadcast,
    pub versions: Vec<crate::domain::Version>,
    /// Those of the people asked about who are still in its audience.
    pub still: std::collections::HashSet<PersonId>,
}

/// Cancels her broadcast (scheduled or being delivered); returns how many copies were
/// withdrawn. Someone else's broadcast is refused.
pub async fn cancel(
    conn: &mut SqliteConnection,
    author: PersonId,
    id: BroadcastId,
    now: DateTime<Utc>,
) -> ServiceResult<u64> {
    let b = store::get(conn, id).await?.ok_or(ServiceError::Stale)?;
    if b.author != Some(author) {
        return Err(ServiceError::NotAllowed);
    }
    let withdrawn = store::cancel(conn, id, now)
        .await?
        .ok_or(ServiceError::Stale)?;
    tracing::info!(broadcast = id.0, withdrawn, "broadcast cancelled");
    Ok(withdrawn)
}

/// "Understood ✅": recorded once, only by someone who received it.
pub async fn acknowledge(
    conn: &mut SqliteConnection,
    person: PersonId,
    id: BroadcastId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    store::acknowledge(conn, id, person, now).await
}

/// The figures of a broadcast, per language ("group" for quartier groups).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub by_language: BTreeMap<String, Tally>,
    pub understood: i64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub queued: i64,
    pub delivered: i64,
    pub unreachable: i64,
    pub failed: i64,
    /// Withdrawn by a cancellation, or skipped (she left, erased her account).
    pub withdrawn: i64,
}

impl Tally {
    fn add(&mut self, status: &str, n: i64) {
        match status {
            "queued" => self.queued += n,
            "sent" => self.delivered += n,
            "unreachable" => self.unreachable += n,
            "failed" => self.failed += n,
            _ => self.withdrawn += n,
        }
    }
}

impl Figures {
    pub fn total(&self) -> Tally {
        let mut t = Tally::default();
        for v in self.by_language.values() {
            t.queued += v.queued;
            t.delivered += v.delivered;
            t.unreachable += v.unreachable;
            t.failed += v.failed;
            t.withdrawn += v.withdrawn;
        }
        t
    }
}

pub async fn figures(conn: &mut SqliteConnection, b: &Broadcast) -> sqlx::Result<Figures> {
    let mut f = Figures {
        understood: b.understood,
        ..Figures::default()
    };
    for (locale, status, n) in store::figures(conn, b.id).await? {
        let key = locale.unwrap_or_else(|| "group".into());
        f.by_language.entry(key).or_default().add(&status, n);
    }
    Ok(f)
}

/// The people who received it and have not said they understood, among those she may
/// see (those she could broadcast to): their first names, or a count of the others.
pub async fn not_understood(
    conn: &mut SqliteConnection,
    p: &Principal,
    b: &Broadcast,
    now: DateTime<Utc>,
) -> sqlx::Result<(Vec<String>, usize)> {
    let mut names = vec![];
    let mut others = 0;
    for person in store::not_understood(conn, b.id).await? {
        let grants = crate::store::roles::active_grants(conn, person, now).await?;
        let visible = grants.iter().any(|(_, g)| {
            g.scope.city() == b.city
                && p.may(Action::Broadcast {
                    scope: g.scope,
                    to: g.role,
                })
        });
        let name = crate::store::persons::get(conn, person).await?.first_name;
        match (visible, name) {
            (true, Some(n)) => names.push(n.as_str().to_owned()),
            _ => others += 1,
        }
    }
    Ok((names, others))
}
