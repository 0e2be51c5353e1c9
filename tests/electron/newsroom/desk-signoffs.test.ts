/**
 * Page sign-offs between desks through the real newsroom server (PostgreSQL): a proofreader's 一校 reaches the
 * server and the editor's desk, and the editor's page signature comes back; a round another desk signed first is
 * refused and listed as refused, the page showing the server's signature; sign-offs made offline replay once on
 * reconnect.
 */
import { describe, expect, it } from 'vitest';
import { addAccount } from '../../../server/auth/accounts';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { login, ok } from '../../server/newsroom-harness';
import { waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import { newsroomSuite, PASSWORD } from './newsroom-suite';

const suite = await newsroomSuite('newsroom sign-offs', 'signoffsync', [['编辑甲', 'editor'], ['校对丙', 'proofreader'], ['校对丁', 'proofreader']]);
const { pgAvailable, desks, proxies, connectedDesk } = suite;

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const drained = (d: TestDesk) => waitFor('outbox drained', async () => (await status(d)).outbox === 0, 20_000);
const signoffsOn = (d: TestDesk, pageId: string) => callChecked(d.services, 'signoff.list', { pageId });

/** An issue with one page and a story on it, made on the editor's desk and sent to the server. */
async function editorMakesPage(editor: TestDesk, title = '秋粮入库'): Promise<string> {
  const story = await callChecked(editor.services, 'stories.create', { content: storyContent(title, '今年秋粮入库进度快于往年。') });
  const issue = await callChecked(editor.services, 'issues.create', { paperName: '钢城日报', date: '2026-12-06', issueNumber: 9, pageCount: 1, sections: ['要闻'] });
  const pageId = issue.pages[0].id;
  await callChecked(editor.services, 'modules.add', { pageId, kind: 'story', storyId: story.id, column: 0, columnSpan: 4, topLine: 0, heightLines: 40 });
  await drained(editor);
  return pageId;
}

/** The page reaches `d` (a desk fetches a page it has never had). */
const pageReaches = (d: TestDesk, pageId: string) =>
  waitFor('the page on the desk', async () => (await d.services.dispatch('pages.get', { id: pageId })).ok, 20_000);

async function cutOff(d: TestDesk, proxy: TcpProxy): Promise<void> {
  proxy.cut();
  await waitFor('the desk says it is offline', async () => (await status(d)).state === 'offline', 20_000);
}

describe.runIf(pgAvailable)('page sign-offs between desks', () => {
  it("the proofreader's 一校 reaches the server and the editor's desk; the page signature comes back", async () => {
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const pageId = await editorMakesPage(editor);
    await pageReaches(proofreader, pageId);

    await callChecked(proofreader.services, 'signoff.round', { pageId, round: 'first' });
    await drained(proofreader);
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const onServer = await ok(suite.server.url, 'signoff.list', { pageId }, token);
    expect(onServer.rounds.first).toMatchObject({ by: '校对丙', role: 'proofreader' });

    const onEditor = await waitFor('一校 on the editor desk', async () => (await signoffsOn(editor, pageId)).rounds.first);
    expect(onEditor).toMatchObject({ by: '校对丙', byRole: 'proofreader', at: onServer.rounds.first.at });

    await callChecked(editor.services, 'signoff.page', { pageId });
    await drained(editor);
    const signed = await waitFor('the page signature on the proofreader desk', async () => (await signoffsOn(proofreader, pageId)).page);
    expect(signed.by).toBe('编辑甲');
    // The echo of its own signature replaced nothing twice: one row per act on each desk.
    expect((await signoffsOn(proofreader, pageId)).history.map((h) => h.kind)).toEqual(['round', 'page']);
    expect((await status(proofreader)).rejected).toEqual([]);
  }, 120_000);

  it('status moves reach the server: 送校 from the editor, 已校 when the last required round is signed, 签发 and its withdrawal', async () => {
    await addAccount(suite.server.pool, '总编丁', 'chief', PASSWORD).catch(() => undefined);
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const pageId = await editorMakesPage(editor, '签字稿');
    const [storyId] = (await callChecked(editor.services, 'stories.list', {})).filter((s) => s.title === '签字稿').map((s) => s.id);
    for (const to of ['to-edit', 'edited', 'to-proof'] as const) await callChecked(editor.services, 'stories.transition', { id: storyId, to });
    await drained(editor);
    expect((await status(editor)).rejected).toEqual([]);
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const [onServer] = (await ok(suite.server.url, 'stories.list', { filter: '签字稿' }, token)) as Array<{ id: string }>;
    const serverStatus = async () => (await ok(suite.server.url, 'stories.get', { id: onServer.id }, token)).status as string;
    expect(await serverStatus()).toBe('to-proof');

    await pageReaches(proofreader, pageId);
    const copy = await waitFor('送校 on the proofreader desk', async () =>
      (await callChecked(proofreader.services, 'stories.list', {})).find((s) => s.title === '签字稿' && s.status === 'to-proof'),
    );
    await callChecked(proofreader.services, 'signoff.round', { pageId, round: 'first' });
    // The desk moved its copy by the shared rule; the server does the same, and the editor's desk follows.
    expect((await callChecked(proofreader.services, 'stories.get', { id: copy.id })).status).toBe('proofed');
    await drained(proofreader);
    expect(await serverStatus()).toBe('proofed');
    await waitFor('已校 on the editor desk', async () => (await callChecked(editor.services, 'stories.get', { id: storyId })).status === 'proofed', 20_000);
    // The feed copies a story's current state: a desk whose feed lags (under load) can show 已校 from an earlier
    // change of the story before it has read the 一校 change itself, and its own rule needs that to sign the page.
    await waitFor('一校 on the editor desk', async () => (await signoffsOn(editor, pageId)).rounds.first, 20_000);

    await callChecked(editor.services, 'signoff.page', { pageId });
    await drained(editor);
    await ok(suite.server.url, 'signoff.approve', { pageId }, await login(suite.server.url, '总编丁', PASSWORD));
    await waitFor('签发 on the editor desk', async () => (await callChecked(editor.services, 'stories.get', { id: storyId })).status === 'approved', 20_000);
    await ok(suite.server.url, 'signoff.withdraw', { pageId, reason: '标题有误' }, await login(suite.server.url, '总编丁', PASSWORD));
    expect(await serverStatus()).toBe('proofed');
    await waitFor('the withdrawal on the proofreader desk', async () => (await callChecked(proofreader.services, 'stories.get', { id: copy.id })).status === 'proofed', 20_000);
  }, 120_000);

  it('a round another desk signed first is refused on the server, listed as refused, and the page shows the signature in force', async () => {
    const editor = await connectedDesk('编辑甲');
    const pageId = await editorMakesPage(editor);
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const first = await connectedDesk('校对丙');
    const late = await connectedDesk('校对丁', proxy);
    await pageReaches(first, pageId);
    await pageReaches(late, pageId);

    await cutOff(late, proxy);
    await callChecked(first.services, 'signoff.round', { pageId, round: 'first' });
    await drained(first);
    // Offline, the late desk does not know: its own rules let it sign 一校 here.
    await callChecked(late.services, 'signoff.round', { pageId, round: 'first' });
    expect((await signoffsOn(late, pageId)).rounds.first?.by).toBe('校对丁');

    proxy.restore();
    const refused = await waitFor('the refusal on the late desk', async () => (await status(late)).rejected[0], 20_000);
    expect(refused).toMatchObject({ method: 'signoff.round', code: 'conflict' });
    expect(refused.message).not.toBe('');
    const shown = await waitFor("the server's 一校 on the late desk", async () => {
      const s = await signoffsOn(late, pageId);
      return s.rounds.first?.by === '校对丙' ? s : undefined;
    }, 20_000);
    expect(shown.history.filter((h) => h.kind === 'round')).toHaveLength(1);
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const onServer = await ok(suite.server.url, 'signoff.list', { pageId }, token);
    expect(onServer.history.map((h: { by: string }) => h.by)).toEqual(['校对丙']);
  }, 120_000);

  it('sign-offs made offline replay once each on reconnect and reach the other desk', async () => {
    const editor = await connectedDesk('编辑甲');
    const pageId = await editorMakesPage(editor);
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const proofreader = await connectedDesk('校对丁', proxy);
    await pageReaches(proofreader, pageId);

    await cutOff(proofreader, proxy);
    await callChecked(proofreader.services, 'signoff.round', { pageId, round: 'first' });
    await callChecked(proofreader.services, 'signoff.round', { pageId, round: 'second' });
    expect((await status(proofreader)).outbox).toBe(2);

    proxy.restore();
    await drained(proofreader);
    expect((await status(proofreader)).rejected).toEqual([]);
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const onServer = await ok(suite.server.url, 'signoff.list', { pageId }, token);
    expect(onServer.history.map((h: { round: string }) => h.round)).toEqual(['first', 'second']);
    const onEditor = await waitFor('both rounds on the editor desk', async () => {
      const s = await signoffsOn(editor, pageId);
      return s.rounds.first && s.rounds.second ? s : undefined;
    }, 20_000);
    expect(onEditor.history.map((h) => [h.round, h.by])).toEqual([['first', '校对丁'], ['second', '校对丁']]);
  }, 120_000);
});
