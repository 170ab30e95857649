-- A paper's lines keyed by their attempt and position, with no other index. A start writes 35
-- lines in one statement; each line was three B-tree inserts (the rowid table, then the unique
-- indexes on position and on the public id) and an AUTOINCREMENT counter. Now it is two (the
-- table and its key), and every reader already finds lines by attempt: the public id a learner
-- answers by is looked up among the attempt's 35 lines, and its uniqueness within a paper is
-- kept where it is drawn (`exams::paper`). The table is rebuilt, as SQLite changes a key.
CREATE TABLE attempt_questions_keyed (
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
    flagged BOOLEAN NOT NULL DEFAULT 0,
    PRIMARY KEY (attempt_id, position)
);
INSERT INTO attempt_questions_keyed
    (attempt_id, position, public_id, question_id, options_json, selected_json, saved_at, correct, flagged)
SELECT attempt_id, position, public_id, question_id, options_json, selected_json, saved_at, correct, flagged
FROM attempt_questions;
DROP TABLE attempt_questions;
ALTER TABLE attempt_questions_keyed RENAME TO attempt_questions;
