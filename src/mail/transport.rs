//! Where e-mails go: an SMTP server, or `.eml` files in a folder when no SMTP server is set.

use std::path::PathBuf;

use anyhow::{Context, anyhow};
use lettre::message::header::ContentType;
use lettre::message::{Attachment as MailAttachment, Mailbox, MultiPart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::Attachment;
use super::outbox::ClaimedMail;

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>, PathBuf),
}

impl Transport {
    /// Builds the transport (inside a Tokio runtime: lettre's pool needs one).
    pub fn new(smtp_url: Option<&str>, outbox_dir: PathBuf) -> anyhow::Result<Transport> {
        match smtp_url {
            Some(url) => {
                let smtp = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow!("ESS_SMTP_URL is not usable: {e}"))?
                    .build();
                Ok(Transport::Smtp(smtp))
            }
            None => {
                std::fs::create_dir_all(&outbox_dir)
                    .with_context(|| format!("cannot create the mail folder {}", outbox_dir.display()))?;
                Ok(Transport::Files(AsyncFileTransport::new(&outbox_dir), outbox_dir))
            }
        }
    }

    /// A line for the start-up log.
    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "SMTP".to_owned(),
            Transport::Files(_, dir) => format!(".eml files in {}", dir.display()),
        }
    }

    pub async fn send(&self, from: &Mailbox, mail: &ClaimedMail, attachment: Option<Attachment>) -> anyhow::Result<()> {
        let to: Mailbox = mail.to_address.parse().with_context(|| format!("bad recipient {:?}", mail.to_address))?;
        let body = MultiPart::alternative_plain_html(mail.body_text.clone(), mail.body_html.clone());
        let body = match attachment {
            None => body,
            Some(a) => {
                let content_type = ContentType::parse(&a.content_type).context("attachment content type")?;
                MultiPart::mixed()
                    .multipart(body)
                    .singlepart(MailAttachment::new(a.filename).body(a.bytes, content_type))
            }
        };
        // One Message-ID per outbox row: if a sender dies between the SMTP server's acceptance
        // and marking the row sent, the row is sent again after its lease as the same message,
        // which mail systems recognise, not as a second one.
        let message_id = format!("<ess-outbox-{}@{}>", mail.id, from.email.domain());
        let message = Message::builder()
            .from(from.clone())
            .to(to)
            .message_id(Some(message_id))
            .subject(&mail.subject)
            .multipart(body)
            .context("cannot build the message")?;
        match self {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| anyhow!("SMTP: {e}")),
            Transport::Files(files, _) => {
                files.send(message).await.map(|_| ()).map_err(|e| anyhow!("file outbox: {e}"))
            }
        }
    }
}
