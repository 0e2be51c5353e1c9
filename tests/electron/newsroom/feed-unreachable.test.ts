/**
 * The change feed when the server cannot be read while a change is being applied (a request timing out on a
 * loaded machine, a connection reset): the desk reads the change again on reconnect, however many attempts in a
 * row fail, and a change made on the server afterwards still reaches it. Real server, PostgreSQL and desks; the
 * network between the watching desk and the server drops the requests that read a story (tcp-proxy dropRequests).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../../server/auth/accounts';
import type { RunningServer } from '../../../server/http/app';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { createTestDatabase, havePostgres, type TestDatabase } from '../../server/pg-test-db';
import { startTestServer } from '../../server/newsroom-harness';
import { connectTestDesk, waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

const pgAvailable = await havePostgres('newsroom feed retries');
const PASSWORD = 'correct horse battery';

let database: TestDatabase;
let server: RunningServer;
let desks: TestDesk[] = [];
let proxies: TcpProxy[] = [];

beforeAll(async () => {
  if (!pgAvailable) return;
  database = await createTestDatabase('feedretry');
  server = await startTestServer(database.url);
  for (const name of ['编辑甲', '编辑乙']) await addAccount(server.pool, name, 'editor', PASSWORD);
}, 60_000);
afterAll(async () => {
  if (!pgAvailable) return;
  await server.close();
  await database.drop();
}, 120_000);
afterEach(async () => {
  for (const d of desks) d.close();
  for (const p of proxies) await p.close();
  desks = [];
  proxies = [];
});

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const drained = (d: TestDesk) => waitFor('outbox drained', async () => (await status(d)).outbox === 0, 20_000);
const statusOn = async (d: TestDesk, title: string) => (await callChecked(d.services, 'stories.list', {})).find((s) => s.title === title)?.status;

describe.runIf(pgAvailable)('the change feed when reading a change fails', () => {
  it('a status change reaches the other desk although reading the story failed twice in a row (live, then catching up)', async () => {
    const editor = await connectTestDesk(server.url, '编辑甲', PASSWORD, desks);
    const proxy = await startTcpProxy(server.port);
    proxies.push(proxy);
    const watcher = await connectTestDesk(proxy.url, '编辑乙', PASSWORD, desks);

    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('秋粮入库', '今年秋粮入库进度快于往年。') });
    await drained(editor);
    await waitFor('the story on the watching desk', async () => (await statusOn(watcher, '秋粮入库')) === 'draft', 20_000);

    // The first read fails while the change is applied from the live socket, the second while the desk catches
    // up after reconnecting: the change must still be read a third time, and not be passed over.
    proxy.dropRequests('/api/stories.get', 2);
    await callChecked(editor.services, 'stories.transition', { id: story.id, to: 'to-edit' });
    await drained(editor);
    await waitFor('both reads of the story dropped', () => proxy.dropped() === 2, 20_000);
    await waitFor('送编 on the watching desk', async () => (await statusOn(watcher, '秋粮入库')) === 'to-edit', 20_000);

    // And the feed goes on: the next change arrives too.
    await callChecked(editor.services, 'stories.transition', { id: story.id, to: 'edited' });
    await drained(editor);
    await waitFor('编完 on the watching desk', async () => (await statusOn(watcher, '秋粮入库')) === 'edited', 20_000);
    expect((await status(watcher)).state).toBe('online');
  }, 120_000);
});
