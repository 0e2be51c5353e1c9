import { describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { LATEST_VERSION, MIGRATIONS, migrateDatabase } from '../../../electron/store/migrations';
import { createStory, getStory } from '../../../electron/store/stories-repo';
import { storyContent } from './helpers';

const NOW = '2026-11-25T10:00:00.000Z';
/** The version just before the page tables (whatever other ranges sit below 200). */
const BEFORE_PAGES = Math.max(...MIGRATIONS.map((m) => m.version).filter((v) => v < 200));

function tables(db: WritableDb): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[];
}

function insertIssueAndPage(db: WritableDb): void {
  db.prepare(
    "INSERT INTO issues (id, paper_name, date, issue_number, created_at, updated_at) VALUES ('i1', '钢城日报', '2014-11-25', 226, ?, ?)",
  ).run(NOW, NOW);
  db.prepare("INSERT INTO pages (id, issue_id, number, template, created_at, updated_at) VALUES ('p1', 'i1', 1, '{}', ?, ?)").run(NOW, NOW);
}

describe('page migrations', () => {
  it('0200 and 0210 are registered after every earlier range', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toContain(200);
    expect(versions).toContain(210);
    expect(versions.indexOf(210)).toBe(versions.indexOf(200) + 1);
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(210);
  });

  it('0200 creates issues and pages from an empty database, with their checks', () => {
    const db = openMemory();
    migrateDatabase(db, 200);
    expect(tables(db)).toEqual(expect.arrayContaining(['issues', 'pages']));
    insertIssueAndPage(db);
    expect(db.prepare("SELECT status, section FROM pages WHERE id = 'p1'").get()).toEqual({ status: 'planning', section: '' });
    const page = db.prepare("INSERT INTO pages (id, issue_id, number, template, created_at, updated_at) VALUES (?, ?, ?, '{}', ?, ?)");
    expect(() => page.run('p2', 'i1', 1, NOW, NOW)).toThrow(/UNIQUE/);
    expect(() => page.run('p3', 'nobody', 2, NOW, NOW)).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO issues (id, paper_name, date, issue_number, created_at, updated_at) VALUES ('i2', 'x', '25/11/2014', 1, ?, ?)").run(NOW, NOW),
    ).toThrow(/CHECK/);
  });

  it('0210 adds modules that follow their page and drop a continuation into a removed module', () => {
    const db = openMemory();
    migrateDatabase(db, 210);
    insertIssueAndPage(db);
    const insert = db.prepare(
      `INSERT INTO modules (id, page_id, kind, story_id, column_index, column_span, top_line, height_lines, settings, continues_to, position, created_at, updated_at)
       VALUES (?, 'p1', 'story', 'no-such-story', 0, 2, 0, 10, '{}', ?, ?, ?, ?)`,
    );
    // No foreign key on story_id: a placement may outlive its story.
    insert.run('m2', null, 2, NOW, NOW);
    insert.run('m1', 'm2', 1, NOW, NOW);
    db.prepare("DELETE FROM modules WHERE id = 'm2'").run();
    expect(db.prepare("SELECT continues_to FROM modules WHERE id = 'm1'").pluck().get()).toBeNull();
    db.prepare("DELETE FROM pages WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) FROM modules').pluck().get()).toBe(0);
  });

  it('upgrades a desk from the version before pages, keeping its stories', () => {
    const db = openMemory();
    migrateDatabase(db, BEFORE_PAGES);
    const story = createStory(db, { content: storyContent('旧稿', '升级前写的稿件。') });
    expect(migrateDatabase(db)).toBe(LATEST_VERSION);
    expect(getStory(db, story.id).content).toEqual(story.content);
    expect(tables(db)).toEqual(expect.arrayContaining(['issues', 'pages', 'modules']));
  });

  it('reads the modules of a page through the page index', () => {
    const db = openMemory();
    migrateDatabase(db);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM modules WHERE page_id = 'p1' ORDER BY position, rowid")
      .all() as Array<{ detail: string }>;
    expect(plan.map((r) => r.detail).join('\n')).toMatch(/USING INDEX modules_by_page/);
  });
});
