//! The buttons of `/broadcast` and `/broadcasts` (tag `b:`), and "Understood ✅" under a
//! broadcast's copy (tag `bu:`).

use super::{id_from, role_code, role_from};
use crate::domain::{BroadcastId, CityId, Locale, QuartierId, Role};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BroadcastButton {
    /// The city of the audience (for someone who may broadcast in several).
    City(CityId),
    /// Add or remove a quartier.
    Quartier(QuartierId),
    /// Add or remove a role.
    Role(Role),
    /// Also to the quartiers' linked groups (toggle).
    Groups,
    /// The audience is chosen.
    AudienceDone,
    /// Write (or replace) the version of a language.
    Version(Locale),
    /// Show what people reading this language will get.
    Preview(Locale),
    SendNow,
    Schedule,
    /// Cancel a sent or scheduled broadcast of hers.
    Cancel(BroadcastId),
    /// Its figures, and who has not understood yet.
    Report(BroadcastId),
}

pub(super) fn encode_broadcast(b: &BroadcastButton) -> String {
    let body = match b {
        BroadcastButton::City(c) => format!("c{c}"),
        BroadcastButton::Quartier(q) => format!("q{q}"),
        BroadcastButton::Role(r) => format!("r{}", role_code(*r)),
        BroadcastButton::Groups => "g".into(),
        BroadcastButton::AudienceDone => "a".into(),
        BroadcastButton::Version(l) => format!("v{l}"),
        BroadcastButton::Preview(l) => format!("p{l}"),
        BroadcastButton::SendNow => "n".into(),
        BroadcastButton::Schedule => "t".into(),
        BroadcastButton::Cancel(id) => format!("x{id}"),
        BroadcastButton::Report(id) => format!("o{id}"),
    };
    format!("b:{body}")
}

pub(super) fn parse_broadcast(body: &str) -> Option<BroadcastButton> {
    let (tag, rest) = body.split_at_checked(1)?;
    let locale = || {
        Locale::parse(rest)
            .ok()
            .filter(|l| l.as_str() == rest && rest.len() <= 3)
    };
    Some(match (tag, rest) {
        ("c", id) => BroadcastButton::City(CityId(id_from(id)?)),
        ("q", id) => BroadcastButton::Quartier(QuartierId(id_from(id)?)),
        ("r", r) => BroadcastButton::Role(role_from(r)?),
        ("g", "") => BroadcastButton::Groups,
        ("a", "") => BroadcastButton::AudienceDone,
        ("v", _) => BroadcastButton::Version(locale()?),
        ("p", _) => BroadcastButton::Preview(locale()?),
        ("n", "") => BroadcastButton::SendNow,
        ("t", "") => BroadcastButton::Schedule,
        ("x", id) => BroadcastButton::Cancel(BroadcastId(id_from(id)?)),
        ("o", id) => BroadcastButton::Report(BroadcastId(id_from(id)?)),
        _ => return None,
    })
}
