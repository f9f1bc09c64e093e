//! The main menu (a reply keyboard of localized, emoji-labelled buttons, built from what
//! her roles allow) and the language buttons.

use std::collections::HashMap;

use strum::IntoEnumIterator;

use super::callback::Callback;
use super::reply::{Button, Markup};
use crate::domain::{Locale, Principal, Role};
use crate::i18n::{Localizer, Msg};

/// What a menu button does; each also has a command (its name in lower case). Listed in
/// the order the menu shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum MenuAction {
    Reports,
    /// Compose a broadcast.
    Broadcast,
    /// Her meetings, her answers; the organiser's view.
    Meetings,
    /// Organise a meeting.
    NewMeeting,
    /// "Join my quartier's group".
    #[strum(serialize = "group")]
    JoinGroup,
    Report,
    MyReports,
    Help,
    Settings,
    Language,
    Privacy,
    Invite,
    Members,
    NewQuartier,
    NewCity,
    /// `/summary`: a digest on demand.
    Summary,
    /// `/export`: validated reports as CSV or Open311.
    Export,
    /// Solutions and actions (issue 17).
    Solutions,
    Actions,
    /// `/newaction`: an action created from nothing.
    NewAction,
}

impl MenuAction {
    pub fn message_id(self) -> &'static str {
        match self {
            MenuAction::Help => "menu-help",
            MenuAction::Settings => "menu-settings",
            MenuAction::Language => "menu-language",
            MenuAction::Privacy => "menu-privacy",
            MenuAction::Invite => "menu-invite",
            MenuAction::Members => "menu-members",
            MenuAction::NewQuartier => "menu-new-quartier",
            MenuAction::NewCity => "menu-new-city",
            MenuAction::Report => "menu-report",
            MenuAction::MyReports => "menu-myreports",
            MenuAction::Reports => "menu-reports",
            MenuAction::JoinGroup => "menu-join-group",
            MenuAction::Broadcast => "menu-broadcast",
            MenuAction::Meetings => "menu-meetings",
            MenuAction::NewMeeting => "menu-new-meeting",
            MenuAction::Summary => "menu-summary",
            MenuAction::Export => "menu-export",
            MenuAction::Solutions => "menu-solutions",
            MenuAction::Actions => "menu-actions",
            MenuAction::NewAction => "menu-new-action",
        }
    }

    /// The command that does the same.
    pub fn command(self) -> &'static str {
        self.into()
    }

    /// Every label in every language, so a button works whatever language drew it.
    pub fn labels(localizer: &Localizer) -> HashMap<String, MenuAction> {
        let mut map = HashMap::new();
        for locale in localizer.locales() {
            for action in MenuAction::iter() {
                let label = localizer.render(locale, &Msg::new(action.message_id()));
                map.insert(strip_marks(&label), action);
            }
        }
        map
    }
}

pub use crate::i18n::strip_marks;

/// What her roles allow, as the rows of her main menu (her "/" commands follow it too).
pub fn allowed(principal: &Principal) -> Vec<Vec<MenuAction>> {
    let mut rows = vec![];
    if principal.reports_somewhere() {
        rows.push(vec![MenuAction::Report, MenuAction::MyReports]);
    }
    if principal.reads_reports_somewhere() {
        rows.push(vec![MenuAction::Reports]);
    }
    // Solutions and actions (issue 17): every member; `/actions` for who may carry or see.
    if principal.is_member() {
        let mut row = vec![MenuAction::Solutions];
        if principal.is_admin || principal.reads_reports_somewhere() {
            row.push(MenuAction::Actions);
        }
        if principal.creates_actions_somewhere() {
            row.push(MenuAction::NewAction);
        }
        rows.push(row);
    }
    if crate::services::broadcasts::may_broadcast_somewhere(principal) {
        rows.push(vec![MenuAction::Broadcast]);
    }
    if principal.is_member() {
        let mut row = vec![MenuAction::Meetings];
        if crate::services::meetings::may_organise_somewhere(principal) {
            row.push(MenuAction::NewMeeting);
        }
        rows.push(row);
    }
    if crate::domain::groups::has_a_quartier(principal) {
        rows.push(vec![MenuAction::JoinGroup]);
    }
    use crate::services::summary::{asks_summaries, exports};
    match (asks_summaries(principal), exports(principal)) {
        (true, true) => rows.push(vec![MenuAction::Summary, MenuAction::Export]),
        (true, false) => rows.push(vec![MenuAction::Summary]),
        _ => {}
    }
    rows.extend([
        vec![MenuAction::Help, MenuAction::Settings],
        vec![MenuAction::Language, MenuAction::Privacy],
    ]);
    let coordinates = principal.is_admin || principal.has_role(Role::Coordinator);
    let invites =
        coordinates || principal.has_role(Role::Relay) || principal.has_role(Role::Facilitator);
    match (invites, coordinates) {
        (true, true) => rows.push(vec![MenuAction::Invite, MenuAction::Members]),
        (true, false) => rows.push(vec![MenuAction::Invite]),
        _ => {}
    }
    if coordinates {
        let mut row = vec![MenuAction::NewQuartier];
        if principal.is_admin {
            row.push(MenuAction::NewCity);
        }
        rows.push(row);
    }
    rows
}

/// The main menu for her roles.
pub fn main_menu(principal: &Principal) -> Markup {
    Markup::Menu(
        allowed(principal)
            .into_iter()
            .map(|r| r.into_iter().map(MenuAction::message_id).collect())
            .collect(),
    )
}

/// One button per shipped language, in its own name; the current one ticked.
pub fn languages(localizer: &Localizer, current: &Locale) -> Markup {
    Markup::column(localizer.locales().map(|locale| {
        let name = localizer.render(locale, &Msg::new("language-name"));
        let label = if locale == current {
            format!("✓ {name}")
        } else {
            name
        };
        Button::raw(label, Callback::Language(locale.clone()))
    }))
}
