//! Quartier groups: the bot keeps the door. Linking a group (who may, which quartier),
//! deciding each join request by the roles of that moment, taking out whoever the bot let
//! in once her role ends, and following what happens to the group on Telegram's side.
//! Every effect on Telegram is an outbox row written in the caller's transaction.

use chrono::{DateTime, Utc};
use sqlx::SqliteConnection;

use super::{ServiceError, ServiceResult, people};
use crate::domain::{
    Action, GroupBreak, GroupPolicy, PersonId, Principal, Quartier, QuartierPrefix, Role, Scope,
    TelegramUserId,
};
use crate::i18n::Msg;
use crate::outbox::door::{self, DoorAction};
use crate::store::groups::{self, Admission, LinkedGroup};
use crate::store::{persons, quartiers, roles};

/// The quartier `/linkgroup PREFIX` would link `chat` to, if she may: one quartier of a
/// city she coordinates. A group serves one quartier: a group linked to another quartier
/// is refused.
pub async fn quartier_to_link(
    conn: &mut SqliteConnection,
    principal: &Principal,
    prefix: &QuartierPrefix,
    chat: i64,
) -> ServiceResult<Quartier> {
    let candidates: Vec<_> = quartiers::by_prefix(&mut *conn, prefix)
        .await?
        .into_iter()
        .filter(|q| principal.may(Action::LinkGroup(q.scope())))
        .collect();
    let [quartier] = candidates.as_slice() else {
        return Err(ServiceError::Stale);
    };
    for linked in quartiers::by_group(&mut *conn, chat).await? {
        if linked.id == quartier.id {
            continue;
        }
        if !principal.may(Action::LinkGroup(linked.scope())) {
            return Err(ServiceError::NotAllowed);
        }
        return Err(ServiceError::Duplicate("linkgroup-other-quartier"));
    }
    Ok(quartier.clone())
}

/// Records the group and its new invite link; returns the link it replaces in that
/// group (to be revoked).
pub async fn record_link(
    conn: &mut SqliteConnection,
    quartier: &Quartier,
    chat: i64,
    link: &str,
) -> ServiceResult<Option<String>> {
    let old = groups::set_link(conn, quartier.id, chat, link).await?;
    tracing::info!(
        quartier = quartier.id.0,
        chat,
        "group linked with a new invite link"
    );
    Ok(old)
}

/// What became of a join request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JoinDecision {
    /// The group is not one the bot keeps: nothing done.
    NotOurs,
    Approved {
        quartier: String,
    },
    Declined {
        quartier: String,
    },
}

/// Decides a join request to the group `chat`: approved if the requester is, now, a
/// member of its quartier the city lets in; declined otherwise. The decision is an
/// outbox row (keyed by the update: a replay queues nothing more) and is logged with ids
/// only.
pub async fn decide_join(
    conn: &mut SqliteConnection,
    chat: i64,
    user: TelegramUserId,
    update: i64,
    now: DateTime<Utc>,
) -> ServiceResult<JoinDecision> {
    let Some(group) = groups::linked(&mut *conn, chat).await? else {
        tracing::info!(
            chat,
            update,
            "join request in a group the bot does not keep"
        );
        return Ok(JoinDecision::NotOurs);
    };
    let person = persons::by_telegram(&mut *conn, user).await?.map(|p| p.id);
    let admitted = match person {
        Some(p) => admits(&mut *conn, &group, p, now).await?,
        None => false,
    };
    let key = format!("group-join:{chat}:{}:{update}", user.0);
    let quartier = group.name.clone();
    if let (true, Some(p)) = (admitted, person) {
        groups::admit(&mut *conn, group.quartier, p, now).await?;
        door::queue(
            conn,
            key,
            group.quartier,
            DoorAction::Approve(user),
            &[],
            now,
        )
        .await?;
        tracing::info!(
            update,
            quartier = group.quartier.0,
            person = p.0,
            "join request approved"
        );
        Ok(JoinDecision::Approved { quartier })
    } else {
        door::queue(
            conn,
            key,
            group.quartier,
            DoorAction::Decline(user),
            &[],
            now,
        )
        .await?;
        tracing::info!(
            update,
            quartier = group.quartier.0,
            user = user.0,
            member = person.map(|p| p.0),
            "join request declined"
        );
        Ok(JoinDecision::Declined { quartier })
    }
}

async fn admits(
    conn: &mut SqliteConnection,
    group: &LinkedGroup,
    person: PersonId,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    let principal = people::principal(&mut *conn, Some(person), false, now).await?;
    let policy = groups::policy(&mut *conn, group.city).await?;
    Ok(policy.admits(&principal, Scope::Quartier(group.city, group.quartier)))
}

/// Takes `person` out of every group she is in by the bot's decision and may no longer
/// be (`everywhere`: all of them, for `/forget`). Each removal is queued once; `notify`
/// are told if it fails (the city's coordinators when empty). Returns how many.
pub async fn take_out(
    conn: &mut SqliteConnection,
    person: PersonId,
    everywhere: bool,
    notify: &[PersonId],
    now: DateTime<Utc>,
) -> ServiceResult<usize> {
    let admissions = groups::open_admissions_of(&mut *conn, person).await?;
    take_out_of(conn, admissions, everywhere, notify, now).await
}

/// The periodic sweep: everyone the bot let in whose role has ended since (its end date
/// passed) or whom the city no longer lets in is taken out.
pub async fn sweep(conn: &mut SqliteConnection, now: DateTime<Utc>) -> ServiceResult<usize> {
    let admissions = groups::open_admissions(&mut *conn).await?;
    take_out_of(conn, admissions, false, &[], now).await
}

async fn take_out_of(
    conn: &mut SqliteConnection,
    admissions: Vec<Admission>,
    everywhere: bool,
    notify: &[PersonId],
    now: DateTime<Utc>,
) -> ServiceResult<usize> {
    let mut count = 0;
    for a in admissions {
        if !everywhere {
            let principal = people::principal(&mut *conn, Some(a.person), false, now).await?;
            let policy = groups::policy(&mut *conn, a.city).await?;
            if policy.admits(&principal, Scope::Quartier(a.city, a.quartier)) {
                continue;
            }
        }
        let Some(user) = persons::telegram_user(&mut *conn, a.person).await? else {
            continue;
        };
        if !groups::mark_removed(&mut *conn, a.id, now).await? {
            continue;
        }
        let notify = if notify.is_empty() {
            roles::holders_in_city(&mut *conn, Role::Coordinator, Scope::City(a.city), now).await?
        } else {
            notify.to_vec()
        };
        let key = format!("group-remove:{}", a.id.0);
        door::queue(
            conn,
            key,
            a.quartier,
            DoorAction::Remove(user),
            &notify,
            now,
        )
        .await?;
        tracing::info!(
            admission = a.id.0,
            quartier = a.quartier.0,
            person = a.person.0,
            "taken out of a group"
        );
        count += 1;
    }
    Ok(count)
}

/// The bot's place in a group changed on Telegram's side: removed, or no longer allowed
/// to keep the door. The link is marked broken and the city's coordinators are told.
pub async fn door_lost(
    conn: &mut SqliteConnection,
    chat: i64,
    why: GroupBreak,
    update: i64,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let Some(quartier) = groups::mark_broken(&mut *conn, chat, why).await? else {
        return Ok(false);
    };
    tell_coordinators(conn, quartier, why, update, now).await?;
    Ok(true)
}

/// A group became a supergroup: the quartier follows it, the link is marked broken (the
/// invite link was the old chat's) and the coordinators are told to link it again.
pub async fn migrated(
    conn: &mut SqliteConnection,
    from: i64,
    to: i64,
    update: i64,
    now: DateTime<Utc>,
) -> ServiceResult<bool> {
    let Some(quartier) = groups::migrate(&mut *conn, from, to).await? else {
        return Ok(false);
    };
    tell_coordinators(conn, quartier, GroupBreak::Migrated, update, now).await?;
    Ok(true)
}

async fn tell_coordinators(
    conn: &mut SqliteConnection,
    quartier: crate::domain::QuartierId,
    why: GroupBreak,
    update: i64,
    now: DateTime<Utc>,
) -> ServiceResult<()> {
    let q = quartiers::get(&mut *conn, quartier)
        .await?
        .ok_or(ServiceError::Stale)?;
    tracing::warn!(
        quartier = quartier.0,
        why = why.as_str(),
        "the link to a group broke"
    );
    for person in roles::holders_in_city(&mut *conn, Role::Coordinator, q.scope(), now).await? {
        let msg = Msg::new("group-broken")
            .user("quartier", q.name.clone())
            .plain("prefix", q.prefix.as_str())
            .msg("why", why.message_id());
        let key = format!("group-broken:{update}:{}", person.0);
        crate::outbox::tell(&mut *conn, key, "group_broken", person, msg, now).await?;
    }
    Ok(())
}

/// The working invite links of the quartiers she belongs to: (quartier name, link).
pub async fn her_links(
    conn: &mut SqliteConnection,
    principal: &Principal,
) -> ServiceResult<Vec<(String, String)>> {
    let mut quartiers: Vec<_> = principal
        .grants
        .iter()
        .filter_map(|g| g.scope.quartier())
        .collect();
    quartiers.sort();
    quartiers.dedup();
    Ok(groups::invite_links(conn, &quartiers)
        .await?
        .into_iter()
        .map(|(_, name, link)| (name, link))
        .collect())
}

/// The city's choice of who its groups let in, for someone who may set it.
pub async fn toggle_policy(
    conn: &mut SqliteConnection,
    principal: &Principal,
    city: crate::domain::CityId,
    role: Role,
) -> ServiceResult<GroupPolicy> {
    if !principal.may(Action::LinkGroup(Scope::City(city))) {
        return Err(ServiceError::NotAllowed);
    }
    let mut policy = groups::policy(&mut *conn, city).await?;
    match role {
        Role::Actor => policy.actors = !policy.actors,
        Role::Elected => policy.elected = !policy.elected,
        _ => return Err(ServiceError::Stale),
    }
    groups::set_policy(conn, city, policy).await?;
    Ok(policy)
}
