/**
 * Proof marks may be withdrawn by their author until the editor decides them (status 'withdrawn', logged in
 * mark_decisions like a decision), and the GB/T 14706 layout marks are kinds of their own (转正, 转移, 上下移,
 * 左右移, 排齐, 着重号, 改字体字号) instead of free-text 说明. SQLite cannot change a CHECK constraint in place, so
 * both tables are rebuilt: new tables, rows copied, old tables dropped (a DROP fires no delete trigger), new
 * tables renamed (which rewrites mark_decisions' reference), indexes and append-only triggers made again.
 */
import type { WritableDb } from '../db';

const KINDS = `'replace', 'delete', 'insert', 'transpose', 'run-on', 'new-paragraph', 'space-increase', 'space-decrease',
  'stet', 'note', 'rotate', 'move', 'shift-vertical', 'shift-horizontal', 'align', 'emphasis', 'font-change'`;

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE proof_marks_next (
      id TEXT NOT NULL PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id),
      round TEXT NOT NULL CHECK (round IN ('first', 'second', 'third', 'read-through')),
      kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      at TEXT NOT NULL,
      block_index INTEGER NOT NULL CHECK (block_index >= 0),
      start_unit INTEGER NOT NULL CHECK (start_unit >= 0),
      end_unit INTEGER NOT NULL CHECK (end_unit >= start_unit),
      quote TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      anchor_revision INTEGER NOT NULL CHECK (anchor_revision >= 1),
      original TEXT NOT NULL,
      proposed TEXT,
      note TEXT,
      -- withdrawn: taken back by its author before a decision; decided_by/decided_at then say who and when.
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'orphaned', 'withdrawn')),
      decided_by TEXT,
      decided_at TEXT,
      reason TEXT,
      applied_revision INTEGER
    ) STRICT;
    INSERT INTO proof_marks_next SELECT * FROM proof_marks;

    CREATE TABLE mark_decisions_next (
      id INTEGER PRIMARY KEY,
      mark_id TEXT NOT NULL REFERENCES proof_marks_next (id),
      decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected', 'withdrawn')),
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      at TEXT NOT NULL,
      reason TEXT,
      revision INTEGER
    ) STRICT;
    INSERT INTO mark_decisions_next SELECT * FROM mark_decisions;

    DROP TABLE mark_decisions;
    DROP TABLE proof_marks;
    ALTER TABLE proof_marks_next RENAME TO proof_marks;
    ALTER TABLE mark_decisions_next RENAME TO mark_decisions;

    CREATE INDEX proof_marks_by_story ON proof_marks (story_id, at);
    CREATE INDEX mark_decisions_by_mark ON mark_decisions (mark_id, id);
    CREATE TRIGGER mark_decisions_never_updated BEFORE UPDATE ON mark_decisions
      BEGIN SELECT RAISE(ABORT, 'mark decisions are append-only'); END;
    CREATE TRIGGER mark_decisions_never_deleted BEFORE DELETE ON mark_decisions
      BEGIN SELECT RAISE(ABORT, 'mark decisions are append-only'); END;
    CREATE TRIGGER proof_marks_never_deleted BEFORE DELETE ON proof_marks
      BEGIN SELECT RAISE(ABORT, 'proof marks are never deleted'); END;
  `);
}
