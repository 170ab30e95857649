PRAGMA foreign_keys = OFF;
BEGIN;
ALTER TABLE questions DROP COLUMN source_md;
DROP TABLE exam_sources;
DROP TABLE credential_renewals;
ALTER TABLE signing_keys DROP COLUMN retired_at;
ALTER TABLE signing_keys DROP COLUMN sealed_private;
DROP INDEX attempts_round;
ALTER TABLE attempts DROP COLUMN round;
ALTER TABLE exams DROP COLUMN track;
ALTER TABLE modules DROP COLUMN track;
CREATE TABLE credentials_old (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- 128 bits of randomness, URL-safe: the id in verification URLs
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
    UNIQUE (user_id, course_id)
);
-- the first cycle only: later cycles cannot exist under the old constraint
INSERT INTO credentials_old (id, public_id, user_id, course_id, holder_name, title, issued_at, expires_at,
                             revoked_at, revocation_reason, revoked_by)
    SELECT id, public_id, user_id, course_id, holder_name, title, issued_at, expires_at,
           revoked_at, revocation_reason, revoked_by FROM credentials WHERE cycle = 1;
DROP TABLE credentials;
ALTER TABLE credentials_old RENAME TO credentials;
CREATE INDEX credentials_expiry ON credentials (expires_at);
CREATE INDEX credentials_user ON credentials (user_id);
COMMIT;
PRAGMA foreign_keys = ON;
