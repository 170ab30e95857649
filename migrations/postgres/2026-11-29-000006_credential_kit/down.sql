DROP TABLE signing_keys;
DROP TABLE kit_texts;
DROP INDEX credentials_expiry;
DROP TABLE credential_reminders;
DROP TABLE name_corrections;
DROP TABLE credential_events;
ALTER TABLE mail_outbox DROP COLUMN attachment;
