import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupDir,
  createBackup,
  hasBackupOn,
  listBackups,
  restoreBackup,
} from '../../../electron/store/backups';
import { openReadOnly } from '../../../electron/store/db';
import { readDeskPointer } from '../../../electron/store/desk-pointer';
import { StoreError } from '../../../electron/store/errors';
import { openDesk, type Desk } from '../../../electron/store/open-desk';
import { saveStory } from '../../../electron/store/revisions-repo';
import { createStory, getStory, listStories } from '../../../electron/store/stories-repo';
import { storyContent, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
let desk: Desk;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('folio-backups-'));
  desk = openDesk(dir);
});
afterEach(() => {
  desk.close();
  cleanup();
});

const at = (iso: string) => new Date(iso);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Open a backup read-only and check it is a whole database with consistent stories and revisions. */
function checkBackup(file: string): { stories: number; revisions: number } {
  const copy = openReadOnly(file);
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    // Every story has its revisions 1..n with no gap: no transaction was caught half-way.
    const gaps = copy
      .prepare(
        `SELECT s.id FROM stories s LEFT JOIN revisions r ON r.story_id = s.id
         GROUP BY s.id HAVING count(r.id) = 0 OR max(r.number) <> count(r.id)`,
      )
      .all();
    expect(gaps).toEqual([]);
    return {
      stories: copy.prepare('SELECT count(*) FROM stories').pluck().get() as number,
      revisions: copy.prepare('SELECT count(*) FROM revisions').pluck().get() as number,
    };
  } finally {
    copy.close();
  }
}

describe('backups', () => {
  it('makes a consistent copy while writes go on, without a -wal beside it', async () => {
    // Enough pages that the online backup needs many steps, so writes really land in between.
    const body = '记者从市教育局获悉，今年全市共招收新生三千余人。'.repeat(40);
    desk.db.transaction(() => {
      for (let i = 0; i < 300; i++) createStory(desk.db, { content: storyContent(`稿件${i}`, body) });
    })();
    const ids = listStories(desk.db).map((s) => s.id);

    let done = false;
    let writesDuringBackup = 0;
    const writing = (async () => {
      while (!done) {
        const id = ids[writesDuringBackup % ids.length];
        saveStory(desk.db, { id, content: storyContent('改', `${body}${writesDuringBackup}`) });
        createStory(desk.db, { content: storyContent('新稿', body) });
        writesDuringBackup++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const info = await createBackup(desk.db, dir, { now: at('2026-11-25T09:00:00') });
    done = true;
    await writing;

    expect(writesDuringBackup).toBeGreaterThan(0);
    expect(info.file).toBe('folio-backup-20261125-090000.sqlite');
    expect(info.sizeBytes).toBeGreaterThan(0);
    const copied = checkBackup(join(backupDir(dir), info.file));
    expect(copied.stories).toBeGreaterThanOrEqual(300);
    expect(copied.stories).toBeLessThanOrEqual(300 + writesDuringBackup);
    expect(readdirSync(backupDir(dir))).toEqual([info.file]);
  });

  it('keeps the last N backups, newest first, and leaves other files alone', async () => {
    createStory(desk.db, { content: storyContent('标题', '正文') });
    const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'];
    for (const day of days) await createBackup(desk.db, dir, { now: at(`${day}T08:00:00`), keep: 3 });
    writeFileSync(join(backupDir(dir), 'my-own-copy.sqlite'), 'not ours');
    await createBackup(desk.db, dir, { now: at('2026-11-24T08:00:00'), keep: 3 });
    expect(listBackups(dir).map((b) => b.file)).toEqual([
      'folio-backup-20261124-080000.sqlite',
      'folio-backup-20261123-080000.sqlite',
      'folio-backup-20261122-080000.sqlite',
    ]);
    expect(existsSync(join(backupDir(dir), 'my-own-copy.sqlite'))).toBe(true);
    expect(listBackups(dir)[0].createdAt).toBe(at('2026-11-24T08:00:00').toISOString());
  });

  it('names two backups in the same second apart and orders them', async () => {
    createStory(desk.db, {});
    const now = at('2026-11-25T10:00:00');
    const first = await createBackup(desk.db, dir, { now });
    const second = await createBackup(desk.db, dir, { now });
    expect(second.file).toBe('folio-backup-20261125-100000-2.sqlite');
    expect(listBackups(dir).map((b) => b.file)).toEqual([second.file, first.file]);
    expect(hasBackupOn(dir, at('2026-11-25T23:59:00'))).toBe(true);
    expect(hasBackupOn(dir, at('2026-11-26T00:00:01'))).toBe(false);
  });

  it('restores into a new desk file from the next open, never touching the live file', async () => {
    const { id } = createStory(desk.db, { content: storyContent('标题', '备份时的正文') });
    const backup = await createBackup(desk.db, dir, { now: at('2026-11-25T09:00:00') });
    saveStory(desk.db, { id, content: storyContent('标题', '备份之后的修改') });
    const live = desk.dbFile;
    const liveFiles = [live, `${live}-wal`].filter(existsSync);
    const before = liveFiles.map(sha256);

    const restored = restoreBackup(dir, backup.file, { now: at('2026-11-25T11:00:00') });
    expect(restored.dbFile).toBe(join(dir, 'folio-restored-20261125-110000.sqlite'));
    expect(liveFiles.map(sha256)).toEqual(before);
    expect(readDeskPointer(dir)).toMatchObject({ kind: 'ok', pointer: { dbFile: 'folio-restored-20261125-110000.sqlite' } });
    // The running desk goes on with its own file until it is opened again.
    expect(getStory(desk.db, id).content).toEqual(storyContent('标题', '备份之后的修改'));

    desk.close();
    desk = openDesk(dir);
    expect(desk.dbFile).toBe(restored.dbFile);
    expect(getStory(desk.db, id).content).toEqual(storyContent('标题', '备份时的正文'));
    // The old file is still there with the later edit, for anyone who needs it.
    const old = openReadOnly(live);
    expect(old.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(2);
    old.close();
    // A second restore of the same backup gets its own new file.
    expect(restoreBackup(dir, backup.file, { now: at('2026-11-25T11:00:00') }).dbFile).toMatch(/-2\.sqlite$/);
  });

  it('refuses a path, a missing backup and a damaged backup, changing nothing', async () => {
    createStory(desk.db, {});
    const refusal = (file: string) => {
      try {
        restoreBackup(dir, file);
      } catch (error) {
        expect(error).toBeInstanceOf(StoreError);
        return (error as StoreError).kind;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal('../folio.sqlite')).toBe('invalid');
    expect(refusal('folio-backup-20200101-000000.sqlite')).toBe('not-found');
    await createBackup(desk.db, dir, { now: at('2026-11-25T09:00:00') });
    writeFileSync(join(backupDir(dir), 'folio-backup-20261124-090000.sqlite'), Buffer.alloc(8192, 7));
    expect(refusal('folio-backup-20261124-090000.sqlite')).toBe('storage');
    expect(readDeskPointer(dir).kind).toBe('none');
    expect(readdirSync(dir).filter((f) => f.startsWith('folio-restored'))).toEqual([]);
  });
});
