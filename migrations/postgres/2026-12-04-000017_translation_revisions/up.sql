-- Every text a translation has had, as source files have revisions: a row per import that
-- changed the file and per save in the browser, kept with the source it was made against.
CREATE TABLE translation_revisions (
    id BIGSERIAL PRIMARY KEY,
    translation_id BIGINT NOT NULL REFERENCES translations (id) ON DELETE CASCADE,
    -- 1, 2, 3… per translation
    number INTEGER NOT NULL,
    -- the whole file, as written
    text TEXT NOT NULL,
    -- the SHA-256 of the source file it says it was made from, and the version of the source
    -- it was current against (NULL: stale when written)
    source_sha TEXT NOT NULL,
    source_ref BIGINT,
    -- file, editor or restore
    origin TEXT NOT NULL,
    author_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (translation_id, number)
);
-- What stands today is the first revision of every translation.
INSERT INTO translation_revisions (translation_id, number, text, source_sha, source_ref, origin, author_id, created_at)
SELECT id, 1, text, source_sha, source_ref, origin, author_id, updated_at FROM translations;

-- Rises with every write of a translation row: what a page parsed of it can be kept in memory
-- under (id, version) and is never stale, on any instance.
ALTER TABLE translations ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
