DROP TRIGGER IF EXISTS answers_version_insert;
DROP TRIGGER IF EXISTS answers_version_update;
DROP TRIGGER IF EXISTS answers_version_delete;
ALTER TABLE users DROP COLUMN answers_version;
