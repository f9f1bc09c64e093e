//! What the bot asks at each step of a report: pure functions of her draft (and of what
//! only the database knows, looked up by `report::ask`), so the tests can call them.

use crate::bot::callback::{Callback, ReportButton};
use crate::bot::reply::{Button, Label};
use crate::bot::report_draft::{ReportDraft, ReportStep, WhenChoice};
use crate::domain::Quartier;
use crate::domain::report::{
    Audience, Category, TimeSlot, WEEKDAYS, slot::weekday_bit, weekday_message_id,
};
use crate::i18n::Msg;
use strum::IntoEnumIterator;

pub(super) fn button(id: &'static str, b: ReportButton) -> Button {
    Button::new(id, Callback::Report(b))
}

pub(super) fn skip_and_cancel() -> Vec<Button> {
    vec![
        button("button-skip", ReportButton::Skip),
        button("button-cancel-report", ReportButton::Cancel),
    ]
}

/// What a step shows that only the database knows.
pub enum Found {
    Nothing,
    /// The quartiers she may report in (the quartier step).
    Quartiers(Vec<Quartier>),
    /// Her report as she will send it (the confirm step).
    Summary(Msg),
}

/// What the bot asks at a step of her draft: the question and its buttons.
pub fn prompt_for(step: ReportStep, draft: &ReportDraft, found: Found) -> (Msg, Vec<Button>) {
    match (step, found) {
        (ReportStep::Quartier, Found::Quartiers(places)) => quartier_prompt(places),
        (ReportStep::Quartier, _) => quartier_prompt(vec![]),
        (ReportStep::Category, _) => category_prompt(),
        (ReportStep::When, _) => when_prompt(),
        (ReportStep::Weekdays, _) => weekdays_prompt(draft),
        (ReportStep::Slot, _) => slot_prompt(),
        (ReportStep::Place, _) => (Msg::new("report-ask-place"), skip_and_cancel()),
        (ReportStep::Content, _) => content_prompt(draft),
        (ReportStep::Audience, _) => audience_prompt(draft),
        (ReportStep::Identity, _) => (
            Msg::new("report-ask-identity"),
            vec![
                button("button-named", ReportButton::Named(true)),
                button("button-anonymous", ReportButton::Named(false)),
            ],
        ),
        (ReportStep::MediaWarning, _) => (
            Msg::new("report-anonymous-warning"),
            vec![
                button("button-keep-media", ReportButton::KeepMedia(true)),
                button("button-drop-media", ReportButton::KeepMedia(false)),
            ],
        ),
        (ReportStep::Confirm, found) => {
            let summary = match found {
                Found::Summary(msg) => msg,
                _ => Msg::new("report-summary"),
            };
            let buttons = vec![
                button("button-confirm", ReportButton::Confirm),
                button("button-change", ReportButton::Change),
                button("button-cancel-report", ReportButton::Cancel),
            ];
            (summary, buttons)
        }
        (ReportStep::Change, _) => change_prompt(),
    }
}

fn quartier_prompt(places: Vec<Quartier>) -> (Msg, Vec<Button>) {
    let buttons = places
        .into_iter()
        .map(|q| Button::raw(q.name, Callback::Report(ReportButton::Quartier(q.id))))
        .collect();
    (Msg::new("report-choose-quartier"), buttons)
}

fn category_prompt() -> (Msg, Vec<Button>) {
    let buttons = Category::iter()
        .map(|c| button(c.message_id(), ReportButton::Category(c)))
        .collect();
    (Msg::new("report-choose-category"), buttons)
}

fn when_prompt() -> (Msg, Vec<Button>) {
    let buttons = vec![
        button("button-when-now", ReportButton::When(WhenChoice::Now)),
        button(
            "button-when-earlier",
            ReportButton::When(WhenChoice::EarlierToday),
        ),
        button(
            "button-when-regularly",
            ReportButton::When(WhenChoice::Regularly),
        ),
    ];
    (Msg::new("report-ask-when"), buttons)
}

/// The weekdays, those she ticked marked, and "done".
fn weekdays_prompt(draft: &ReportDraft) -> (Msg, Vec<Button>) {
    let mut buttons: Vec<Button> = WEEKDAYS
        .into_iter()
        .map(|day| {
            let ticked = draft.weekdays & weekday_bit(day) != 0;
            let label = Msg::new(if ticked {
                "weekday-ticked"
            } else {
                "weekday-plain"
            })
            .msg("day", weekday_message_id(day));
            Button {
                label: Label::Msg(label),
                callback: Callback::Report(ReportButton::Weekday(day)),
            }
        })
        .collect();
    buttons.push(button("button-done", ReportButton::WeekdaysDone));
    (Msg::new("report-ask-weekdays"), buttons)
}

fn slot_prompt() -> (Msg, Vec<Button>) {
    let buttons = TimeSlot::iter()
        .map(|s| button(s.message_id(), ReportButton::Slot(s)))
        .collect();
    (Msg::new("report-ask-slot"), buttons)
}

/// Text, voice or photos; once a photo is in, "continue" instead of "skip".
fn content_prompt(draft: &ReportDraft) -> (Msg, Vec<Button>) {
    let mut buttons = skip_and_cancel();
    if !draft.photos.is_empty() {
        buttons[0] = button("button-continue", ReportButton::ContentDone);
    }
    (Msg::new("report-ask-content"), buttons)
}

/// Who may read it; the audience her category suggests comes first.
fn audience_prompt(draft: &ReportDraft) -> (Msg, Vec<Button>) {
    let default = draft
        .category
        .map_or(Audience::WithRelays, Category::default_audience);
    let mut buttons: Vec<_> = Audience::iter()
        .map(|a| button(a.button_id(), ReportButton::Audience(a.relays_allowed())))
        .collect();
    if default == Audience::WithRelays {
        buttons.reverse();
    }
    (Msg::new("report-ask-audience"), buttons)
}

fn change_prompt() -> (Msg, Vec<Button>) {
    let buttons = ReportStep::CHANGEABLE
        .into_iter()
        .map(|(step, id)| button(id, ReportButton::ChangeStep(step)))
        .collect();
    (Msg::new("report-change-which"), buttons)
}
