DROP TABLE course_assets;
DROP TABLE module_revisions;
DROP TABLE modules;
DROP TABLE courses;
