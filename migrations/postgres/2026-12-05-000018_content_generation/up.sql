-- One number that rises with every change to what content pages show (courses, modules, their
-- revisions, knowledge checks and figures, translations), kept by triggers so that no writer can forget
-- it. Each instance keeps rendered pages in memory and polls this row (a single-row read, a few
-- times a second): a publish on one instance is seen by every other within a second.
CREATE TABLE content_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL);
INSERT INTO content_generation (id, value) VALUES (1, 1);
CREATE FUNCTION content_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_generation SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER content_generation_courses AFTER INSERT OR UPDATE OR DELETE ON courses
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
CREATE TRIGGER content_generation_modules AFTER INSERT OR UPDATE OR DELETE ON modules
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
CREATE TRIGGER content_generation_module_revisions AFTER INSERT OR UPDATE OR DELETE ON module_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
CREATE TRIGGER content_generation_knowledge_checks AFTER INSERT OR UPDATE OR DELETE ON knowledge_checks
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
CREATE TRIGGER content_generation_translations AFTER INSERT OR UPDATE OR DELETE ON translations
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
CREATE TRIGGER content_generation_revision_figures AFTER INSERT OR UPDATE OR DELETE ON revision_figures
    FOR EACH STATEMENT EXECUTE FUNCTION content_generation_bump();
