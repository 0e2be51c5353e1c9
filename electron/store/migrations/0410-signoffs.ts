/**
 * Page sign-offs (签字): a proofreading round done, the 责任编辑's signature, 签发, and withdrawing a 签发.
 * Append-only: a withdraw is a new row that voids the page and approve signatures before it.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE signoffs (
      id INTEGER PRIMARY KEY,
      page_id TEXT NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('round', 'page', 'approve', 'withdraw')),
      round TEXT CHECK ((kind = 'round') = (round IS NOT NULL)
                        AND (round IS NULL OR round IN ('first', 'second', 'third', 'read-through'))),
      by_name TEXT NOT NULL,
      by_role TEXT NOT NULL CHECK (by_role IN ('editor', 'proofreader', 'layout')),
      at TEXT NOT NULL,
      note TEXT
    ) STRICT;
    CREATE INDEX signoffs_by_page ON signoffs (page_id, id);
    CREATE TRIGGER signoffs_never_updated BEFORE UPDATE ON signoffs
      BEGIN SELECT RAISE(ABORT, 'sign-offs are append-only'); END;
  `);
}
