// A backup on a read-only disk (or a folder Folio may not write) says so, with a reason the UI can act on,
// instead of SQLite's "cannot open" or an ENOENT. Root ignores permissions and read-only mounts need
// privileges, so the file system's answer is injected: node:fs's access check fails as the disk would.
import * as fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openServices, type Services } from '../../../electron/services';
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
let services: Services;
beforeEach(async () => {
  const temp = tempDir('folio-backup-ro-');
  cleanup = temp.cleanup;
  services = openServices({ dataDir: temp.dir, dailyBackup: false });
  await services.dispatch('stories.create', { content: storyContent('标题', '正文') });
});
afterEach(() => {
  refuse.code = null;
  services.close();
  cleanup();
});

describe('backup on a disk that refuses writes', () => {
  it.each([
    ['EROFS', 'read-only', '只读'],
    ['EACCES', 'no-permission', '没有写入的权限'],
    ['ENOSPC', 'disk-full', '磁盘已满'],
  ])('%s: says %s, not ENOENT, and lists no backup', async (code, reason, words) => {
    refuse.code = code;
    const reply = await services.dispatch('backup.create', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage', reason } });
    if (reply.ok) return;
    expect(textOf(reply.error)).toContain(words);
    expect(textOf(reply.error)).not.toContain('ENOENT');
    refuse.code = null;
    expect(await services.dispatch('backup.list', {})).toEqual({ ok: true, value: [] });
  });

  it('backs up once the disk accepts writes again', async () => {
    expect((await services.dispatch('backup.create', {})).ok).toBe(true);
  });
});
