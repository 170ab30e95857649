-- The interface language a person chose (en, es, fr, de, pt-BR, ja); NULL: the browser's.
ALTER TABLE users ADD COLUMN locale TEXT;
