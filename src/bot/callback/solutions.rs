//! The buttons of solutions and actions (tag `s:`): propose, support, decide, make an
//! action, update an action, and answer "did it get calmer?".

use super::{id_from, small, variant_code, variant_from};
use crate::domain::calmer::Calmer;
use crate::domain::solutions::SolutionStatus;
use crate::domain::{
    ActionId, CalmerQuestionId, DecisionId, PersonId, QuartierId, ReportId, SolutionId,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolutionButton {
    /// Propose a solution for a quartier.
    Propose(QuartierId),
    /// "What would help?" under one of her reports.
    ProposeFor(ReportId),
    /// "I support this".
    Support(SolutionId),
    /// Accept or set aside (a coordinator or facilitator).
    Decide(SolutionId, SolutionStatus),
    /// Merge: choose the solution it goes into.
    Merge(SolutionId),
    MergeInto(SolutionId, SolutionId),
    /// Make an accepted solution an action.
    MakeAction(SolutionId),
    /// Make a meeting decision an action (its text is the *what*).
    FromDecision(DecisionId),
    /// While creating an action: the member who carries it.
    Carrier(PersonId),
    /// Show an action with its update buttons.
    Open(ActionId),
    Started(ActionId),
    Done(ActionId),
    Blocked(ActionId),
    NewDate(ActionId),
    /// An answer to "did it get calmer?".
    Calmer(CalmerQuestionId, Calmer),
    /// `/newaction`: the quartier of an action created from nothing.
    NewActionIn(QuartierId),
    /// `/newaction`: no linked report, create it now.
    NoReports,
}

pub(super) fn encode_solution(b: SolutionButton) -> String {
    use SolutionButton::*;
    let body = match b {
        Propose(q) => format!("p{q}"),
        ProposeFor(r) => format!("r{r}"),
        Support(s) => format!("s{s}"),
        Decide(s, to) => format!("d{s}:{}", variant_code(to)),
        Merge(s) => format!("m{s}"),
        MergeInto(s, into) => format!("i{s}:{into}"),
        MakeAction(s) => format!("a{s}"),
        FromDecision(d) => format!("e{d}"),
        Carrier(p) => format!("c{p}"),
        Open(a) => format!("o{a}"),
        Started(a) => format!("t{a}"),
        Done(a) => format!("f{a}"),
        Blocked(a) => format!("b{a}"),
        NewDate(a) => format!("n{a}"),
        Calmer(q, c) => format!("k{q}:{}", variant_code(c)),
        NewActionIn(q) => format!("q{q}"),
        NoReports => "u".to_owned(),
    };
    format!("s:{body}")
}

fn pair(rest: &str) -> Option<(i64, &str)> {
    let (a, b) = rest.split_once(':')?;
    Some((id_from(a)?, b))
}

pub(super) fn parse_solution(body: &str) -> Option<SolutionButton> {
    use SolutionButton::*;
    let (tag, rest) = body.split_at_checked(1)?;
    let id = || id_from(rest);
    Some(match tag {
        "p" => Propose(QuartierId(id()?)),
        "r" => ProposeFor(ReportId(id()?)),
        "s" => Support(SolutionId(id()?)),
        "d" => {
            let (s, to) = pair(rest)?;
            let to = variant_from(to).filter(|t| *t != SolutionStatus::Proposed)?;
            Decide(SolutionId(s), to)
        }
        "m" => Merge(SolutionId(id()?)),
        "i" => {
            let (s, into) = pair(rest)?;
            MergeInto(SolutionId(s), SolutionId(id_from(into)?))
        }
        "a" => MakeAction(SolutionId(id()?)),
        "e" => FromDecision(DecisionId(id()?)),
        "c" => Carrier(PersonId(id()?)),
        "o" => Open(ActionId(id()?)),
        "t" => Started(ActionId(id()?)),
        "f" => Done(ActionId(id()?)),
        "b" => Blocked(ActionId(id()?)),
        "n" => NewDate(ActionId(id()?)),
        "k" => {
            let (q, c) = pair(rest)?;
            small(c)?;
            Calmer(CalmerQuestionId(q), variant_from(c)?)
        }
        "q" => NewActionIn(QuartierId(id()?)),
        "u" if rest.is_empty() => NoReports,
        _ => return None,
    })
}

/// The update buttons of an action, with their labels' message ids.
pub fn action_updates(id: ActionId) -> Vec<(&'static str, super::Callback)> {
    use SolutionButton::*;
    [
        ("actions-button-started", Started(id)),
        ("actions-button-done", Done(id)),
        ("actions-button-blocked", Blocked(id)),
        ("actions-button-new-date", NewDate(id)),
    ]
    .into_iter()
    .map(|(label, b)| (label, super::Callback::Solution(b)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{Callback, MAX_BYTES};
    use super::*;
    use strum::IntoEnumIterator;

    fn examples() -> Vec<SolutionButton> {
        use SolutionButton::*;
        let big = i64::MAX;
        let mut all = vec![
            Propose(QuartierId(big)),
            ProposeFor(ReportId(big)),
            Support(SolutionId(big)),
            Merge(SolutionId(big)),
            MergeInto(SolutionId(big), SolutionId(big)),
            MakeAction(SolutionId(big)),
            FromDecision(DecisionId(big)),
            Carrier(PersonId(big)),
            Open(ActionId(big)),
            Started(ActionId(big)),
            Done(ActionId(big)),
            Blocked(ActionId(big)),
            NewDate(ActionId(big)),
            NewActionIn(QuartierId(big)),
            NoReports,
        ];
        for to in [
            SolutionStatus::Accepted,
            SolutionStatus::Merged,
            SolutionStatus::SetAside,
        ] {
            all.push(Decide(SolutionId(big), to));
        }
        for c in crate::domain::calmer::Calmer::iter() {
            all.push(Calmer(CalmerQuestionId(big), c));
        }
        all
    }

    #[test]
    fn solution_buttons_round_trip_within_64_bytes() {
        for b in examples() {
            let data = Callback::Solution(b).encode();
            assert!(data.len() <= MAX_BYTES, "{data}");
            assert_eq!(
                Callback::parse(&data),
                Some(Callback::Solution(b)),
                "{data}"
            );
        }
    }

    #[test]
    fn forged_or_broken_solution_buttons_are_refused() {
        for data in [
            "s:",
            "s:x1",
            "s:s",
            "s:s-1",
            "s:d1:0",
            "s:d1:9",
            "s:k1:3",
            "s:k1",
            "s:i1",
            "s:o1x",
            "s:e",
            "s:e-1",
            "s:e1x",
            "s:s99999999999999999999",
            "s:q",
            "s:q-1",
            "s:u1",
            "s:ux",
        ] {
            assert_eq!(Callback::parse(data), None, "{data}");
        }
    }
}
