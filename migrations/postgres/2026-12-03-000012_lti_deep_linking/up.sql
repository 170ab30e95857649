-- LTI Deep Linking 2.0: the validated deep-linking settings of a platform's request, kept between
-- the selection page and the instructor's choice under a random token (used once).

CREATE TABLE lti_deep_links (
    token TEXT PRIMARY KEY,
    platform_id BIGINT NOT NULL REFERENCES lti_platforms (id) ON DELETE CASCADE,
    deployment_id TEXT NOT NULL,
    return_url TEXT NOT NULL,
    -- the request's opaque `data`, echoed in the response
    data TEXT,
    accept_multiple BOOLEAN NOT NULL DEFAULT TRUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX lti_deep_links_expires ON lti_deep_links (expires_at);
