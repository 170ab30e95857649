ALTER TABLE translations DROP COLUMN version;
DROP TABLE translation_revisions;
