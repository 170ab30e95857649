-- The xAPI statement queue: every statement is written in the transaction of the event that
-- causes it and posted to the learning record store by a worker (leases, retries, backoff).
-- statement_id is derived from the event (UUID v5), so a replay or a resend is harmless.
CREATE TABLE xapi_statements (
    id BIGSERIAL PRIMARY KEY,
    statement_id TEXT NOT NULL UNIQUE,
    -- registered, progressed, completed, attempted, passed, failed, earned, renewed, voided
    verb TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- what the statement is about, e.g. module:<course>/<slug>, for throttling and voiding
    object_key TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT,
    sent_at BIGINT,
    last_error TEXT
);
CREATE INDEX xapi_statements_due ON xapi_statements (sent_at, next_attempt_at);
CREATE INDEX xapi_statements_subject ON xapi_statements (user_id, verb, object_key, created_at);
