DROP TABLE lti_accounts;
DROP TABLE lti_launch_states;
DROP TABLE lti_platforms;
