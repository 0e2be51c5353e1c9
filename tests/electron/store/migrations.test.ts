import { describe, expect, it } from 'vitest';
import { openMemory, type WritableDb } from '../../../electron/store/db';
import { LATEST_VERSION, MIGRATIONS, migrateDatabase, schemaVersion } from '../../../electron/store/migrations';

function tables(db: WritableDb): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
}

function columns(db: WritableDb, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
}

const NOW = '2026-11-25T10:00:00.000Z';

describe('migrations', () => {
  it('are numbered in steps of 10 and end at LATEST_VERSION', () => {
    // Engineers own ranges (workflow 40–90, library 100–190, pages 200–…), so gaps between ranges are expected.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v) => v % 10 === 0)).toBe(true);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(LATEST_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
  });

  it('0010 creates stories from an empty database', () => {
    const db = openMemory();
    expect(migrateDatabase(db, 10)).toBe(10);
    expect(tables(db)).toEqual(['stories']);
    db.prepare(
      "INSERT INTO stories (id, title, author, created_at, updated_at) VALUES ('s1', '标题', '郭红梅', ?, ?)",
    ).run(NOW, NOW);
    expect(db.prepare("SELECT status, deleted_at FROM stories WHERE id = 's1'").get()).toEqual({
      status: 'draft',
      deleted_at: null,
    });
    expect(() => db.prepare("UPDATE stories SET status = 'published'").run()).toThrow(/CHECK/);
  });

  it('0020 adds append-only revisions tied to stories', () => {
    const db = openMemory();
    migrateDatabase(db, 10);
    db.prepare("INSERT INTO stories (id, title, created_at, updated_at) VALUES ('s1', 't', ?, ?)").run(NOW, NOW);
    expect(migrateDatabase(db, 20)).toBe(20);
    const insert = db.prepare(
      `INSERT INTO revisions (id, story_id, number, created_at, content, content_hash, chars, han_chars, reason)
       VALUES (?, ?, ?, ?, '{"blocks":[]}', 'h', 0, 0, 'create')`,
    );
    insert.run('r1', 's1', 1, NOW);
    expect(() => insert.run('r2', 'nobody', 1, NOW)).toThrow(/FOREIGN KEY/);
    expect(() => insert.run('r3', 's1', 1, NOW)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE revisions SET content = '{}'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM revisions').run()).toThrow(/append-only/);
    // The story row written before the migration is untouched.
    expect(db.prepare("SELECT title FROM stories WHERE id = 's1'").pluck().get()).toBe('t');
  });

  it('0030 adds a unique demo slug and keeps existing stories', () => {
    const db = openMemory();
    migrateDatabase(db, 20);
    db.prepare("INSERT INTO stories (id, title, created_at, updated_at) VALUES ('s1', 't', ?, ?)").run(NOW, NOW);
    expect(migrateDatabase(db, 30)).toBe(30);
    expect(columns(db, 'stories')).toContain('demo_slug');
    expect(db.prepare("SELECT demo_slug FROM stories WHERE id = 's1'").pluck().get()).toBeNull();
    db.prepare("INSERT INTO stories (id, title, created_at, updated_at, demo_slug) VALUES ('s2', 't', ?, ?, 'a')").run(NOW, NOW);
    expect(() =>
      db.prepare("INSERT INTO stories (id, title, created_at, updated_at, demo_slug) VALUES ('s3', 't', ?, ?, 'a')").run(NOW, NOW),
    ).toThrow(/UNIQUE/);
  });

  it('applies all pending steps at once and is a no-op when current', () => {
    const db = openMemory();
    expect(migrateDatabase(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(migrateDatabase(db)).toBe(LATEST_VERSION);
  });

  it('rolls back every step of a failing run', () => {
    const db = openMemory();
    const failing = [...MIGRATIONS, { version: LATEST_VERSION + 10, migrate: () => { throw new Error('boom'); } }];
    expect(() => migrateDatabase(db, undefined, failing)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('rejects a database from the future with a clear error', () => {
    const db = openMemory();
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    expect(() => migrateDatabase(db)).toThrow(/更新版本的 Folio|update Folio/);
  });

  it('rejects a registry out of order', () => {
    const db = openMemory();
    const bad = [MIGRATIONS[1], MIGRATIONS[0]];
    expect(() => migrateDatabase(db, undefined, bad)).toThrow(/out of order/);
  });
});

describe('query plans at the latest version', () => {
  it('finds a story’s newest revision through the (story_id, number) index, not a scan', () => {
    const db = openMemory();
    migrateDatabase(db);
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT max(number) FROM revisions WHERE story_id = 's1'")
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/SEARCH revisions USING COVERING INDEX sqlite_autoindex_revisions_\d+ \(story_id=\?\)/);
  });
});
