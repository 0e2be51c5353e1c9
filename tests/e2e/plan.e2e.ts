/**
 * The issue desk (版面计划) as people use it: the demo issue's page 1 with its section and editor, a page added,
 * pages reordered and the order kept after a reload, a page row opening the page view, the desk filtered by
 * page, and a backup made and listed; each page's fill (read off its thumbnail's composition) is the host's pages.fit's. FOLIO_PLAN_SHOT=<file> saves the plan view's screenshot.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './browser';
import { api, EditorPage } from './editor-page';
import { startFolio, type RunningFolio } from './harness';
import type { ModuleFit } from '../../shared/api/contract-pages';
import type { PageView } from '../../shared/model';
import { computePageFill, fillPercent } from '../../renderer/plan/plan-rows';

const haveChromium = chromiumAvailable();

interface IssueJson {
  id: string;
  pages: { id: string; number: number; section: string }[];
}
interface StoryJson {
  id: string;
  title: string;
}

describe.skipIf(!haveChromium)('issue plan (Chromium)', () => {
  let folio: RunningFolio;
  let browser: Browser;
  let ui: EditorPage;

  beforeAll(async () => {
    folio = await startFolio();
    browser = await launchChromium();
    ui = await EditorPage.open(browser, folio.url);
  });
  afterAll(async () => {
    await browser?.close();
    await folio?.close();
  });

  const page = (): Page => ui.page;
  /** The demo issue (2014-11-25); a newer one is created on the way. */
  const demoIssue = async () => (await api<(IssueJson & { date: string })[]>(folio.url, 'issues.list', {})).find((i) => i.date === '2014-11-25')!;
  const rowSections = () => page().getByTestId('plan-section').allTextContents();
  const openPlan = async () => {
    await page().getByTestId('open-plan').click();
    await page().locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
  };

  it('shows the demo issue’s page 1 with its section, editor, stories and fill', async () => {
    await page().getByTestId('demo-create').click();
    await expect.poll(() => page().getByTestId('story-row').count()).toBeGreaterThan(3);
    await openPlan();
    const row = page().getByTestId('plan-row').first();
    expect(await row.getAttribute('data-number')).toBe('1');
    expect(await row.getByTestId('plan-section').textContent()).toBe('党建');
    expect(await row.getByTestId('plan-editor').textContent()).toBe('王静');
    await expect.poll(async () => Number(await row.getByTestId('plan-stories').textContent())).toBeGreaterThan(3);
    await expect.poll(async () => Number(await row.getByTestId('plan-fill').getAttribute('data-percent'))).toBeGreaterThan(50);
    expect(await row.getByTestId('plan-proof').textContent()).toBe('未校');
  });

  it("reads each page's fill off its thumbnail's composition: the same figures as the host's pages.fit", async () => {
    const issue = await demoIssue();
    await page().locator('[data-testid="plan-thumbs"][data-composed="true"]').waitFor();
    for (const p of issue.pages) {
      const view = await api<PageView>(folio.url, 'pages.get', { id: p.id });
      const fit = await api<{ modules: ModuleFit[] }>(folio.url, 'pages.fit', { id: p.id });
      const expected = computePageFill(view, fit.modules);
      const cell = page().locator(`[data-testid="plan-row"][data-number="${p.number}"]`).getByTestId('plan-fill');
      await expect.poll(async () => Number(await cell.getAttribute('data-percent'))).toBe(fillPercent(expected));
      if (expected.oversetChars > 0) expect(await cell.textContent()).toContain(String(expected.oversetChars));
    }
  });

  it('adds a page 2 (综合), reorders the pages, and keeps the order after a reload', async () => {
    await page().getByTestId('plan-add-section').fill('综合');
    await page().getByTestId('plan-add').click();
    await expect.poll(rowSections).toEqual(['党建', '综合']);
    // 综合 up: it becomes 第1版.
    await page().getByTestId('plan-row').nth(1).getByTestId('plan-up').click();
    await expect.poll(rowSections).toEqual(['综合', '党建']);
    expect(await page().getByTestId('plan-row').first().getAttribute('data-number')).toBe('1');

    await page().reload();
    await page().locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await openPlan();
    await expect.poll(rowSections).toEqual(['综合', '党建']);

    // Back to the demo order by dragging 党建 above 综合.
    await page().getByTestId('plan-row').nth(1).dragTo(page().getByTestId('plan-row').first());
    await expect.poll(rowSections).toEqual(['党建', '综合']);
    // The keyboard does the same: Alt+↓ then Alt+↑ on the focused row.
    await page().getByTestId('plan-row').first().focus();
    await page().keyboard.press('Alt+ArrowDown');
    await expect.poll(rowSections).toEqual(['综合', '党建']);
    await page().keyboard.press('Alt+ArrowUp');
    await expect.poll(rowSections).toEqual(['党建', '综合']);
    const [issue] = await api<IssueJson[]>(folio.url, 'issues.list', {});
    expect(issue.pages.map((p) => [p.number, p.section])).toEqual([[1, '党建'], [2, '综合']]);
  });

  it('removes an empty page, and creates a new issue (四开, 2 pages) that opens at once', async () => {
    await page().getByTestId('plan-add-section').fill('临时');
    await page().getByTestId('plan-add').click();
    await expect.poll(rowSections).toEqual(['党建', '综合', '临时']);
    await page().getByTestId('plan-row').nth(2).getByTestId('plan-remove').click();
    await expect.poll(rowSections).toEqual(['党建', '综合']);

    await page().getByTestId('issue-create').click();
    await page().getByTestId('issue-date').fill('2014-11-26');
    await page().getByTestId('issue-number').fill('227');
    await page().getByTestId('issue-serial').fill('5874');
    await page().getByTestId('issue-pages').fill('2');
    await page().getByTestId('issue-preset').selectOption('tabloid');
    await page().getByTestId('issue-create-submit').click();
    await page().getByTestId('issue-create-form').waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('plan-issue-head').textContent()).toContain('2014-11-26 · 第227期');
    await expect.poll(() => page().getByTestId('plan-row').count()).toBe(2);
    const issues = await api<(IssueJson & { date: string; paperName: string; serialNumber: number })[]>(folio.url, 'issues.list', {});
    expect(issues.map((i) => i.date)).toEqual(['2014-11-26', '2014-11-25']);
    expect(issues[0]).toMatchObject({ paperName: '钢城日报', serialNumber: 5874 });
    const view = await api<{ page: { template: { preset: string } } }>(folio.url, 'pages.get', { id: issues[0].pages[0].id });
    expect(view.page.template.preset).toBe('tabloid');
    // A bad number is refused with the service's words, and nothing is created.
    await page().getByTestId('issue-create').click();
    await page().getByTestId('issue-paper').fill('   ');
    await page().getByTestId('issue-create-submit').click();
    await page().getByTestId('plan-message').waitFor();
    expect((await api<IssueJson[]>(folio.url, 'issues.list', {})).length).toBe(2);
    await page().getByTestId('plan-message').getByRole('button').click();
    await page().getByTestId('issue-create-form').getByRole('button', { name: '取消' }).click();
    // Back to the demo issue for the rest.
    await page().getByTestId('issue-item').nth(1).click();
    await expect.poll(rowSections).toEqual(['党建', '综合']);
  });

  it('opens a page row in the page view (page 2, not the first page it would open by itself)', async () => {
    const row = page().getByTestId('plan-row').nth(1);
    const pageId = await row.getAttribute('data-page-id');
    await row.getByTestId('plan-open').click();
    await page().getByTestId('plan-view').waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('view-page').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page().getByTestId('page-view').getAttribute('data-page-id')).toBe(pageId);
  });

  it('filters the desk by page 1: only the stories placed there', async () => {
    await page().getByTestId('view-story').click();
    const issue = await demoIssue();
    const page1 = issue.pages[0];
    const onPage1 = await api<StoryJson[]>(folio.url, 'stories.list', { pageId: page1.id });
    expect(onPage1.length).toBeGreaterThan(0);
    // A story that is not placed anywhere must disappear from the filtered list.
    await api(folio.url, 'stories.create', { title: '未上版的稿件' });
    await page().reload();
    await page().locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await expect.poll(() => page().getByTestId('story-title').allTextContents()).toContain('未上版的稿件');

    await page().getByTestId('page-filter').selectOption(page1.id);
    await expect.poll(async () => (await page().getByTestId('story-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-story-id')))).sort()).toEqual(onPage1.map((s) => s.id).sort());
    // The section filter finds the same stories (党建 is only on page 1).
    await page().getByTestId('page-filter').selectOption('');
    await page().getByTestId('section-filter').selectOption('党建');
    await expect.poll(() => page().getByTestId('story-row').count()).toBe(onPage1.length);
  });

  it('makes a backup and lists it', async () => {
    await openPlan();
    const before = await page().getByTestId('backup-row').count();
    await page().getByTestId('backup-now').click();
    // The backup runs as a job in a worker: the list shows it once the job has finished.
    await expect.poll(() => page().getByTestId('backup-row').count(), { timeout: 30_000 }).toBe(before + 1);
    expect(await page().getByTestId('backup-notice').getAttribute('data-kind')).toBe('ok');
    if (process.env.FOLIO_PLAN_SHOT) await page().screenshot({ path: process.env.FOLIO_PLAN_SHOT });
    // 从备份恢复 asks first, then says it takes effect after restarting Folio.
    page().once('dialog', (dialog) => void dialog.accept());
    await page().getByTestId('backup-restore').first().click();
    // The restore runs as a job too: its notice comes when the job ends (up to 30 s on a loaded runner).
    await expect.poll(() => page().getByTestId('backup-notice').textContent(), { timeout: 30_000 }).toContain('重启 Folio');
    expect(ui.problems).toEqual([]);
  });
});
