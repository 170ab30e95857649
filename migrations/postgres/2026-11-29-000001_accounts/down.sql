DROP TABLE mail_outbox;
DROP TABLE login_failures;
DROP TABLE one_time_tokens;
DROP TABLE users;
