/**
 * Page snapshots (版面快照): what a page was when it went out — its plan and the text of the stories it set, as the
 * plain data the composer takes (StoredPage JSON) — so two versions can be composed again and compared (the visual
 * page diff, shared/display/page-diff.ts). Taken at each print export; the same content twice is kept once.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE page_snapshots (
      id TEXT NOT NULL PRIMARY KEY,
      page_id TEXT NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
      created_at TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('export', 'manual')),
      actor TEXT NOT NULL,
      content_hash TEXT NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data))
    ) STRICT;
    CREATE INDEX page_snapshots_by_page ON page_snapshots (page_id, created_at);
  `);
}
