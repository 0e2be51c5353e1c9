/**
 * The status log: one row per workflow state change (who, in which role, when, from, to). Append-only like
 * revisions, and for the same reason: it is the record of who passed a story on.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE status_log (
      id INTEGER PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id),
      at TEXT NOT NULL,
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      from_status TEXT NOT NULL,
      to_status TEXT NOT NULL
    ) STRICT;
    CREATE INDEX status_log_by_story ON status_log (story_id, id);
    CREATE TRIGGER status_log_never_updated BEFORE UPDATE ON status_log
      BEGIN SELECT RAISE(ABORT, 'the status log is append-only'); END;
    CREATE TRIGGER status_log_never_deleted BEFORE DELETE ON status_log
      BEGIN SELECT RAISE(ABORT, 'the status log is append-only'); END;
  `);
}
