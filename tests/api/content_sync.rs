//! The course files and the database: `check`, import (idempotent, browser edits kept unless
//! forced), export (then check passes, and importing it changes nothing); and the admin pages.

use std::path::{Path, PathBuf};
use std::process::Command;

use ess_academy::clock::Clock;
use ess_academy::content::frontmatter::ModuleMeta;
use ess_academy::content::store;
use ess_academy::course_load::{check, sync};

use crate::both_backends;
use crate::helpers::PASSWORD;

const COURSE: &str = "environmental-sustainability";

fn courses_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("courses")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn history_len(db: &ess_academy::db::Db, slug: &str) -> usize {
    let mut conn = db.read().unwrap();
    let course = store::course_row(&mut conn, COURSE).unwrap().unwrap();
    let module = store::find_module(&mut conn, course.id, slug).unwrap().unwrap();
    store::history(&mut conn, &module).unwrap().len()
}

#[test]
fn the_shipped_courses_pass_check() {
    let report = check::check_dir(&courses_dir());
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let summary = format!(
        "{COURSE}: 12 modules, 13 h 10 min; 2 exams, 237 questions; renewal: 1 module, 55 min, an exam of 68 questions"
    );
    assert_eq!(report.summary(), vec![summary.clone()]);
    let output = Command::new(env!("CARGO_BIN_EXE_ess-academy"))
        .args(["check", courses_dir().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap().trim(), summary);
}

/// Each fixture breaks one rule; the message names the file, the line and the rule.
#[test]
fn every_rule_has_a_fixture_that_breaks_it() {
    let cases = [
        ("total-over-15-hours", "modules/06-part-6.md:3: course total 16 h exceeds the 15 h limit"),
        ("minutes-out-of-range", "modules/01-short.md:3: minutes must be between 5 and 180 (found 3)"),
        ("missing-title", "modules/01-untitled.md:2: front matter: missing field `title`"),
        ("wrong-type", "modules/01-typed.md:3: front matter: invalid type: string \"sixty\", expected i64"),
        ("no-objectives", "modules/01-aimless.md:4: list at least one learning objective"),
        ("duplicate-slug", "modules/02-intro.md:1: the slug `intro` is already used"),
        ("broken-link", "modules/01-links.md:9: broken link to 09-nowhere.md"),
        ("missing-image", "modules/01-images.md:9: missing image ../assets/none.png"),
        ("image-without-alt", "modules/01-images.md:9: image ../assets/chart.png has no alt text"),
        ("image-without-caption", "modules/01-images.md:9: image ../assets/chart.png has no caption"),
        (
            "svg-that-sanitising-changes",
            "assets/loop.svg:1: sanitising would change this SVG: it removes event handler onload",
        ),
        (
            "knowledge-check-without-explanation",
            "modules/01-images.md:14: knowledge check `returns-first`: a knowledge check needs a `> ` explanation",
        ),
        ("no-front-matter", "modules/01-plain.md:1: the file must start with TOML front matter"),
        ("bad-file-name", "modules/intro.md:1: name module files NN-slug.md"),
        ("unknown-course-key", "course.toml:3: unknown field `colour`"),
        ("unknown-front-matter-key", "modules/01-intro.md:5: front matter: unknown field `duration`"),
        (
            "exam-single-two-correct",
            "exams/quiz/q-9.md:4: a single-answer question marks exactly one option [x] (found 2)",
        ),
        (
            "exam-true-false-options",
            "exams/quiz/q-9.md:4: a true_false question has exactly the two options True and False",
        ),
        (
            "exam-pool-too-small",
            "exams/quiz.toml:8: topic basics draws 2 but its pool has 3 questions: at least 4 are needed",
        ),
        ("exam-duplicate-id", "exams/quiz/q-9.md:2: the id `q-1` is already used"),
        ("exam-bad-requires", "exams/quiz.toml:5: requires \"exam:nope\""),
        ("exam-pass-mark", "exams/quiz.toml:3: pass_percent must be 1–100 (found 120)"),
        ("renewal-unknown-module", "course.toml:8: [renewal] modules names `nope`, which is not a module"),
        (
            "renewal-bank-too-small",
            "course.toml:9: the renewal exam `quiz` draws 2 from topic basics whose pool has 5 questions",
        ),
        ("renewal-window-out-of-range", "course.toml:8: window_days must be 1–180, not 400"),
        ("renewal-exam-requires", "exams/quiz.toml:5: the renewal exam opens by the [renewal] rules"),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    for (case, expected) in cases {
        let dir = root.join(case);
        let output =
            Command::new(env!("CARGO_BIN_EXE_ess-academy")).args(["check", dir.to_str().unwrap()]).output().unwrap();
        assert_eq!(output.status.code(), Some(1), "{case}");
        let stdout = String::from_utf8(output.stdout).unwrap();
        let want = format!("{}/demo-course/{expected}", dir.display());
        assert!(
            stdout.lines().any(|l| l.starts_with(&want)),
            "{case}: expected a line starting with\n{want}\ngot:\n{stdout}"
        );
        assert_eq!(stdout.lines().count(), 1, "{case} breaks exactly one rule:\n{stdout}");
    }
}

/// `check` on translations: stale and missing ones are warnings (the learner sees the English),
/// a translation that changes a question's options or a knowledge check's key is an error; each
/// is reported with its file and line.
#[test]
fn check_reports_stale_missing_and_mismatched_translations() {
    let cases: &[(&str, i32, Option<&str>)] = &[
        ("translation-complete", 0, None),
        (
            "translation-stale",
            0,
            Some(
                "translations/es/modules/01-intro.md:2: warning: stale: modules/01-intro.md has changed since this translation was made from it",
            ),
        ),
        (
            "translation-missing",
            0,
            Some("translations/es/exams/quiz/q-2.md:1: warning: missing: no Spanish translation of exams/quiz/q-2.md"),
        ),
        (
            "translation-options-mismatch",
            1,
            Some("translations/es/exams/quiz/q-1.md:7: 3 options, but the source has 2"),
        ),
        (
            "translation-correct-mismatch",
            1,
            Some("translations/es/exams/quiz/q-1.md:7: options 1 and 2 are marked otherwise than in the source"),
        ),
        (
            "translation-check-mismatch",
            1,
            Some(
                "translations/es/modules/01-intro.md:11: knowledge check `first-loop`: options 1 and 2 are marked otherwise",
            ),
        ),
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check");
    for (case, code, expected) in cases {
        let dir = root.join(case);
        let output =
            Command::new(env!("CARGO_BIN_EXE_ess-academy")).args(["check", dir.to_str().unwrap()]).output().unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(output.status.code(), Some(*code), "{case}:\n{stdout}");
        let translation_lines: Vec<&str> = stdout.lines().filter(|l| l.contains("/translations/")).collect();
        match expected {
            None => assert!(translation_lines.is_empty(), "{case}: nothing to say of its translations:\n{stdout}"),
            Some(expected) => {
                let want = format!("{}/demo-course/{expected}", dir.display());
                assert_eq!(translation_lines.len(), 1, "{case}: one translation problem:\n{stdout}");
                assert!(translation_lines[0].starts_with(&want), "{case}: expected\n{want}\ngot:\n{stdout}");
            }
        }
    }
}

both_backends! {
    async fn import_is_idempotent_keeps_browser_edits_and_force_takes_the_files(app) {
        let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
        let admin_id = admin.id;
        let db = app.db();
        let now = app.clock.now();
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&courses_dir(), dir.path());
        let (db2, path) = (db.clone(), dir.path().to_path_buf());
        tokio::task::spawn_blocking(move || {
            let again = sync::import(&mut db2.write().unwrap(), now, &path, false).unwrap();
            assert_eq!((again.modules_created, again.revisions_created, again.unchanged), (0, 0, 13), "{again}");

            // An admin edits module 1 in the browser; a later start must not overwrite it.
            let meta = ModuleMeta { title: "Why circular (edited)".into(), minutes: 65, objectives: vec!["Explain circularity".into()], summary: None };
            store::save_module(&mut db2.write().unwrap(), now, admin_id, COURSE, "why-circular", &store::Edit { meta: &meta, markdown: "## Edited in the browser\n", publish: true, note: "edit" }).unwrap();
            let file = path.join(COURSE).join("modules/01-why-circular.md");
            let text = std::fs::read_to_string(&file).unwrap().replace("## Why this matters", "## Why this matters to you");
            std::fs::write(&file, text).unwrap();
            let kept = sync::import(&mut db2.write().unwrap(), now, &path, false).unwrap();
            assert_eq!(kept.kept_browser_edits, vec![format!("{COURSE}/why-circular")]);
            let page = store::module_page(&mut db2.read().unwrap(), COURSE, "why-circular").unwrap().unwrap();
            assert_eq!(page.title, "Why circular (edited)");

            let forced = sync::import(&mut db2.write().unwrap(), now, &path, true).unwrap();
            assert_eq!(forced.revisions_created, 1, "{forced}");
            let page = store::module_page(&mut db2.read().unwrap(), COURSE, "why-circular").unwrap().unwrap();
            assert!(page.title.starts_with("Why circular:"), "{}", page.title);
        }).await.unwrap();
        assert_eq!(history_len(&db, "why-circular"), 3, "file, browser edit, forced file");
    }

    // A re-import compares each question and translation with what is stored (read in one
    // statement per table) and writes only the differences: a changed question gets a new
    // version, a reformatted one keeps its version with its file as written, a removed one is
    // retired; a translation row the database lost comes back with its first revision.
    async fn a_reimport_versions_changed_questions_retires_removed_ones_and_restores_translations(app) {
        use diesel::prelude::*;
        use ess_academy::db::schema::{exams as e, questions as q, translation_revisions as tr, translations as t};
        let db = app.db();
        let now = app.clock.now() + 60;
        let out = tempfile::tempdir().unwrap();
        let root = out.path().to_path_buf();
        tokio::task::spawn_blocking(move || {
            copy_dir(&courses_dir(), &root);
            let bank = root.join(COURSE).join("exams/foundations");
            let spanish = root.join(COURSE).join("translations/es/exams/foundations");
            let first = std::fs::read_to_string(bank.join("ce-001.md")).unwrap();
            let changed = first.replace("what should be considered before recycling?", "what comes before recycling?");
            assert_ne!(first, changed);
            std::fs::write(bank.join("ce-001.md"), &changed).unwrap();
            let reformatted = std::fs::read_to_string(bank.join("ce-002.md")).unwrap().replace("\n+++\n", "\n+++\n\n");
            std::fs::write(bank.join("ce-002.md"), &reformatted).unwrap();
            std::fs::remove_file(bank.join("ce-003.md")).unwrap();
            std::fs::remove_file(spanish.join("ce-003.md")).unwrap();
            let lost = "exams/foundations/ce-004.md";
            diesel::delete(t::table.filter(t::lang.eq("es")).filter(t::path.eq(lost))).execute(&mut *db.write().unwrap()).unwrap();

            let report = sync::import(&mut db.write().unwrap(), now, &root, false).unwrap();
            assert!(report.skipped_courses.is_empty(), "{report}");
            assert_eq!(report.questions_created, 1, "{report}");
            // ce-001's and ce-002's translations are stale now (each says which file it was made
            // from, by its SHA-256), and ce-004's is back.
            assert_eq!(report.translations_written, 3, "{report}");

            let mut conn = db.read().unwrap();
            let versions = |conn: &mut ess_academy::db::DbConnection, qid: &str| -> Vec<(i64, i32, Option<i64>, Option<String>)> {
                q::table
                    .inner_join(e::table)
                    .filter(e::slug.eq("foundations"))
                    .filter(q::qid.eq(qid))
                    .order(q::version)
                    .select((q::id, q::version, q::retired_at, q::source_md))
                    .load(conn)
                    .unwrap()
            };
            let one = versions(&mut conn, "ce-001");
            assert_eq!(one.iter().map(|v| (v.1, v.2)).collect::<Vec<_>>(), vec![(1, Some(now)), (2, None)]);
            assert_eq!(one[1].3.as_deref(), Some(changed.as_str()));
            let two = versions(&mut conn, "ce-002");
            assert_eq!(two.iter().map(|v| (v.1, v.2)).collect::<Vec<_>>(), vec![(1, None)], "formatting alone makes no version");
            assert_eq!(two[0].3.as_deref(), Some(reformatted.as_str()), "the file as written, for export");
            let three = versions(&mut conn, "ce-003");
            assert_eq!(three.iter().map(|v| (v.1, v.2)).collect::<Vec<_>>(), vec![(1, Some(now))]);

            let row = |conn: &mut ess_academy::db::DbConnection, path: &str| -> Option<(i64, Option<i64>, String)> {
                t::table
                    .filter(t::lang.eq("es"))
                    .filter(t::path.eq(path))
                    .select((t::id, t::source_ref, t::text))
                    .first(conn)
                    .optional()
                    .unwrap()
            };
            assert_eq!(row(&mut conn, "exams/foundations/ce-003.md"), None, "its file is gone");
            assert_eq!(row(&mut conn, "exams/foundations/ce-001.md").unwrap().1, None, "stale: made from the old text");
            assert_eq!(row(&mut conn, "exams/foundations/ce-002.md").unwrap().1, None, "stale: made from the old file");
            let five = versions(&mut conn, "ce-005");
            assert_eq!(row(&mut conn, "exams/foundations/ce-005.md").unwrap().1, Some(five[0].0), "untouched: current");
            let (id, source_ref, text) = row(&mut conn, lost).unwrap();
            let four = versions(&mut conn, "ce-004");
            assert_eq!(source_ref, Some(four[0].0), "current against ce-004 as stored");
            assert_eq!(text, std::fs::read_to_string(spanish.join("ce-004.md")).unwrap());
            let revisions: Vec<(i32, String, Option<i64>, String)> = tr::table
                .filter(tr::translation_id.eq(id))
                .select((tr::number, tr::text, tr::source_ref, tr::origin))
                .load(&mut conn)
                .unwrap();
            assert_eq!(revisions, vec![(1, text, source_ref, "file".to_owned())]);
            drop(conn);

            let again = sync::import(&mut db.write().unwrap(), now, &root, false).unwrap();
            assert_eq!((again.questions_created, again.translations_written), (0, 0), "{again}");
        }).await.unwrap();
    }

    async fn export_then_check_passes_and_importing_the_export_changes_nothing(app) {
        let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
        let admin_id = admin.id;
        let db = app.db();
        let now = app.clock.now();
        let out = tempfile::tempdir().unwrap();
        let path = out.path().to_path_buf();
        tokio::task::spawn_blocking(move || {
            let meta = ModuleMeta { title: "Extra: a field guide".into(), minutes: 20, objectives: vec!["Use the guide".into()], summary: Some("A short extra.".into()) };
            store::save_module(&mut db.write().unwrap(), now, admin_id, COURSE, "field-guide", &store::Edit { meta: &meta, markdown: "## Guide\n\nSee [Refresh](05-refresh-remanufactured-equipment.md).\n", publish: true, note: "" }).unwrap();
            let written = sync::export(&mut db.read().unwrap(), &path).unwrap();
            assert_eq!(written, 14);
            let report = check::check_dir(&path);
            // The exam banks and the Spanish translations are exported too (every one still
            // current); the warnings are the new module, which no question assesses yet and
            // which has no Spanish translation yet.
            let warnings: Vec<String> = report.problems.iter().map(|p| format!("{}: {}", p.warning, p.message)).collect();
            assert_eq!(warnings, vec![
                "true: objective 14-field-guide/1 is assessed by 0 question(s); two or more are expected".to_owned(),
                "true: missing: no Spanish translation of modules/14-field-guide.md; learners see the English".to_owned(),
            ]);
            let spanish = path.join(COURSE).join("translations/es");
            assert!(spanish.join("modules/01-why-circular.md").is_file() && spanish.join("exams/renewal/rn-068.md").is_file());
            assert_eq!(report.summary(), vec![format!("{COURSE}: 13 modules, 13 h 30 min; 2 exams, 237 questions; renewal: 1 module, 55 min, an exam of 68 questions")]);
            let again = sync::import(&mut db.write().unwrap(), now, &path, false).unwrap();
            assert_eq!((again.modules_created, again.revisions_created, again.unchanged, again.questions_created, again.translations_written), (0, 0, 14, 0, 0), "{again}");
        }).await.unwrap();
    }

    async fn an_admin_edits_in_the_browser_with_preview_drafts_history_and_restore(app) {
        let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
        app.post_form("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
        let editor = format!("/admin/courses/{COURSE}/modules/sustainable-packaging");
        let page = app.get(&editor).await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("Editing revision 1"));

        let fields = |minutes: &str, markdown: &str, action: &str| {
            vec![
                ("title".to_owned(), "Sustainable packaging".to_owned()),
                ("minutes".to_owned(), minutes.to_owned()),
                ("objectives".to_owned(), "Explain packaging choices\nName two circular design principles".to_owned()),
                ("summary".to_owned(), "Packaging, briefly.".to_owned()),
                ("markdown".to_owned(), markdown.to_owned()),
                ("action".to_owned(), action.to_owned()),
            ]
        };
        let (app_ref, editor_ref) = (&app, &editor);
        let post = move |f: Vec<(String, String)>| async move {
            let refs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            app_ref.post_form(editor_ref, &refs).await
        };

        let preview = post(fields("45", "## Preview me\n\n> [!TIP]\n> Ask early.\n", "preview")).await;
        assert_eq!(preview.status(), 200);
        let html = preview.text().await.unwrap();
        assert!(html.contains("markdown-alert-tip") && html.contains("nothing is saved yet"));

        let too_long = post(fields("200", "## x\n", "publish")).await;
        assert_eq!(too_long.status(), 422);
        let html = too_long.text().await.unwrap();
        assert!(html.contains("Minutes must be between 5 and 180"), "the message is next to the field");
        assert!(html.contains("Name two circular design principles"), "the input is kept");

        let draft = post(fields("45", "## Drafted text\n", "draft")).await;
        assert_eq!(draft.status(), 303);
        let published = post(fields("45", "## Published text\n", "publish")).await;
        assert_eq!(published.status(), 303);
        let module = app.get(&format!("/courses/{COURSE}/sustainable-packaging")).await.text().await.unwrap();
        assert!(module.contains("Published text"));

        let history = app.get(&format!("{editor}/revisions")).await.text().await.unwrap();
        assert!(history.contains("r3") && history.contains("Ada Admin") && history.contains("course files"));
        let diff = app.get(&format!("{editor}/revisions/1")).await.text().await.unwrap();
        assert!(diff.contains("diff-add") && diff.contains("+ ## Published text"), "{diff}");
        let restored = app.post_form(&format!("{editor}/revisions/1/restore"), &[]).await;
        assert_eq!(restored.status(), 303);
        let editor_page = app.get(&editor).await.text().await.unwrap();
        assert!(editor_page.contains("Editing revision 4") && editor_page.contains("this is a draft"));
        let module = app.get(&format!("/courses/{COURSE}/sustainable-packaging")).await.text().await.unwrap();
        assert!(module.contains("Published text"), "a restored draft is not live until published");
    }

    async fn an_admin_reorders_retires_and_uploads_images(app) {
        let (admin, _) = app.user_with_role("Ada Admin", "programme_admin").await;
        app.post_form("/login", &[("email", &admin.email), ("password", PASSWORD)]).await;
        let base = format!("/admin/courses/{COURSE}");
        assert_eq!(app.post_form(&format!("{base}/modules/the-vendors-commitments/move"), &[("direction", "up")]).await.status(), 303);
        let courses: Vec<serde_json::Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        assert_eq!(courses[0]["modules"][0]["slug"], "the-vendors-commitments");

        assert_eq!(app.post_form(&format!("{base}/modules/sustainable-packaging/retire"), &[("retired", "true")]).await.status(), 303);
        let courses: Vec<serde_json::Value> = app.get("/api/v1/courses").await.json().await.unwrap();
        assert_eq!(courses[0]["modules"].as_array().unwrap().len(), 11);
        assert_eq!(app.get(&format!("/courses/{COURSE}/sustainable-packaging")).await.status(), 404);
        assert_eq!(app.post_form(&format!("{base}/modules/sustainable-packaging/retire"), &[("retired", "false")]).await.status(), 303);

        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let token = app.csrf().await;
        let upload = |bytes: Vec<u8>, name: &'static str, csrf: String| {
            let form = reqwest::multipart::Form::new()
                .text("csrf_token", csrf)
                .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name).mime_str("image/png").unwrap());
            app.client.post(app.url(&format!("{base}/assets"))).multipart(form).send()
        };
        let ok = upload(png.clone(), "Takeback Flow.PNG", token.clone()).await.unwrap();
        assert_eq!(ok.headers()["location"], format!("{base}?notice=uploaded"));
        let image = app.get(&format!("/courses/{COURSE}/assets/takeback-flow.png")).await;
        assert_eq!(image.status(), 200);
        assert_eq!(image.headers()["content-type"], "image/png");

        let fake = upload(b"<svg onload=alert(1)>".to_vec(), "evil.png", token.clone()).await.unwrap();
        assert!(fake.headers()["location"].to_str().unwrap().contains("error="), "content is sniffed, not trusted");
        assert_eq!(app.get(&format!("/courses/{COURSE}/assets/evil.png")).await.status(), 404);

        let mut big = png.clone();
        big.resize(2 * 1024 * 1024 + 10, 0);
        let too_big = upload(big, "big.png", token.clone()).await.unwrap();
        assert_eq!(too_big.status(), 413);
        let no_csrf = upload(png, "x.png", "wrong".into()).await.unwrap();
        assert_eq!(no_csrf.status(), 403);
    }
}
