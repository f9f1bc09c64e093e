//! The small codecs shared by every button family: roles, scopes, ids, flags and
//! variants of closed lists, written short on the wire.

use strum::IntoEnumIterator;

use super::ScopeRef;
use crate::domain::{CityId, QuartierId, Role};

pub(super) fn role_code(role: Role) -> char {
    match role {
        Role::Mother => 'm',
        Role::Relay => 'r',
        Role::Facilitator => 'f',
        Role::Actor => 'a',
        Role::Coordinator => 'c',
        Role::Elected => 'e',
    }
}

pub(super) fn role_from(code: &str) -> Option<Role> {
    Role::iter().find(|r| code.len() == 1 && code.starts_with(role_code(*r)))
}

pub(super) fn scope_code(scope: ScopeRef) -> String {
    match scope {
        ScopeRef::City(c) => format!("c{c}"),
        ScopeRef::Quartier(q) => format!("q{q}"),
    }
}

pub(super) fn scope_from(code: &str) -> Option<ScopeRef> {
    let (kind, id) = code.split_at_checked(1)?;
    let id = id_from(id)?;
    match kind {
        "c" => Some(ScopeRef::City(CityId(id))),
        "q" => Some(ScopeRef::Quartier(QuartierId(id))),
        _ => None,
    }
}

pub(super) fn id_from(text: &str) -> Option<i64> {
    let valid = !text.is_empty() && text.len() <= 19 && text.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| text.parse().ok()).flatten()
}

pub(super) fn small(text: &str) -> Option<u8> {
    id_from(text).and_then(|n| u8::try_from(n).ok())
}

/// A variant of a closed list (a category, a status…) on the wire: its position in the
/// list, so that the data stays short and buttons already sent keep working.
pub(super) fn variant_code<T: IntoEnumIterator + PartialEq>(value: T) -> usize {
    T::iter()
        .position(|v| v == value)
        .expect("a variant is in its own list")
}

/// The variant at a position written by `variant_code`; `None` past the end.
pub(super) fn variant_from<T: IntoEnumIterator>(text: &str) -> Option<T> {
    T::iter().nth(usize::from(small(text)?))
}

/// An optional variant: `-` for none.
pub(super) fn optional_code<T: IntoEnumIterator + PartialEq>(value: Option<T>) -> String {
    value.map_or("-".to_owned(), |v| variant_code(v).to_string())
}

pub(super) fn optional_from<T: IntoEnumIterator>(text: &str) -> Option<Option<T>> {
    match text {
        "-" => Some(None),
        code => variant_from(code).map(Some),
    }
}

pub(super) fn flag(text: &str) -> Option<bool> {
    match text {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}
