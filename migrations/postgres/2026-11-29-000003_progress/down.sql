DROP TABLE exemptions;
DROP TABLE training_completions;
DROP TABLE module_progress;
DROP TABLE learner_clocks;
ALTER TABLE courses DROP COLUMN optional_modules_json;
ALTER TABLE courses DROP COLUMN min_active_share_permille;
