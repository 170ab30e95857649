-- A paper's lines keyed by their attempt and position, with no other index: a start's 35 lines
-- were each a heap insert, three index inserts (the id, the position, the public id) and a
-- sequence's value; now one index insert. Every reader finds lines by attempt; the public id's
-- uniqueness within a paper is kept where it is drawn (`exams::paper`).
ALTER TABLE attempt_questions DROP CONSTRAINT attempt_questions_attempt_id_public_id_key;
ALTER TABLE attempt_questions DROP CONSTRAINT attempt_questions_pkey;
ALTER TABLE attempt_questions DROP COLUMN id;
ALTER TABLE attempt_questions DROP CONSTRAINT attempt_questions_attempt_id_position_key;
ALTER TABLE attempt_questions ADD CONSTRAINT attempt_questions_pkey PRIMARY KEY (attempt_id, position);
