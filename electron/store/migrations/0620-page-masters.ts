/**
 * 版式模板 (page masters), per paper (by 报名): the JSON of shared/model's PageMasterFields (template and furniture),
 * validated on the way in and out. pages.master_id names the master a page takes its template and furniture
 * from; deleting a master leaves its pages with their own copies (SET NULL). stories.planned_page_id: the page a
 * story is meant for (安排在第N版), so preflight can tell a story marked for a page but placed nowhere.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE page_masters (
      id TEXT NOT NULL PRIMARY KEY,
      paper_name TEXT NOT NULL CHECK (paper_name <> ''),
      name TEXT NOT NULL CHECK (name <> ''),
      master TEXT NOT NULL CHECK (json_valid(master)),
      updated_by TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (paper_name, name)
    ) STRICT;
    ALTER TABLE pages ADD COLUMN master_id TEXT REFERENCES page_masters (id) ON DELETE SET NULL;
    CREATE INDEX pages_by_master ON pages (master_id) WHERE master_id IS NOT NULL;
    ALTER TABLE stories ADD COLUMN planned_page_id TEXT REFERENCES pages (id) ON DELETE SET NULL;
    CREATE INDEX stories_by_planned_page ON stories (planned_page_id) WHERE planned_page_id IS NOT NULL;
  `);
}
