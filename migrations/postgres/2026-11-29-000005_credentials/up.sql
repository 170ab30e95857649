-- Credentials: issued once per learner and course (the unique constraint), with the name as
-- it was at issue, dates, and revocation.
CREATE TABLE credentials (
    id BIGSERIAL PRIMARY KEY,
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
