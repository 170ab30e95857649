-- Learning that sticks: what is derived from a revision's markdown (knowledge checks, figures,
-- search sections) with the renderer version that derived it, each learner's answers to the
-- knowledge checks, and flags on exam questions.

ALTER TABLE module_revisions ADD COLUMN renderer INTEGER NOT NULL DEFAULT 0;

ALTER TABLE attempt_questions ADD COLUMN flagged BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE knowledge_checks (
    id BIGSERIAL PRIMARY KEY,
    revision_id BIGINT NOT NULL REFERENCES module_revisions (id) ON DELETE CASCADE,
    public_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    stem_html TEXT NOT NULL,
    options_json TEXT NOT NULL,
    explanation_html TEXT NOT NULL,
    UNIQUE (revision_id, public_id)
);

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

CREATE TABLE revision_figures (
    id BIGSERIAL PRIMARY KEY,
    revision_id BIGINT NOT NULL REFERENCES module_revisions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    src TEXT NOT NULL,
    alt TEXT NOT NULL,
    caption TEXT NOT NULL
);
CREATE INDEX revision_figures_revision ON revision_figures (revision_id);

-- Full-text search over the sections (h2/h3) of every revision; a search joins the published
-- ones. Weights: the module title A, the section heading B, the text D.
CREATE TABLE search_sections (
    id BIGSERIAL PRIMARY KEY,
    revision_id BIGINT NOT NULL REFERENCES module_revisions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    anchor TEXT NOT NULL,
    title TEXT NOT NULL,
    -- the heading with the section's key terms
    section TEXT NOT NULL,
    body TEXT NOT NULL,
    -- the heading alone, for display
    heading TEXT NOT NULL,
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', title), 'A')
        || setweight(to_tsvector('english', section), 'B')
        || setweight(to_tsvector('english', body), 'D')
    ) STORED
);
CREATE INDEX search_sections_document ON search_sections USING GIN (document);
CREATE INDEX search_sections_revision ON search_sections (revision_id);
