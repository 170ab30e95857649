DROP TABLE lti_tool_keys;
DROP TABLE lti_scores;
DROP TABLE lti_grade_links;
