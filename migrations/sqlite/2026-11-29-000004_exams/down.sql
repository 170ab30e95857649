DROP TABLE accommodations;
DROP TABLE attempt_questions;
DROP TABLE attempts;
DROP TABLE questions;
DROP TABLE exams;
