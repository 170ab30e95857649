-- The credential's second year: certification cycles (one credential per person, course and
-- cycle), renewals of the same credential, exams and modules of the renewal track, attempts
-- counted per round (a cycle's first path, or one renewal), and the Open Badges 3.0 issuer key
-- shared by every instance (sealed with ESS_SECRET).
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE credentials_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_id TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    holder_name TEXT NOT NULL,
    title TEXT NOT NULL,
    issued_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked_at BIGINT,
    revocation_reason TEXT,
    revoked_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- 1 for the first certification; a person whose credential passed its grace period earns a
    -- new one in the next cycle
    cycle INTEGER NOT NULL DEFAULT 1,
    renewed_at BIGINT,
    -- the start of the current unbroken validity: issued_at, or the renewal date when it was
    -- renewed in its grace period (after a gap)
    valid_since BIGINT NOT NULL DEFAULT 0,
    -- the expiry that lapsed before the last renewal in grace
    lapsed_at BIGINT,
    -- the credential of the cycle before
    previous_id BIGINT REFERENCES credentials (id) ON DELETE SET NULL,
    UNIQUE (user_id, course_id, cycle)
);
INSERT INTO credentials_new (id, public_id, user_id, course_id, holder_name, title, issued_at, expires_at,
                             revoked_at, revocation_reason, revoked_by, valid_since)
    SELECT id, public_id, user_id, course_id, holder_name, title, issued_at, expires_at,
           revoked_at, revocation_reason, revoked_by, issued_at FROM credentials;
DROP TABLE credentials;
ALTER TABLE credentials_new RENAME TO credentials;
CREATE INDEX credentials_expiry ON credentials (expires_at);
CREATE INDEX credentials_user ON credentials (user_id);

-- `path` (the first certification) or `renewal` (course.toml [renewal])
ALTER TABLE modules ADD COLUMN track TEXT NOT NULL DEFAULT 'path';
ALTER TABLE exams ADD COLUMN track TEXT NOT NULL DEFAULT 'path';
-- `c<cycle>` for the exams of a cycle's path, `c<cycle>e<expiry being renewed>` for a renewal exam
ALTER TABLE attempts ADD COLUMN round TEXT NOT NULL DEFAULT 'c1';
CREATE INDEX attempts_round ON attempts (user_id, exam_id, round);

-- the private key, sealed with a key derived from ESS_SECRET (null: a public key only)
ALTER TABLE signing_keys ADD COLUMN sealed_private TEXT;
ALTER TABLE signing_keys ADD COLUMN retired_at BIGINT;

-- One row per renewal: the expiry it renewed, the new one, and whether it came in the grace
-- period (for the renewal-rate report).
CREATE TABLE credential_renewals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
COMMIT;
PRAGMA foreign_keys = ON;
