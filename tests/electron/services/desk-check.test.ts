// The desk opens after a look at its file's header; the full quick_check runs afterwards in a job, and a problem
// it finds is reported (Services.deskCheck, and the failed 'desk-check' job in jobs.list) instead of blocking
// the start. A page of story rows overwritten with noise passes the header look and the schema read, so only
// the background check can find it.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services';
import { createStory, openDesk } from '../../../electron/store';
import { storyContent, tempDir } from '../store/helpers';

let services: Services | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  services?.close();
  services = undefined;
  cleanups.splice(0).forEach((c) => c());
});

function deskWithStories(): { dir: string; dbFile: string } {
  const temp = tempDir('folio-desk-check-');
  cleanups.push(temp.cleanup);
  const desk = openDesk(temp.dir);
  desk.db.transaction(() => {
    for (let i = 0; i < 200; i++) createStory(desk.db, { content: storyContent(`标题${i}`, '正文'.repeat(400)) });
  })();
  desk.db.pragma('wal_checkpoint(TRUNCATE)');
  const { dbFile } = desk;
  desk.close();
  return { dir: temp.dir, dbFile };
}

describe('the desk file checked in the background', () => {
  it('opens a whole desk and finds nothing wrong', async () => {
    const { dir } = deskWithStories();
    services = openServices({ dataDir: dir, dailyBackup: false });
    await expect(services.deskCheck).resolves.toBeNull();
    const list = await services.dispatch('jobs.list', {});
    expect(list).toMatchObject({ ok: true, value: [{ kind: 'desk-check', state: 'done' }] });
  }, 120_000);

  it('opens a damaged desk at once and reports the damage when the check finds it', async () => {
    const { dir, dbFile } = deskWithStories();
    const pageSize = 4096;
    const pages = statSync(dbFile).size / pageSize;
    // Noise over a page in the middle of the file (story and revision rows), never the header or the schema.
    const fd = openSync(dbFile, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
    services = openServices({ dataDir: dir, dailyBackup: false });
    expect(services.info().brokenDatabase).toBeNull();
    const problem = await services.deskCheck;
    expect(problem).toContain('完整性检查发现问题');
    const list = await services.dispatch('jobs.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value).toMatchObject([{ kind: 'desk-check', state: 'failed', message: expect.stringContaining('完整性检查') }]);
  }, 120_000);
});
