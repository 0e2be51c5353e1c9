/**
 * Proof marks (校对符号) on stories, and the append-only log of the editor's decisions on them. A mark row is
 * mutable only in its anchor (re-anchored after saves) and status; its decision is also written to
 * mark_decisions, which never changes, so the history holds every accept and reject with who, when and why.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE proof_marks (
      id TEXT NOT NULL PRIMARY KEY,
      story_id TEXT NOT NULL REFERENCES stories (id),
      round TEXT NOT NULL CHECK (round IN ('first', 'second', 'third', 'read-through')),
      kind TEXT NOT NULL CHECK (kind IN ('replace', 'delete', 'insert', 'transpose', 'run-on', 'new-paragraph',
                                         'space-increase', 'space-decrease', 'stet', 'note')),
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      at TEXT NOT NULL,
      -- The anchor (shared/model/proof.ts MarkAnchor): UTF-16 offsets into the block's text, and the revision
      -- of the story it describes.
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
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected', 'orphaned')),
      decided_by TEXT,
      decided_at TEXT,
      reason TEXT,
      applied_revision INTEGER
    ) STRICT;
    CREATE INDEX proof_marks_by_story ON proof_marks (story_id, at);

    CREATE TABLE mark_decisions (
      id INTEGER PRIMARY KEY,
      mark_id TEXT NOT NULL REFERENCES proof_marks (id),
      decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      at TEXT NOT NULL,
      reason TEXT,
      -- The revision an accept created (NULL for a stet/note, or a reject).
      revision INTEGER
    ) STRICT;
    CREATE INDEX mark_decisions_by_mark ON mark_decisions (mark_id, id);
    CREATE TRIGGER mark_decisions_never_updated BEFORE UPDATE ON mark_decisions
      BEGIN SELECT RAISE(ABORT, 'mark decisions are append-only'); END;
    CREATE TRIGGER mark_decisions_never_deleted BEFORE DELETE ON mark_decisions
      BEGIN SELECT RAISE(ABORT, 'mark decisions are append-only'); END;
    CREATE TRIGGER proof_marks_never_deleted BEFORE DELETE ON proof_marks
      BEGIN SELECT RAISE(ABORT, 'proof marks are never deleted'); END;
  `);
}
