//! The tera templates, compiled into the binary and loaded once at start.

use anyhow::Context;
use tera::Tera;

/// Every template under `templates/`, embedded. A test checks that none on disk is missing here.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../templates/base.html")),
    ("macros.html", include_str!("../templates/macros.html")),
    ("error.html", include_str!("../templates/error.html")),
    ("home.html", include_str!("../templates/home.html")),
    ("auth/register.html", include_str!("../templates/auth/register.html")),
    ("auth/register_done.html", include_str!("../templates/auth/register_done.html")),
    ("auth/login.html", include_str!("../templates/auth/login.html")),
    ("auth/verify.html", include_str!("../templates/auth/verify.html")),
    ("auth/forgot.html", include_str!("../templates/auth/forgot.html")),
    ("auth/reset.html", include_str!("../templates/auth/reset.html")),
    ("auth/setup.html", include_str!("../templates/auth/setup.html")),
    ("training/index.html", include_str!("../templates/training/index.html")),
    ("account/index.html", include_str!("../templates/account/index.html")),
    ("catalog/index.html", include_str!("../templates/catalog/index.html")),
    ("catalog/course.html", include_str!("../templates/catalog/course.html")),
    ("catalog/module.html", include_str!("../templates/catalog/module.html")),
    ("catalog/kcheck.html", include_str!("../templates/catalog/kcheck.html")),
    ("admin/index.html", include_str!("../templates/admin/index.html")),
    ("admin/course.html", include_str!("../templates/admin/course.html")),
    ("admin/editor.html", include_str!("../templates/admin/editor.html")),
    ("admin/translations.html", include_str!("../templates/admin/translations.html")),
    ("admin/translation_editor.html", include_str!("../templates/admin/translation_editor.html")),
    ("admin/history.html", include_str!("../templates/admin/history.html")),
    ("admin/revision.html", include_str!("../templates/admin/revision.html")),
    ("admin/statistics.html", include_str!("../templates/admin/statistics.html")),
    ("admin/users.html", include_str!("../templates/admin/users.html")),
    ("admin/reports.html", include_str!("../templates/admin/reports.html")),
    ("admin/user.html", include_str!("../templates/admin/user.html")),
    ("training/transcript.html", include_str!("../templates/training/transcript.html")),
    ("exams/exam.html", include_str!("../templates/exams/exam.html")),
    ("exams/attempt.html", include_str!("../templates/exams/attempt.html")),
    ("exams/bar.html", include_str!("../templates/exams/bar.html")),
    ("exams/navigator.html", include_str!("../templates/exams/navigator.html")),
    ("exams/review.html", include_str!("../templates/exams/review.html")),
    ("exams/result.html", include_str!("../templates/exams/result.html")),
    ("mail/layout.html", include_str!("../templates/mail/layout.html")),
    ("mail/verify_email/subject.txt", include_str!("../templates/mail/verify_email/subject.txt")),
    ("mail/verify_email/body.txt", include_str!("../templates/mail/verify_email/body.txt")),
    ("mail/verify_email/body.html", include_str!("../templates/mail/verify_email/body.html")),
    ("mail/credential_issued/subject.txt", include_str!("../templates/mail/credential_issued/subject.txt")),
    ("mail/credential_issued/body.txt", include_str!("../templates/mail/credential_issued/body.txt")),
    ("mail/credential_issued/body.html", include_str!("../templates/mail/credential_issued/body.html")),
    ("credentials/badge.svg", include_str!("../templates/credentials/badge.svg")),
    ("credentials/signature.svg", include_str!("../templates/credentials/signature.svg")),
    ("verify/credential.html", include_str!("../templates/verify/credential.html")),
    ("mail/password_reset/subject.txt", include_str!("../templates/mail/password_reset/subject.txt")),
    ("mail/password_reset/body.txt", include_str!("../templates/mail/password_reset/body.txt")),
    ("mail/password_reset/body.html", include_str!("../templates/mail/password_reset/body.html")),
    ("credentials/kit.html", include_str!("../templates/credentials/kit.html")),
    ("admin/name_corrections.html", include_str!("../templates/admin/name_corrections.html")),
    ("admin/outbox.html", include_str!("../templates/admin/outbox.html")),
    ("mail/exam_result/subject.txt", include_str!("../templates/mail/exam_result/subject.txt")),
    ("mail/exam_result/body.txt", include_str!("../templates/mail/exam_result/body.txt")),
    ("mail/exam_result/body.html", include_str!("../templates/mail/exam_result/body.html")),
    ("mail/credential_expiring/subject.txt", include_str!("../templates/mail/credential_expiring/subject.txt")),
    ("mail/credential_expiring/body.txt", include_str!("../templates/mail/credential_expiring/body.txt")),
    ("mail/credential_expiring/body.html", include_str!("../templates/mail/credential_expiring/body.html")),
    ("mail/name_correction/subject.txt", include_str!("../templates/mail/name_correction/subject.txt")),
    ("mail/name_correction/body.txt", include_str!("../templates/mail/name_correction/body.txt")),
    ("mail/name_correction/body.html", include_str!("../templates/mail/name_correction/body.html")),
    ("mail/accreditation_lapsing/subject.txt", include_str!("../templates/mail/accreditation_lapsing/subject.txt")),
    ("mail/accreditation_lapsing/body.txt", include_str!("../templates/mail/accreditation_lapsing/body.txt")),
    ("mail/accreditation_lapsing/body.html", include_str!("../templates/mail/accreditation_lapsing/body.html")),
    ("mail/credential_renewed/subject.txt", include_str!("../templates/mail/credential_renewed/subject.txt")),
    ("mail/credential_renewed/body.txt", include_str!("../templates/mail/credential_renewed/body.txt")),
    ("mail/credential_renewed/body.html", include_str!("../templates/mail/credential_renewed/body.html")),
    ("mail/renewal_open/subject.txt", include_str!("../templates/mail/renewal_open/subject.txt")),
    ("mail/renewal_open/body.txt", include_str!("../templates/mail/renewal_open/body.txt")),
    ("mail/renewal_open/body.html", include_str!("../templates/mail/renewal_open/body.html")),
    ("mail/credential_grace/subject.txt", include_str!("../templates/mail/credential_grace/subject.txt")),
    ("mail/credential_grace/body.txt", include_str!("../templates/mail/credential_grace/body.txt")),
    ("mail/credential_grace/body.html", include_str!("../templates/mail/credential_grace/body.html")),
    ("renewal/index.html", include_str!("../templates/renewal/index.html")),
    ("learning/search.html", include_str!("../templates/learning/search.html")),
    ("learning/checks.html", include_str!("../templates/learning/checks.html")),
    ("admin/xapi.html", include_str!("../templates/admin/xapi.html")),
    ("lti/deep_linking.html", include_str!("../templates/lti/deep_linking.html")),
    ("lti/deep_linking_response.html", include_str!("../templates/lti/deep_linking_response.html")),
    ("admin/lti.html", include_str!("../templates/admin/lti.html")),
    ("mail/invitation/subject.txt", include_str!("../templates/mail/invitation/subject.txt")),
    ("mail/invitation/body.txt", include_str!("../templates/mail/invitation/body.txt")),
    ("mail/invitation/body.html", include_str!("../templates/mail/invitation/body.html")),
    ("partner/index.html", include_str!("../templates/partner/index.html")),
    ("partner/verify.html", include_str!("../templates/partner/verify.html")),
    ("partner/takeback.html", include_str!("../templates/partner/takeback.html")),
    ("admin/partners.html", include_str!("../templates/admin/partners.html")),
    ("privacy/erase.html", include_str!("../templates/privacy/erase.html")),
    ("privacy/erased.html", include_str!("../templates/privacy/erased.html")),
    ("privacy/admin_erase.html", include_str!("../templates/privacy/admin_erase.html")),
];

/// Escapes text for HTML or XML content and attributes, outside the templates (which
/// autoescape); control characters are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Builds the template set (once, before the server starts).
pub fn load() -> anyhow::Result<Tera> {
    let mut tera = Tera::default();
    tera.register_function("t", crate::i18n::tera_fn::Translate);
    tera.register_function("t_html", crate::i18n::tera_fn::TranslateHtml);
    tera.register_filter("long_date", crate::i18n::tera_fn::long_date_filter);
    tera.register_filter("percent", crate::i18n::tera_fn::percent_filter);
    tera.add_raw_templates(TEMPLATES.iter().copied()).context("a template does not compile")?;
    tera.autoescape_on(vec![".html", ".svg"]);
    drop_inheritance_copies(&mut tera);
    Ok(tera)
}

/// Frees the two copies of each page's blocks that tera keeps only to build inheritance
/// chains, about 4 MB for our 59 pages that extend a layout.
///
/// Tera parses a template that extends another into its syntax tree (which holds its blocks),
/// copies every block into `blocks` (`Template::new`), then copies them once more into
/// `blocks_definitions` when `add_raw_templates` links each template to its parents
/// (`Tera::build_inheritance_chains`). Rendering such a template walks its root parent's tree
/// and takes each block's body from the template's `blocks_definitions`
/// (`renderer::processor::Processor::new` and `render_block`, tera 1.20), so a page's own tree
/// and `blocks` are read again only by a later `build_inheritance_chains`, which this set never
/// runs: it is built once, here, and never extended or reloaded. A template that another
/// extends keeps both (its children's chains were built from them, and its tree is the one
/// rendered); so does one that extends nothing. Its macros and imports are kept.
fn drop_inheritance_copies(tera: &mut Tera) {
    let parents: std::collections::HashSet<String> =
        tera.templates.values().filter_map(|template| template.parent.clone()).collect();
    for (name, template) in tera.templates.iter_mut() {
        if template.parent.is_some() && !parents.contains(name) {
            template.ast = Vec::new();
            template.blocks = Default::default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_under(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files_under(&path, root, out);
            } else {
                out.push(path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }

    #[test]
    fn every_template_on_disk_is_embedded_and_all_compile() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut on_disk = Vec::new();
        files_under(&root, &root, &mut on_disk);
        on_disk.sort();
        let mut embedded: Vec<String> = TEMPLATES.iter().map(|(n, _)| (*n).to_owned()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded);
        load().unwrap();
    }

    /// A small set with what our pages use of inheritance: a layout whose blocks have defaults,
    /// a page that overrides some of them (one calling `super()`, one nesting a block), a page
    /// extending that page, an included partial and an imported macro.
    fn small_set() -> Tera {
        let mut tera = Tera::default();
        tera.add_raw_templates(vec![
            ("macros.html", "{% macro shout(text) %}{{ text | upper }}!{% endmacro shout %}"),
            ("part.html", "[part {{ name }}]"),
            (
                "layout.html",
                "<title>{% block title %}Site{% endblock title %}</title>\
                 <main>{% block content %}nothing{% endblock content %}</main>\
                 <footer>{% block footer %}foot{% endblock footer %}</footer>",
            ),
            (
                "page.html",
                "{% extends \"layout.html\" %}{% import \"macros.html\" as m %}\
                 {% block title %}{{ name }} · {{ super() }}{% endblock title %}\
                 {% block content %}{% for i in items %}<p>{{ m::shout(text=i) }}</p>{% endfor %}\
                 {% include \"part.html\" %}{% block inner %}inner{% endblock inner %}{% endblock content %}",
            ),
            ("deeper.html", "{% extends \"page.html\" %}{% block inner %}deeper {{ super() }}{% endblock inner %}"),
        ])
        .unwrap();
        tera
    }

    #[test]
    fn pages_render_the_same_without_the_copies_tera_keeps_for_inheritance() {
        let mut context = tera::Context::new();
        context.insert("name", "Ada <3");
        context.insert("items", &["one", "two"]);
        let whole = small_set();
        let mut trimmed = small_set();
        drop_inheritance_copies(&mut trimmed);

        for name in ["page.html", "deeper.html", "layout.html", "part.html"] {
            let expected = whole.render(name, &context).unwrap();
            assert_eq!(trimmed.render(name, &context).unwrap(), expected, "{name}");
        }
        assert_eq!(
            trimmed.render("deeper.html", &context).unwrap(),
            "<title>Ada &lt;3 · Site</title><main><p>ONE!</p><p>TWO!</p>[part Ada &lt;3]deeper inner</main>\
             <footer>foot</footer>"
        );
        // Only the leaf lost its copies: the page another extends keeps its tree and blocks.
        let leaf = &trimmed.templates["deeper.html"];
        assert!(leaf.ast.is_empty() && leaf.blocks.is_empty() && !leaf.blocks_definitions.is_empty());
        assert!(!trimmed.templates["page.html"].ast.is_empty());
        assert!(!trimmed.templates["page.html"].blocks.is_empty());
        assert!(!trimmed.templates["layout.html"].ast.is_empty());
    }

    #[test]
    fn the_loaded_set_keeps_no_tree_for_a_page_that_extends_a_layout() {
        let tera = load().unwrap();
        let leaves: Vec<&str> = tera
            .templates
            .values()
            .filter(|template| template.parent.is_some())
            .map(|template| template.name.as_str())
            .collect();
        assert!(leaves.len() > 40, "{leaves:?}");
        for name in leaves {
            assert!(tera.templates[name].ast.is_empty(), "{name}");
            assert!(!tera.templates[name].blocks_definitions.is_empty(), "{name}");
        }
        assert!(!tera.templates["base.html"].ast.is_empty());
    }
}
