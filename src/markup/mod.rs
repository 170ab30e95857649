//! Markup shared by the course content and the exams, below both: the question body (stem,
//! task-list options with optional feedback, explanation) that exam questions and the knowledge
//! checks of a module are written in.

pub mod frontmatter;
pub mod problem;
pub mod question;
