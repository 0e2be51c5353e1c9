/**
 * Newsroom mode with real browsers: two desk hosts (two data folders, two browser contexts) on one newsroom
 * server (server/ on a throwaway PostgreSQL database). The editor connects through the dialog and types; the
 * proofreader's desk shows it live; the proofreader's mark shows on the editor's desk, the editor accepts it and
 * both desks show the new revision; a chief's takeover of the lease shows on the editor's desk; a module moved on
 * the editor's desk shows on the proofreader's page view without reloading.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../server/auth/accounts';
import type { RunningServer } from '../../server/http/app';
import { createTestDatabase, havePostgres, type TestDatabase } from '../server/pg-test-db';
import { startTestServer } from '../server/newsroom-harness';
import { openTestDesk, waitFor, type TestDesk } from '../electron/newsroom/desk-fixture';
import { callChecked } from '../electron/services/call-checked';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();
const pgAvailable = await havePostgres('newsroom e2e');
const PASSWORD = 'correct horse battery';

async function connectThroughDialog(page: Page, serverUrl: string, name: string): Promise<void> {
  await page.getByTestId('newsroom-open').click();
  await page.getByTestId('newsroom-url').fill(serverUrl);
  await page.getByTestId('newsroom-name').fill(name);
  await page.getByTestId('newsroom-password').fill(PASSWORD);
  await page.getByTestId('newsroom-connect').click();
  await page.locator('[data-testid="newsroom-status"][data-state="online"]').waitFor();
}

describe.runIf(haveChromium && pgAvailable)('newsroom: two desks on one server (Chromium)', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let editorHost: RunningFolio;
  let proofHost: RunningFolio;
  let browser: Browser;
  let editor: EditorPage;
  let proofreader: EditorPage;
  let chief: TestDesk;

  beforeAll(async () => {
    database = await createTestDatabase('newsroom_e2e');
    server = await startTestServer(database.url);
    await addAccount(server.pool, '编辑甲', 'editor', PASSWORD);
    await addAccount(server.pool, '校对丙', 'proofreader', PASSWORD);
    await addAccount(server.pool, '总编丁', 'chief', PASSWORD);
    editorHost = await startFolio();
    proofHost = await startFolio();
    browser = await launchChromium();
    // browser.newPage gives each page its own context: nothing is shared between the two desks but the server.
    editor = await EditorPage.open(browser, editorHost.url);
    proofreader = await EditorPage.open(browser, proofHost.url);
  });

  afterAll(async () => {
    chief?.close();
    await browser?.close();
    await editorHost?.close();
    await proofHost?.close();
    await server?.close();
    await database?.drop();
  });

  it('single-desk mode until connected: the status bar says 单机', async () => {
    await expect(editor.page.getByTestId('newsroom-status').getAttribute('data-state')).resolves.toBe('single');
  });

  it("the editor types; the proofreader's desk shows it without reloading", async () => {
    await connectThroughDialog(editor.page, server.url, '编辑甲');
    await connectThroughDialog(proofreader.page, server.url, '校对丙');
    await editor.createStory();
    await editor.page.keyboard.insertText('炼钢厂投产');
    await editor.page.keyboard.press('Enter');
    await editor.page.keyboard.insertText('第二段文字');
    await editor.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    await proofreader.page.getByTestId('story-row').filter({ hasText: '炼钢厂投产' }).waitFor();
    await proofreader.openStory('炼钢厂投产');
    await expect.poll(() => proofreader.text(), { timeout: 10_000 }).toContain('第二段文字');

    await editor.page.keyboard.insertText('，今日');
    await expect.poll(() => proofreader.text(), { timeout: 10_000 }).toContain('第二段文字，今日');
  });

  it("the proofreader's mark shows on the editor's desk; accepted there, both desks show the new revision", async () => {
    const [copy] = await api<Array<{ id: string }>>(proofHost.url, 'stories.list', { filter: '炼钢厂投产' });
    await api(proofHost.url, 'marks.add', {
      storyId: copy.id, round: 'first', kind: 'replace', blockIndex: 1, start: 0, end: 2, quote: '第二', proposed: '次',
    });
    await editor.page.getByTestId('side-tab-proof').click();
    const row = editor.page.getByTestId('mark-row').filter({ hasText: '次' });
    await row.waitFor({ timeout: 10_000 });
    await row.getByTestId('mark-select').click();
    await row.getByTestId('mark-accept').click();
    await expect.poll(() => editor.text(), { timeout: 10_000 }).toContain('次段文字');
    await expect.poll(() => proofreader.text(), { timeout: 10_000 }).toContain('次段文字');
  });

  it("a module moved on one desk shows on the other desk's page view without reloading", async () => {
    const [story] = await api<Array<{ id: string }>>(editorHost.url, 'stories.list', { filter: '炼钢厂投产' });
    const issue = await api<{ id: string; pages: Array<{ id: string }> }>(editorHost.url, 'issues.create', {
      paperName: '钢城日报', date: '2030-01-01', issueNumber: 1, pageCount: 1,
    });
    const placed = await api<{ modules: Array<{ id: string }> }>(editorHost.url, 'modules.add', {
      pageId: issue.pages[0].id, kind: 'story', storyId: story.id, column: 0, columnSpan: 4, topLine: 0, heightLines: 30,
    });
    const moduleId = placed.modules[0].id;
    await waitFor('the issue on the proofreader desk', async () =>
      (await api<Array<{ id: string }>>(proofHost.url, 'issues.list', {})).some((i) => i.id === issue.id),
    );
    const view = new PageViewUi(proofreader.page);
    await view.open();
    await view.module(moduleId).waitFor({ timeout: 20_000 });
    await expect(view.module(moduleId).getAttribute('data-top-line')).resolves.toBe('0');

    await api(editorHost.url, 'modules.update', { id: moduleId, topLine: 12 });
    await proofreader.page.locator(`[data-testid="module"][data-module-id="${moduleId}"][data-top-line="12"]`).waitFor({ timeout: 20_000 });
    expect(proofreader.problems).toEqual([]);
  });

  it("a chief's takeover of the lease shows on the editor's desk at once", async () => {
    chief = openTestDesk(null);
    await callChecked(chief.services, 'newsroom.connect', { url: server.url, name: '总编丁', password: PASSWORD });
    const story = await waitFor('the story on the chief desk', async () =>
      (await callChecked(chief.services, 'stories.list', {})).find((s) => s.title.includes('炼钢厂投产')),
    );
    await waitFor("the editor's lease", async () => (await callChecked(chief.services, 'newsroom.status', {})).holders.some((h) => h.holder === '编辑甲'));
    await callChecked(chief.services, 'stories.takeOverLock', { id: story.id, clientId: 'chief-window' });
    // At once: the 'lease' event makes the editing window look at the desk's lock list, which names the chief
    // (well inside one 10 s heartbeat, which alone used to show it).
    await editor.page.locator('[data-testid="lock-notice"][data-kind="lost"]').waitFor({ timeout: 8_000 });
    await expect(editor.page.getByTestId('lock-text').textContent()).resolves.toContain('总编丁');
    expect(editor.problems).toEqual([]);
  });
});
