-- Exams and their question banks are content too: an instance keeps each exam's pool of current
-- questions in memory per content generation, so a change to either must raise it.
CREATE TRIGGER content_generation_exams_insert AFTER INSERT ON exams
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_exams_update AFTER UPDATE ON exams
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_exams_delete AFTER DELETE ON exams
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_questions_insert AFTER INSERT ON questions
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_questions_update AFTER UPDATE ON questions
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_questions_delete AFTER DELETE ON questions
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
