//! Agenda MMM — a Telegram bot that puts mothers at the centre of neighbourhood
//! consultation. Layers point one way: `bot` → `services` → `store` → `domain`.

pub mod bot;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod outbox;
pub mod scheduler;
pub mod services;
pub mod startup;
pub mod store;
pub mod telemetry;
