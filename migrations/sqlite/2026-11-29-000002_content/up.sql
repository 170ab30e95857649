-- Courses, their modules and every revision of each module, and the course assets.
CREATE TABLE courses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description_html TEXT NOT NULL,
    credential_name TEXT NOT NULL,
    course_toml TEXT NOT NULL,
    toml_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE modules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    -- the revision learners see (NULL while only drafts exist)
    published_revision_id BIGINT,
    -- the newest revision, a draft when it is not the published one
    latest_revision_id BIGINT,
    -- the content hash of the file version last imported
    file_hash TEXT,
    retired_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (course_id, slug)
);
CREATE INDEX modules_course_position ON modules (course_id, position);

CREATE TABLE module_revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    module_id BIGINT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    objectives_json TEXT NOT NULL,
    summary TEXT,
    markdown TEXT NOT NULL,
    html TEXT NOT NULL,
    toc_json TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('file', 'editor', 'restore')),
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    note TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (module_id, number)
);

CREATE TABLE course_assets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (course_id, name)
);
