/**
 * Attachments: files kept with a story, such as the reporter's original .docx/.txt an import came from.
 * The bytes live in the content-addressed file store next to the database (<dataDir>/assets/, see
 * store/asset-files.ts); the row names the file by its sha256 and extension.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE attachments (
      id TEXT NOT NULL PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id),
      -- The file name as the reporter sent it.
      name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      -- Extension of the stored file (<sha256>.<ext>), without the dot.
      ext TEXT NOT NULL,
      size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attachments_by_story ON attachments (story_id, created_at);
  `);
}
