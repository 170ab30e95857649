//! The `t` function of the templates: `{{ t(key="nav-courses") }}`, with Fluent arguments as
//! further keyword arguments (`{{ t(key="hello", name=user.name) }}`; snake_case names become
//! kebab-case, as Fluent writes them) and an optional `lang=` (mails and files, rendered outside a
//! request). Tera escapes the result like any other value.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use serde_json::Value;

use super::{Args, current, message, supported};

/// The keyword arguments that are not Fluent arguments.
const RESERVED: [&str; 3] = ["key", "lang", "__tera_one_off"];

/// `snake_case` → `kebab-case`.
fn kebab(name: &str) -> String {
    name.replace('_', "-")
}

fn fluent_value(value: &Value) -> Option<FluentValue<'static>> {
    match value {
        Value::Number(n) => n.as_f64().map(FluentValue::from),
        Value::String(s) => Some(FluentValue::String(Cow::Owned(s.clone()))),
        Value::Bool(b) => Some(FluentValue::String(Cow::Borrowed(if *b { "true" } else { "false" }))),
        _ => None,
    }
}

/// The template function.
pub struct Translate;

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args.get("key").and_then(Value::as_str).ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
        let lang = match args.get("lang").and_then(Value::as_str) {
            Some(tag) => supported(tag).unwrap_or(super::DEFAULT),
            None => current(),
        };
        let mut fluent: Args = HashMap::new();
        for (name, value) in args.iter().filter(|(name, _)| !RESERVED.contains(&name.as_str())) {
            let value = fluent_value(value)
                .ok_or_else(|| tera::Error::msg(format!("t(key={key:?}): {name} must be a string or a number")))?;
            fluent.insert(Cow::Owned(kebab(name)), value);
        }
        Ok(Value::String(message(lang, key, (!fluent.is_empty()).then_some(&fluent))))
    }

    fn is_safe(&self) -> bool {
        false
    }
}
