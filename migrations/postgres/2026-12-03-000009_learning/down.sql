DROP TABLE search_sections;
DROP TABLE revision_figures;
DROP TABLE check_answers;
DROP TABLE knowledge_checks;
ALTER TABLE attempt_questions DROP COLUMN flagged;
ALTER TABLE module_revisions DROP COLUMN renderer;
