-- Exams, their question banks (each change of a question is a new version), attempts with
-- their drawn papers, and accommodations.
CREATE TABLE exams (
    id BIGSERIAL PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description_html TEXT NOT NULL,
    time_limit_seconds BIGINT NOT NULL,
    pass_percent INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    cooldown_seconds BIGINT NOT NULL,
    requires_json TEXT NOT NULL,
    review TEXT NOT NULL CHECK (review IN ('topics', 'answers')),
    blueprint_json TEXT NOT NULL,
    toml_hash TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (course_id, slug)
);

CREATE TABLE questions (
    id BIGSERIAL PRIMARY KEY,
    exam_id BIGINT NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
    qid TEXT NOT NULL,
    version INTEGER NOT NULL,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'true_false')),
    difficulty TEXT,
    objective TEXT,
    stem_html TEXT NOT NULL,
    -- [{"html": "...", "correct": true}, ...] in the file's order: never sent before grading
    options_json TEXT NOT NULL,
    explanation_html TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    retired_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (exam_id, qid, version)
);
CREATE INDEX questions_current ON questions (exam_id, topic, retired_at);

CREATE TABLE attempts (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    exam_id BIGINT NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    started_at BIGINT NOT NULL,
    deadline_at BIGINT NOT NULL,
    submitted_at BIGINT,
    closed_by TEXT,
    correct INTEGER,
    total INTEGER NOT NULL,
    score_percent INTEGER,
    passed BOOLEAN,
    topics_json TEXT,
    UNIQUE (user_id, exam_id, number)
);
CREATE INDEX attempts_open ON attempts (submitted_at, deadline_at);

CREATE TABLE attempt_questions (
    id BIGSERIAL PRIMARY KEY,
    attempt_id BIGINT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    public_id TEXT NOT NULL,
    question_id BIGINT NOT NULL REFERENCES questions (id),
    -- [{"id": "<opaque>", "index": <index in options_json>}, ...] in the order shown
    options_json TEXT NOT NULL,
    -- the opaque ids chosen, as saved last
    selected_json TEXT,
    saved_at BIGINT,
    correct BOOLEAN,
    UNIQUE (attempt_id, position),
    UNIQUE (attempt_id, public_id)
);

CREATE TABLE accommodations (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    exam_id BIGINT NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
    extra_time_percent INTEGER NOT NULL,
    extra_attempts INTEGER NOT NULL,
    reason TEXT NOT NULL,
    granted_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX accommodations_user ON accommodations (user_id, exam_id);
