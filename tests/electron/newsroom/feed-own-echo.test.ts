/**
 * The echo of a story this desk created, arriving through the feed before the desk has heard the server's answer
 * (and so before it knows the server's id for it): the desk keeps one story, its own, and the changes made to it
 * on the server afterwards reach that one. Real server, PostgreSQL and desk; the TCP proxy between the desk and
 * the server holds back the answer to stories.create (tcp-proxy holdReplies) while the feed goes on.
 */
import { describe, expect, it } from 'vitest';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { login, ok } from '../../server/newsroom-harness';
import { connectTestDesk, waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy } from './tcp-proxy';
import { newsroomSuite, PASSWORD } from './newsroom-suite';

const suite = await newsroomSuite('newsroom own echo', 'ownecho', [['编辑甲', 'editor']]);
const { pgAvailable, desks, proxies } = suite;

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const titled = async (d: TestDesk, title: string) => (await callChecked(d.services, 'stories.list', {})).filter((s) => s.title === title);

describe.runIf(pgAvailable)('the echo of a story this desk created', () => {
  it('arriving before the answer to stories.create, it makes no second story, and later server changes reach the one', async () => {
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const editor = await connectTestDesk(proxy.url, '编辑甲', PASSWORD, desks);
    proxy.holdReplies('/api/stories.create');
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('回声稿', '回声先到，回答后到。') });

    // The server made it; its change has come through the feed and been read while the answer is held back.
    const { rows } = await waitFor('the story on the server', async () => {
      const found = await suite.server.pool.query<{ seq: string }>(
        `SELECT c.seq FROM changes c JOIN stories s ON s.id = c.entity_id WHERE c.entity = 'story' AND c.op = 'create' AND s.title = '回声稿'`,
      );
      return found.rows.length > 0 ? found : undefined;
    }, 20_000);
    const seq = Number(rows[0].seq);
    await waitFor('the echo read on the desk', async () => (await status(editor)).lastSeq >= seq, 20_000);
    expect((await status(editor)).outbox).toBe(1);

    proxy.releaseReplies();
    await waitFor('outbox drained', async () => (await status(editor)).outbox === 0, 20_000);
    const copies = await titled(editor, '回声稿');
    expect(copies.map((s) => s.id)).toEqual([story.id]);

    // A status set on the server reaches the desk's one story.
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const [onServer] = (await ok(suite.server.url, 'stories.list', { filter: '回声稿' }, token)) as Array<{ id: string }>;
    await ok(suite.server.url, 'stories.transition', { id: onServer.id, to: 'to-edit' }, token);
    await waitFor('待编 on the desk', async () => (await callChecked(editor.services, 'stories.get', { id: story.id })).status === 'to-edit', 20_000);
    expect((await titled(editor, '回声稿')).map((s) => s.id)).toEqual([story.id]);
  }, 120_000);
});
