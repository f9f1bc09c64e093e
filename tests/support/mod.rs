//! Shared test support: an in-process dialogue harness over a temporary database, the
//! fake Telegram Bot API server, and the built binary started against it.
#![allow(dead_code)]

pub mod binary;
pub mod dialogue;
pub mod fake_api;
