DROP TABLE lti_deep_links;
