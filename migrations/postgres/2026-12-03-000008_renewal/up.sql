-- The credential's second year: certification cycles (one credential per person, course and
-- cycle), renewals of the same credential, exams and modules of the renewal track, attempts
-- counted per round (a cycle's first path, or one renewal), and the Open Badges 3.0 issuer key
-- shared by every instance (sealed with ESS_SECRET).
ALTER TABLE credentials DROP CONSTRAINT credentials_user_id_course_id_key;
ALTER TABLE credentials ADD COLUMN cycle INTEGER NOT NULL DEFAULT 1;
ALTER TABLE credentials ADD COLUMN renewed_at BIGINT;
ALTER TABLE credentials ADD COLUMN valid_since BIGINT NOT NULL DEFAULT 0;
ALTER TABLE credentials ADD COLUMN lapsed_at BIGINT;
ALTER TABLE credentials ADD COLUMN previous_id BIGINT REFERENCES credentials (id) ON DELETE SET NULL;
UPDATE credentials SET valid_since = issued_at;
ALTER TABLE credentials ADD CONSTRAINT credentials_user_course_cycle UNIQUE (user_id, course_id, cycle);

ALTER TABLE modules ADD COLUMN track TEXT NOT NULL DEFAULT 'path';
ALTER TABLE exams ADD COLUMN track TEXT NOT NULL DEFAULT 'path';
ALTER TABLE attempts ADD COLUMN round TEXT NOT NULL DEFAULT 'c1';
CREATE INDEX attempts_round ON attempts (user_id, exam_id, round);

ALTER TABLE signing_keys ADD COLUMN sealed_private TEXT;
ALTER TABLE signing_keys ADD COLUMN retired_at BIGINT;

-- One row per renewal: the expiry it renewed, the new one, and whether it came in the grace
-- period (for the renewal-rate report).
CREATE TABLE credential_renewals (
    id BIGSERIAL PRIMARY KEY,
    credential_id BIGINT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
    previous_expires_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    renewed_at BIGINT NOT NULL,
    in_grace BOOLEAN NOT NULL,
    UNIQUE (credential_id, previous_expires_at)
);

-- The source text of exams and questions, so that `export` writes the exam banks back.
CREATE TABLE exam_sources (
    exam_id BIGINT PRIMARY KEY REFERENCES exams (id) ON DELETE CASCADE,
    toml_text TEXT NOT NULL
);
ALTER TABLE questions ADD COLUMN source_md TEXT;
