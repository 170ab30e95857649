//! HTTP tests against the real server (one binary, so the rails are built once).

mod helpers;

mod cli;
mod health;
mod login;
mod mail_outbox;
mod migrations;
mod openapi;
mod pages;
mod password_reset;
mod profile;
mod registration;
mod roles;
mod sessions;
mod setup;
mod verification;
