/**
 * Issues (期) and their pages (版). A page keeps its own copy of the template (trim, margins, grid) so changing
 * a preset never moves the modules of pages already made up.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE issues (
      id TEXT NOT NULL PRIMARY KEY,
      paper_name TEXT NOT NULL CHECK (paper_name <> ''),
      publisher TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      issue_number INTEGER NOT NULL CHECK (issue_number >= 1),
      serial_number INTEGER CHECK (serial_number IS NULL OR serial_number >= 1),
      registration TEXT NOT NULL DEFAULT '',
      -- Set on the demo issue, so creating the demo twice gives the same issue.
      demo_slug TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX issues_by_date ON issues (date DESC, issue_number DESC);
    CREATE UNIQUE INDEX issues_by_demo_slug ON issues (demo_slug) WHERE demo_slug IS NOT NULL;

    CREATE TABLE pages (
      id TEXT NOT NULL PRIMARY KEY,
      issue_id TEXT NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      section TEXT NOT NULL DEFAULT '',
      editor TEXT NOT NULL DEFAULT '',
      layout_by TEXT NOT NULL DEFAULT '',
      proofreader TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'planning'
        CHECK (status IN ('planning', 'layout', 'proofing', 'approved', 'sent')),
      template TEXT NOT NULL CHECK (json_valid(template)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (issue_id, number)
    ) STRICT;
  `);
}
