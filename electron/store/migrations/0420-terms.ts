/**
 * The paper's term list (规范写法: wrong → right) and banned words, edited in the app and used by proof.check.
 * One list per desk (a desk is one paper's); position keeps the order people wrote them in.
 */
import type { WritableDb } from '../db';

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE term_rules (
      position INTEGER NOT NULL PRIMARY KEY,
      wrong TEXT NOT NULL UNIQUE CHECK (wrong <> ''),
      right_form TEXT NOT NULL CHECK (right_form <> '' AND right_form <> wrong),
      note TEXT
    ) STRICT;
    CREATE TABLE banned_words (
      position INTEGER NOT NULL PRIMARY KEY,
      word TEXT NOT NULL UNIQUE CHECK (word <> ''),
      note TEXT
    ) STRICT;
  `);
}
