CREATE TABLE attempt_questions_numbered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    attempt_id BIGINT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    public_id TEXT NOT NULL,
    question_id BIGINT NOT NULL REFERENCES questions (id),
    options_json TEXT NOT NULL,
    selected_json TEXT,
    saved_at BIGINT,
    correct BOOLEAN,
    flagged BOOLEAN NOT NULL DEFAULT 0,
    UNIQUE (attempt_id, position),
    UNIQUE (attempt_id, public_id)
);
INSERT INTO attempt_questions_numbered
    (attempt_id, position, public_id, question_id, options_json, selected_json, saved_at, correct, flagged)
SELECT attempt_id, position, public_id, question_id, options_json, selected_json, saved_at, correct, flagged
FROM attempt_questions ORDER BY attempt_id, position;
DROP TABLE attempt_questions;
ALTER TABLE attempt_questions_numbered RENAME TO attempt_questions;
