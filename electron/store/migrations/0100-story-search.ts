/**
 * Full-text search over each live story's current text (title + every block, captions and credits included).
 *
 * - story_search_docs holds one row per live story: its title and its body text (blocks joined by newlines).
 *   Its INTEGER PRIMARY KEY is the FTS rowid, stable across VACUUM (stories' implicit rowid is not).
 * - story_search is a contentless FTS5 index over it (the text is stored once, in the docs table) with the
 *   trigram tokenizer: any substring of 3+ characters is indexed, which suits Chinese (no word breaks needed).
 *   Each column is indexed with two newlines appended, so every 1–2 character substring of the text begins
 *   some indexed trigram: short queries are answered by expanding them through story_search_terms (the index's
 *   vocabulary, an fts5vocab table) instead of scanning the text. (contentless_delete needs SQLite ≥ 3.43;
 *   better-sqlite3 bundles its own, newer SQLite.)
 * - Triggers keep it in sync with every writer: a new revision (save, restore, import, demo) replaces the row's
 *   body; a title change follows; trash removes the row, untrash puts it back from the newest revision.
 *   Pure SQL on purpose: no application function is needed, so any tool writing the file keeps the index right.
 */
import type { WritableDb } from '../db';

/**
 * Body text of a content JSON (an SQL expression over `contentSql`): in each block, the texts of each run list
 * (runs; a figure's caption, then credit) joined, lists separated by a space; blocks joined by newlines.
 */
export function bodyTextSql(contentSql: string): string {
  return `(SELECT coalesce(group_concat(block_text, char(10) ORDER BY block_index), '') FROM (
      SELECT b.key AS block_index,
             (SELECT group_concat(list_text, ' ' ORDER BY list_id) FROM (
                SELECT l.id AS list_id,
                       (SELECT group_concat(r.value ->> 'text', '' ORDER BY r.key) FROM json_each(l.value) r) AS list_text
                FROM json_each(b.value) l WHERE l.type = 'array') WHERE list_text <> '') AS block_text
      FROM json_each(${contentSql}, '$.blocks') b))`;
}

const NEWEST_CONTENT = (storyIdSql: string) =>
  `(SELECT content FROM revisions WHERE story_id = ${storyIdSql} ORDER BY number DESC LIMIT 1)`;

export function migrate(db: WritableDb): void {
  db.exec(`
    CREATE TABLE story_search_docs (
      rowid INTEGER PRIMARY KEY,
      story_id TEXT NOT NULL UNIQUE REFERENCES stories (id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      body TEXT NOT NULL
    ) STRICT;

    CREATE VIRTUAL TABLE story_search USING fts5(
      title, body, content = '', contentless_delete = 1, tokenize = 'trigram'
    );
    CREATE VIRTUAL TABLE story_search_terms USING fts5vocab(story_search, 'row');

    -- The index follows the docs table (text + the two-newline sentinel, see above).
    CREATE TRIGGER story_search_docs_ai AFTER INSERT ON story_search_docs BEGIN
      INSERT INTO story_search (rowid, title, body) VALUES (NEW.rowid, NEW.title || char(10, 10), NEW.body || char(10, 10));
    END;
    CREATE TRIGGER story_search_docs_ad AFTER DELETE ON story_search_docs BEGIN
      DELETE FROM story_search WHERE rowid = OLD.rowid;
    END;
    CREATE TRIGGER story_search_docs_au AFTER UPDATE ON story_search_docs BEGIN
      DELETE FROM story_search WHERE rowid = OLD.rowid;
      INSERT INTO story_search (rowid, title, body) VALUES (NEW.rowid, NEW.title || char(10, 10), NEW.body || char(10, 10));
    END;

    -- A new revision is the story's current text (save, restore, import, create, demo).
    CREATE TRIGGER story_search_on_revision AFTER INSERT ON revisions BEGIN
      INSERT INTO story_search_docs (story_id, title, body)
        SELECT s.id, s.title, ${bodyTextSql('NEW.content')} FROM stories s
        WHERE s.id = NEW.story_id AND s.deleted_at IS NULL
        ON CONFLICT (story_id) DO UPDATE SET body = excluded.body, title = excluded.title;
    END;

    CREATE TRIGGER story_search_on_title AFTER UPDATE OF title ON stories
      WHEN NEW.title IS NOT OLD.title BEGIN
      UPDATE story_search_docs SET title = NEW.title WHERE story_id = NEW.id;
    END;

    CREATE TRIGGER story_search_on_trash AFTER UPDATE OF deleted_at ON stories
      WHEN NEW.deleted_at IS NOT NULL BEGIN
      DELETE FROM story_search_docs WHERE story_id = NEW.id;
    END;

    CREATE TRIGGER story_search_on_untrash AFTER UPDATE OF deleted_at ON stories
      WHEN NEW.deleted_at IS NULL AND OLD.deleted_at IS NOT NULL BEGIN
      INSERT OR IGNORE INTO story_search_docs (story_id, title, body)
        SELECT NEW.id, NEW.title, ${bodyTextSql(NEWEST_CONTENT('NEW.id'))}
        WHERE EXISTS (SELECT 1 FROM revisions WHERE story_id = NEW.id);
    END;

    -- Backfill the stories already in the desk.
    INSERT INTO story_search_docs (story_id, title, body)
      SELECT s.id, s.title, ${bodyTextSql(NEWEST_CONTENT('s.id'))} FROM stories s
      WHERE s.deleted_at IS NULL AND EXISTS (SELECT 1 FROM revisions WHERE story_id = s.id);
  `);
}
