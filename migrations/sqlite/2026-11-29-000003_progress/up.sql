-- Active time per learner and module, the learner's last credited beat, completions and
-- exemptions; the completion settings of each course.
ALTER TABLE courses ADD COLUMN min_active_share_permille INTEGER NOT NULL DEFAULT 500;
ALTER TABLE courses ADD COLUMN optional_modules_json TEXT NOT NULL DEFAULT '[]';

CREATE TABLE learner_clocks (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- server time of the last credited heartbeat (NULL before the first)
    last_beat_at BIGINT,
    last_module_id BIGINT,
    last_position_permille INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE module_progress (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    module_id BIGINT NOT NULL REFERENCES modules (id) ON DELETE CASCADE,
    active_seconds BIGINT NOT NULL DEFAULT 0,
    max_position_permille INTEGER NOT NULL DEFAULT 0,
    reached_end BOOLEAN NOT NULL DEFAULT FALSE,
    first_seen_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    completed_at BIGINT,
    UNIQUE (user_id, module_id)
);

CREATE TABLE training_completions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    completed_at BIGINT NOT NULL,
    UNIQUE (user_id, course_id)
);

CREATE TABLE exemptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    -- NULL: the whole training
    module_id BIGINT REFERENCES modules (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    granted_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX exemptions_user ON exemptions (user_id, course_id);
