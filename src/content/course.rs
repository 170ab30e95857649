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
    /// What makes a partner accredited, and the Takeback Incentive it opens.
    #[serde(default)]
    pub accreditation: AccreditationToml,
    /// Recertification: when it opens, how long after expiry it stays open, and its track.
    #[serde(default)]
    pub renewal: RenewalToml,
    /// The languages the course is translated into (beside English, its source).
    #[serde(default)]
    pub translations: TranslationsToml,
}

/// `[translations]`: the languages the course is translated into, under `translations/<lang>/`.
/// A declared language's missing translations are reported by `check`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TranslationsToml {
    #[serde(default)]
    pub languages: Vec<String>,
}

/// Renewal windows: at most this many days before expiry.
pub const RENEWAL_WINDOW_DAYS: std::ops::RangeInclusive<i64> = 1..=180;
/// Grace after expiry: at most this many days.
pub const RENEWAL_GRACE_DAYS: std::ops::RangeInclusive<i64> = 0..=365;

/// `[renewal]`: a holder renews in the window before expiry (or in the grace period after it) by
/// completing the renewal modules and passing the renewal exam; neither is part of the first path.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RenewalToml {
    /// Renewal opens this many days before expiry.
    #[serde(default = "default_window_days")]
    pub window_days: i64,
    /// An expired credential can still be renewed this many days after expiry.
    #[serde(default = "default_grace_days")]
    pub grace_days: i64,
    /// Slugs of the renewal modules, required before the renewal exam.
    #[serde(default)]
    pub modules: Vec<String>,
    /// The slug of the renewal exam (`exams/<slug>.toml`); none: the course cannot be renewed.
    #[serde(default)]
    pub exam: Option<String>,
}

impl Default for RenewalToml {
    fn default() -> Self {
        RenewalToml {
            window_days: default_window_days(),
            grace_days: default_grace_days(),
            modules: Vec::new(),
            exam: None,
        }
    }
}

fn default_window_days() -> i64 {
    90
}

fn default_grace_days() -> i64 {
    60
}

impl RenewalToml {
    /// Whether the course has a renewal track at all.
    pub fn offered(&self) -> bool {
        self.exam.is_some()
    }
    /// Whether a module belongs to the renewal track (not the first path).
    pub fn is_module(&self, slug: &str) -> bool {
        self.modules.iter().any(|m| m == slug)
    }
    /// Whether an exam is the renewal exam.
    pub fn is_exam(&self, slug: &str) -> bool {
        self.exam.as_deref() == Some(slug)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccreditationToml {
    /// A partner is accredited while at least this many of its people hold a valid credential.
    #[serde(default = "default_min_specialists")]
    pub min_specialists: i64,
    /// ISO 3166-1 alpha-2 codes of the countries where the Takeback Incentive runs.
    #[serde(default)]
    pub participating_countries: Vec<String>,
    /// The incentive's discount on new products in Takeback deals, as one rate ("up to 7%").
    #[serde(default = "default_incentive_rate")]
    pub incentive_rate_percent: f64,
}

impl Default for AccreditationToml {
    fn default() -> Self {
        AccreditationToml {
            min_specialists: default_min_specialists(),
            participating_countries: Vec::new(),
            incentive_rate_percent: default_incentive_rate(),
        }
    }
}

fn default_min_specialists() -> i64 {
    1
}

fn default_incentive_rate() -> f64 {
    7.0
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
        for lang in &self.translations.languages {
            let exact = crate::i18n::LANGUAGES.iter().any(|(code, _)| code == lang);
            if !exact || lang == crate::i18n::DEFAULT {
                let codes: Vec<&str> = crate::i18n::LANGUAGES
                    .iter()
                    .map(|(code, _)| *code)
                    .filter(|c| *c != crate::i18n::DEFAULT)
                    .collect();
                out.push((
                    "languages",
                    format!("[translations] languages: `{lang}` is not one of {}", codes.join(", ")),
                ));
            }
        }
        if !(1..=1000).contains(&self.accreditation.min_specialists) {
            out.push((
                "min_specialists",
                format!("min_specialists must be 1–1000, not {}", self.accreditation.min_specialists),
            ));
        }
        if !(0.0..=100.0).contains(&self.accreditation.incentive_rate_percent) {
            out.push((
                "incentive_rate_percent",
                format!("incentive_rate_percent must be 0–100, not {}", self.accreditation.incentive_rate_percent),
            ));
        }
        if !RENEWAL_WINDOW_DAYS.contains(&self.renewal.window_days) {
            out.push((
                "window_days",
                format!(
                    "window_days must be {}–{}, not {}",
                    RENEWAL_WINDOW_DAYS.start(),
                    RENEWAL_WINDOW_DAYS.end(),
                    self.renewal.window_days
                ),
            ));
        } else if (1..=120).contains(&self.credential.valid_months)
            // A validity out of range is reported above; months by the billion would overflow.
            && self.renewal.window_days * 86_400 >= crate::clock::add_months(0, self.credential.valid_months)
        {
            out.push((
                "window_days",
                format!(
                    "window_days ({}) must be shorter than the credential's validity ({} months)",
                    self.renewal.window_days, self.credential.valid_months
                ),
            ));
        }
        if !RENEWAL_GRACE_DAYS.contains(&self.renewal.grace_days) {
            out.push((
                "grace_days",
                format!(
                    "grace_days must be {}–{}, not {}",
                    RENEWAL_GRACE_DAYS.start(),
                    RENEWAL_GRACE_DAYS.end(),
                    self.renewal.grace_days
                ),
            ));
        }
        if !self.renewal.modules.is_empty() && self.renewal.exam.is_none() {
            out.push(("modules", "renewal modules need a renewal exam: name it with `exam = \"<slug>\"`".to_owned()));
        }
        for slug in &self.renewal.modules {
            if self.completion.optional_modules.contains(slug) {
                out.push((
                    "optional_modules",
                    format!(
                        "`{slug}` is a renewal module: it is not part of the first path, so it cannot be optional there"
                    ),
                ));
            }
        }
        for code in &self.accreditation.participating_countries {
            if crate::accounts::countries::country_name(code).is_none() {
                out.push((
                    "participating_countries",
                    format!("participating_countries: {code:?} is not an ISO 3166-1 alpha-2 country code"),
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absurd_validity_is_reported_not_a_panic() {
        let text = "title = \"T\"\nsummary = \"S\"\n[credential]\nname = \"N\"\nvalid_months = 9223372036854775807\n";
        let course: CourseToml = toml::from_str(text).unwrap();
        let problems = course.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].0, "valid_months");
    }
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;

    use super::*;
    use crate::markup::frontmatter::toml_key_line;
    use crate::markup::problem::line_at;
    use crate::test_support::{proptest_config, text_of};

    /// The kinds of value of `course.toml`'s keys.
    #[derive(Clone, Copy, Debug)]
    enum Kind {
        Text,
        Integer,
        Float,
        List,
    }

    /// A TOML value of a kind as text: numbers at their limits, special floats, any string.
    fn value(kind: Kind) -> BoxedStrategy<String> {
        match kind {
            Kind::Text => any::<String>().prop_map(|s| toml::Value::String(s).to_string()).boxed(),
            Kind::Integer => prop_oneof![any::<i64>(), -1000i64..1000, Just(i64::MAX), Just(i64::MIN)]
                .prop_map(|n| n.to_string())
                .boxed(),
            Kind::Float => prop_oneof![
                any::<f64>().prop_map(|f| toml::Value::Float(f).to_string()),
                prop_oneof![Just("nan"), Just("-inf"), Just("inf"), Just("1e308"), Just("-0.0")]
                    .prop_map(str::to_owned),
            ]
            .boxed(),
            Kind::List => proptest::collection::vec("[A-Za-z-]{0,6}", 0..3).prop_map(|v| format!("{v:?}")).boxed(),
        }
    }

    const KEYS: &[(&str, &[(&str, Kind)])] = &[
        ("", &[("title", Kind::Text), ("summary", Kind::Text), ("description", Kind::Text)]),
        ("credential", &[("name", Kind::Text), ("valid_months", Kind::Integer)]),
        ("completion", &[("min_active_share", Kind::Float), ("optional_modules", Kind::List)]),
        (
            "accreditation",
            &[
                ("min_specialists", Kind::Integer),
                ("participating_countries", Kind::List),
                ("incentive_rate_percent", Kind::Float),
            ],
        ),
        (
            "renewal",
            &[
                ("window_days", Kind::Integer),
                ("grace_days", Kind::Integer),
                ("modules", Kind::List),
                ("exam", Kind::Text),
            ],
        ),
        ("translations", &[("languages", Kind::List)]),
    ];

    /// A `course.toml` with every table and key, each sometimes left out, sometimes of another
    /// kind, sometimes unknown.
    fn course_toml() -> impl Strategy<Value = String> {
        let lines: Vec<BoxedStrategy<Option<String>>> = KEYS
            .iter()
            .flat_map(|(table, keys)| {
                let header = Just((!table.is_empty()).then(|| format!("\n[{table}]"))).boxed();
                let keys = keys.iter().map(|(key, kind)| {
                    let any_kind =
                        prop_oneof![value(Kind::Text), value(Kind::Integer), value(Kind::Float), value(Kind::List)];
                    let value = prop_oneof![12 => value(*kind), 1 => any_kind];
                    let name = prop_oneof![20 => Just((*key).to_owned()), 1 => Just(format!("{key}x"))];
                    proptest::option::weighted(0.9, (name, value).prop_map(|(k, v)| format!("{k} = {v}"))).boxed()
                });
                std::iter::once(header).chain(keys).collect::<Vec<_>>()
            })
            .collect();
        lines.prop_map(|lines| lines.into_iter().flatten().map(|l| format!("{l}\n")).collect())
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn any_course_toml_is_read_or_refused_at_a_line_of_the_file(
            text in prop_oneof![3 => course_toml(), 1 => text_of(&["[credential]", "=", "\"", "\n", "name", "[[", "]"], 20)],
        ) {
            let lines = text.matches('\n').count() + 1;
            match toml::from_str::<CourseToml>(&text) {
                Ok(course) => {
                    for (key, message) in course.problems() {
                        prop_assert!((1..=lines).contains(&toml_key_line(&text, key)), "{}: {}", key, message);
                    }
                }
                Err(e) => {
                    let line = e.span().map_or(1, |s| line_at(&text, s.start));
                    prop_assert!((1..=lines).contains(&line), "{} at line {} of {}", e.message(), line, lines);
                }
            }
        }
    }
}
