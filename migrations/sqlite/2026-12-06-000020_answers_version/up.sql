-- A number on each account that rises with every change of the person's knowledge-check answers,
-- kept by triggers so that no writer can forget it. The session check reads the account anyway
-- (or uses a copy younger than half a second), so a module page can take the learner's answers
-- from a copy kept under this number instead of reading them again.
ALTER TABLE users ADD COLUMN answers_version BIGINT NOT NULL DEFAULT 0;
CREATE TRIGGER answers_version_insert AFTER INSERT ON check_answers
BEGIN UPDATE users SET answers_version = answers_version + 1 WHERE id = NEW.user_id; END;
CREATE TRIGGER answers_version_update AFTER UPDATE ON check_answers
BEGIN
    UPDATE users SET answers_version = answers_version + 1 WHERE id = NEW.user_id;
    UPDATE users SET answers_version = answers_version + 1 WHERE id = OLD.user_id AND OLD.user_id <> NEW.user_id;
END;
CREATE TRIGGER answers_version_delete AFTER DELETE ON check_answers
BEGIN UPDATE users SET answers_version = answers_version + 1 WHERE id = OLD.user_id; END;
