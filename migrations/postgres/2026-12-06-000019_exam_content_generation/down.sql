DROP TRIGGER IF EXISTS content_generation_exams ON exams;
DROP TRIGGER IF EXISTS content_generation_questions ON questions;
