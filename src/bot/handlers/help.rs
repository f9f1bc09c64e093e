//! `/help`, tailored to her roles.

use super::HandlerResult;
use crate::bot::context::Turn;
use crate::domain::Role;
use crate::i18n::Msg;

pub async fn show(t: &mut Turn<'_>) -> HandlerResult {
    let principal = t.principal().await?;
    let mut parts = vec![Msg::new("help-intro")];
    if principal.reports_somewhere() {
        parts.push(Msg::new("help-reporter"));
    }
    if principal.triages_somewhere() {
        parts.push(Msg::new("help-triage"));
    }
    parts.extend(working_together(&principal));
    parts.push(Msg::new("help-everyone"));
    if principal.has_role(Role::Coordinator) {
        parts.push(Msg::new("help-coordinator"));
    } else if principal.has_role(Role::Relay) || principal.has_role(Role::Facilitator) {
        parts.push(Msg::new("help-inviter"));
    }
    if crate::services::summary::asks_summaries(&principal) {
        parts.push(Msg::new("help-summary"));
    }
    if crate::services::summary::exports(&principal) {
        parts.push(Msg::new("help-export"));
    }
    if principal.is_admin {
        parts.push(Msg::new("help-admin"));
    }
    if !principal.is_member() && !principal.is_admin {
        parts.push(Msg::new("help-not-member"));
    }
    if t.person.is_some() {
        let menu = crate::bot::keyboards::main_menu(&principal);
        t.replies.say_with(parts, menu);
    } else {
        t.replies.say_with(parts, Default::default());
    }
    Ok(())
}

/// Solutions, meetings, broadcasts and actions: what she may do with the others.
fn working_together(principal: &crate::domain::Principal) -> Vec<Msg> {
    let coordinates = principal.is_admin || principal.has_role(Role::Coordinator);
    [
        (principal.is_member(), "help-together"),
        (
            crate::services::meetings::may_organise_somewhere(principal),
            "help-organise",
        ),
        (
            crate::services::broadcasts::may_broadcast_somewhere(principal),
            "help-broadcast",
        ),
        (
            principal.is_admin || principal.reads_reports_somewhere(),
            "help-actions",
        ),
        (coordinates, "help-health"),
        (
            !coordinates && principal.creates_actions_somewhere(),
            "help-newaction",
        ),
    ]
    .into_iter()
    .filter(|(shown, _)| *shown)
    .map(|(_, id)| Msg::new(id))
    .collect()
}
