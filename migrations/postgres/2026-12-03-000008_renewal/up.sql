-- The credential's second year: certification cycles (one credential per person, course and
-- cycle), renewals of the same credential, exams and modules of the renewal track, attempts
-- counted per round (a cycle's first path, or one renewal), and the Open Badges 3.0 issuer key
-- shared by every instance (sealed with ESS_SECRET).
ALTER TABLE credentials DROP CONSTRAINT credentials_user_id_course_id_key;
ALTER TABLE credentials ADD COLUMN cycle INTEGER NOT NULL DEFAULT 1;
ALTER TABLE credentials ADD COLUMN renewed_at BIGINT;
ALTER TABLE credentials ADD COLUMN valid_since BIGINT NOT NULL DEFAULT 0;
ALTER TABLE credentials ADD COLUMN lapsed_at BIGINT;
ALTER TABLE credentials ADD COLUMN previous_id BIGINT REFERENCES credentials (id) ON DELETE SET NULL;
UPDATE credentials SET valid_since = issued_at;
ALTER TABLE credentials ADD CONSTRAINT credentials_user_course_cycle UNIQUE (user_id, course_id, cycle);

ALTER TABLE modules ADD COLUMN track TEXT NOT NULL DEFAULT 'path';
ALTER TABLE exams ADD COLUMN track TEXT NOT NULL DEFAULT 'path';
ALTER TABLE attempts ADD COLUMN round TEXT NOT NULL DEFAULT 'c1';
CREATE INDEX attempts_round ON attempts (user_id, exam_id, round);

ALTER TABLE signing_keys ADD COLUMN sealed_private TEXT;
ALTER TABLE signing_keys ADD COLUMN retired_at BIGINT;
