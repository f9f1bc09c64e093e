//! Handlers: short adapters from an input to a service call and a reply. This module
//! routes commands, buttons and text by the dialogue state.

mod admin;
pub(crate) mod broadcast;
pub(crate) mod meeting;
mod meeting_rsvp;
pub use meeting_rsvp::rsvp_rows as meeting_rows;
mod city_language;
mod danger;
mod digest;
mod followup;
mod group;
mod help;
mod invite;
mod members;
mod myreports;
mod onboarding;
mod privacy;
mod privacy_settings;
mod report;
mod report_prompt;
mod report_summary;
mod settings;
mod triage;
mod triage_list;
// Solutions and actions (issue 17).
mod actions;
mod solutions;
// Meeting decisions become actions (issues 15 and 17 joined).
mod buttons;
mod health;
mod meeting_actions;
// Issue 15, more: a new place, minutes as files, the month-by-month calendar.
mod meeting_calendar;
mod meeting_change;
// Actions created from nothing (issue 17).
mod new_action;

pub use buttons::button;

use super::callback::{MeetingButton, SolutionButton};
use super::commands::Command;
use super::context::Turn;
use super::incoming::Attachment;
use super::keyboards::{MenuAction, main_menu, strip_marks};
use super::state::State;
use crate::domain::{DomainError, Principal};
use crate::i18n::{Arg, Msg};
use crate::services::ServiceError;

pub type HandlerResult = Result<(), ServiceError>;

pub async fn command(t: &mut Turn<'_>, name: &str, args: &str) -> HandlerResult {
    let command = Command::parse_parts(name, args);
    if !t.inc.private {
        return group::command(t, command).await;
    }
    let open = command
        .as_ref()
        .is_some_and(|c| super::setup::OPEN_COMMANDS.contains(&c.name()));
    if t.person.is_none() && !open {
        return not_registered(t).await;
    }
    let Some(command) = command else {
        t.replies.say("error-unknown-command");
        return Ok(());
    };
    match command {
        Command::Start(code) => onboarding::start(t, &code).await,
        Command::Help => help::show(t).await,
        Command::Language => settings::choose_language(t).await,
        Command::Settings => settings::show(t).await,
        Command::Cancel => cancel(t).await,
        Command::Privacy => privacy::notice(t).await,
        Command::MyData => privacy::my_data(t).await,
        Command::Forget => privacy::forget(t).await,
        Command::NewCity(args) => admin::new_city(t, &args).await,
        Command::NewQuartier(args) => admin::new_quartier(t, &args).await,
        Command::Invite => invite::start(t).await,
        Command::Revoke(code) => invite::revoke_command(t, &code).await,
        Command::Members => members::start(t).await,
        Command::Report => report::start(t).await,
        Command::MyReports => myreports::mine(t).await,
        Command::Reports => triage::start(t).await,
        Command::Broadcast => broadcast::start(t).await,
        Command::Broadcasts => broadcast::list(t).await,
        Command::NewMeeting => meeting::start(t).await,
        Command::Meetings => meeting_rsvp::list(t).await,
        Command::Group => group::join_button(t).await,
        Command::Summary => digest::start(t).await,
        Command::Export => digest::export_start(t).await,
        Command::Solutions => solutions::start(t).await,
        Command::Actions => actions::start(t).await,
        Command::Propose => solutions::propose_start(t).await,
        Command::Health => health::show(t).await,
        Command::NewAction => new_action::start(t).await,
        Command::LinkGroup(_) => {
            t.replies.say("error-group-only");
            Ok(())
        }
    }
}

async fn menu_action(t: &mut Turn<'_>, action: MenuAction) -> HandlerResult {
    t.state = State::Idle;
    match action {
        MenuAction::Help => help::show(t).await,
        MenuAction::Settings => settings::show(t).await,
        MenuAction::Language => settings::choose_language(t).await,
        MenuAction::Privacy => privacy::notice(t).await,
        MenuAction::Invite => invite::start(t).await,
        MenuAction::Members => members::start(t).await,
        MenuAction::NewQuartier => admin::new_quartier(t, "").await,
        MenuAction::NewCity => admin::new_city(t, "").await,
        MenuAction::Report => report::start(t).await,
        MenuAction::MyReports => myreports::mine(t).await,
        MenuAction::Reports => triage::start(t).await,
        MenuAction::JoinGroup => group::join_button(t).await,
        MenuAction::Broadcast => broadcast::start(t).await,
        MenuAction::Meetings => meeting_rsvp::list(t).await,
        MenuAction::NewMeeting => meeting::start(t).await,
        MenuAction::Summary => digest::start(t).await,
        MenuAction::Export => digest::export_start(t).await,
        MenuAction::Solutions => solutions::start(t).await,
        MenuAction::Actions => actions::start(t).await,
        MenuAction::NewAction => new_action::start(t).await,
    }
}

/// A join request, the bot's place in a group, or a group's upgrade (no dialogue).
pub async fn group_event(t: &mut Turn<'_>) -> HandlerResult {
    group::event(t).await
}

pub async fn text(t: &mut Turn<'_>, text: &str) -> HandlerResult {
    if t.person.is_some()
        && let Some(action) = t.ctx.menu_labels.get(&strip_marks(text)).copied()
    {
        return menu_action(t, action).await;
    }
    match t.state.clone() {
        State::InvitationCode { .. } => onboarding::code_typed(t, text).await,
        State::FirstName { .. } => onboarding::name_typed(t, text).await,
        State::CityName => admin::city_typed(t, text).await,
        State::QuartierDetails => admin::quartier_typed(t, text).await,
        State::NewFirstName => settings::name_typed(t, text).await,
        State::Report { .. } => report::text(t, text).await,
        State::BroadcastVersion { draft, locale } => {
            broadcast::version_text(t, draft, locale, text).await
        }
        State::BroadcastWhen { draft } => broadcast::when_typed(t, draft, text).await,
        State::RejectReason { report } => triage::reason_typed(t, report, text).await,
        State::DuplicateOf { report } => triage::duplicate_typed(t, report, text).await,
        State::ResolveNote { report } => triage::resolve_note_typed(t, report, text).await,
        state @ (State::RedactText { .. }
        | State::PartnerText { .. }
        | State::QuestionText { .. }
        | State::AnswerText { .. }) => followup::text(t, state, text).await,
        State::PrivacyText { city, field } => privacy_settings::typed(t, city, field, text).await,
        state @ (State::MeetingTitle { .. }
        | State::MeetingWhen { .. }
        | State::MeetingTime { .. }
        | State::MeetingDuration { .. }
        | State::MeetingPlace { .. }
        | State::MeetingAgenda { .. }) => meeting::typed(t, state, text).await,
        state @ (State::MeetingChildren { .. }
        | State::MeetingGuests { .. }
        | State::MeetingMinutes { .. }
        | State::MeetingDecision { .. }
        | State::MeetingMove { .. }) => meeting_rsvp::typed(t, state, text).await,
        state @ State::MeetingNewPlace { .. } => meeting_change::place_typed(t, state, text),
        state @ (State::SolutionText { .. }
        | State::ActionWhat { .. }
        | State::ActionCarrier { .. }
        | State::ActionDue { .. }
        | State::ActionNote { .. }
        | State::ActionNewDate { .. }
        | State::ActionNewWhat { .. }
        | State::ActionReports { .. }) => solution_text(t, state, text).await,
        State::Idle if t.person.is_none() => not_registered(t).await,
        State::Idle => show_menu(t, "menu-shown").await,
        _ => {
            t.replies.say("error-expected-choice");
            Ok(())
        }
    }
}

/// A sticker, photo, location… where the bot waits for text or a button.
pub async fn attachment(t: &mut Turn<'_>, attachment: &Attachment) -> HandlerResult {
    if matches!(t.state, State::Report { .. }) {
        return report::attachment(t, attachment).await;
    }
    if let State::BroadcastVersion { draft, locale } = t.state.clone() {
        return broadcast::version_attachment(t, draft, locale, attachment).await;
    }
    match t.state.clone() {
        state @ State::MeetingPlace { .. } => return meeting::attachment(t, state, attachment),
        state @ (State::MeetingMinutes { .. } | State::MeetingNewPlace { .. }) => {
            return meeting_change::attachment(t, state, attachment).await;
        }
        _ => {}
    }
    match t.state {
        State::Idle if t.person.is_none() => not_registered(t).await,
        State::Idle
        | State::InvitationCode { .. }
        | State::FirstName { .. }
        | State::CityName
        | State::QuartierDetails
        | State::NewFirstName
        | State::RejectReason { .. }
        | State::DuplicateOf { .. }
        | State::ResolveNote { .. }
        | State::RedactText { .. }
        | State::PartnerText { .. }
        | State::QuestionText { .. }
        | State::AnswerText { .. }
        | State::PrivacyText { .. }
        | State::BroadcastWhen { .. }
        | State::MeetingTitle { .. }
        | State::MeetingWhen { .. }
        | State::MeetingTime { .. }
        | State::MeetingDuration { .. }
        | State::MeetingAgenda { .. }
        | State::MeetingChildren { .. }
        | State::MeetingGuests { .. }
        | State::MeetingDecision { .. }
        | State::MeetingMove { .. }
        | State::SolutionText { .. }
        | State::ActionWhat { .. }
        | State::ActionCarrier { .. }
        | State::ActionDue { .. }
        | State::ActionNote { .. }
        | State::ActionNewDate { .. }
        | State::ActionNewWhat { .. }
        | State::ActionReports { .. } => {
            t.replies.say("error-expected-text");
            Ok(())
        }
        _ => {
            t.replies.say("error-expected-choice");
            Ok(())
        }
    }
}

/// The buttons of `/newmeeting` belong to its steps; the others (RSVP, the organiser's)
/// work from any state.
async fn meeting_button(t: &mut Turn<'_>, b: MeetingButton, state: State) -> HandlerResult {
    use MeetingButton as M;
    match b {
        M::Kind(_)
        | M::City(_)
        | M::Quartier(_)
        | M::Role(_)
        | M::Groups
        | M::AudienceDone
        | M::Day(_)
        | M::Month(_)
        | M::Time(..)
        | M::Twice(_)
        | M::Duration(_)
        | M::SkipPlace
        | M::AgendaDone
        | M::Confirm => meeting::step_button(t, b, state).await,
        M::Rsvp(..)
        | M::Interpret(..)
        | M::Open(_)
        | M::Attendance(_)
        | M::Present(..)
        | M::Guests(_)
        | M::Minutes(_)
        | M::Decision(_)
        | M::Move(_)
        | M::Cancel(_)
        | M::CancelConfirm(_) => meeting_rsvp::button(t, b).await,
        M::Replace(id) => meeting_change::ask_place(t, id).await,
        M::PlaceDone(id) => meeting_change::place_done(t, id, state).await,
        M::MinutesSend(id) => meeting_change::minutes_send(t, id, state).await,
        M::Reminder(offset) => meeting::reminder_toggled(t, offset, state).await,
    }
}

/// The buttons of solutions and actions; a carrier is chosen only while an action is
/// being made.
async fn solution_button(t: &mut Turn<'_>, b: SolutionButton, state: State) -> HandlerResult {
    match b {
        SolutionButton::Propose(q) => solutions::propose(t, q).await,
        SolutionButton::ProposeFor(r) => solutions::propose_for(t, r).await,
        SolutionButton::Support(s) => solutions::support(t, s).await,
        SolutionButton::Decide(s, to) => solutions::decide(t, s, to).await,
        SolutionButton::Merge(s) => solutions::merge(t, s).await,
        SolutionButton::MergeInto(s, into) => solutions::merge_into(t, s, into).await,
        SolutionButton::MakeAction(s) => solutions::make_action(t, s).await,
        SolutionButton::FromDecision(d) => meeting_actions::make_action(t, d).await,
        SolutionButton::Carrier(person) => match state {
            State::ActionCarrier { from, what } => {
                actions::carrier_chosen(t, from, what, person).await
            }
            _ => stale(t),
        },
        SolutionButton::Open(a) => actions::open(t, a).await,
        SolutionButton::Started(a) => actions::started(t, a).await,
        SolutionButton::Done(a) => actions::ask_note(t, a, true).await,
        SolutionButton::Blocked(a) => actions::ask_note(t, a, false).await,
        SolutionButton::NewDate(a) => actions::ask_date(t, a).await,
        SolutionButton::Calmer(q, answer) => actions::calmer_answer(t, q, answer).await,
        SolutionButton::NewActionIn(q) => new_action::quartier_chosen(t, q).await,
        SolutionButton::NoReports => match state {
            State::ActionReports { draft } => new_action::create(t, draft, vec![]).await,
            _ => stale(t),
        },
    }
}

/// Text typed in a dialogue of solutions and actions.
async fn solution_text(t: &mut Turn<'_>, state: State, text: &str) -> HandlerResult {
    use crate::services::actions::Carrier;
    match state {
        State::SolutionText { quartier, report } => {
            solutions::text_typed(t, quartier, report, text).await
        }
        State::ActionWhat { solution } => actions::what_typed(t, solution, text).await,
        State::ActionCarrier { from, what } => actions::carrier_typed(t, from, what, text).await,
        State::ActionDue {
            from,
            what,
            carrier,
            organisation,
        } => {
            let carrier = Carrier::from_parts(carrier, organisation);
            actions::due_typed(t, from, what, carrier, text).await
        }
        State::ActionNote { action, done } => actions::note_typed(t, action, done, text).await,
        State::ActionNewDate { action } => actions::date_typed(t, action, text).await,
        State::ActionNewWhat { quartier } => new_action::what_typed(t, quartier, text).await,
        State::ActionReports { draft } => new_action::reports_typed(t, draft, text).await,
        _ => stale(t),
    }
}

/// A button from an older step: answered, nothing changes.
fn stale(t: &mut Turn<'_>) -> HandlerResult {
    t.replies
        .outs
        .retain(|o| !matches!(o, super::reply::Out::Answer { .. }));
    if let super::incoming::Input::Button { query_id, .. } = &t.inc.input {
        t.replies
            .answer(query_id, Some(Msg::new("error-stale-button")));
    }
    Ok(())
}

async fn cancel(t: &mut Turn<'_>) -> HandlerResult {
    if matches!(t.state, State::Report { .. }) {
        return report::cancel(t).await;
    }
    let was = std::mem::take(&mut t.state);
    if was == State::Idle {
        t.replies.say("nothing-to-cancel");
    } else {
        t.replies.say("cancelled");
    }
    if t.person.is_some() {
        show_menu(t, "menu-shown").await?;
    }
    Ok(())
}

async fn not_registered(t: &mut Turn<'_>) -> HandlerResult {
    if t.state.is_onboarding() {
        return onboarding::prompt(t).await;
    }
    t.replies.say("error-not-registered");
    Ok(())
}

/// A message with the main menu for her current roles.
pub(crate) async fn show_menu(t: &mut Turn<'_>, id: &'static str) -> HandlerResult {
    let principal = t.principal().await?;
    show_menu_for(t, &principal, id);
    Ok(())
}

/// The same, for roles the handler already read in this update (one query less).
pub(crate) fn show_menu_for(t: &mut Turn<'_>, principal: &Principal, id: &'static str) {
    t.replies.say_with(vec![Msg::new(id)], main_menu(principal));
}

/// After a refusal: the commands she may use instead (everyone's before registration).
pub fn what_she_can_do(principal: &Principal, registered: bool) -> Msg {
    let names = if registered {
        super::setup::commands_for(principal)
    } else {
        super::setup::OPEN_COMMANDS.to_vec()
    };
    let commands = names
        .into_iter()
        .map(|name| Arg::Plain(format!("/{name}")))
        .collect();
    Msg::new("error-not-allowed-instead").arg("commands", Arg::List(commands))
}

/// The message for a refused value, with its arguments.
pub fn domain_message(e: &DomainError) -> Msg {
    match e {
        DomainError::TooLong { max } => Msg::new(e.message_id()).num("max", *max as i64),
        _ => Msg::new(e.message_id()),
    }
}

/// The message for a person's mistake (`None` for an unexpected error).
pub fn error_message(e: &ServiceError) -> Option<Msg> {
    match e {
        ServiceError::Invalid(d) => Some(domain_message(d)),
        other => other.message_id().map(Msg::new),
    }
}

/// Free text typed where the bot waits for some: trimmed, not empty, at most `max`
/// characters. `None` (and she is told why) when it cannot be used.
pub(crate) fn bounded_text(t: &mut Turn<'_>, text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        t.replies.say("error-empty-text");
        return None;
    }
    if text.chars().count() > max {
        t.replies
            .say(Msg::new("error-text-too-long").num("max", max as i64));
        return None;
    }
    Some(text.to_owned())
}
