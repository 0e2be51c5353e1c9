/**
 * Newsroom mode for the page plan: which issue an outbox entry changes (a page's local copy is left alone while
 * this desk's change to it is on its way), the server version each local page stands on, and the page-plan
 * changes the server did not apply (kept with what this desk wanted until the user resolves them).
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    ALTER TABLE newsroom_outbox ADD COLUMN issue_id TEXT;
    CREATE INDEX newsroom_outbox_by_issue ON newsroom_outbox (issue_id, state) WHERE issue_id IS NOT NULL;

    CREATE TABLE newsroom_page_sync (
      page_id TEXT NOT NULL PRIMARY KEY,
      server_version INTEGER NOT NULL CHECK (server_version >= 1)
    ) STRICT;

    CREATE TABLE newsroom_plan_conflicts (
      id INTEGER PRIMARY KEY,
      mutation_id TEXT NOT NULL,
      entity TEXT NOT NULL CHECK (entity IN ('issue', 'page', 'module')),
      entity_id TEXT NOT NULL,
      page_id TEXT,
      field TEXT,
      reason TEXT NOT NULL,
      -- JSON of the state this desk started from, what it wanted, and what the server kept.
      base TEXT NOT NULL CHECK (json_valid(base)),
      mine TEXT NOT NULL CHECK (json_valid(mine)),
      theirs TEXT NOT NULL CHECK (json_valid(theirs)),
      created_at TEXT NOT NULL,
      resolved_at TEXT
    ) STRICT;
    CREATE INDEX newsroom_plan_conflicts_open ON newsroom_plan_conflicts (page_id) WHERE resolved_at IS NULL;
  `);
}
