/**
 * 版式模板 through the real UI: the paper's templates panel makes an inner-page template (责编/美编 credit words,
 * 栏线, a 2-line 报眉); the plan adds page 2 with it and the page view shows its 报眉 (date, 第2版, 版名) and
 * 责编行 in the template's words, with the 栏线 drawn; editing the template (a 3-line 报眉, 版式 instead of 美编,
 * no 栏线) changes the open page at once; a page added after it follows the same template.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

interface IssueJson {
  id: string;
  date: string;
  pages: { id: string; number: number; section: string; masterId?: string | null }[];
}

describe.skipIf(!haveChromium)('page templates (Chromium)', () => {
  const suite = deskSuite();

  it('makes a template, adds a page with it, and the page follows an edit of the template', async () => {
    await api(suite.folio.url, 'demo.create', {});
    const ui = await suite.openEditor();
    const page = ui.page;

    // The templates panel: a new inner-page template, named, with the paper's credit words.
    await page.getByTestId('open-masters').click();
    const panel = page.getByTestId('masters-panel');
    await panel.waitFor();
    await panel.getByTestId('masters-none').waitFor();
    await panel.getByTestId('masters-new-inner').click();
    await panel.getByTestId('master-name').fill('要闻内页');
    await panel.getByTestId('master-credit-editor').fill('责编');
    await panel.getByTestId('master-credit-layoutBy').fill('美编');
    await panel.getByTestId('master-credit-proofreader').fill('');
    expect(await panel.getByTestId('master-column-rules').isChecked()).toBe(true);
    expect(await panel.getByTestId('master-furniture-running-head').isChecked()).toBe(true);
    expect(await panel.getByTestId('master-furniture-masthead').isChecked()).toBe(false);
    await panel.getByTestId('masters-save').click();
    await panel.locator('[data-testid="masters-message"][role="status"]').waitFor();
    await expect.poll(() => panel.getByTestId('master-item').allTextContents()).toEqual([expect.stringContaining('要闻内页')]);
    await panel.getByTestId('masters-close').click();

    // The plan: page 2 (综合) with the template.
    await page.getByTestId('open-plan').click();
    await page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await page.getByTestId('plan-add-section').fill('综合');
    await expect.poll(() => page.getByTestId('plan-add-master').locator('option').allTextContents()).toContain('要闻内页');
    await page.getByTestId('plan-add-master').selectOption({ label: '要闻内页' });
    await page.getByTestId('plan-add').click();
    await expect.poll(() => page.getByTestId('plan-section').allTextContents()).toEqual(['党建', '综合']);
    const issue = (await api<IssueJson[]>(suite.folio.url, 'issues.list', {})).find((i) => i.date === '2014-11-25')!;
    const two = issue.pages[1];
    expect(two.masterId).toBeTruthy();
    // The page's people (no people editor in the UI yet): the credit line prints them.
    await api(suite.folio.url, 'pages.update', { id: two.id, editor: '李明', layoutBy: '周洁', proofreader: '赵敏' });

    await page.getByTestId('plan-row').nth(1).getByTestId('plan-open').click();
    const pv = new PageViewUi(page);
    await page.locator(`[data-testid="page-view"][data-page-id="${two.id}"][data-loaded="true"][data-fonts="loaded"]`).waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="page-svg"][data-text="drawn"]').waitFor({ timeout: 60_000 });
    const furniture = async () => (await pv.modules()).filter((m) => m.kind === 'furniture');
    await expect.poll(async () => (await furniture()).map((m) => [m.column, m.columnSpan, m.topLine, m.heightLines])).toEqual([
      [0, 8, 0, 2],
      [5, 3, 104, 1],
    ]);
    const [head, credit] = await furniture();
    await expect.poll(() => pv.drawnText(head.id)).toContain('第2版');
    expect(await pv.drawnText(head.id)).toContain('综合');
    expect(await pv.drawnText(head.id)).toContain('2014年11月25日');
    await expect.poll(() => pv.drawnText(credit.id)).toBe('责编：李明美编：周洁');
    // 栏线: hairlines of the page itself (outside every module group).
    const pageLines = () => page.locator('[data-testid="page-svg"] line').evaluateAll((els) => els.filter((el) => !el.closest('g[data-module-id]')).length);
    await expect.poll(pageLines).toBeGreaterThanOrEqual(7);

    // Edit the template: a 3-line 报眉, 版式 for 美编, no 栏线 — the open page changes.
    await page.getByTestId('open-masters').click();
    await panel.waitFor();
    await panel.getByTestId('master-item').first().click();
    await panel.getByTestId('master-furniture-running-head-height').fill('3');
    await panel.getByTestId('master-credit-layoutBy').fill('版式');
    await panel.getByTestId('master-column-rules').uncheck();
    await panel.getByTestId('masters-save').click();
    await expect.poll(() => panel.locator('[data-testid="masters-message"][role="status"]').textContent()).toMatch(/1 个版/);
    await panel.getByTestId('masters-close').click();
    await expect.poll(async () => (await furniture()).map((m) => m.heightLines), { timeout: 20_000 }).toEqual([3, 1]);
    const [, credit2] = await furniture();
    await expect.poll(() => pv.drawnText(credit2.id), { timeout: 20_000 }).toBe('责编：李明版式：周洁');
    await expect.poll(pageLines, { timeout: 20_000 }).toBe(0);

    // A page added after page 2 follows its template (no choice made).
    await page.getByTestId('open-plan').click();
    await page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor();
    await page.getByTestId('plan-add-section').fill('副刊');
    await page.getByTestId('plan-add').click();
    await expect.poll(() => page.getByTestId('plan-section').allTextContents()).toEqual(['党建', '综合', '副刊']);
    const after = (await api<IssueJson[]>(suite.folio.url, 'issues.list', {})).find((i) => i.date === '2014-11-25')!;
    expect(after.pages[2].masterId).toBe(two.masterId);
    const three = await api<{ modules: { kind: string; heightLines: number }[] }>(suite.folio.url, 'pages.get', { id: after.pages[2].id });
    expect(three.modules.filter((m) => m.kind === 'furniture').map((m) => m.heightLines)).toEqual([3, 1]);
    await page.close();
  });
});
