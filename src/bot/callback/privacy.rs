//! The buttons of `/privacy`, `/forget` and a city's privacy settings.

use super::id_from;
use crate::domain::{CityId, PrivacyField};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyButton {
    /// The full notice, after the short one.
    Details,
    /// `/forget`: true erases, false keeps everything.
    Forget(bool),
    /// A city's settings, for its coordinator.
    City(CityId),
    /// Town hall ↔ association.
    SwitchKind(CityId),
    /// The next allowed retention of raw report content.
    Retention(CityId),
    /// Type a new value.
    Edit(CityId, PrivacyField),
}

fn field_code(f: PrivacyField) -> char {
    match f {
        PrivacyField::Controller => 'n',
        PrivacyField::Address => 'a',
        PrivacyField::DpoContact => 'd',
    }
}

pub(super) fn encode_privacy(b: PrivacyButton) -> String {
    let body = match b {
        PrivacyButton::Details => "i".into(),
        PrivacyButton::Forget(yes) => format!("f{}", u8::from(yes)),
        PrivacyButton::City(c) => format!("c{c}"),
        PrivacyButton::SwitchKind(c) => format!("k{c}"),
        PrivacyButton::Retention(c) => format!("r{c}"),
        PrivacyButton::Edit(c, f) => format!("e{}{c}", field_code(f)),
    };
    format!("p:{body}")
}

pub(super) fn parse_privacy(body: &str) -> Option<PrivacyButton> {
    let (tag, rest) = body.split_at_checked(1)?;
    let city = || id_from(rest).map(CityId);
    Some(match tag {
        "i" if rest.is_empty() => PrivacyButton::Details,
        "f" => match rest {
            "1" => PrivacyButton::Forget(true),
            "0" => PrivacyButton::Forget(false),
            _ => return None,
        },
        "c" => PrivacyButton::City(city()?),
        "k" => PrivacyButton::SwitchKind(city()?),
        "r" => PrivacyButton::Retention(city()?),
        "e" => {
            let (f, id) = rest.split_at_checked(1)?;
            let field = [
                PrivacyField::Controller,
                PrivacyField::Address,
                PrivacyField::DpoContact,
            ]
            .into_iter()
            .find(|x| f.starts_with(field_code(*x)))?;
            PrivacyButton::Edit(CityId(id_from(id)?), field)
        }
        _ => return None,
    })
}
