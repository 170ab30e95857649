//! `course.toml`: what a course is, its credential and its completion settings.

use serde::Deserialize;

/// The parsed `course.toml`. Unknown keys are refused, so a typo is reported, not ignored.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseToml {
    pub title: String,
    /// One or two sentences for the catalogue.
    pub summary: String,
    /// Markdown for the course page.
    #[serde(default)]
    pub description: String,
    pub credential: CredentialToml,
    #[serde(default)]
    pub completion: CompletionToml,
    /// Read by the partners issue; kept as a table until then.
    #[serde(default)]
    pub accreditation: Option<toml::Table>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CredentialToml {
    pub name: String,
    #[serde(default = "default_valid_months")]
    pub valid_months: i64,
}

fn default_valid_months() -> i64 {
    12
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompletionToml {
    /// A module is complete when its end was reached and this share of its minutes was active.
    #[serde(default = "default_min_active_share")]
    pub min_active_share: f64,
    /// Module slugs that are not required for the training to be complete.
    #[serde(default)]
    pub optional_modules: Vec<String>,
}

impl Default for CompletionToml {
    fn default() -> Self {
        CompletionToml { min_active_share: default_min_active_share(), optional_modules: Vec::new() }
    }
}

fn default_min_active_share() -> f64 {
    0.5
}

impl CourseToml {
    /// The rules of the file beyond its types: `(key, message)`.
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if self.title.trim().is_empty() {
            out.push(("title", "give the course a title".to_owned()));
        }
        if self.summary.trim().is_empty() {
            out.push(("summary", "give the course a summary for the catalogue".to_owned()));
        }
        if self.credential.name.trim().is_empty() {
            out.push(("name", "name the credential".to_owned()));
        }
        if !(1..=120).contains(&self.credential.valid_months) {
            out.push(("valid_months", format!("valid_months must be 1–120, not {}", self.credential.valid_months)));
        }
        if !(self.completion.min_active_share > 0.0 && self.completion.min_active_share <= 1.0) {
            out.push((
                "min_active_share",
                format!("min_active_share must be above 0 and at most 1, not {}", self.completion.min_active_share),
            ));
        }
        out
    }
}
