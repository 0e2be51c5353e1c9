/**
 * Modules (稿件块) on a page: grid geometry in columns, the settings the composer needs as JSON, and the
 * continuation link. story_id has no foreign key on purpose: a placement outlives its story (trash, a desk
 * that has not synced it yet) and the page reports the gap instead of failing to open.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE modules (
      id TEXT NOT NULL PRIMARY KEY,
      page_id TEXT NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('story', 'image', 'furniture')),
      story_id TEXT,
      column_index INTEGER NOT NULL,
      column_span INTEGER NOT NULL CHECK (column_span >= 1),
      top_line INTEGER NOT NULL,
      height_lines INTEGER NOT NULL CHECK (height_lines >= 1),
      body_columns INTEGER NOT NULL DEFAULT 1 CHECK (body_columns >= 1),
      -- headline, border, picture, furniture (ModuleSettings in shared/model/page.ts, minus the columns above).
      settings TEXT NOT NULL CHECK (json_valid(settings)),
      -- The module this story continues in (this or another page); dropped when that module goes.
      continues_to TEXT REFERENCES modules (id) ON DELETE SET NULL,
      -- Drawing and listing order on the page.
      position INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX modules_by_page ON modules (page_id, position);
    CREATE INDEX modules_by_story ON modules (story_id) WHERE story_id IS NOT NULL;
    CREATE INDEX modules_by_continues_to ON modules (continues_to) WHERE continues_to IS NOT NULL;
  `);
}
