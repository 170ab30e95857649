DROP TABLE xapi_statements;
