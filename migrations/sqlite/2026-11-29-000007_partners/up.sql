-- Partner companies, their people and managers, invitations, moves between partners (recorded),
-- accreditation-lapse warnings (one per partner, lapse date and threshold), and the indexes the
-- programme reports read.
CREATE TABLE partners (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    -- upper-case letters, digits and hyphens: the id in /verify/partners/{code}
    partner_code TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);

-- (no REFERENCES here: SQLite cannot drop a column that is part of a foreign key, and the down
-- migration must; partners are never deleted)
ALTER TABLE users ADD COLUMN partner_id BIGINT;
CREATE INDEX users_partner ON users (partner_id);
CREATE INDEX users_created ON users (created_at);

CREATE TABLE partner_moves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    from_partner_id BIGINT REFERENCES partners (id) ON DELETE SET NULL,
    to_partner_id BIGINT REFERENCES partners (id) ON DELETE SET NULL,
    -- invitation, admin, removed_by_manager
    how TEXT NOT NULL,
    moved_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    at BIGINT NOT NULL
);
CREATE INDEX partner_moves_user ON partner_moves (user_id, at);

CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    partner_id BIGINT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    -- SHA-256 of the token in the link
    token_hash TEXT NOT NULL UNIQUE,
    invited_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    accepted_at BIGINT,
    accepted_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX invitations_partner ON invitations (partner_id, created_at);

CREATE TABLE partner_reminders (
    partner_id BIGINT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    lapses_at BIGINT NOT NULL,
    days_before INTEGER NOT NULL,
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (partner_id, lapses_at, days_before)
);

CREATE INDEX module_progress_module_active ON module_progress (module_id, active_seconds);
-- When the person first opened a module: the funnel's "started" without scanning every
-- progress row (set by the first heartbeat; filled in here for earlier progress).
ALTER TABLE users ADD COLUMN started_at BIGINT;
UPDATE users SET started_at = (SELECT MIN(mp.first_seen_at) FROM module_progress mp WHERE mp.user_id = users.id);
CREATE INDEX attempts_exam_user ON attempts (exam_id, user_id, passed);
CREATE INDEX credentials_user ON credentials (user_id);
