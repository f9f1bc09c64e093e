//! The button router: every callback variant goes to the handler of its feature, in the
//! dialogue state it belongs to; an old or forged button in another state is stale.

use super::{
    HandlerResult, admin, broadcast, city_language, danger, digest, followup, invite,
    meeting_button, members, not_registered, onboarding, privacy, privacy_settings, report,
    settings, solution_button, stale, triage, triage_list,
};
use crate::bot::callback::{BroadcastButton, Callback, PrivacyButton};
use crate::bot::context::Turn;
use crate::bot::state::State;
use crate::i18n::Msg;

/// A button pressed: answered at once (Telegram stops the spinner), refused in a group
/// unless made for groups, and before registration unless made for onboarding.
pub async fn button(t: &mut Turn<'_>, query_id: &str, cb: Callback) -> HandlerResult {
    if !t.inc.private && !cb.for_groups() {
        // A button of a private chat pressed (or forged) in a group: it does nothing
        // there, and nothing is posted to the group.
        tracing::info!(
            update = t.inc.update_id,
            chat = t.inc.chat_id,
            "private button refused in a group"
        );
        t.replies
            .answer(query_id, Some(Msg::new("error-private-button")));
        return Ok(());
    }
    t.replies.answer(query_id, None);
    if t.person.is_none() && !cb.before_registration() {
        return not_registered(t).await;
    }
    route(t, query_id, cb).await
}

/// Every button is named here, so that a new one nobody handles does not compile.
async fn route(t: &mut Turn<'_>, query_id: &str, cb: Callback) -> HandlerResult {
    let registered = t.person.is_some();
    let state = t.state.clone();
    match cb {
        Callback::Language(l) => match state {
            State::Language { code } => onboarding::language_chosen(t, l, code).await,
            _ if registered => settings::set_language(t, l).await,
            _ => not_registered(t).await,
        },
        Callback::Continue => match state {
            State::Notice { .. } => onboarding::notice_read(t).await,
            _ => out_of_step(t, registered).await,
        },
        Callback::SkipName => match state {
            State::FirstName { .. } => onboarding::name_skipped(t).await,
            _ => out_of_step(t, registered).await,
        },
        Callback::Discreet(on) => match state {
            State::DiscreetChoice { .. } => onboarding::finish(t, on).await,
            _ => out_of_step(t, registered).await,
        },
        Callback::Privacy(p) => privacy_button(t, p, state).await,
        Callback::DangerNow => danger::danger(t).await,
        Callback::DiscreetOffer(on) => report::discreet_offer_answered(t, on).await,
        Callback::Report(b) => match state {
            State::Report { .. } => report::button_pressed(t, b).await,
            _ => stale(t),
        },
        Callback::Understood(id) => broadcast::understood(t, query_id, id).await,
        Callback::Broadcast(b) => broadcast_button(t, b, state).await,
        Callback::Meeting(b) => meeting_button(t, b, state).await,
        Callback::Solution(b) => solution_button(t, b, state).await,
        Callback::TriageList {
            quartier,
            closed,
            page,
            category,
            status,
        } => {
            let list = triage_list::List {
                quartier,
                closed,
                page,
                category,
                status,
            };
            triage_list::show_list(t, list).await
        }
        Callback::TriageCategories { quartier, closed } => {
            triage_list::choose_category(t, quartier, closed).await
        }
        Callback::TriageOpen(id) => triage::show(t, id).await,
        Callback::TriageStatus(id, to) => triage::set_status(t, id, to).await,
        Callback::TriageAction(id, action) => followup::act(t, id, action).await,
        Callback::DropPhoto(id, n) => followup::drop_photo(t, id, n).await,
        Callback::ResolveWithoutNote(id) => match state {
            State::ResolveNote { report } if id == report => triage::resolve(t, id, None).await,
            _ => stale(t),
        },
        Callback::AnswerQuestion(q) => followup::start_answer(t, q).await,
        Callback::Settings(action) => settings::act(t, action).await,
        Callback::GroupAdmits(city, role) => settings::toggle_group_admits(t, city, role).await,
        Callback::CityLanguage(b) => city_language::act(t, b).await,
        Callback::InviteRole(role) => match state {
            State::InviteRole => invite::role_chosen(t, role).await,
            _ => stale(t),
        },
        Callback::InviteScope(scope) => match state {
            State::InviteScope { role } => invite::scope_chosen(t, role, scope).await,
            _ => stale(t),
        },
        Callback::Revoke(id) => invite::revoke(t, id).await,
        Callback::QuartierCity(city) => match state {
            State::QuartierCity { prefix, name } => {
                admin::create_quartier(t, city, prefix, name).await
            }
            _ => stale(t),
        },
        Callback::Members(scope) => members::show(t, scope).await,
        Callback::Digest(b) => digest::button(t, b).await,
        Callback::EndRole(a) => members::end(t, a).await,
        Callback::ChangeRole(a) => members::choose_new_role(t, a).await,
        Callback::ChangeRoleTo(a, role) => match state {
            State::NewRole { assignment } if a == assignment => members::change(t, a, role).await,
            _ => stale(t),
        },
    }
}

/// An onboarding button pressed out of its step: before registration she is shown where
/// she is; after, it is an old button.
async fn out_of_step(t: &mut Turn<'_>, registered: bool) -> HandlerResult {
    if registered {
        stale(t)
    } else {
        not_registered(t).await
    }
}

async fn privacy_button(t: &mut Turn<'_>, b: PrivacyButton, state: State) -> HandlerResult {
    match b {
        PrivacyButton::Details => privacy::details(t).await,
        PrivacyButton::Forget(erase) => match state {
            State::ForgetConfirm { resume } => privacy::forget_answered(t, erase, *resume).await,
            _ => stale(t),
        },
        PrivacyButton::City(c) => privacy_settings::show(t, c).await,
        PrivacyButton::SwitchKind(c) => privacy_settings::switch_kind(t, c).await,
        PrivacyButton::Retention(c) => privacy_settings::cycle_retention(t, c).await,
        PrivacyButton::Edit(c, f) => privacy_settings::edit(t, c, f).await,
    }
}

async fn broadcast_button(t: &mut Turn<'_>, b: BroadcastButton, state: State) -> HandlerResult {
    match (b, state) {
        (b @ (BroadcastButton::Cancel(_) | BroadcastButton::Report(_)), _) => {
            broadcast::own_button(t, b).await
        }
        (b, State::BroadcastAudience { draft }) => broadcast::audience_button(t, b, draft).await,
        (b, State::BroadcastReview { draft }) => broadcast::review_button(t, b, draft).await,
        _ => stale(t),
    }
}
