-- A number on each account that rises with every change of the person's knowledge-check answers,
-- kept by triggers so that no writer can forget it. The session check reads the account anyway
-- (or uses a copy younger than half a second), so a module page can take the learner's answers
-- from a copy kept under this number instead of reading them again.
ALTER TABLE users ADD COLUMN answers_version BIGINT NOT NULL DEFAULT 0;
CREATE FUNCTION answers_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        UPDATE users SET answers_version = answers_version + 1 WHERE id = NEW.user_id;
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.user_id <> NEW.user_id) THEN
        UPDATE users SET answers_version = answers_version + 1 WHERE id = OLD.user_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER answers_version AFTER INSERT OR UPDATE OR DELETE ON check_answers
    FOR EACH ROW EXECUTE FUNCTION answers_version_bump();
