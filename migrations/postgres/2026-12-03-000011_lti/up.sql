-- LTI 1.3: the platforms (LMSs) registered by programme admins, the login states between the
-- login initiation and the launch (in the database, so any instance can finish a launch), and
-- the link of a platform's user (iss, sub) to an account.

CREATE TABLE lti_platforms (
    id BIGSERIAL PRIMARY KEY,
    issuer TEXT NOT NULL,
    client_id TEXT NOT NULL,
    -- JSON array of the deployment ids this registration accepts
    deployment_ids TEXT NOT NULL,
    auth_url TEXT NOT NULL,
    jwks_url TEXT NOT NULL,
    token_url TEXT NOT NULL,
    link_by_email BOOLEAN NOT NULL DEFAULT FALSE,
    -- the platform's JWKS as last fetched, and when
    jwks_json TEXT,
    jwks_fetched_at BIGINT,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (issuer, client_id)
);

-- One row per login initiation; the launch deletes it (a state and its nonce are used once).
CREATE TABLE lti_launch_states (
    state TEXT PRIMARY KEY,
    nonce TEXT NOT NULL,
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX lti_launch_states_expires ON lti_launch_states (expires_at);

-- The account of a platform's user.
CREATE TABLE lti_accounts (
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    sub TEXT NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (platform_id, sub)
);
CREATE INDEX lti_accounts_user ON lti_accounts (user_id);
