//! Buttons made at send time, in the recipient's language, for the messages that carry
//! them: an action's update buttons to its carrier, the three answers of "did it get
//! calmer?". The row holds only the id they act on; the buttons prove nothing (the
//! handlers check every press against the database).

use crate::bot::callback::{Callback, SolutionButton};
use crate::domain::calmer::Calmer;
use crate::domain::{ActionId, CalmerQuestionId, Locale};
use crate::i18n::{Arg, Localizer, Msg};
use crate::services::{action_news, actions, calmer};

fn number(message: &Msg, name: &str) -> Option<i64> {
    message.args.iter().find_map(|(n, arg)| match arg {
        Arg::Num(v) if n == name => Some(*v),
        _ => None,
    })
}

/// The buttons of a row of `kind` (none for other kinds), one per line.
pub fn of(
    kind: &str,
    message: &Msg,
    localizer: &Localizer,
    locale: &Locale,
) -> Vec<(String, String)> {
    let presses: Vec<(&'static str, Callback)> = match kind {
        actions::ASSIGNED_KIND | actions::REMINDER_KIND => number(message, "action")
            .map(|id| crate::bot::callback::action_updates(ActionId(id)))
            .unwrap_or_default(),
        action_news::NEWS_KIND => number(message, "action")
            .map(|id| {
                let open = SolutionButton::Open(ActionId(id));
                vec![("actions-button-open", Callback::Solution(open))]
            })
            .unwrap_or_default(),
        calmer::QUESTION_KIND => number(message, "question")
            .map(|id| {
                [Calmer::Better, Calmer::Same, Calmer::Worse]
                    .into_iter()
                    .map(|c| {
                        let press = SolutionButton::Calmer(CalmerQuestionId(id), c);
                        (c.button_id(), Callback::Solution(press))
                    })
                    .collect()
            })
            .unwrap_or_default(),
        _ => vec![],
    };
    presses
        .into_iter()
        .map(|(label, cb)| (localizer.render(locale, &Msg::new(label)), cb.encode()))
        .collect()
}
