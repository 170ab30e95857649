DROP TRIGGER IF EXISTS content_generation_revision_figures ON revision_figures;
DROP TRIGGER IF EXISTS content_generation_courses ON courses;
DROP TRIGGER IF EXISTS content_generation_modules ON modules;
DROP TRIGGER IF EXISTS content_generation_module_revisions ON module_revisions;
DROP TRIGGER IF EXISTS content_generation_knowledge_checks ON knowledge_checks;
DROP TRIGGER IF EXISTS content_generation_translations ON translations;
DROP FUNCTION IF EXISTS content_generation_bump();
DROP TABLE content_generation;
