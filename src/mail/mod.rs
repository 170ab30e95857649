//! E-mail: messages are rendered from `templates/mail/<name>/{subject.txt,body.txt,body.html}`
//! and written to the `mail_outbox` table in the caller's transaction; a worker sends them.
//!
//! Every mail is written in its recipient's language (`recipient_language`): the saved language
//! of the account the address belongs to, else the language the caller runs in. The words come
//! from `locales/<lang>/mail.ftl`; contexts carry dates as unix seconds and percentages as
//! numbers, which the templates write in that language (`long_date`, `percent`).

pub mod outbox;
pub mod transport;
pub mod worker;

use std::sync::Arc;

use anyhow::Context;
use serde::Serialize;
use tera::Tera;
use tokio::sync::Notify;

use crate::clock::UnixSecs;
use crate::db::DbConnection;
use crate::i18n;

/// Renders and queues e-mails.
#[derive(Clone)]
pub struct Mailer {
    templates: Arc<Tera>,
    public_url: String,
    wake: Arc<Notify>,
    /// The other durable outbox: xAPI statements, when an LRS is configured. The mailer is the
    /// handle every event-causing function already receives, so statements ride along.
    xapi: Option<Arc<crate::interop::xapi::XapiSettings>>,
    xapi_wake: Arc<Notify>,
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMail {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A file attached to a mail, rendered when the mail is sent.
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Renders the attachment an outbox row names (`certificate:<id>`), at send time.
pub type AttachmentRenderer = Arc<dyn Fn(&str) -> anyhow::Result<Attachment> + Send + Sync>;

/// What every mail template can use besides its own context.
#[derive(Serialize)]
struct MailContext<'a, T: Serialize> {
    public_url: &'a str,
    /// The language the mail is written in (`<html lang>`).
    lang: &'a str,
    #[serde(flatten)]
    inner: &'a T,
}

impl Mailer {
    pub fn new(templates: Arc<Tera>, public_url: String) -> Self {
        Mailer { templates, public_url, wake: Arc::new(Notify::new()), xapi: None, xapi_wake: Arc::new(Notify::new()) }
    }

    /// The same mailer, also queueing xAPI statements.
    pub fn with_xapi(mut self, settings: Option<Arc<crate::interop::xapi::XapiSettings>>) -> Self {
        self.xapi = settings;
        self
    }

    /// The xAPI settings (None: statements are not queued).
    pub fn xapi(&self) -> Option<&crate::interop::xapi::XapiSettings> {
        self.xapi.as_deref()
    }

    /// Wakes the xAPI worker after a commit that queued statements.
    pub fn xapi_wake_handle(&self) -> Arc<Notify> {
        self.xapi_wake.clone()
    }

    /// The public URL links in e-mails start with.
    pub fn public_url(&self) -> &str {
        &self.public_url
    }

    /// The notifier the worker waits on.
    pub fn wake_handle(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Renders the three parts of `mail/<name>/` in the current language (`i18n::current()`).
    pub fn render<T: Serialize>(&self, name: &str, context: &T) -> anyhow::Result<RenderedMail> {
        let lang = i18n::current();
        let context = tera::Context::from_serialize(MailContext { public_url: &self.public_url, lang, inner: context })
            .context("mail context")?;
        let part = |file: &str| {
            self.templates
                .render(&format!("mail/{name}/{file}"), &context)
                .with_context(|| format!("cannot render mail/{name}/{file}"))
        };
        Ok(RenderedMail {
            subject: part("subject.txt")?.trim().to_owned(),
            text: part("body.txt")?,
            html: part("body.html")?,
        })
    }

    /// Renders the three parts of `mail/<name>/` in `lang`.
    pub fn render_in<T: Serialize>(&self, lang: &'static str, name: &str, context: &T) -> anyhow::Result<RenderedMail> {
        i18n::with_lang(lang, || self.render(name, context))
    }

    /// Renders a message in its recipient's language (`recipient_language`) and queues it in the
    /// caller's transaction; it goes out after commit.
    pub fn enqueue<T: Serialize>(
        &self,
        conn: &mut DbConnection,
        to: &str,
        name: &str,
        context: &T,
        now: UnixSecs,
    ) -> anyhow::Result<()> {
        self.enqueue_with_attachment(conn, to, name, context, now, None)
    }

    /// Queues a message with an attachment that the sender renders when it sends (see
    /// `outbox::ClaimedMail::attachment`).
    pub fn enqueue_with_attachment<T: Serialize>(
        &self,
        conn: &mut DbConnection,
        to: &str,
        name: &str,
        context: &T,
        now: UnixSecs,
        attachment: Option<&str>,
    ) -> anyhow::Result<()> {
        let lang = recipient_language(conn, to).context("cannot read the recipient's language")?;
        let mail = self.render_in(lang, name, context)?;
        outbox::insert(conn, to, &mail, now, attachment).context("cannot queue an e-mail")?;
        self.wake.notify_one();
        Ok(())
    }
}

/// The language of a mail to `address`: the saved language of the account with this address
/// (`users.locale`, which registration sets to the language of the page registered on), else
/// the language the caller runs in (`i18n::current()`: a `with_lang` around the call, the
/// request's, or English in a worker) — an invitation, say, to someone without an account yet.
pub fn recipient_language(conn: &mut DbConnection, address: &str) -> diesel::QueryResult<&'static str> {
    use crate::db::schema::users as u;
    use diesel::prelude::*;
    let saved: Option<Option<String>> =
        u::table.filter(u::email.eq(address)).select(u::locale).first(conn).optional()?;
    Ok(i18n::saved_or(saved.flatten().as_deref(), i18n::current()))
}

#[cfg(test)]
mod tests;
