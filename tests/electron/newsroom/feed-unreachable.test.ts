/**
 * The change feed when the server cannot be read while a change is being applied (a request timing out on a
 * loaded machine, a connection reset): the desk reads the change again on reconnect, however many attempts in a
 * row fail, and a change made on the server afterwards still reaches it. Real server, PostgreSQL and desks; the
 * network between the watching desk and the server drops the requests that read a story (tcp-proxy dropRequests).
 */
import { describe, expect, it } from 'vitest';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { connectTestDesk, waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy } from './tcp-proxy';
import { newsroomSuite, PASSWORD } from './newsroom-suite';

const suite = await newsroomSuite('newsroom feed retries', 'feedretry', [['编辑甲', 'editor'], ['编辑乙', 'editor']]);
const { pgAvailable, desks, proxies } = suite;

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const drained = (d: TestDesk) => waitFor('outbox drained', async () => (await status(d)).outbox === 0, 20_000);
const statusOn = async (d: TestDesk, title: string) => (await callChecked(d.services, 'stories.list', {})).find((s) => s.title === title)?.status;

describe.runIf(pgAvailable)('the change feed when reading a change fails', () => {
  it('a status change reaches the other desk although reading the story failed twice in a row (live, then catching up)', async () => {
    const editor = await connectTestDesk(suite.server.url, '编辑甲', PASSWORD, desks);
    const proxy = await startTcpProxy(suite.server.port);
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
