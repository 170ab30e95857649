//! Pages assembled instead of rendered. Most of a content page is the same for every reader in
//! one language and role, so it is rendered once into a **shell**, kept under the content
//! generation it was made from (`crate::freshness`), whose few personal parts are slots: the
//! CSRF token of the reader's forms and, on module pages, each knowledge check
//! (`super::module_page`). A request fills the slots; the page is byte for byte what rendering
//! the template for that reader would give.

use std::sync::Arc;

use actix_web::HttpResponse;
use actix_web::web;

use super::AppState;
use super::pages::{Layout, NavUser, html_response};
use crate::accounts::Role;
use crate::db::DbConnection;
use crate::error::{AppError, AppResult};

/// Opens and closes a slot in a rendered shell: a private-use character that neither escaping
/// nor the message files produce (the messages' own markers are U+E000 and U+E001).
const SLOT: char = '\u{E002}';

/// A piece of a shell.
pub enum Piece {
    Text(String),
    Csrf,
    /// The `n`th knowledge check (0-based).
    Check(usize),
}

/// The marker of a named slot, to put into a template's context.
pub fn slot(name: &str) -> String {
    format!("{SLOT}{name}{SLOT}")
}

/// Cuts rendered HTML at its slots.
pub fn pieces(rendered: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = rendered;
    while let Some(start) = rest.find(SLOT) {
        let after = &rest[start + SLOT.len_utf8()..];
        let Some(len) = after.find(SLOT) else { break };
        let name = &after[..len];
        let piece = match name {
            "csrf" => Some(Piece::Csrf),
            _ => name.strip_prefix("check").and_then(|n| n.parse().ok()).map(Piece::Check),
        };
        match piece {
            Some(piece) => {
                out.push(Piece::Text(rest[..start].to_owned()));
                out.push(piece);
                rest = &after[len + SLOT.len_utf8()..];
            }
            None => {
                // Not ours (content cannot make a slot, but never lose text): keep it as it is.
                out.push(Piece::Text(rest[..start + SLOT.len_utf8()].to_owned()));
                rest = after;
            }
        }
    }
    out.push(Piece::Text(rest.to_owned()));
    out
}

/// Bytes of the text pieces (to size a page at once).
fn text_len(pieces: &[Piece]) -> usize {
    pieces.iter().map(|p| if let Piece::Text(t) = p { t.len() } else { 0 }).sum()
}

/// Appends pieces to a page: text as it is, the CSRF slot as `token` (escaped already); check
/// slots are the caller's (skipped here).
fn put(pieces: &[Piece], token: &str, page: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => page.push_str(text),
            Piece::Csrf => page.push_str(token),
            Piece::Check(_) => {}
        }
    }
}

/// The navigation of a role, as a shell shows it (the layout shows nothing else of the reader).
pub fn nav_of_role(role: Role) -> NavUser {
    NavUser {
        name: String::new(),
        email: String::new(),
        role: role.as_str(),
        role_label: role.label(),
        email_verified: true,
    }
}

/// A page whose only personal part is the CSRF token.
pub struct Shell {
    pieces: Vec<Piece>,
    text_len: usize,
}

impl Shell {
    pub fn cut(rendered: &str) -> Shell {
        let pieces = pieces(rendered);
        Shell { text_len: text_len(&pieces), pieces }
    }

    /// The page with the reader's token.
    pub fn fill(&self, csrf: &str) -> String {
        let mut page = String::with_capacity(self.text_len + 256);
        put(&self.pieces, &tera::escape_html(csrf), &mut page);
        page
    }
}

/// Shells of content pages by page, language and role (none: signed out), each under the
/// content generation it was rendered at.
pub type PageShells = crate::freshness::Memo<(&'static str, &'static str, Option<&'static str>), Shell>;

/// Serves a page that shows content and, of its reader, only the role: from its shell when one
/// was made at the current content generation, else rendered by `render` (given a read
/// connection and the layout with slots) and kept.
pub async fn content_page<F>(
    state: &web::Data<AppState>,
    page: &'static str,
    section: &'static str,
    role: Option<Role>,
    csrf: &str,
    render: F,
) -> AppResult<HttpResponse>
where
    F: FnOnce(&AppState, &mut DbConnection, Layout) -> AppResult<String> + Send + 'static,
{
    let key = (page, crate::i18n::current(), role.map(Role::as_str));
    if let Some(generation) = state.content_generation.known()
        && let Some(shell) = state.page_shells.get(&key, generation)
    {
        return Ok(html_response(shell.fill(csrf)));
    }
    let st = state.clone();
    let shell = crate::web::blocking(move || -> Result<_, AppError> {
        let mut conn = st.db.read()?;
        // Read before the content: what is kept is never older than its generation says.
        let generation = st.content_generation.current(|| Ok(crate::freshness::read_generation(&mut conn)?))?;
        if let Some(shell) = st.page_shells.get(&key, generation) {
            return Ok(shell);
        }
        let layout = Layout { user: role.map(nav_of_role), csrf_token: slot("csrf"), section };
        let shell = Arc::new(Shell::cut(&render(st.get_ref(), &mut conn, layout)?));
        st.page_shells.put(key, generation, shell.clone());
        Ok(shell)
    })
    .await??;
    Ok(html_response(shell.fill(csrf)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shell_is_cut_at_its_slots_and_nothing_else_is_lost() {
        let text = format!("<a>{}</a><p>x</p>{}<b>{}z", slot("csrf"), slot("check0"), slot("other"));
        let got: Vec<String> = pieces(&text)
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => format!("T({t})"),
                Piece::Csrf => "CSRF".into(),
                Piece::Check(i) => format!("C{i}"),
            })
            .collect();
        assert_eq!(
            got,
            ["T(<a>)", "CSRF", "T(</a><p>x</p>)", "C0", &format!("T(<b>{SLOT})"), &format!("T(other{SLOT}z)")]
        );
    }

    #[test]
    fn a_filled_shell_carries_the_token_escaped_wherever_the_slot_was() {
        let shell = Shell::cut(&format!("<meta content=\"{0}\"><input value=\"{0}\">", slot("csrf")));
        assert_eq!(shell.fill("a\"b"), "<meta content=\"a&quot;b\"><input value=\"a&quot;b\">");
    }
}
