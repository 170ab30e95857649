-- The credential kit: attachments rendered when a mail is sent, the history of a credential,
-- name corrections, expiry reminders (one per credential and threshold), the kit's copy texts,
-- and the public keys of Open Badges 3.0 signatures.
ALTER TABLE mail_outbox ADD COLUMN attachment TEXT;

CREATE TABLE credential_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    credential_id BIGINT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
    -- issued, name_corrected, revoked
    kind TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    actor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    at BIGINT NOT NULL
);
CREATE INDEX credential_events_of ON credential_events (credential_id, at);

CREATE TABLE name_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    previous_name TEXT NOT NULL,
    requested_name TEXT NOT NULL,
    reason TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    -- pending, approved, rejected
    status TEXT NOT NULL DEFAULT 'pending',
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decision_note TEXT
);
-- one open request per person
CREATE UNIQUE INDEX name_corrections_one_pending ON name_corrections (user_id) WHERE status = 'pending';

CREATE TABLE credential_reminders (
    credential_id BIGINT NOT NULL REFERENCES credentials (id) ON DELETE CASCADE,
    days_before INTEGER NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (credential_id, days_before)
);
CREATE INDEX credentials_expiry ON credentials (expires_at);

CREATE TABLE kit_texts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    slug TEXT NOT NULL,
    title TEXT NOT NULL,
    -- email, rfp, social, signature
    kind TEXT NOT NULL,
    position INTEGER NOT NULL,
    body_md TEXT NOT NULL,
    UNIQUE (course_id, slug)
);

CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    public_jwk TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
