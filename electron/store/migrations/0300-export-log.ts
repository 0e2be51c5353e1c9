/**
 * The export log (出版记录): who exported which page when, with which files (name, bytes, SHA-256), who forced
 * an export past preflight errors, and who acknowledged which preflight warnings. Append-only, like the lock
 * takeover log: a print record is evidence and is never edited.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE export_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('export', 'force', 'acknowledge', 'failed', 'cancelled')),
      issue_id TEXT NOT NULL,
      page_id TEXT,
      page_number INTEGER,
      job_id TEXT,
      -- Preflight codes acknowledged or overridden (JSON array of strings).
      codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(codes)),
      -- Files written (JSON array of {file, bytes, sha256, ink}).
      files TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(files)),
      out_dir TEXT,
      detail TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX export_log_by_page ON export_log (page_id, id);
    CREATE INDEX export_log_by_issue ON export_log (issue_id, id);
    CREATE TRIGGER export_log_never_updated BEFORE UPDATE ON export_log
      BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
    CREATE TRIGGER export_log_never_deleted BEFORE DELETE ON export_log
      BEGIN SELECT RAISE(ABORT, 'the export log is append-only'); END;
  `);
}
