DROP TRIGGER IF EXISTS content_generation_exams_insert;
DROP TRIGGER IF EXISTS content_generation_exams_update;
DROP TRIGGER IF EXISTS content_generation_exams_delete;
DROP TRIGGER IF EXISTS content_generation_questions_insert;
DROP TRIGGER IF EXISTS content_generation_questions_update;
DROP TRIGGER IF EXISTS content_generation_questions_delete;
