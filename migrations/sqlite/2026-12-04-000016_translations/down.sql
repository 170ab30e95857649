ALTER TABLE attempts DROP COLUMN lang;
ALTER TABLE courses DROP COLUMN languages_json;
DROP TABLE translations;
