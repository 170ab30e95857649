-- LTI Assignment and Grade Services: the line items a launch named for a learner and an exam,
-- and the scores queued for them (written in the transaction that starts or grades an attempt,
-- posted to the platform by a worker with leases, retries and backoff, as xAPI statements are).
-- And the tool's RSA keys in the database (sealed with ESS_SECRET), so that every instance signs
-- with the same key and /lti/jwks.json publishes every key in use.

CREATE TABLE lti_grade_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    exam_id BIGINT NOT NULL REFERENCES exams (id) ON DELETE CASCADE,
    -- the platform's user id (sub): the userId of each score
    sub TEXT NOT NULL,
    -- the line item URL of the launch's AGS endpoint claim
    lineitem TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (platform_id, user_id, exam_id, lineitem)
);
CREATE INDEX lti_grade_links_learner ON lti_grade_links (user_id, exam_id);

CREATE TABLE lti_scores (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- unique per score: started:<attempt>:<link> or graded:<attempt>:<link>
    event TEXT NOT NULL UNIQUE,
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    attempt_id BIGINT,
    lineitem TEXT NOT NULL,
    -- the score (application/vnd.ims.lis.v1.score+json)
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX lti_scores_due ON lti_scores (sent_at, next_attempt_at);

CREATE TABLE lti_tool_keys (
    kid TEXT PRIMARY KEY,
    public_jwk TEXT NOT NULL,
    sealed_private TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    retired_at BIGINT
);
