//! Course content: markdown files ↔ database, front matter, the rules of `check`, rendering,
//! revisions, the catalogue.

pub mod check;
pub mod course;
pub mod derive;
pub mod diff;
pub mod frontmatter;
pub mod kit;
pub mod knowledge;
pub mod render;
pub mod rules;
pub mod search;
pub mod store;
pub mod svg;
pub mod sync;
