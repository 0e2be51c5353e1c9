/**
 * The search triggers of 0100, rewritten in SQL that stock SQLite tools parse (3.37 and later, as shipped by
 * current LTS distributions): no `group_concat(… ORDER BY …)` (3.44) and no `->>` (3.38). A desk file must open in
 * the sqlite3 shell of the machine it is copied to; one trigger it cannot parse makes the whole schema
 * "malformed" there. Same text as before: blocks in order, joined by newlines; a block's run lists (runs; a
 * figure's caption, then credit) in order, joined by a space; runs in order, joined.
 *
 * The order comes from ordered subqueries: SQLite never flattens an ORDER BY subquery into an aggregate, so
 * group_concat sees the rows in that order (tests/electron/store/search-portable.test.ts checks the text).
 */
import type { WritableDb } from '../db';

export function portableBodyTextSql(contentSql: string): string {
  return `(SELECT coalesce(group_concat(block_text, char(10)), '') FROM (
      SELECT (SELECT group_concat(list_text, ' ') FROM (
                SELECT (SELECT group_concat(json_extract(r.value, '$.text'), '')
                        FROM (SELECT value FROM json_each(l.value) ORDER BY key) r) AS list_text
                FROM json_each(b.value) l WHERE l.type = 'array' ORDER BY l.id) WHERE list_text <> '') AS block_text
      FROM json_each(${contentSql}, '$.blocks') b ORDER BY b.key))`;
}

const NEWEST_CONTENT = (storyIdSql: string) =>
  `(SELECT content FROM revisions WHERE story_id = ${storyIdSql} ORDER BY number DESC LIMIT 1)`;

export function migrate(db: WritableDb): void {
  db.exec(`
    DROP TRIGGER story_search_on_revision;
    CREATE TRIGGER story_search_on_revision AFTER INSERT ON revisions BEGIN
      INSERT INTO story_search_docs (story_id, title, body)
        SELECT s.id, s.title, ${portableBodyTextSql('NEW.content')} FROM stories s
        WHERE s.id = NEW.story_id AND s.deleted_at IS NULL
        ON CONFLICT (story_id) DO UPDATE SET body = excluded.body, title = excluded.title;
    END;

    DROP TRIGGER story_search_on_untrash;
    CREATE TRIGGER story_search_on_untrash AFTER UPDATE OF deleted_at ON stories
      WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL BEGIN
      INSERT OR IGNORE INTO story_search_docs (story_id, title, body)
        SELECT NEW.id, NEW.title, ${portableBodyTextSql(NEWEST_CONTENT('NEW.id'))}
        WHERE EXISTS (SELECT 1 FROM revisions WHERE story_id = NEW.id);
    END;
  `);
}
