//! The Telegram adapter: updates become `Incoming`, the router runs one transaction per
//! update and returns `Out`s, which `send` renders and delivers.

pub mod broadcast_progress;
pub mod callback;
pub mod commands;
pub mod context;
pub mod door;
pub mod handlers;
pub mod incoming;
pub mod keyboards;
pub mod line;
pub mod picture;
pub mod qr;
pub mod reply;
pub mod report_draft;
pub mod router;
pub mod schema;
pub mod send;
pub mod setup;
pub mod state;

pub use context::Ctx;
