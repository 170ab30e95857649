ALTER TABLE attempt_questions DROP CONSTRAINT attempt_questions_pkey;
ALTER TABLE attempt_questions ADD CONSTRAINT attempt_questions_attempt_id_position_key UNIQUE (attempt_id, position);
ALTER TABLE attempt_questions ADD COLUMN id BIGSERIAL PRIMARY KEY;
ALTER TABLE attempt_questions ADD CONSTRAINT attempt_questions_attempt_id_public_id_key UNIQUE (attempt_id, public_id);
