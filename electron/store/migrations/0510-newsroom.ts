/**
 * Newsroom mode (a desk connected to a Folio server): the outbox of mutations made on this desk and not yet
 * acknowledged by the server, the ids the server gave to things this desk created, the server revision each
 * local story copy stands on, the conflicts the server answered, and the leases the feed reported.
 * In single-desk mode these tables stay empty.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE newsroom_outbox (
      seq INTEGER PRIMARY KEY,
      -- Client-made, sent as the Idempotency-Key: a replay after a timeout creates nothing twice.
      mutation_id TEXT NOT NULL UNIQUE CHECK (length(mutation_id) BETWEEN 1 AND 64),
      method TEXT NOT NULL,
      params TEXT NOT NULL CHECK (json_valid(params)),
      story_id TEXT,
      -- The id of what this mutation created locally (stories.create, marks.add), to map to the server's id.
      created_id TEXT,
      -- The server revision the change was based on; NULL when a save earlier in the outbox for the same story
      -- had not been acknowledged yet (its acknowledged revision is then the base, read at send time).
      base_revision INTEGER,
      state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'conflict', 'rejected')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      error_code TEXT,
      error_message TEXT,
      created_at TEXT NOT NULL,
      sent_at TEXT
    ) STRICT;
    CREATE INDEX newsroom_outbox_pending ON newsroom_outbox (state, seq);

    CREATE TABLE newsroom_ids (
      local_id TEXT NOT NULL PRIMARY KEY,
      server_id TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE newsroom_story_sync (
      story_id TEXT NOT NULL PRIMARY KEY,
      server_revision INTEGER NOT NULL CHECK (server_revision >= 0)
    ) STRICT;

    CREATE TABLE newsroom_conflicts (
      id INTEGER PRIMARY KEY,
      story_id TEXT NOT NULL,
      mutation_id TEXT NOT NULL,
      -- What this desk typed: never dropped, shown beside the current text until the editor resolves it.
      content TEXT NOT NULL CHECK (json_valid(content)),
      base_revision INTEGER,
      server_revision INTEGER,
      current_revision INTEGER,
      reason TEXT NOT NULL,
      created_at TEXT NOT NULL,
      resolved_at TEXT
    ) STRICT;
    CREATE INDEX newsroom_conflicts_by_story ON newsroom_conflicts (story_id, id);

    CREATE TABLE newsroom_leases (
      story_id TEXT NOT NULL PRIMARY KEY,
      holder TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      token INTEGER NOT NULL
    ) STRICT;
  `);
}
