/**
 * Revisions are append-only (0020's triggers refuse UPDATE and DELETE), but SQLite's INSERT OR REPLACE deletes a
 * conflicting row without firing delete triggers (recursive_triggers is off): a replace would rewrite a story's
 * text under a revision number (and content hash) already handed out. The plan's stored thumbnails are keyed by
 * those hashes and pages.ofIssue's `same` by those numbers, so a new revision must take a new number, above the
 * story's newest, and a new id.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TRIGGER revisions_only_appended BEFORE INSERT ON revisions
      WHEN NEW.number <= coalesce((SELECT max(number) FROM revisions WHERE story_id = NEW.story_id), 0)
        OR EXISTS (SELECT 1 FROM revisions WHERE id = NEW.id)
      BEGIN SELECT RAISE(ABORT, 'revisions are append-only'); END;
  `);
}
