/**
 * The page plan between desks through the real newsroom server (PostgreSQL): three desks make, proof and export
 * one page together and export the same bytes; a layout desk cut off by a TCP proxy moves a module offline and its
 * outbox drains once on reconnect; two desks moving the same module from the same base give one winner and one
 * visible conflict, nothing lost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addAccount } from '../../../server/auth/accounts';
import type { Result } from '../../../shared/api/contract';
import { callChecked } from '../services/call-checked';
import { rgbJpeg } from '../services/picture-fixtures';
import { storyContent, tempDir } from '../store/helpers';
import { hasGhostscript } from '../export/pdf-tools';
import { login, ok, signForApproval } from '../../server/newsroom-harness';
import { openTestDesk, waitFor, type TestDesk } from './desk-fixture';
import { startTcpProxy } from './tcp-proxy';
import { newsroomSuite, PASSWORD } from './newsroom-suite';

const suite = await newsroomSuite('newsroom page sync', 'pagesync', [['编辑甲', 'editor'], ['校对丙', 'proofreader'], ['版式戊', 'layout'], ['版式己', 'layout']]);
const { pgAvailable, desks, proxies, connectedDesk } = suite;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const status = (d: TestDesk) => callChecked(d.services, 'newsroom.status', {});
const drained = (d: TestDesk) => waitFor('outbox drained', async () => (await status(d)).outbox === 0, 20_000);

type PageView = Result<'pages.get'>;

/** The page on a desk once `check` holds (the desk fetches a page it does not have; the feed brings changes). */
async function pageOn(d: TestDesk, pageId: string, what: string, check: (view: PageView) => boolean): Promise<PageView> {
  return waitFor(what, async () => {
    const reply = await d.services.dispatch('pages.get', { id: pageId });
    return reply.ok && check(reply.value as PageView) ? (reply.value as PageView) : undefined;
  }, 20_000);
}

const moduleOf = (view: PageView, id: string) => view.modules.find((m) => m.id === id);

/** An issue with one page, a story placed on it and a picture beside it, made on the editor's desk. */
async function editorMakesPage(editor: TestDesk) {
  const story = await callChecked(editor.services, 'stories.create', { content: storyContent('炼钢厂投产', '钢产量再创新高，新厂今日投产。') });
  const issue = await callChecked(editor.services, 'issues.create', { paperName: '钢城日报', date: '2026-12-06', issueNumber: 8, pageCount: 1, sections: ['要闻'] });
  const pageId = issue.pages[0].id;
  const withStory = await callChecked(editor.services, 'modules.add', { pageId, kind: 'story', storyId: story.id, column: 0, columnSpan: 4, topLine: 0, heightLines: 40 });
  const picture = await callChecked(editor.services, 'assets.import', { name: '厂房.jpg', bytesBase64: (await rgbJpeg(320, 240)).toString('base64') });
  const withPicture = await callChecked(editor.services, 'modules.add', {
    pageId, kind: 'image', column: 4, columnSpan: 4, topLine: 0, heightLines: 30, picture: { assetId: picture.id, caption: '新厂房' } });
  await drained(editor);
  const storyModule = withStory.modules.find((m) => m.kind === 'story')!;
  const imageModule = withPicture.modules.find((m) => m.kind === 'image')!;
  return { story, issueId: issue.id, pageId, storyModuleId: storyModule.id, imageModuleId: imageModule.id, assetId: picture.id };
}

async function exportPdf(d: TestDesk, issueId: string): Promise<Buffer> {
  const out = tempDir('folio-pagesync-out-');
  cleanups.push(out.cleanup);
  const { jobId } = await callChecked(d.services, 'export.start', { issueId, outDir: out.dir, pages: [1], force: true });
  const job = await waitFor('the export job', async () => {
    const s = await callChecked(d.services, 'export.status', { jobId });
    return s.ended ? s : undefined;
  }, 120_000);
  expect(job.pages[0].status).toBe('done');
  const pdf = readdirSync(out.dir).find((f) => f.endsWith('.pdf'))!;
  return readFileSync(join(out.dir, pdf));
}

describe.runIf(pgAvailable)('the page plan between desks', () => {
  it.runIf(hasGhostscript())('three desks make, proof and export one page; every desk exports the same bytes', async () => {
    const editor = await connectedDesk('编辑甲');
    const proofreader = await connectedDesk('校对丙');
    const layout = await connectedDesk('版式戊');
    const made = await editorMakesPage(editor);

    // The proofreader opens the page (never seen on that desk), finds the story on it and marks it.
    const proofView = await pageOn(proofreader, made.pageId, 'the page on the proofreader desk', (v) => v.modules.length === 2);
    const placed = moduleOf(proofView, made.storyModuleId)!;
    expect(placed.story).toMatchObject({ state: 'live', title: '炼钢厂投产' });
    await callChecked(proofreader.services, 'marks.add', {
      storyId: placed.storyId!, round: 'first', kind: 'replace', blockIndex: 1, start: 3, end: 5, quote: '再创', proposed: '创下' });
    await drained(proofreader);
    await waitFor("the mark on the editor's desk", async () =>
      (await callChecked(editor.services, 'marks.list', { storyId: made.story.id })).find((m) => m.proposed === '创下'),
    );

    // Layout moves the story down and the picture with it; the editor's desk shows the move.
    await pageOn(layout, made.pageId, 'the page on the layout desk', (v) => v.modules.length === 2);
    await callChecked(layout.services, 'modules.update', { id: made.storyModuleId, topLine: 10 });
    await callChecked(layout.services, 'modules.update', { id: made.imageModuleId, topLine: 10, heightLines: 28 });
    await drained(layout);
    const onEditor = await pageOn(editor, made.pageId, 'the move on the editor desk', (v) => moduleOf(v, made.imageModuleId)?.topLine === 10);
    expect(moduleOf(onEditor, made.storyModuleId)!.topLine).toBe(10);
    expect((await status(layout)).rejected).toEqual([]);

    // The picture reached the layout desk by its hash.
    expect((await callChecked(layout.services, 'assets.get', { id: made.assetId })).id).toBe(made.assetId);
    const fromLayout = await exportPdf(layout, made.issueId);
    const fromEditor = await exportPdf(editor, made.issueId);
    expect(fromLayout.length).toBeGreaterThan(1_000);
    expect(fromEditor.equals(fromLayout)).toBe(true);
  }, 240_000);

  it('a layout desk cut off moves a module offline; on reconnect its changes arrive once each, nothing lost', async () => {
    const editor = await connectedDesk('编辑甲');
    const made = await editorMakesPage(editor);
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const layout = await connectedDesk('版式戊', proxy);
    await pageOn(layout, made.pageId, 'the page on the layout desk', (v) => v.modules.length === 2);
    const token = await login(suite.server.url, '版式戊', PASSWORD);
    const versionBefore = (await ok(suite.server.url, 'pages.get', { id: made.pageId }, token)).version as number;

    proxy.cut();
    await waitFor('the layout desk says it is offline', async () => {
      if ((await status(layout)).state === 'offline') return true;
      await callChecked(layout.services, 'modules.update', { id: made.storyModuleId, topLine: 2 });
      return false;
    });
    for (const topLine of [4, 6, 8]) await callChecked(layout.services, 'modules.update', { id: made.storyModuleId, topLine });
    await callChecked(layout.services, 'pages.update', { id: made.pageId, layoutBy: '版式戊' });
    expect((await status(layout)).outbox).toBeGreaterThanOrEqual(4);
    const offlineView = await callChecked(layout.services, 'pages.get', { id: made.pageId });
    expect(moduleOf(offlineView, made.storyModuleId)!.topLine).toBe(8);

    proxy.restore();
    await drained(layout);
    const onServer = await ok(suite.server.url, 'plan.get', { issueId: made.issueId }, token);
    expect(onServer.modules.find((m: { id: string }) => m.id === made.storyModuleId).topLine).toBe(8);
    expect(onServer.pages[0].layoutBy).toBe('版式戊');
    // Each offline change made one version: none lost, none applied twice, none a conflict.
    const sent = (await callChecked(layout.services, 'newsroom.status', {})) ;
    expect(sent.conflicts).toBe(0);
    expect(sent.rejected).toEqual([]);
    const pushes = layout.desk.db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM newsroom_outbox WHERE method = 'plan.push' AND state = 'done'")
      .get()!.n;
    expect(onServer.versions[made.pageId]).toBe(versionBefore + pushes);
    await pageOn(editor, made.pageId, 'the offline moves on the editor desk', (v) => moduleOf(v, made.storyModuleId)?.topLine === 8 && v.page.layoutBy === '版式戊');
  }, 120_000);

  it('two desks move the same module from the same base: one wins, the other sees a conflict, nothing lost', async () => {
    const editor = await connectedDesk('编辑甲');
    const made = await editorMakesPage(editor);
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const a = await connectedDesk('版式戊');
    const b = await connectedDesk('版式己', proxy);
    await pageOn(a, made.pageId, 'the page on desk A', (v) => v.modules.length === 2);
    await pageOn(b, made.pageId, 'the page on desk B', (v) => v.modules.length === 2);

    proxy.cut();
    await waitFor('desk B offline', async () => {
      if ((await status(b)).state === 'offline') return true;
      await callChecked(b.services, 'pages.update', { id: made.pageId, proofreader: '校对丙' });
      return false;
    });
    await callChecked(a.services, 'modules.update', { id: made.storyModuleId, topLine: 20 });
    await drained(a);
    // B, from the old base: the same module (conflict) and the other module (applies).
    await callChecked(b.services, 'modules.update', { id: made.storyModuleId, topLine: 30 });
    await callChecked(b.services, 'modules.update', { id: made.imageModuleId, topLine: 5, heightLines: 28 });

    proxy.restore();
    await drained(b);
    const token = await login(suite.server.url, '版式戊', PASSWORD);
    const onServer = await ok(suite.server.url, 'plan.get', { issueId: made.issueId }, token);
    const serverModule = (id: string) => onServer.modules.find((m: { id: string }) => m.id === id);
    expect(serverModule(made.storyModuleId).topLine).toBe(20);
    expect(serverModule(made.imageModuleId).topLine).toBe(5);
    expect(onServer.pages[0].proofreader).toBe('校对丙');

    const conflicts = await callChecked(b.services, 'newsroom.planConflicts', { pageId: made.pageId });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ entity: 'module', id: made.storyModuleId, reason: 'changed', mine: { topLine: 30 }, theirs: { topLine: 20 } });
    expect((await status(b)).conflicts).toBe(1);
    // B's page shows what the server keeps; its own move is kept in the conflict.
    const onB = await pageOn(b, made.pageId, 'the winner on desk B', (v) => moduleOf(v, made.storyModuleId)?.topLine === 20);
    expect(moduleOf(onB, made.imageModuleId)!.topLine).toBe(5);

    // B keeps its own: sent again on top of the current state, it wins now and reaches A.
    expect(await callChecked(b.services, 'newsroom.resolvePlanConflict', { id: conflicts[0].conflictId, keep: 'mine' })).toEqual({ resolved: true });
    await drained(b);
    expect((await status(b)).conflicts).toBe(0);
    await pageOn(a, made.pageId, "B's kept move on desk A", (v) => moduleOf(v, made.storyModuleId)?.topLine === 30);
  }, 120_000);

  it('two desks add 第2版 to one issue: the second is a number conflict on the server, kept and resolvable', async () => {
    const editor = await connectedDesk('编辑甲');
    const made = await editorMakesPage(editor);
    const proxy = await startTcpProxy(suite.server.port);
    proxies.push(proxy);
    const a = await connectedDesk('版式戊');
    const b = await connectedDesk('版式己', proxy);
    await pageOn(a, made.pageId, 'the page on desk A', (v) => v.modules.length === 2);
    await pageOn(b, made.pageId, 'the page on desk B', (v) => v.modules.length === 2);

    proxy.cut();
    await waitFor('desk B offline', async () => {
      if ((await status(b)).state === 'offline') return true;
      await callChecked(b.services, 'pages.update', { id: made.pageId, proofreader: '校对丙' });
      return false;
    });
    const onA = await callChecked(a.services, 'pages.add', { issueId: made.issueId, section: '经济' });
    await drained(a);
    const onB = await callChecked(b.services, 'pages.add', { issueId: made.issueId, section: '体育' });
    const pageA = onA.pages.find((p) => p.section === '经济')!;
    const pageB = onB.pages.find((p) => p.section === '体育')!;
    expect([pageA.number, pageB.number]).toEqual([2, 2]);
    await callChecked(b.services, 'modules.add', { pageId: pageB.id, kind: 'furniture', furniture: 'running-head', column: 0, columnSpan: 8, topLine: 0, heightLines: 3 });
    // A new page comes with its template's furniture (报眉, 责编行): count what desk B has on it, whatever that is.
    const modulesOnB = (await pageOn(b, pageB.id, 'the new page on desk B', () => true)).modules.length;
    expect(modulesOnB).toBeGreaterThanOrEqual(1);

    proxy.restore();
    await drained(b);
    const token = await login(suite.server.url, '版式戊', PASSWORD);
    const planOnServer = async () => (await ok(suite.server.url, 'plan.get', { issueId: made.issueId }, token)) as { pages: Array<{ id: string; number: number }>; modules: Array<{ pageId: string }> };
    const numbers = (plan: { pages: Array<{ id: string; number: number }> }) => Object.fromEntries(plan.pages.map((p) => [p.id, p.number]));
    let onServer = await planOnServer();
    // No page overwritten, none doubled: A's keeps 第2版, B's (and what is on it) is 第3版.
    expect(numbers(onServer)).toEqual({ [made.pageId]: 1, [pageA.id]: 2, [pageB.id]: 3 });
    expect(onServer.modules.filter((m) => m.pageId === pageB.id)).toHaveLength(modulesOnB);
    const conflicts = await callChecked(b.services, 'newsroom.planConflicts', {});
    expect(conflicts).toEqual([expect.objectContaining({ entity: 'page', id: pageB.id, field: 'number', reason: 'number-taken', mine: 2, theirs: 3 })]);
    expect((await status(b)).planConflicts).toBe(1);
    await waitFor('desk B shows the numbers the server keeps', async () => {
      const issue = await callChecked(b.services, 'issues.get', { id: made.issueId });
      return issue.pages.map((p) => `${p.id}:${p.number}`).join() === [`${made.pageId}:1`, `${pageA.id}:2`, `${pageB.id}:3`].join();
    }, 20_000);

    // B keeps its number: its page becomes 第2版 and A's moves to 第3版, on the server and on desk A.
    await callChecked(b.services, 'newsroom.resolvePlanConflict', { id: conflicts[0].conflictId, keep: 'mine' });
    await drained(b);
    expect((await status(b)).planConflicts).toBe(0);
    onServer = await planOnServer();
    expect(numbers(onServer)).toEqual({ [made.pageId]: 1, [pageB.id]: 2, [pageA.id]: 3 });
    await waitFor('desk A shows the new order', async () => {
      const issue = await callChecked(a.services, 'issues.get', { id: made.issueId });
      return issue.pages.find((p) => p.id === pageB.id)?.number === 2 && issue.pages.find((p) => p.id === pageA.id)?.number === 3;
    }, 20_000);
  }, 120_000);

  it('an issue made on the desk before it joined the newsroom reaches the server whole with its first change', async () => {
    const d = openTestDesk(null);
    desks.push(d);
    const issue = await callChecked(d.services, 'issues.create', { paperName: '钢城日报', date: '2026-11-30', issueNumber: 2, pageCount: 2 });
    const placed = await callChecked(d.services, 'modules.add', { pageId: issue.pages[1].id, kind: 'furniture', furniture: 'running-head', column: 0, columnSpan: 8, topLine: 0, heightLines: 3 });
    await callChecked(d.services, 'newsroom.connect', { url: suite.server.url, name: '版式戊', password: PASSWORD });
    await callChecked(d.services, 'modules.update', { id: placed.modules[0].id, heightLines: 4 });
    await drained(d);
    expect((await status(d)).conflicts).toBe(0);
    const onServer = await ok(suite.server.url, 'plan.get', { issueId: issue.id }, await login(suite.server.url, '版式戊', PASSWORD));
    expect(onServer.pages.map((p: { number: number }) => p.number)).toEqual([1, 2]);
    expect(onServer.modules).toEqual([expect.objectContaining({ id: placed.modules[0].id, pageId: issue.pages[1].id, heightLines: 4 })]);
  }, 60_000);

  it('a 签发 page (signed on the server) reaches the desks and refuses layout changes there', async () => {
    await addAccount(suite.server.pool, '总编丁', 'chief', PASSWORD).catch(() => undefined);
    await addAccount(suite.server.pool, '校对丙', 'proofreader', PASSWORD).catch(() => undefined);
    const editor = await connectedDesk('编辑甲');
    const made = await editorMakesPage(editor);
    const layout = await connectedDesk('版式戊');
    await pageOn(layout, made.pageId, 'the page on the layout desk', (v) => v.modules.length === 2);
    await signForApproval(suite.server.url, made.pageId, { proofreader: await login(suite.server.url, '校对丙', PASSWORD), editor: await login(suite.server.url, '编辑甲', PASSWORD) });
    await ok(suite.server.url, 'signoff.approve', { pageId: made.pageId }, await login(suite.server.url, '总编丁', PASSWORD));
    await pageOn(layout, made.pageId, 'the 签发 on the layout desk', (v) => v.page.status === 'approved');
    const refused = await layout.services.dispatch('modules.update', { id: made.storyModuleId, topLine: 12 });
    // The desk itself refuses a change to a 签发 page; the server would too (shared/newsroom/page-plan.ts).
    expect(refused.ok).toBe(false);
    expect((await status(layout)).outbox).toBe(0);
  }, 60_000);
});
