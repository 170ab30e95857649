-- The holder's data rights: every erasure of an account (GDPR art. 17), who asked for it, when
-- and why. The user row stays (anonymised and disabled) so that aggregate reports keep their
-- counts; this table is the record that the erasure happened.

CREATE TABLE erasures (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    -- the person who erased it: the holder, or the programme admin acting on their request
    erased_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- `holder` (the person on their account page or the API) or `admin`
    via TEXT NOT NULL CHECK (via IN ('holder', 'admin')),
    reason TEXT NOT NULL,
    erased_at BIGINT NOT NULL
);
