//! Translations of a course, beside its source: the files (`files`: read and checked with the
//! course), what the database keeps of them and serves (`store`), and the import and export
//! between the two (`sync`). A translation is current while its source is the version it was
//! made from; a stale or missing one falls back to the English. Above `content` and `exams`,
//! whose texts it translates.

pub mod files;
pub mod revisions;
pub mod store;
pub mod sync;
pub mod view;

use serde::{Deserialize, Serialize};

/// What a translation file translates.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Course,
    Exam(String),
    Module(String),
    Question { exam: String, id: String },
    Kit(String),
}

impl Target {
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Course => "course",
            Target::Exam(_) => "exam",
            Target::Module(_) => "module",
            Target::Question { .. } => "question",
            Target::Kit(_) => "kit",
        }
    }

    /// The target column: '' for the course, a slug, or `<exam>/<question id>`.
    pub fn key(&self) -> String {
        match self {
            Target::Course => String::new(),
            Target::Exam(slug) | Target::Module(slug) | Target::Kit(slug) => slug.clone(),
            Target::Question { exam, id } => format!("{exam}/{id}"),
        }
    }
}

/// A translation's text, as written (markdown).
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    Course { title: String, summary: String, description: String, credential_name: Option<String> },
    Exam { title: String, description: String },
    Module { title: String, objectives: Vec<String>, summary: Option<String>, markdown: String },
    Question { stem: String, options: Vec<crate::markup::question::OptionText>, explanation: Option<String> },
    Kit { title: String, markdown: String },
}

/// How a translation stands against its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Made from the source as it is now: learners see it.
    Current,
    /// Made from an earlier version of the source: learners see the English.
    Stale,
    /// Not translated: learners see the English.
    Missing,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Stale => "stale",
            State::Missing => "missing",
        }
    }
}

/// A language's name in English, for `check`'s messages (`es` → Spanish).
pub fn language_name(code: &str) -> &'static str {
    match code {
        "es" => "Spanish",
        "fr" => "French",
        "de" => "German",
        "pt-BR" => "Brazilian Portuguese",
        "ja" => "Japanese",
        _ => "English",
    }
}
