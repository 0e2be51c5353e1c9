/**
 * Revisions: append-only history of each story's content. The newest revision is the current text.
 * Triggers make the append-only rule hold even against a careless UPDATE or DELETE.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE revisions (
      id TEXT NOT NULL PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id),
      number INTEGER NOT NULL CHECK (number >= 1),
      author TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      content TEXT NOT NULL CHECK (json_valid(content)),
      -- sha256 of the canonical content JSON: a save whose hash equals the newest revision's appends nothing.
      content_hash TEXT NOT NULL,
      chars INTEGER NOT NULL CHECK (chars >= 0),
      han_chars INTEGER NOT NULL CHECK (han_chars >= 0),
      reason TEXT NOT NULL CHECK (reason IN ('create', 'edit', 'restore', 'import', 'demo')),
      restored_from INTEGER CHECK (restored_from IS NULL OR restored_from >= 1),
      UNIQUE (story_id, number)
    ) STRICT;
    CREATE TRIGGER revisions_never_updated BEFORE UPDATE ON revisions
      BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
    CREATE TRIGGER revisions_never_deleted BEFORE DELETE ON revisions
      BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
  `);
}
