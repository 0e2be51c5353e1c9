/**
 * Edit locks (one row per locked story; a row whose expires_ms has passed is dead, whoever it names) and the
 * append-only log of lock takeovers. expires_ms is epoch milliseconds so expiry is one integer comparison.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE story_locks (
      story_id TEXT NOT NULL PRIMARY KEY REFERENCES stories (id),
      client_id TEXT NOT NULL,
      holder TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('editor', 'proofreader', 'layout')),
      since TEXT NOT NULL,
      heartbeat_at TEXT NOT NULL,
      expires_ms INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE lock_takeovers (
      id INTEGER PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id),
      at TEXT NOT NULL,
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      client_id TEXT NOT NULL,
      previous_holder TEXT NOT NULL,
      previous_client_id TEXT NOT NULL,
      previous_since TEXT NOT NULL
    ) STRICT;
    CREATE INDEX lock_takeovers_by_story ON lock_takeovers (story_id, id);
    CREATE TRIGGER lock_takeovers_never_updated BEFORE UPDATE ON lock_takeovers
      BEGIN SELECT RAISE(ABORT, 'the lock takeover log is append-only'); END;
    CREATE TRIGGER lock_takeovers_never_deleted BEFORE DELETE ON lock_takeovers
      BEGIN SELECT RAISE(ABORT, 'the lock takeover log is append-only'); END;
  `);
}
