/**
 * Style sheets (样式表), one per paper (by 报名): the JSON of shared/model's StyleSheet, validated on the way in
 * and out. A paper without a row sets in the house styles.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE style_sheets (
      paper_name TEXT NOT NULL PRIMARY KEY CHECK (paper_name <> ''),
      sheet TEXT NOT NULL CHECK (json_valid(sheet)),
      updated_by TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
