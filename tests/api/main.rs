//! HTTP tests against the real server (one binary, so the rails are built once).
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a test fails loudly on any unexpected state")]

mod helpers;
mod i18n;

mod certificate;
mod chaos;
mod cli;
mod content;
mod content_sync;
mod credential_kit;
mod exams;
mod forged_tokens;
mod health;
mod instances;
mod learning;
mod login;
mod lti;
mod lti_ags;
mod lti_platform;
mod mail_language;
mod mail_outbox;
mod migrations;
mod openapi;
mod ops;
mod ops_cli;
mod pages;
mod partners;
mod password_reset;
mod privacy;
mod profile;
mod progress;
mod registration;
mod renewal;
mod reports;
mod roles;
mod schemathesis;
mod server_process;
mod sessions;
mod setup;
mod translations;
mod verification;
mod xapi;
