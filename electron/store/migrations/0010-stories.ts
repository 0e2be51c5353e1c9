/** Stories: one row per story with its metadata; the text lives in revisions (0020). */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE stories (
      id TEXT NOT NULL PRIMARY KEY,
      title TEXT NOT NULL,
      -- 1 once someone named the story; until then the title follows the headline on every save.
      title_is_custom INTEGER NOT NULL DEFAULT 0 CHECK (title_is_custom IN (0, 1)),
      author TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'to-edit', 'edited', 'to-proof', 'proofed', 'approved')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- Set while the story is in the (recoverable) trash.
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX stories_by_updated ON stories (updated_at DESC);
  `);
}
