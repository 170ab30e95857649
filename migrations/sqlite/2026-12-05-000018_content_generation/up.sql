-- One number that rises with every change to what content pages show (courses, modules, their
-- revisions, knowledge checks and figures, translations), kept by triggers so that no writer can forget
-- it. Each instance keeps rendered pages in memory and polls this row (a single-row read, a few
-- times a second): a publish on one instance is seen by every other within a second.
CREATE TABLE content_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL);
INSERT INTO content_generation (id, value) VALUES (1, 1);
CREATE TRIGGER content_generation_courses_insert AFTER INSERT ON courses
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_courses_update AFTER UPDATE ON courses
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_courses_delete AFTER DELETE ON courses
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_modules_insert AFTER INSERT ON modules
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_modules_update AFTER UPDATE ON modules
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_modules_delete AFTER DELETE ON modules
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_module_revisions_insert AFTER INSERT ON module_revisions
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_module_revisions_update AFTER UPDATE ON module_revisions
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_module_revisions_delete AFTER DELETE ON module_revisions
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_knowledge_checks_insert AFTER INSERT ON knowledge_checks
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_knowledge_checks_update AFTER UPDATE ON knowledge_checks
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_knowledge_checks_delete AFTER DELETE ON knowledge_checks
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_translations_insert AFTER INSERT ON translations
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_translations_update AFTER UPDATE ON translations
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_translations_delete AFTER DELETE ON translations
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_revision_figures_insert AFTER INSERT ON revision_figures
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_revision_figures_update AFTER UPDATE ON revision_figures
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
CREATE TRIGGER content_generation_revision_figures_delete AFTER DELETE ON revision_figures
BEGIN UPDATE content_generation SET value = value + 1 WHERE id = 1; END;
