-- Learning that sticks: what is derived from a revision's markdown (knowledge checks, figures,
-- search sections) with the renderer version that derived it, each learner's answers to the
-- knowledge checks, and flags on exam questions.

-- The renderer that produced a revision's html and derived rows; older ones are re-derived at start.
ALTER TABLE module_revisions ADD COLUMN renderer INTEGER NOT NULL DEFAULT 0;

-- "Flag for review" on a question of an attempt.
ALTER TABLE attempt_questions ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT 0;

-- The interactive knowledge checks of a revision, in order.
CREATE TABLE knowledge_checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    revision_id BIGINT NOT NULL REFERENCES module_revisions (id) ON DELETE CASCADE,
    public_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    stem_html TEXT NOT NULL,
    -- [{"id", "html", "correct", "feedback_html"}]
    options_json TEXT NOT NULL,
    explanation_html TEXT NOT NULL,
    UNIQUE (revision_id, public_id)
);

-- A learner's first and latest answer to a check of a module (kept across revisions by check id).
CREATE TABLE check_answers (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id BIGINT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    check_id TEXT NOT NULL,
    first_selected TEXT NOT NULL,
    first_correct BOOLEAN NOT NULL,
    first_at BIGINT NOT NULL,
    last_selected TEXT NOT NULL,
    last_correct BOOLEAN NOT NULL,
    last_at BIGINT NOT NULL,
    tries INTEGER NOT NULL,
    PRIMARY KEY (user_id, module_id, check_id)
);
CREATE INDEX check_answers_module ON check_answers (module_id, check_id);

-- The figures of a revision (an image with alt text and a caption), in order.
CREATE TABLE revision_figures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    revision_id BIGINT NOT NULL REFERENCES module_revisions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    src TEXT NOT NULL,
    alt TEXT NOT NULL,
    caption TEXT NOT NULL
);
CREATE INDEX revision_figures_revision ON revision_figures (revision_id);

-- Full-text search over the sections (h2/h3) of every revision; a search joins the published ones.
-- Columns in rank order: the module title, the section heading with its key terms, the text;
-- then the heading alone, for display.
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, section, body,
    revision_id UNINDEXED, anchor UNINDEXED, position UNINDEXED, heading UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
