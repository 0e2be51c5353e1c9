/**
 * Desks against the real newsroom server (server/ on a throwaway PostgreSQL database): the feed brings one desk's
 * save to another; a desk cut off by a TCP proxy keeps editing, and its outbox drains on reconnect with nothing
 * lost or doubled; two desks saving from the same base give one winner and one conflict revision.
 */
import { describe, expect, it } from 'vitest';
import { callChecked } from '../services/call-checked';
import { storyContent } from '../store/helpers';
import { login, ok } from '../../server/newsroom-harness';
import { waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy } from './tcp-proxy';
import { newsroomSuite, PASSWORD } from './newsroom-suite';

const suite = await newsroomSuite('newsroom desk sync', 'desksync', [['编辑甲', 'editor'], ['编辑乙', 'editor'], ['校对丙', 'proofreader'], ['总编丁', 'chief']]);
const { pgAvailable, desks, proxies, connectedDesk } = suite;

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const drained = (d: TestDesk) => waitFor('outbox drained', async () => (await status(d)).outbox === 0);
const textOf = (content: unknown) => JSON.stringify(content);

describe.runIf(pgAvailable)('desk ↔ newsroom server', () => {
  it('connect keeps the token (never the password) and takes the account as the desk profile', async () => {
    const d = await connectedDesk('编辑甲');
    const s = await status(d);
    expect(s).toMatchObject({ connected: true, state: 'online', server: suite.server.url, user: '编辑甲', role: 'editor', outbox: 0 });
    const settings = d.desk.db.prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'newsroom'").get()!;
    expect(settings.value).not.toContain(PASSWORD);
    expect(JSON.parse(settings.value).token).toEqual(expect.any(String));
    const wrong = await d.services.dispatch('newsroom.connect', { url: suite.server.url, name: '编辑甲', password: 'wrong password' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'password' } });
  });

  it("an editor's save reaches the proofreader's desk through the feed, and the event names the story", async () => {
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const { last } = await callChecked(proofreader.services, 'newsroom.events', { since: 0 });
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('厂区新闻', '初稿') });
    await callChecked(editor.services, 'stories.save', { id: story.id, content: storyContent('厂区新闻', '二稿：炼钢厂投产') });
    await drained(editor);
    const event = await callChecked(proofreader.services, 'newsroom.events', { since: last, waitMs: 5_000 });
    expect(event.kinds).toContain('story');
    const onProofreader = await waitFor('the save on the proofreader desk', async () => {
      const list = await callChecked(proofreader.services, 'stories.list', {});
      const copy = list.find((s) => s.title === '厂区新闻');
      if (!copy) return undefined;
      const full = await callChecked(proofreader.services, 'stories.get', { id: copy.id });
      return textOf(full.content).includes('二稿：炼钢厂投产') ? full : undefined;
    });
    expect(event.storyIds).toContain(onProofreader.id);
  });

  it('a desk cut off keeps editing; on reconnect the outbox drains: every save arrives once, in order', async () => {
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const editor = await connectedDesk('编辑甲', proxy);
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('离线稿', '联网时写的') });
    await drained(editor);
    const serverId = (await ok(suite.server.url, 'stories.list', {}, await login(suite.server.url, '编辑甲', PASSWORD))).find(
      (s: { title: string }) => s.title === '离线稿',
    ).id as string;

    proxy.cut();
    await waitFor('the desk says it is offline', async () => {
      await callChecked(editor.services, 'stories.save', { id: story.id, content: storyContent('离线稿', '断网后第一句') });
      return (await status(editor)).state === 'offline';
    });
    await callChecked(editor.services, 'stories.save', { id: story.id, content: storyContent('离线稿', '断网后第二句') });
    await callChecked(editor.services, 'stories.save', { id: story.id, content: storyContent('离线稿', '断网后第三句') });
    expect((await status(editor)).outbox).toBeGreaterThanOrEqual(2);
    expect(textOf((await callChecked(editor.services, 'stories.get', { id: story.id })).content)).toContain('断网后第三句');

    proxy.restore();
    await drained(editor);
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const onServer = await ok(suite.server.url, 'stories.get', { id: serverId }, token);
    expect(textOf(onServer.content)).toContain('断网后第三句');
    // Every local edit became exactly one server revision (none lost, none doubled), none a conflict.
    const localEdits = (await callChecked(editor.services, 'stories.revisions', { id: story.id })).length;
    const serverRevisions = await ok(suite.server.url, 'stories.revisions', { id: serverId }, token);
    expect(serverRevisions.filter((r: { reason: string }) => r.reason !== 'conflict')).toHaveLength(localEdits);
    expect(serverRevisions.filter((r: { reason: string }) => r.reason === 'conflict')).toHaveLength(0);
  });

  it('two desks save the same story from the same base: one wins, the other becomes a conflict revision, nothing lost', async () => {
    const proxyA = await startTcpProxy(suite.server.port);
    const proxyB = await startTcpProxy(suite.server.port);
    proxies.push(proxyA, proxyB);
    const a = await connectedDesk('编辑甲', proxyA);
    const b = await connectedDesk('编辑乙', proxyB);
    const story = await callChecked(a.services, 'stories.create', { content: storyContent('同稿', '共同的底稿') });
    await drained(a);
    const onB = await waitFor('the story on desk B', async () =>
      (await callChecked(b.services, 'stories.list', {})).find((s) => s.title === '同稿'),
    );

    proxyA.cut();
    proxyB.cut();
    await callChecked(a.services, 'stories.save', { id: story.id, content: storyContent('同稿', '甲的改法') });
    await callChecked(b.services, 'stories.save', { id: onB.id, content: storyContent('同稿', '乙的改法') });
    proxyA.restore();
    await drained(a);
    proxyB.restore();
    await drained(b);

    const conflicts = await callChecked(b.services, 'newsroom.conflicts', { storyId: onB.id });
    expect(conflicts).toHaveLength(1);
    expect(textOf(conflicts[0].content)).toContain('乙的改法');
    expect(conflicts[0].serverRevision).toEqual(expect.any(Number));
    // B's copy comes to the winner's text; its own text waits in the conflict list for the merge.
    await waitFor("the winner's text on desk B", async () =>
      textOf((await callChecked(b.services, 'stories.get', { id: onB.id })).content).includes('甲的改法'),
    );
    const token = await login(suite.server.url, '编辑甲', PASSWORD);
    const revisions = await ok(suite.server.url, 'stories.revisions', { id: onB.id }, token);
    const conflictRevision = revisions.find((r: { reason: string }) => r.reason === 'conflict');
    const stored = await ok(suite.server.url, 'stories.revision', { id: onB.id, number: conflictRevision.number }, token);
    expect(textOf(stored.content)).toContain('乙的改法');
    expect(textOf((await ok(suite.server.url, 'stories.get', { id: onB.id }, token)).content)).toContain('甲的改法');

    // The merge view: both changed the same paragraph, so the merge keeps both until the editor chooses.
    const merged = await callChecked(b.services, 'newsroom.mergeConflict', { id: conflicts[0].id });
    expect(merged).toMatchObject({ clean: false, conflictingStretches: 1 });
    expect(textOf(merged.content)).toContain('甲的改法');
    expect(textOf(merged.content)).toContain('乙的改法');
    expect(textOf(merged.content)).toContain('同稿');
    await callChecked(b.services, 'newsroom.resolveConflict', { id: conflicts[0].id });
    expect((await status(b)).conflicts).toBe(0);
  });

  it("a lease is taken with the desk lock, shows on other desks, and a chief's takeover reaches the old holder", async () => {
    const editor = await connectedDesk('编辑甲');
    const chief = await connectedDesk('总编丁');
    const story = await callChecked(editor.services, 'stories.create', { content: storyContent('租约稿', '正文') });
    await drained(editor);
    expect(await callChecked(editor.services, 'stories.lock', { id: story.id, clientId: 'window-a' })).toMatchObject({ kind: 'held' });
    const onChief = await waitFor('the lease holder on the chief desk', async () => {
      const s = await status(chief);
      return s.holders.find((h) => h.holder === '编辑甲');
    });
    // The chief's desk shows the story as being edited by 编辑甲, and its own lock answer says so.
    expect((await callChecked(chief.services, 'stories.locks', {})).map((l) => l.holder)).toContain('编辑甲');
    expect(await callChecked(chief.services, 'stories.lock', { id: onChief.storyId, clientId: 'window-c' })).toMatchObject({
      kind: 'locked',
      lock: { holder: '编辑甲' } });
    const { last } = await callChecked(editor.services, 'newsroom.events', { since: 0 });
    await callChecked(chief.services, 'stories.takeOverLock', { id: onChief.storyId, clientId: 'window-c' });
    // The old holder learns it from the feed: the 'lease' event comes, and the desk's lock list — what the editing
    // window looks at when that event arrives, before any heartbeat — names the chief although the desk's own
    // lock row is still there.
    await callChecked(editor.services, 'newsroom.events', { since: last, waitMs: 10_000 });
    await waitFor('the takeover in the lock list of the old holder', async () =>
      (await callChecked(editor.services, 'stories.locks', {})).some((l) => l.storyId === story.id && l.holder === '总编丁' && l.clientId !== 'window-a'),
    );
    // Its next heartbeat answers 'locked', naming the chief.
    await waitFor('the takeover on the old holder', async () => {
      const answer = await callChecked(editor.services, 'stories.lock', { id: story.id, clientId: 'window-a' });
      return answer.kind === 'locked' && answer.lock.holder === '总编丁';
    });
    expect((await callChecked(editor.services, 'newsroom.events', { since: last })).kinds).toContain('lease');
  });
});
