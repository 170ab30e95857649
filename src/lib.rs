//! ESS Academy: the learning platform of the Environmental Sustainability Specialization.
//! `main.rs` and the tests both build the application through this library.

pub mod accounts;
pub mod clock;
pub mod config;
pub mod content;
pub mod course_load;
pub mod credentials;
pub mod db;
pub mod demo;
pub mod error;
pub mod exams;
pub mod fonts;
pub mod freshness;
pub mod i18n;
pub mod interop;
pub mod lti;
pub mod mail;
pub mod markup;
pub mod ops;
pub mod partners;
pub mod privacy;
pub mod progress;
pub mod reports;
pub mod sealing;
pub mod startup;
pub mod templates;
#[cfg(test)]
mod test_support;
pub mod translations;
pub mod web;
