//! Reports of moments d'incohésion: what, when, where, who may see them, and the life of
//! a report from `new` to `resolved`.

mod alerts;
mod category;
pub mod slot;
mod status;

pub use alerts::AlertSetting;
pub use category::Category;
pub use slot::{
    Cell, TimeSlot, WEEKDAYS, When, WhenKind, cell_of, weekday_message_id, weekdays_of,
};
pub use status::{ReportStatus, TransitionError};

use serde::{Deserialize, Serialize};
use strum::{EnumIter, EnumString, IntoStaticStr};

/// Who may read the raw report, as the reporter chose.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    EnumIter,
    IntoStaticStr,
    EnumString,
)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The city's coordinators only.
    #[strum(serialize = "coordinator")]
    CoordinatorOnly,
    /// The coordinators and the relays (and facilitators) of her quartier.
    #[strum(serialize = "relays")]
    WithRelays,
}

impl Audience {
    /// Whether the relays and facilitators of her quartier may read the report: what
    /// `Action::TriageRawReports` is asked with.
    pub fn relays_allowed(self) -> bool {
        self == Audience::WithRelays
    }

    /// The button she presses to choose this audience; it names every role that reads.
    pub fn button_id(self) -> &'static str {
        match self {
            Audience::CoordinatorOnly => "button-audience-coordinator",
            Audience::WithRelays => "button-audience-relays",
        }
    }

    /// The audience as shown in a report's summary and detail ("Read by: …").
    pub fn summary_id(self) -> &'static str {
        match self {
            Audience::CoordinatorOnly => "report-audience-coordinator",
            Audience::WithRelays => "report-audience-relays",
        }
    }

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

/// A report's reference: the quartier's prefix and a number, `ROU-0042`.
pub fn reference(prefix: &str, number: i64) -> String {
    format!("{prefix}-{number:04}")
}

/// The most photos a report keeps: one album when it is shown to those who triage it
/// (Telegram's `sendMediaGroup` takes ten at most).
pub const MAX_PHOTOS: usize = 10;

/// The side of the grid an anonymous report's location is snapped to, in metres.
pub const LOCATION_GRID_METRES: f64 = 150.0;

/// Snaps a location to the centre of a square of about 150 m on a side, so that an
/// anonymous report's location does not point at a door: every point of the square shows
/// the same place.
pub fn round_location(lat: f64, lon: f64) -> (f64, f64) {
    const METRES_PER_DEGREE: f64 = 111_320.0;
    let lat_step = LOCATION_GRID_METRES / METRES_PER_DEGREE;
    let snap = |x: f64, step: f64| ((x / step).floor() + 0.5) * step;
    let lat = snap(lat, lat_step);
    let lon_step = lat_step / lat.to_radians().cos().max(0.01);
    (lat, snap(lon, lon_step))
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
    fn anonymous_locations_are_snapped_to_a_150_metre_grid() {
        let metres = |a: (f64, f64), b: (f64, f64)| {
            let dy = (a.0 - b.0) * 111_320.0;
            let dx = (a.1 - b.1) * 111_320.0 * a.0.to_radians().cos();
            (dx * dx + dy * dy).sqrt()
        };
        let door = (50.690_449, 3.181_726);
        let shown = round_location(door.0, door.1);
        assert!(metres(door, shown) <= 107.0, "{}", metres(door, shown));
        // Two doors 60 m apart in the same square show the same point: the shown place
        // says nothing more precise than the square.
        let base = round_location(50.69, 3.18);
        let corner = (base.0 - 0.00060, base.1 - 0.00080);
        let near = (corner.0 + 0.00054, corner.1);
        assert_eq!(
            round_location(corner.0, corner.1),
            round_location(near.0, near.1)
        );
        assert_eq!(round_location(shown.0, shown.1), shown, "stable");
    }

    #[test]
    fn audiences_round_trip() {
        for a in [Audience::CoordinatorOnly, Audience::WithRelays] {
            assert_eq!(Audience::parse(a.as_str()), Some(a));
        }
    }
}
