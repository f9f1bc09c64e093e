//! The integration tests, as one test binary (one link instead of one per file).
//! Each module is one former `tests/<name>.rs`; `support` is shared by all.

mod support;

mod actions_fk;
mod batch;
mod break_in;
mod broadcast_audience;
mod broadcast_claim;
mod broadcasts;
mod cli;
mod delivery;
mod dialogue;
mod digest;
mod digest_delivery;
mod e2e;
mod e2e_broadcasts;
mod e2e_burst;
mod e2e_commands;
mod e2e_digest;
mod e2e_group_door;
mod e2e_groups;
mod e2e_meetings;
mod e2e_privacy;
mod e2e_reports;
mod e2e_solutions;
mod e2e_summary;
mod export;
mod fake_api_selftest;
mod groups;
mod health;
mod locales;
mod meeting_actions;
mod meeting_claim;
mod meetings;
mod new_action;
mod outbox;
mod privacy;
mod privacy_inventory;
mod report_flow;
mod retention;
mod scheduler;
mod solutions;
mod store;
mod summary;
mod triage;
