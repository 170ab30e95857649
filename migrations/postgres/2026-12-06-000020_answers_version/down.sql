DROP TRIGGER IF EXISTS answers_version ON check_answers;
DROP FUNCTION IF EXISTS answers_version_bump();
ALTER TABLE users DROP COLUMN answers_version;
