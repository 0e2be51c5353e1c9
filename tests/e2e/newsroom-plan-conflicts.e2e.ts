/**
 * Page-plan conflicts with real browsers: two layout desks (two desk hosts) on one newsroom server, desk B behind
 * a TCP proxy whose cable is pulled. Offline, B moves the module A moved meanwhile and adds 第2版 while A adds
 * one too. On reconnect B's status bar shows 版面冲突 2; layout staff open the view, see for each which page and
 * module or field, why, and base / server's / mine, keep B's move and the server's page number; the server and
 * desk A then show B's move, and the two new pages keep distinct numbers.
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
const pgAvailable = await havePostgres('newsroom plan conflicts e2e');
const PASSWORD = 'correct horse battery';

type Status = { state: string; outbox: number; planConflicts: number };
type PageView = { page: { number: number }; modules: Array<{ id: string; topLine: number }> };
type Issue = { id: string; pages: Array<{ id: string; number: number; section: string }> };
const status = (host: RunningFolio) => api<Status>(host.url, 'newsroom.status', {});

describe.runIf(haveChromium && pgAvailable)('newsroom: page-plan conflicts in the desk (Chromium)', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let proxyB: TcpProxy;
  let hostA: RunningFolio;
  let hostB: RunningFolio;
  let browser: Browser;
  let deskB: EditorPage;

  beforeAll(async () => {
    database = await createTestDatabase('newsroom_plan_e2e');
    server = await startTestServer(database.url);
    await addAccount(server.pool, '版式戊', 'layout', PASSWORD);
    await addAccount(server.pool, '版式己', 'layout', PASSWORD);
    proxyB = await startTcpProxy(server.port);
    hostA = await startFolio();
    hostB = await startFolio();
    await api(hostA.url, 'newsroom.connect', { url: server.url, name: '版式戊', password: PASSWORD });
    await api(hostB.url, 'newsroom.connect', { url: proxyB.url, name: '版式己', password: PASSWORD });
    browser = await launchChromium();
    deskB = await EditorPage.open(browser, hostB.url);
  });

  afterAll(async () => {
    await browser?.close();
    await hostA?.close();
    await hostB?.close();
    await proxyB?.close();
    await server?.close();
    await database?.drop();
  });

  it('layout staff see each plan conflict and keep mine or the server’s', async () => {
    const issue = await api<Issue>(hostA.url, 'issues.create', { paperName: '钢城日报', date: '2026-12-06', issueNumber: 9, pageCount: 1, sections: ['要闻'] });
    const pageId = issue.pages[0].id;
    const placed = await api<PageView>(hostA.url, 'modules.add', { pageId, kind: 'furniture', furniture: 'running-head', column: 0, columnSpan: 8, topLine: 0, heightLines: 3 });
    const moduleId = placed.modules[0].id;
    await expect.poll(async () => (await status(hostA)).outbox, { timeout: 15_000 }).toBe(0);
    // Desk B has the page (it copies the issue's plan from the server the first time it asks for it).
    await expect.poll(async () => (await api<PageView>(hostB.url, 'pages.get', { id: pageId }).catch(() => null))?.modules.length ?? 0, { timeout: 15_000 }).toBe(1);

    proxyB.cut();
    await expect.poll(async () => (await status(hostB)).state, { timeout: 15_000 }).toBe('offline');
    await api(hostA.url, 'modules.update', { id: moduleId, topLine: 10 });
    await api(hostA.url, 'pages.add', { issueId: issue.id, section: '经济' });
    await expect.poll(async () => (await status(hostA)).outbox, { timeout: 15_000 }).toBe(0);
    await api(hostB.url, 'modules.update', { id: moduleId, topLine: 20 });
    const onB = await api<Issue>(hostB.url, 'pages.add', { issueId: issue.id, section: '体育' });
    const pageB = onB.pages.find((p) => p.section === '体育')!;

    proxyB.restore();
    await expect.poll(async () => status(hostB), { timeout: 20_000 }).toMatchObject({ state: 'online', outbox: 0, planConflicts: 2 });
    const cell = deskB.page.getByTestId('newsroom-plan-conflicts');
    // The cell appears with the first conflict; the count follows the desk's next event.
    await expect.poll(() => cell.textContent(), { timeout: 15_000 }).toBe('版面冲突 2');
    await cell.click();
    const view = deskB.page.getByTestId('plan-conflicts');
    await view.waitFor();
    const moduleCard = view.locator('[data-testid="plan-conflict"][data-entity="module"]');
    const numberCard = view.locator('[data-testid="plan-conflict"][data-field="number"]');
    await moduleCard.waitFor();
    const text = (card: typeof moduleCard, id: string) => card.getByTestId(id).textContent();
    await expect(text(moduleCard, 'plan-conflict-where')).resolves.toBe('第1版 要闻');
    await expect(text(moduleCard, 'plan-conflict-what')).resolves.toBe('报头报眉块');
    await expect(text(moduleCard, 'plan-conflict-base')).resolves.toBe('第1–8栏，第1–3行');
    await expect(text(moduleCard, 'plan-conflict-theirs')).resolves.toBe('第1–8栏，第11–13行');
    await expect(text(moduleCard, 'plan-conflict-mine')).resolves.toBe('第1–8栏，第21–23行');
    await expect(text(numberCard, 'plan-conflict-where')).resolves.toBe('第3版 体育');
    await expect(text(numberCard, 'plan-conflict-what')).resolves.toBe('版号');
    await expect(text(numberCard, 'plan-conflict-reason')).resolves.toBe('这个版号已被别人的版占用');
    await expect(text(numberCard, 'plan-conflict-mine')).resolves.toBe('第2版');
    await expect(text(numberCard, 'plan-conflict-theirs')).resolves.toBe('第3版');

    await moduleCard.getByTestId('plan-keep-mine').click();
    await expect.poll(() => view.getByTestId('plan-conflict').count(), { timeout: 15_000 }).toBe(1);
    await numberCard.getByTestId('plan-keep-theirs').click();
    await view.getByTestId('plan-conflicts-none').waitFor({ timeout: 15_000 });
    await view.getByTestId('plan-conflicts-close').click();
    await expect.poll(() => deskB.page.getByTestId('newsroom-plan-conflicts').count(), { timeout: 15_000 }).toBe(0);

    // B's move won on its second try; the two new pages have their own numbers everywhere.
    await expect.poll(async () => (await status(hostB)).outbox, { timeout: 15_000 }).toBe(0);
    const token = await login(server.url, '版式戊', PASSWORD);
    const plan = (await ok(server.url, 'plan.get', { issueId: issue.id }, token)) as { pages: Array<{ id: string; number: number }>; modules: Array<{ id: string; topLine: number }> };
    expect(plan.modules.find((m) => m.id === moduleId)!.topLine).toBe(20);
    expect(plan.pages.map((p) => p.number).sort()).toEqual([1, 2, 3]);
    expect(plan.pages.find((p) => p.id === pageB.id)!.number).toBe(3);
    await expect.poll(async () => (await api<PageView>(hostA.url, 'pages.get', { id: pageId })).modules[0].topLine, { timeout: 15_000 }).toBe(20);
    expect(deskB.problems).toEqual([]);
  });
});
