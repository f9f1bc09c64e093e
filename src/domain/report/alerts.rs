//! How a person who triages wants to hear of new reports: at once, in a daily round-up,
//! or not at all.

/// Her choice, stored by name in `person.alerts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertSetting {
    Immediate,
    Daily,
    Off,
}

impl AlertSetting {
    pub const ALL: [AlertSetting; 3] = [
        AlertSetting::Immediate,
        AlertSetting::Daily,
        AlertSetting::Off,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertSetting::Immediate => "immediate",
            AlertSetting::Daily => "daily",
            AlertSetting::Off => "off",
        }
    }

    /// The setting of a stored name; `None` for a name no version wrote.
    pub fn parse(text: &str) -> Option<Self> {
        AlertSetting::ALL.into_iter().find(|a| a.as_str() == text)
    }

    /// The next setting when she presses the button.
    pub fn next(self) -> Self {
        match self {
            AlertSetting::Immediate => AlertSetting::Daily,
            AlertSetting::Daily => AlertSetting::Off,
            AlertSetting::Off => AlertSetting::Immediate,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            AlertSetting::Immediate => "alerts-immediate",
            AlertSetting::Daily => "alerts-daily",
            AlertSetting::Off => "alerts-off",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_settings_round_trip_and_an_unknown_name_is_not_taken_for_immediate() {
        for a in AlertSetting::ALL {
            assert_eq!(AlertSetting::parse(a.as_str()), Some(a));
        }
        assert_eq!(AlertSetting::parse("weekly"), None);
        assert_eq!(AlertSetting::parse(""), None);
    }
}
