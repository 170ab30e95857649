//! The module page, assembled instead of rendered: most of it is the same for every reader of a
//! module in one language and role, so it is rendered once into a **shell** (kept with the
//! module's content, so a new content generation drops it) whose few personal parts are slots:
//! the CSRF token of the reader's forms, and each knowledge check, whose form shows the reader's
//! last answer. A request fills the slots: the token (escaped), and each check either from the
//! shell's unanswered form or, when the reader has answered it (or sent it without a choice), from
//! `catalog/kcheck.html` rendered for them. The page is byte for byte what rendering the whole
//! template would give. It is sent as the shell's own pieces (shared, not copied) and the
//! reader's: the server copies the page's ~34 KB once, into the connection's buffer, instead of
//! also assembling it first (a profile of the page under load: the copies of its bytes were the
//! largest part of the server's own CPU, `BENCHMARKS.md`).

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll};

use actix_web::body::{BodySize, MessageBody};
use actix_web::web::Bytes;
use serde::Serialize;

use super::AppState;
use super::catalog::{ModuleContent, ModuleView};
use super::learning::{CheckSlot, segments};
use super::pages::{Layout, NavUser, render_string};
use super::shell::{Piece, nav_of_role, pieces, slot};
use crate::content::knowledge::LastAnswer;
use crate::error::{AppError, AppResult};

/// A piece of a module shell, its text shared by every page sent from it.
enum Chunk {
    Text(Bytes),
    Csrf,
    /// The `n`th knowledge check (0-based).
    Check(usize),
}

fn chunks(pieces: Vec<Piece>) -> Vec<Chunk> {
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => Chunk::Text(Bytes::from(text)),
            Piece::Csrf => Chunk::Csrf,
            Piece::Check(i) => Chunk::Check(i),
        })
        .collect()
}

/// A module page rendered once, with slots.
pub struct Shell {
    chunks: Vec<Chunk>,
    /// The form of each check before any answer, with its CSRF slot.
    unanswered: Vec<Vec<Chunk>>,
}

/// One reader's module page: the shell's pieces and the reader's, sent one after the other
/// with the page's length announced (`Content-Length`).
pub struct Page {
    parts: VecDeque<Bytes>,
    len: usize,
}

impl Page {
    fn push(&mut self, part: Bytes) {
        self.len += part.len();
        self.parts.push_back(part);
    }
}

impl MessageBody for Page {
    type Error = Infallible;

    fn size(&self) -> BodySize {
        BodySize::Sized(self.len as u64)
    }

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Result<Bytes, Infallible>>> {
        Poll::Ready(self.parts.pop_front().map(Ok))
    }
}

/// The shells of one module content, by role (the navigation differs per role).
#[derive(Default)]
pub struct Shells(RwLock<HashMap<&'static str, Arc<Shell>>>);

/// What `catalog/kcheck.html` needs.
#[derive(Serialize)]
struct CheckContext<'a> {
    c: &'a CheckSlot,
    module: ModuleRef<'a>,
    csrf_token: &'a str,
}

#[derive(Serialize)]
struct ModuleRef<'a> {
    course_slug: &'a str,
    slug: &'a str,
}

fn check_form(state: &AppState, content: &ModuleContent, slot: &CheckSlot, csrf: &str) -> AppResult<String> {
    let module = ModuleRef { course_slug: &content.page.course_slug, slug: &content.page.slug };
    render_string(state, "catalog/kcheck.html", &CheckContext { c: slot, module, csrf_token: csrf })
}

fn check_slot(content: &ModuleContent, index: usize, last: Option<LastAnswer>, error: bool) -> CheckSlot {
    CheckSlot::new(&content.checks[index], index, last, error)
}

fn build(state: &AppState, content: &ModuleContent, role: Option<NavUser>, lang: &'static str) -> AppResult<Shell> {
    // The body cut at its checks, each check a slot.
    let mut segs = segments(&content.page.html, &content.checks, HashMap::new(), None);
    let mut index = 0;
    for seg in &mut segs {
        if seg.check.take().is_some() {
            seg.html = Some(slot(&format!("check{index}")));
            index += 1;
        }
    }
    let layout = Layout { user: role, csrf_token: slot("csrf"), section: "courses" };
    let view = ModuleView::new(state, layout, content, segs, lang);
    let rendered = render_string(state, "catalog/module.html", &view)?;
    let unanswered = (0..content.checks.len())
        .map(|i| check_form(state, content, &check_slot(content, i, None, false), &slot("csrf")).map(|f| pieces(&f)))
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Shell { chunks: chunks(pieces(&rendered)), unanswered: unanswered.into_iter().map(chunks).collect() })
}

impl Shells {
    fn get_or_build(
        &self,
        state: &AppState,
        content: &ModuleContent,
        user: &crate::accounts::User,
        lang: &'static str,
    ) -> AppResult<Arc<Shell>> {
        let role = user.role().as_str();
        if let Some(shell) = self.0.read().ok().and_then(|m| m.get(role).cloned()) {
            return Ok(shell);
        }
        let shell = Arc::new(build(state, content, Some(nav_of_role(user.role())), lang)?);
        if let Ok(mut map) = self.0.write() {
            map.insert(role, shell.clone());
        }
        Ok(shell)
    }
}

/// The module page for one reader: the shell with the reader's token and checks.
pub fn assemble(
    state: &AppState,
    content: &ModuleContent,
    user: &crate::accounts::User,
    csrf: &str,
    mut answers: HashMap<String, LastAnswer>,
    unanswered_error: Option<&str>,
    lang: &'static str,
) -> AppResult<Page> {
    let shell = content.shells.get_or_build(state, content, user, lang)?;
    let token = Bytes::from(tera::escape_html(csrf));
    let mut page = Page { parts: VecDeque::with_capacity(shell.chunks.len() + 8), len: 0 };
    let put = |chunks: &[Chunk], page: &mut Page| {
        for chunk in chunks {
            match chunk {
                Chunk::Text(text) => page.push(text.clone()),
                Chunk::Csrf => page.push(token.clone()),
                Chunk::Check(_) => {}
            }
        }
    };
    for chunk in &shell.chunks {
        match chunk {
            Chunk::Check(i) => {
                let Some(check) = content.checks.get(*i) else {
                    return Err(AppError::Unexpected(anyhow::anyhow!("a module shell names a check it does not have")));
                };
                let last = answers.remove(&check.id);
                let error = unanswered_error == Some(check.id.as_str());
                if last.is_none() && !error {
                    put(&shell.unanswered[*i], &mut page);
                } else {
                    page.push(Bytes::from(check_form(state, content, &check_slot(content, *i, last, error), csrf)?));
                }
            }
            other => put(std::slice::from_ref(other), &mut page),
        }
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_page_announces_its_length_and_sends_its_parts_in_order() {
        let mut page = Page { parts: VecDeque::new(), len: 0 };
        for part in ["<p>", "tok&amp;en", "", "</p>\u{e9}"] {
            page.push(Bytes::from(part));
        }
        assert_eq!(page.size(), BodySize::Sized(19));
        // actix's own reader of a body, which checks what it reads against the announced size.
        let bytes = actix_web::body::to_bytes(page).await.unwrap();
        assert_eq!(&bytes[..], "<p>tok&amp;en</p>\u{e9}".as_bytes());
    }
}
