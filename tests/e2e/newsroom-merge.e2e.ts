/**
 * The merge view with real browsers: two desk hosts on one newsroom server, each behind a TCP proxy whose cable is
 * pulled. Both edit the same story from one base; the first to reconnect wins, the other's save becomes a conflict
 * revision. The loser opens the merge view from the status bar, sees the auto-merged paragraph and the conflicting
 * one (base / current / mine), edits it by hand and saves; both desks then show the merged text, and the server
 * keeps both earlier versions in the history.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../server/auth/accounts';
import type { RunningServer } from '../../server/http/app';
import { createTestDatabase, havePostgres, type TestDatabase } from '../server/pg-test-db';
import { login, ok, startTestServer } from '../server/newsroom-harness';
import { startTcpProxy, type TcpProxy } from '../electron/newsroom/tcp-proxy';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';

const haveChromium = chromiumAvailable();
const pgAvailable = await havePostgres('newsroom merge e2e');
const PASSWORD = 'correct horse battery';
const TITLE = '合并演练稿';

type Status = { state: string; outbox: number; conflicts: number };
const status = (host: RunningFolio) => api<Status>(host.url, 'newsroom.status', {});
const paragraph = (text: string) => ({ type: 'paragraph', runs: [{ text }] });

describe.runIf(haveChromium && pgAvailable)('newsroom: merging a conflict revision (Chromium)', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let proxyA: TcpProxy;
  let proxyB: TcpProxy;
  let hostA: RunningFolio;
  let hostB: RunningFolio;
  let browser: Browser;
  let deskA: EditorPage;
  let deskB: EditorPage;

  beforeAll(async () => {
    database = await createTestDatabase('newsroom_merge_e2e');
    server = await startTestServer(database.url);
    await addAccount(server.pool, '编辑甲', 'editor', PASSWORD);
    await addAccount(server.pool, '编辑乙', 'editor', PASSWORD);
    proxyA = await startTcpProxy(server.port);
    proxyB = await startTcpProxy(server.port);
    hostA = await startFolio();
    hostB = await startFolio();
    await api(hostA.url, 'newsroom.connect', { url: proxyA.url, name: '编辑甲', password: PASSWORD });
    await api(hostB.url, 'newsroom.connect', { url: proxyB.url, name: '编辑乙', password: PASSWORD });
    browser = await launchChromium();
    deskA = await EditorPage.open(browser, hostA.url);
    deskB = await EditorPage.open(browser, hostB.url);
  });

  afterAll(async () => {
    await browser?.close();
    await hostA?.close();
    await hostB?.close();
    await proxyA?.close();
    await proxyB?.close();
    await server?.close();
    await database?.drop();
  });

  it('both edit one base offline; the loser merges in the merge view; both desks show the merge', async () => {
    const created = await api<{ id: string }>(hostA.url, 'stories.create', {
      content: { blocks: [{ type: 'headline', runs: [{ text: TITLE }] }, paragraph('第一段底稿'), paragraph('第二段不动'), paragraph('第三段底稿')] },
    });
    await expect.poll(async () => (await status(hostA)).outbox, { timeout: 15_000 }).toBe(0);
    // First on B's desk (its feed copied the story), then in its list: a failure here says which of the two lagged.
    await expect
      .poll(async () => (await api<Array<{ title: string }>>(hostB.url, 'stories.list', { filter: TITLE })).length, { timeout: 15_000, message: "the story reached desk B's file" })
      .toBe(1);
    await deskB.page.getByTestId('story-row').filter({ hasText: TITLE }).waitFor({ timeout: 15_000 });

    // The cable is pulled from both desks; each edits from the same base.
    proxyA.cut();
    proxyB.cut();
    await expect.poll(async () => (await status(hostA)).state, { timeout: 15_000 }).toBe('offline');
    await expect.poll(async () => (await status(hostB)).state, { timeout: 15_000 }).toBe('offline');
    await api(hostA.url, 'stories.save', {
      id: created.id,
      content: { blocks: [{ type: 'headline', runs: [{ text: TITLE }] }, paragraph('第一段甲改'), paragraph('第二段不动'), paragraph('第三段底稿')] },
    });

    await deskB.openStory(TITLE);
    const paragraphs = deskB.editor.locator('[data-block-type="paragraph"]');
    await paragraphs.nth(0).click();
    await deskB.page.keyboard.press('End');
    await deskB.page.keyboard.insertText('乙改');
    await paragraphs.nth(2).click();
    await deskB.page.keyboard.press('End');
    await deskB.page.keyboard.insertText('乙补');
    await deskB.waitSaved();
    expect(await deskB.text()).toContain('第三段底稿乙补');

    // A reconnects first and wins; B's saves reach a changed story and become conflict revisions.
    proxyA.restore();
    await expect.poll(async () => (await status(hostA)).outbox, { timeout: 20_000 }).toBe(0);
    proxyB.restore();
    await expect.poll(async () => status(hostB), { timeout: 20_000 }).toMatchObject({ outbox: 0, state: 'online' });
    const conflicts = deskB.page.getByTestId('newsroom-conflicts');
    await conflicts.waitFor({ timeout: 15_000 });
    // B's open editor came to the winner's text; B's own text waits in the conflict.
    await expect.poll(() => deskB.text(), { timeout: 15_000 }).toContain('第一段甲改');

    await conflicts.click();
    const view = deskB.page.getByTestId('merge-view');
    await view.waitFor();
    const mine = view.locator('[data-testid="merge-clean"][data-from="mine"]');
    await expect.poll(() => mine.textContent()).toContain('第三段底稿乙补');
    const conflict = view.getByTestId('merge-conflict');
    await expect(conflict.count()).resolves.toBe(1);
    await expect(conflict.getByTestId('merge-base').textContent()).resolves.toContain('第一段底稿');
    await expect(conflict.getByTestId('merge-current').textContent()).resolves.toContain('第一段甲改');
    await expect(conflict.getByTestId('merge-mine').textContent()).resolves.toContain('第一段底稿乙改');

    await conflict.getByTestId('merge-take-hand').check();
    await conflict.getByTestId('merge-hand').fill('第一段甲乙合改');
    await view.getByTestId('merge-save').click();
    await deskB.page.getByTestId('merge-none').waitFor({ timeout: 15_000 });
    await view.getByTestId('merge-close').click();
    await expect(conflicts.count()).resolves.toBe(0);

    const merged = ['第一段甲乙合改', '第二段不动', '第三段底稿乙补'];
    await expect.poll(() => deskB.text(), { timeout: 15_000 }).toBe([TITLE, ...merged].join('\n'));
    await expect.poll(async () => (await status(hostB)).outbox, { timeout: 15_000 }).toBe(0);
    await deskA.openStory(TITLE);
    await expect.poll(() => deskA.text(), { timeout: 15_000 }).toBe([TITLE, ...merged].join('\n'));

    // Nothing typed is lost: the server keeps A's revision, B's conflict revision and the merge.
    const token = await login(server.url, '编辑甲', PASSWORD);
    const [onServer] = (await ok(server.url, 'stories.list', { filter: TITLE }, token)) as Array<{ id: string }>;
    const revisions = (await ok(server.url, 'stories.revisions', { id: onServer.id }, token)) as Array<{ number: number; reason: string }>;
    const texts = await Promise.all(
      revisions.map(async (r) => JSON.stringify((await ok(server.url, 'stories.revision', { id: onServer.id, number: r.number }, token)).content)),
    );
    expect(texts.some((t) => t.includes('第一段甲改'))).toBe(true);
    expect(revisions.some((r, i) => r.reason === 'conflict' && texts[i].includes('第一段底稿乙改'))).toBe(true);
    expect(JSON.stringify((await ok(server.url, 'stories.get', { id: onServer.id }, token)).content)).toContain('第一段甲乙合改');
    expect(deskA.problems).toEqual([]);
    expect(deskB.problems).toEqual([]);
  });
});
