DROP TABLE translation_revisions;
