// A backup on a read-only disk (or a folder Folio may not write) says so, with a reason the UI can act on,
// instead of SQLite's "cannot open" or an ENOENT. Root ignores permissions and read-only mounts need
// privileges, so the file system's answer is injected: node:fs's access check fails as the disk would. The
// backup job's work (backupDeskFile) runs here in-process, where the injection holds; that its StoreError
// crosses the job thread with kind and reason is tested in tests/electron/services/jobs/job-runner.test.ts.
import * as fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStory, listBackups, openDesk, type Desk } from '../../../electron/store';
import { backupDeskFile } from '../../../electron/store/store-jobs';
import { storyContent, tempDir } from './helpers';
import { textOf } from '../../error-text';

const refuse = vi.hoisted(() => ({ code: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof fs>();
  const accessSync: typeof fs.accessSync = (path, mode) => {
    if (refuse.code && String(path).endsWith('backups')) {
      throw Object.assign(new Error(`${refuse.code}: refused, access '${String(path)}'`), { code: refuse.code });
    }
    return original.accessSync(path, mode);
  };
  return { ...original, default: { ...original, accessSync }, accessSync };
});

let cleanup: () => void;
let desk: Desk;
beforeEach(() => {
  const temp = tempDir('folio-backup-ro-');
  cleanup = temp.cleanup;
  desk = openDesk(temp.dir);
  createStory(desk.db, { content: storyContent('标题', '正文') });
});
afterEach(() => {
  refuse.code = null;
  desk.close();
  cleanup();
});

const backUp = () =>
  backupDeskFile({ dbFile: desk.dbFile, dataDir: desk.dataDir, nowMs: Date.now(), keep: 7 }, { progress: () => undefined, signal: new AbortController().signal });

describe('backup on a disk that refuses writes', () => {
  it.each([
    ['EROFS', 'read-only', '只读'],
    ['EACCES', 'no-permission', '没有写入的权限'],
    ['ENOSPC', 'disk-full', '磁盘已满'],
  ])('%s: says %s, not ENOENT, and lists no backup', async (code, reason, words) => {
    refuse.code = code;
    const error = await backUp().then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreError', kind: 'storage', reason });
    expect(textOf(error)).toContain(words);
    expect((error as Error).message).not.toContain('ENOENT');
    refuse.code = null;
    expect(listBackups(desk.dataDir)).toEqual([]);
  });

  it('backs up once the disk accepts writes again', async () => {
    expect((await backUp()).file).toMatch(/^folio-backup-/);
  });
});
