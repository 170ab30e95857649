//! Validated inputs of accounts, each built by `parse`: a value of these types is known good.
//! Their messages are written in the language being served (English outside a request).

use super::countries::country_name;
use crate::i18n::{t, tr};

/// Longest accepted e-mail address (RFC 5321 path limit).
pub const EMAIL_MAX_CHARS: usize = 254;
/// Names and company names: 1 to this many characters after trimming.
pub const NAME_MAX_CHARS: usize = 120;
/// Passwords: at least this many characters.
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Passwords: at most this many characters.
pub const PASSWORD_MAX_CHARS: usize = 128;

/// An e-mail address, trimmed and lower-cased (addresses are unique case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, String> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(t("field-email-empty"));
        }
        if email.chars().count() > EMAIL_MAX_CHARS {
            return Err(tr("field-email-too-long", &[("max", EMAIL_MAX_CHARS.into())]));
        }
        if !email.is_ascii() {
            return Err(t("field-email-not-latin"));
        }
        let invalid = || t("field-email-invalid");
        let (local, domain) = email.rsplit_once('@').ok_or_else(invalid)?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if local_ok && domain_ok { Ok(Email(email)) } else { Err(invalid()) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The message keys of a printable field: empty, too long (with `max` and `count`), and with a
/// control or invisible character.
type PrintableKeys = [&'static str; 3];
const FULL_NAME_KEYS: PrintableKeys = ["field-name-empty", "field-name-too-long", "field-name-invisible"];
const COMPANY_KEYS: PrintableKeys = ["field-company-empty", "field-company-too-long", "field-company-invisible"];
const PARTNER_NAME_KEYS: PrintableKeys =
    ["field-partner-name-empty", "field-partner-name-too-long", "field-partner-name-invisible"];

/// Trims, then checks length and printability; `keys` are the field's messages.
fn parse_printable(input: &str, [empty, too_long, invisible]: PrintableKeys) -> Result<String, String> {
    let value = input.trim();
    let chars = value.chars().count();
    if chars == 0 {
        return Err(t(empty));
    }
    if chars > NAME_MAX_CHARS {
        return Err(tr(too_long, &[("max", NAME_MAX_CHARS.into()), ("count", chars.into())]));
    }
    if value.chars().any(|c| c.is_control() || is_invisible_format(c)) {
        return Err(t(invisible));
    }
    // Collapse runs of whitespace so "Ana   Lima" prints as "Ana Lima".
    Ok(value.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Format characters that print as nothing and can disguise a name (bidi overrides and the like).
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

/// The full name as it should appear on the certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName(String);

impl PersonName {
    pub fn parse(input: &str) -> Result<PersonName, String> {
        parse_printable(input, FULL_NAME_KEYS).map(PersonName)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The company a person works for, as they typed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanyName(String);

impl CompanyName {
    pub fn parse(input: &str) -> Result<CompanyName, String> {
        parse_printable(input, COMPANY_KEYS).map(CompanyName)
    }
    /// The same, for the name of a partner company as a programme admin types it.
    pub fn parse_partner_name(input: &str) -> Result<CompanyName, String> {
        parse_printable(input, PARTNER_NAME_KEYS).map(CompanyName)
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 3166-1 alpha-2 country code, upper-case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryCode(String);

impl CountryCode {
    pub fn parse(input: &str) -> Result<CountryCode, String> {
        let code = input.trim().to_uppercase();
        if code.is_empty() {
            return Err(t("field-country-empty"));
        }
        match country_name(&code) {
            Some(_) => Ok(CountryCode(code)),
            None => Err(tr("field-country-unknown", &[("code", input.trim().into())])),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A new password that meets the rules (it is never trimmed: spaces count).
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

impl NewPassword {
    pub fn parse(input: &str) -> Result<NewPassword, String> {
        let chars = input.chars().count();
        if chars < PASSWORD_MIN_CHARS {
            return Err(tr("field-password-too-short", &[("min", PASSWORD_MIN_CHARS.into())]));
        }
        if chars > PASSWORD_MAX_CHARS {
            return Err(tr("field-password-too-long", &[("max", PASSWORD_MAX_CHARS.into())]));
        }
        if input.chars().any(char::is_control) {
            return Err(t("field-password-control"));
        }
        Ok(NewPassword(input.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_and_lower_cased() {
        assert_eq!(Email::parse("  Ana.Lima@Example.COM ").unwrap().as_str(), "ana.lima@example.com");
        assert!(Email::parse("anne+ess@partner.co.uk").is_ok());
        assert!(Email::parse("josé@müller.de").unwrap_err().contains("plain Latin letters"));
    }

    #[test]
    fn malformed_emails_are_refused() {
        for bad in [
            "",
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "ana@@example.com",
            "a b@example.com",
            "ana@-x.com",
            "ana..lima@example.com",
            "ana@example..com",
            "<script>@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(Email::parse(&format!("{}@example.com", "a".repeat(250))).is_err());
    }

    #[test]
    fn names_keep_every_script_and_diacritic() {
        for name in ["Zoë Ñúñez-Çelik", "Ελένη Παπαδοπούλου", "Анна Иванова", "דוד לוי", "王小明", "Nguyễn Thị Ánh"]
        {
            assert_eq!(PersonName::parse(name).unwrap().as_str(), name);
        }
        assert_eq!(PersonName::parse("  Ana   Lima ").unwrap().as_str(), "Ana Lima");
    }

    #[test]
    fn names_refuse_empty_long_and_invisible_input() {
        assert!(PersonName::parse("   ").is_err());
        assert!(PersonName::parse(&"x".repeat(121)).is_err());
        assert!(PersonName::parse(&"x".repeat(120)).is_ok());
        assert!(PersonName::parse("Ana\u{0007}Lima").is_err());
        assert!(PersonName::parse("Ana\u{202E}amiL").is_err());
        assert!(PersonName::parse("Ana\nLima").is_err());
    }

    #[test]
    fn passwords_have_explicit_bounds() {
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse(&"p".repeat(10)).is_ok());
        assert!(NewPassword::parse(&"p".repeat(128)).is_ok());
        assert!(NewPassword::parse(&"p".repeat(129)).is_err());
        assert_eq!(format!("{:?}", NewPassword::parse("secret-password").unwrap()), "NewPassword(…)");
    }

    #[test]
    fn countries_are_iso_codes() {
        assert_eq!(CountryCode::parse("de").unwrap().as_str(), "DE");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("").is_err());
    }
}
