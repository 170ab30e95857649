-- Translations of a course's files, beside the source: one row per translated file.
CREATE TABLE translations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    -- the source's path in the course folder (modules/01-why-circular.md); the translation's is
    -- translations/<lang>/<path>
    path TEXT NOT NULL,
    -- course, exam, module, question or kit
    kind TEXT NOT NULL,
    -- what it translates: '' (the course), the exam or module or kit slug, or <exam>/<question id>
    target TEXT NOT NULL,
    -- the SHA-256 of the source file it says it was made from
    source_sha TEXT NOT NULL,
    -- the version of the source it is current against (module revision, question version, kit
    -- text, course or exam id); NULL: stale
    source_ref BIGINT,
    -- the whole file, as written
    text TEXT NOT NULL,
    -- what pages show, derived from the file (rendered HTML, titles, options)
    data_json TEXT NOT NULL,
    -- the little a syllabus shows of it (a module's title, objectives and summary), read without
    -- the rendered body
    head_json TEXT NOT NULL DEFAULT '{}',
    -- file or editor
    origin TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (course_id, lang, path)
);
CREATE INDEX translations_by_target ON translations (course_id, lang, kind, source_ref);

-- The languages a course declares in course.toml ([translations] languages), as a JSON list.
ALTER TABLE courses ADD COLUMN languages_json TEXT NOT NULL DEFAULT '[]';
-- The language a paper was shown in when it was submitted (per-language item statistics).
ALTER TABLE attempts ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
