//! Shared test support: an in-process dialogue harness over a temporary database, the
//! fake Telegram Bot API server, and the built binary started against it.
#![allow(dead_code)]

pub mod binary;
pub mod dialogue;
pub mod digest_seed;
pub mod fake_api;
pub mod privacy;
pub mod scenario;
pub mod statements;
pub mod steps;

/// What a person reads of a rendered message: no tags, entities decoded, no isolation
/// marks.
pub fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '\u{2068}' | '\u{2069}' => {}
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}
