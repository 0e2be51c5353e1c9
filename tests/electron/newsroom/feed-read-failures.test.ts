/**
 * The feed reads each changed story from the server before it moves lastSeq past the change. These tests make
 * that read fail in the ways a newsroom sees, against the real server and PostgreSQL, the desk behind the TCP proxy:
 * - lost on the wire (reset) while the next change is already on its way over the WebSocket;
 * - answered 503 (the server's database failing: its `revisions` table taken away for a moment);
 * - answered 401 (the desk's session ended on the server while the read was on its way);
 * and two desks creating a story with the same content at once (the feed must not take the other desk's story for
 * the echo of its own). In every case the desk ends with every story exactly once.
 */
import { describe, expect, it } from 'vitest';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { login, ok } from '../../server/newsroom-harness';
import { readNewsroomSettings } from '../../../electron/newsroom/settings';
import { waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy } from './tcp-proxy';
import { newsroomSuite, PASSWORD } from './newsroom-suite';

const suite = await newsroomSuite('newsroom feed read failures', 'feedreads', [
  ['编辑甲', 'editor'],
  ['编辑乙', 'editor'],
]);
const { pgAvailable, desks, proxies } = suite;

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const titled = async (d: TestDesk, title: string) => (await callChecked(d.services, 'stories.list', {})).filter((s) => s.title === title);

/** The feed seqs of the creates of the stories titled `title`, oldest first. */
async function createSeqs(title: string): Promise<number[]> {
  const { rows } = await suite.server.pool.query<{ seq: string }>(
    `SELECT c.seq FROM changes c JOIN stories s ON s.id = c.entity_id
      WHERE c.entity = 'story' AND c.op = 'create' AND s.title = $1 ORDER BY c.seq`,
    [title],
  );
  return rows.map((r) => Number(r.seq));
}

async function createOnServer(token: string, title: string, body: string): Promise<number> {
  await ok(suite.server.url, 'stories.create', { content: storyContent(title, body) }, token);
  const seqs = await createSeqs(title);
  return seqs[seqs.length - 1];
}

describe.runIf(pgAvailable)('the feed when reading a changed story fails', () => {
  it('a read lost to a reset while the next change is already arriving: the desk gets both changes', async () => {
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const editor = await suite.connectedDesk('编辑甲', proxy);
    const other = await login(suite.server.url, '编辑乙', PASSWORD);
    proxy.dropRequests('/api/stories.get', 1);
    await createOnServer(other, '断读稿一', '读它的请求被重置。');
    const second = await createOnServer(other, '断读稿二', '它紧跟着来。');
    await waitFor('the read dropped', () => proxy.dropped() === 1, 20_000);
    await waitFor('both on the desk', async () => (await titled(editor, '断读稿一')).length === 1 && (await titled(editor, '断读稿二')).length === 1, 20_000);
    expect((await status(editor)).lastSeq).toBeGreaterThanOrEqual(second);
  }, 120_000);

  it('a read answered 503 (the database failing) keeps lastSeq before the change and is read again until it copies', async () => {
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const editor = await suite.connectedDesk('编辑甲', proxy);
    const other = await login(suite.server.url, '编辑乙', PASSWORD);
    proxy.cut();
    await waitFor('甲 offline', async () => (await status(editor)).state === 'offline', 20_000);
    const seq = await createOnServer(other, '故障稿', '服务器出错的那一刻写下的稿。');
    // A real server fault: stories.get reads `revisions`, which is gone for a moment (503 storage).
    await suite.server.pool.query('ALTER TABLE revisions RENAME TO revisions_away');
    try {
      proxy.restore();
      await waitFor('a story read answered 503', () => proxy.answers('/api/stories.get').includes(503), 20_000);
      // The desk has handled that answer: it read again (kept the change), or moved past it (lost it).
      await waitFor('the 503 handled', async () => proxy.answers('/api/stories.get').length >= 2 || (await status(editor)).lastSeq >= seq, 20_000);
      expect((await status(editor)).lastSeq).toBeLessThan(seq);
      expect(await titled(editor, '故障稿')).toEqual([]);
      // Offline meanwhile, saying why (the read the server could not answer).
      await waitFor('甲 offline with the reason', async () => /stories\.get: HTTP 503/.test((await status(editor)).lastError ?? ''), 20_000);
    } finally {
      await suite.server.pool.query('ALTER TABLE revisions_away RENAME TO revisions');
    }
    await waitFor('故障稿 on the desk', async () => (await titled(editor, '故障稿')).length === 1, 20_000);
    await waitFor('lastSeq past it', async () => (await status(editor)).lastSeq >= seq, 20_000);
    await waitFor('甲 online again', async () => (await status(editor)).state === 'online', 20_000);
  }, 120_000);

  it('a read answered 401 (the session ended) is no deletion: the desk goes offline and gets the story after connecting again', async () => {
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const editor = await suite.connectedDesk('编辑甲', proxy);
    const other = await login(suite.server.url, '编辑乙', PASSWORD);
    proxy.holdRequests('/api/stories.get');
    const seq = await createOnServer(other, '吊销稿', '读它之前会话结束了。');
    await waitFor('the read held on its way', () => proxy.heldRequests() > 0, 20_000);
    // The session ends on the server (as when an admin revokes it) before the read gets there.
    await ok(suite.server.url, 'session.logout', {}, readNewsroomSettings(editor.desk.db)!.token);
    proxy.releaseRequests();
    await waitFor('the read answered 401', () => proxy.answers('/api/stories.get').includes(401), 20_000);
    await waitFor('the 401 handled', async () => {
      const s = await status(editor);
      return s.lastSeq >= seq || (s.state === 'offline' && /unauthorized/.test(s.lastError ?? ''));
    }, 20_000);
    expect((await status(editor)).lastSeq).toBeLessThan(seq);
    expect(await titled(editor, '吊销稿')).toEqual([]);

    await callChecked(editor.services, 'newsroom.connect', { url: proxy.url, name: '编辑甲', password: PASSWORD });
    await waitFor('吊销稿 on the desk', async () => (await titled(editor, '吊销稿')).length === 1, 20_000);
    expect((await status(editor)).lastSeq).toBeGreaterThanOrEqual(seq);
  }, 120_000);
});

describe.runIf(pgAvailable)('two desks creating a story with the same content at once', () => {
  it('neither takes the other desk’s story for the echo of its own: each desk ends with both, once', async () => {
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const mine = await suite.connectedDesk('编辑甲', proxy);
    const theirs = await suite.connectedDesk('编辑乙');
    const content = storyContent('同稿', '两台桌面同时写下的同一篇。');

    // 甲's create reaches the server, its answer is held back: the create stays pending on 甲.
    proxy.holdReplies('/api/stories.create');
    const myStory = await callChecked(mine.services, 'stories.create', { content });
    await waitFor('甲’s story on the server', async () => (await createSeqs('同稿')).length === 1, 20_000);
    const theirStory = await callChecked(theirs.services, 'stories.create', { content });
    const seqs = await waitFor('乙’s story on the server', async () => {
      const found = await createSeqs('同稿');
      return found.length === 2 ? found : undefined;
    }, 20_000);
    await waitFor('甲 read both creates', async () => (await status(mine)).lastSeq >= seqs[1], 20_000);
    expect((await status(mine)).outbox).toBe(1);

    proxy.releaseReplies();
    await waitFor('甲’s outbox drained', async () => (await status(mine)).outbox === 0, 20_000);
    await waitFor('甲 has both', async () => (await titled(mine, '同稿')).length === 2, 20_000);
    await waitFor('乙 has both', async () => (await titled(theirs, '同稿')).length === 2, 20_000);

    // A later change has gone through both feeds: still each story once, 甲's own under its own id.
    await callChecked(theirs.services, 'stories.create', { content: storyContent('后来稿', '确认两边的馈送都过了。') });
    await waitFor('后来稿 on 甲', async () => (await titled(mine, '后来稿')).length === 1, 20_000);
    const onMine = (await titled(mine, '同稿')).map((s) => s.id);
    expect(onMine).toHaveLength(2);
    expect(onMine).toContain(myStory.id);
    const onTheirs = (await titled(theirs, '同稿')).map((s) => s.id);
    expect(onTheirs).toHaveLength(2);
    expect(onTheirs).toContain(theirStory.id);
  }, 120_000);
});
