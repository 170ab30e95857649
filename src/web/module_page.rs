//! The module page, assembled instead of rendered: most of it is the same for every reader of a
//! module in one language and role, so it is rendered once into a **shell** (kept with the
//! module's content, so a new content generation drops it) whose few personal parts are slots:
//! the CSRF token of the reader's forms, and each knowledge check, whose form shows the reader's
//! last answer. A request fills the slots: the token (escaped), and each check either from the
//! shell's unanswered form or, when the reader has answered it (or sent it without a choice), from
//! `catalog/kcheck.html` rendered for them. The page is byte for byte what rendering the whole
//! template would give; the work per request is a copy of ~35 KB instead of a template render
//! of the whole body.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use serde::Serialize;

use super::AppState;
use super::catalog::{ModuleContent, ModuleView};
use super::learning::{CheckSlot, segments};
use super::pages::{Layout, NavUser, render_string};
use super::shell::{Piece, nav_of_role, pieces, put, slot, text_len};
use crate::content::knowledge::LastAnswer;
use crate::error::{AppError, AppResult};

/// A module page rendered once, with slots.
pub struct Shell {
    pieces: Vec<Piece>,
    /// The form of each check before any answer, with its CSRF slot.
    unanswered: Vec<Vec<Piece>>,
    /// Bytes of the text pieces (to size the page at once).
    text_len: usize,
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
    let page = pieces(&rendered);
    Ok(Shell { text_len: text_len(&page), pieces: page, unanswered })
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
) -> AppResult<String> {
    let shell = content.shells.get_or_build(state, content, user, lang)?;
    let token = tera::escape_html(csrf);
    let mut page = String::with_capacity(shell.text_len + 8 * 1024);
    for piece in &shell.pieces {
        match piece {
            Piece::Check(i) => {
                let Some(check) = content.checks.get(*i) else {
                    return Err(AppError::Unexpected(anyhow::anyhow!("a module shell names a check it does not have")));
                };
                let last = answers.remove(&check.id);
                let error = unanswered_error == Some(check.id.as_str());
                if last.is_none() && !error {
                    put(&shell.unanswered[*i], &token, &mut page);
                } else {
                    page.push_str(&check_form(state, content, &check_slot(content, *i, last, error), csrf)?);
                }
            }
            other => put(std::slice::from_ref(other), &token, &mut page),
        }
    }
    Ok(page)
}
