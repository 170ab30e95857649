//! Loading a course, above the domains that own its parts: `check` reads a course folder
//! (course.toml, modules and assets, exams, the kit, translations) and reports its problems;
//! `sync` imports it into the database in one transaction and exports it back.

pub mod check;
pub mod sync;
