import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWritable } from '../../../electron/store/db';
import { openDesk, type Desk } from '../../../electron/store/open-desk';
import { DEFAULT_DB_FILE, POINTER_FILE } from '../../../electron/store/desk-pointer';
import { LATEST_VERSION } from '../../../electron/store/migrations';
import { createStory, getStory, listStories } from '../../../electron/store/stories-repo';
import { tempDir, storyContent } from './helpers';

let dir: string;
let cleanup: () => void;
const open: Desk[] = [];
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => {
  for (const desk of open.splice(0)) desk.close();
  cleanup();
});

function openTracked(dataDir = dir): Desk {
  const desk = openDesk(dataDir);
  open.push(desk);
  return desk;
}
function closeAll(): void {
  for (const desk of open.splice(0)) desk.close();
}

/** A real desk database with some stories, closed, as a byte buffer. */
function healthyDatabaseBytes(): Buffer {
  const source = tempDir();
  try {
    const desk = openDesk(source.dir);
    for (let i = 0; i < 40; i++) createStory(desk.db, { content: storyContent(`稿件 ${i}`, '正文'.repeat(400)) });
    desk.db.pragma('wal_checkpoint(TRUNCATE)');
    desk.close();
    return readFileSync(join(source.dir, DEFAULT_DB_FILE));
  } finally {
    source.cleanup();
  }
}

describe('openDesk', () => {
  it('creates the data folder and a WAL database with the house pragmas', () => {
    const desk = openTracked(join(dir, 'nested', 'desk'));
    expect(desk.dbFile).toBe(join(dir, 'nested', 'desk', DEFAULT_DB_FILE));
    expect(desk.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(desk.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(desk.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(desk.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(desk.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(desk.brokenDatabase).toBeNull();
  });

  it('reports a data folder that cannot be made as a plain storage error', () => {
    const notAFolder = join(dir, 'plain-file');
    writeFileSync(notAFolder, 'x');
    expect(() => openTracked(join(notAFolder, 'desk'))).toThrow(
      expect.objectContaining({ kind: 'storage', code: 'data-folder-cannot-be-made' }),
    );
  });

  it('reopens the same file with its stories', () => {
    const story = createStory(openTracked().db, { content: storyContent('留存', '正文') });
    closeAll();
    expect(getStory(openTracked().db, story.id).content).toEqual(story.content);
  });

  const brokenCases: Array<[string, string, () => Buffer, RegExp]> = [
    ['random bytes', DEFAULT_DB_FILE, () => randomBytes(64 * 1024), /SQLite format 3|bad header/],
    ['a text file named .sqlite', DEFAULT_DB_FILE, () => Buffer.from('这不是数据库\n'.repeat(200)), /bad header/],
    ['a truncated SQLite file', DEFAULT_DB_FILE, () => healthyDatabaseBytes().subarray(0, 8192), /quick_check|malformed|无法读取/],
    ['a SQLite file cut mid-page', DEFAULT_DB_FILE, () => healthyDatabaseBytes().subarray(0, 20_000), /truncated/],
  ];

  for (const [name, fileName, bytes, reason] of brokenCases) {
    it(`sets aside ${name} untouched and continues with a new file, also on the next launch`, () => {
      const brokenPath = join(dir, fileName);
      const original = bytes();
      writeFileSync(brokenPath, original);

      const first = openTracked();
      expect(first.dbFile).not.toBe(brokenPath);
      expect(first.dbFile.startsWith(dir)).toBe(true);
      expect(first.brokenDatabase).toEqual({ file: brokenPath, reason: expect.stringMatching(reason) });
      const story = createStory(first.db, { content: storyContent('新文件里的稿', '正文') });
      closeAll();

      expect(readFileSync(brokenPath).equals(original)).toBe(true);
      expect(existsSync(`${brokenPath}-wal`) || existsSync(`${brokenPath}-shm`)).toBe(false);
      expect(existsSync(join(dir, POINTER_FILE))).toBe(true);

      const second = openTracked();
      expect(second.dbFile).toBe(first.dbFile);
      expect(second.brokenDatabase).toEqual(first.brokenDatabase);
      expect(listStories(second.db).map((s) => s.id)).toEqual([story.id]);
      closeAll();
      expect(readFileSync(brokenPath).equals(original)).toBe(true);
    });
  }

  it('sets aside a second broken file too and remembers the latest', () => {
    writeFileSync(join(dir, DEFAULT_DB_FILE), 'not a database at all, just words'.repeat(10));
    const first = openTracked();
    closeAll();
    const secondBroken = Buffer.from('also broken'.repeat(50));
    writeFileSync(first.dbFile, secondBroken);
    const second = openTracked();
    expect(second.dbFile).not.toBe(first.dbFile);
    expect(second.brokenDatabase?.file).toBe(first.dbFile);
    expect(readFileSync(first.dbFile).equals(secondBroken)).toBe(true);
  });

  it('continues with the newest healthy desk file when the pointer itself is unreadable', () => {
    writeFileSync(join(dir, DEFAULT_DB_FILE), randomBytes(4096));
    const first = openTracked();
    const story = createStory(first.db, { title: '不能丢' });
    closeAll();
    writeFileSync(join(dir, POINTER_FILE), '{ half a poin');
    const second = openTracked();
    expect(second.dbFile).toBe(first.dbFile);
    expect(getStory(second.db, story.id).title).toBe('不能丢');
  });

  it('refuses a database written by a newer Folio without changing it', () => {
    const desk = openTracked();
    desk.db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    closeAll();
    const before = readFileSync(join(dir, DEFAULT_DB_FILE));
    expect(() => openTracked()).toThrow(expect.objectContaining({ kind: 'future-version' }));
    expect(readFileSync(join(dir, DEFAULT_DB_FILE)).equals(before)).toBe(true);
    expect(readdirSync(dir)).not.toContain(POINTER_FILE);
  });

  it('refuses a newer rollback-journal database without switching it to WAL', () => {
    const file = join(dir, DEFAULT_DB_FILE);
    const db = openWritable(file);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE from_the_future (x TEXT)');
    db.pragma(`user_version = ${LATEST_VERSION + 100}`);
    db.close();
    const before = readFileSync(file);
    expect(() => openTracked()).toThrow(/schema version/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
