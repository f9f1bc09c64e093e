//! Digits as people type them: Arabic-Indic and Eastern Arabic-Indic digits become ASCII.

/// Replaces Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits
/// with ASCII digits, so that `١٢` and `12` mean the same wherever digits are typed.
pub fn normalize_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            _ => c,
        })
        .collect()
}

/// Parses a whole number typed in any of the digit forms above.
pub fn parse_number(text: &str) -> Option<i64> {
    normalize_digits(text.trim()).parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_indic_digits_are_read_as_ascii_digits() {
        assert_eq!(normalize_digits("٠١٢٣٤٥٦٧٨٩"), "0123456789");
        assert_eq!(normalize_digits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        assert_eq!(parse_number(" ٤٢ "), Some(42));
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn other_text_is_left_alone() {
        assert_eq!(normalize_digits("ROU-12 مرحبا"), "ROU-12 مرحبا");
    }
}
