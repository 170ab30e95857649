-- Exams and their question banks are content too: an instance keeps each exam's pool of current
-- questions in memory per content generation, so a change to either must raise it.
CREATE TRIGGER content_generation_exams AFTER INSERT OR UPDATE OR DELETE ON exams
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
CREATE TRIGGER content_generation_questions AFTER INSERT OR UPDATE OR DELETE ON questions
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
