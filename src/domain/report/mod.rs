//! Reports of moments d'incohésion: what, when, where, who may see them, and the life of
//! a report from `new` to `resolved`.

mod category;
pub mod slot;
mod status;

pub use category::Category;
pub use slot::{Cell, TimeSlot, When, cell_of};
pub use status::{ReportStatus, TransitionError};

use serde::{Deserialize, Serialize};

/// Who may read the raw report, as the reporter chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The city's coordinators only.
    CoordinatorOnly,
    /// The coordinators and the relays (and facilitators) of her quartier.
    WithRelays,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::CoordinatorOnly => "coordinator",
            Audience::WithRelays => "relays",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "coordinator" => Some(Audience::CoordinatorOnly),
            "relays" => Some(Audience::WithRelays),
            _ => None,
        }
    }
}

/// A report's reference: the quartier's prefix and a number, `ROU-0042`.
pub fn reference(prefix: &str, number: i64) -> String {
    format!("{prefix}-{number:04}")
}

/// Rounds a coordinate to about 150 m (three decimals of latitude are ~110 m), so that an
/// anonymous report's location does not point at a door.
pub fn round_location(lat: f64, lon: f64) -> (f64, f64) {
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    (round(lat), round(lon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_the_prefix_and_four_digits() {
        assert_eq!(reference("ROU", 42), "ROU-0042");
        assert_eq!(reference("BEL", 12345), "BEL-12345");
    }

    #[test]
    fn rounded_locations_move_less_than_150_metres() {
        let (lat, lon) = round_location(50.690_449, 3.181_726);
        assert_eq!((lat, lon), (50.69, 3.182));
        let metres_lat = (50.690_449 - lat).abs() * 111_000.0;
        let metres_lon = (3.181_726 - lon).abs() * 111_000.0 * lat.to_radians().cos();
        assert!(metres_lat < 150.0 && metres_lon < 150.0);
    }

    #[test]
    fn audiences_round_trip() {
        for a in [Audience::CoordinatorOnly, Audience::WithRelays] {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
        }
    }
}
