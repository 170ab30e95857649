//! The `t` function of the templates: `{{ t(key="nav-courses") }}`, with Fluent arguments as
//! further keyword arguments (`{{ t(key="hello", name=user.name) }}`; snake_case names become
//! kebab-case, as Fluent writes them) and an optional `lang=` (mails and files, rendered outside a
//! request). Tera escapes the result like any other value.
//!
//! `t_html` is the same message for HTML whose text part says it with the same words (mails):
//! the message and its arguments are escaped, the string arguments named in `strong="a b"` are
//! set in `<strong>` and those named in `link="url"` become links to themselves (styled by
//! `link_style=`), so the message files hold no markup. The filters `long_date` (unix
//! seconds) and `percent` (a number) write dates and percentages in the current language.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use serde_json::Value;

use super::{Args, current, message, supported};

/// The keyword arguments that are not Fluent arguments.
const RESERVED: [&str; 6] = ["key", "lang", "strong", "link", "link_style", "__tera_one_off"];

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

/// The key and the language of a call.
fn key_and_lang(args: &HashMap<String, Value>) -> tera::Result<(&str, &'static str)> {
    let key = args.get("key").and_then(Value::as_str).ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
    let lang = match args.get("lang").and_then(Value::as_str) {
        Some(tag) => supported(tag).unwrap_or(super::DEFAULT),
        None => current(),
    };
    Ok((key, lang))
}

/// The Fluent arguments of a call (every keyword argument but the reserved ones).
fn arguments(args: &HashMap<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    args.iter().filter(|(name, _)| !RESERVED.contains(&name.as_str()))
}

/// The template function.
pub struct Translate;

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let (key, lang) = key_and_lang(args)?;
        let mut fluent: Args = HashMap::new();
        for (name, value) in arguments(args) {
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

/// Where the `n`th string argument stands in a message before it is escaped (characters of the
/// private use area, which neither the message files nor escaping produce).
fn marker(n: usize) -> String {
    format!("\u{E000}{n}\u{E001}")
}

/// `t_html`: a message as HTML, escaped, with some arguments in `<strong>`.
pub struct TranslateHtml;

impl tera::Function for TranslateHtml {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let (key, lang) = key_and_lang(args)?;
        let names = |option: &str| -> Vec<&str> {
            args.get(option).and_then(Value::as_str).unwrap_or("").split_whitespace().collect()
        };
        let (strong, link) = (names("strong"), names("link"));
        let link_style = crate::templates::escape(args.get("link_style").and_then(Value::as_str).unwrap_or(""));
        let mut fluent: Args = HashMap::new();
        let mut html_values = Vec::new();
        for (name, value) in arguments(args) {
            let value = match value {
                // Numbers stay numbers: plural forms are chosen by them.
                Value::Number(_) => fluent_value(value),
                Value::String(s) => {
                    let mut escaped = crate::templates::escape(s);
                    if link.contains(&name.as_str()) {
                        escaped = format!("<a href=\"{escaped}\" style=\"{link_style}\">{escaped}</a>");
                    }
                    if strong.contains(&name.as_str()) {
                        escaped = format!("<strong>{escaped}</strong>");
                    }
                    html_values.push(escaped);
                    Some(FluentValue::String(Cow::Owned(marker(html_values.len() - 1))))
                }
                _ => None,
            }
            .ok_or_else(|| tera::Error::msg(format!("t_html(key={key:?}): {name} must be a string or a number")))?;
            fluent.insert(Cow::Owned(kebab(name)), value);
        }
        let text = message(lang, key, (!fluent.is_empty()).then_some(&fluent));
        let mut html = crate::templates::escape(&text);
        for (n, value) in html_values.iter().enumerate() {
            html = html.replace(&marker(n), value);
        }
        Ok(Value::String(html))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// `{{ expires_at | long_date }}`: unix seconds as a date written in full in the current language.
pub fn long_date_filter(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let secs = value.as_i64().ok_or_else(|| tera::Error::msg(format!("long_date needs unix seconds, not {value}")))?;
    Ok(Value::String(crate::clock::long_date(secs)))
}

/// `{{ score | percent }}`: a whole percentage the way the current language writes it.
pub fn percent_filter(value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
    let number = value.as_f64().ok_or_else(|| tera::Error::msg(format!("percent needs a number, not {value}")))?;
    Ok(Value::String(super::percent(number.round() as i64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(f: &dyn tera::Function, args: &[(&str, Value)]) -> String {
        let args: HashMap<String, Value> = args.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
        f.call(&args).unwrap().as_str().unwrap().to_owned()
    }

    #[test]
    fn t_html_escapes_the_message_and_its_arguments_and_sets_some_in_strong() {
        let args = [
            ("key", Value::from("mail-hello")),
            ("name", Value::from("Ana <b> & Zoë")),
            ("strong", Value::from("name")),
        ];
        assert_eq!(call(&TranslateHtml, &args), "Hello <strong>Ana &lt;b&gt; &amp; Zoë</strong>,");
        assert_eq!(call(&Translate, &args[..2]), "Hello Ana <b> & Zoë,", "t() leaves escaping to Tera");
        let es = [("key", Value::from("mail-hello")), ("name", Value::from("Ana")), ("lang", Value::from("es"))];
        assert_eq!(call(&TranslateHtml, &es), "Hola, Ana:");
        let footer = [
            ("key", Value::from("mail-footer")),
            ("url", Value::from("https://a.example/?x=1&y=\"2\"")),
            ("link", Value::from("url")),
            ("link_style", Value::from("color:#0f5f58;")),
        ];
        assert_eq!(
            call(&TranslateHtml, &footer),
            "You receive this e-mail because of your account at <a href=\"https://a.example/?x=1&amp;y=&quot;2&quot;\" \
             style=\"color:#0f5f58;\">https://a.example/?x=1&amp;y=&quot;2&quot;</a>."
        );
    }

    #[test]
    fn dates_and_percentages_are_filters_in_the_current_language() {
        let none = HashMap::new();
        let date = long_date_filter(&Value::from(1_796_342_400_i64), &none).unwrap();
        assert_eq!(date, Value::from("4 December 2026"));
        let es = super::super::with_lang("es", || long_date_filter(&Value::from(1_796_342_400_i64), &none).unwrap());
        assert_eq!(es, Value::from("4 de diciembre de 2026"));
        assert_eq!(percent_filter(&Value::from(84.6), &none).unwrap(), Value::from("85%"));
        assert!(long_date_filter(&Value::from("soon"), &none).is_err());
    }
}
