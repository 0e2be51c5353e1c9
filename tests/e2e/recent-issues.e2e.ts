/**
 * 文件 → 最近的期次 (issue #14): the issues opened in the page view are listed, most recent first, from the menu
 * bar by keyboard; Enter opens the chosen one in the page view; the list is the desk's (kept in the desk file),
 * so it is still there after a restart (a reload). English labels too.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

describe.skipIf(!chromiumAvailable())('recent issues (Chromium)', () => {
  const suite = deskSuite();

  it('lists the issues opened, opens one with Enter, survives a reload', async () => {
    const older = await api<{ id: string }>(suite.folio.url, 'issues.create', { paperName: '钢城日报', date: '2026-11-02', issueNumber: 31, pageCount: 1, preset: 'broadsheet' });
    const newer = await api<{ id: string }>(suite.folio.url, 'issues.create', { paperName: '钢城日报', date: '2026-11-03', issueNumber: 32, pageCount: 2, preset: 'broadsheet' });
    const ui = await suite.openEditor();
    const page = ui.page;
    const pv = new PageViewUi(page);
    const entries = () => page.getByTestId('recent-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-issue-id')));
    const chosen = () => page.getByTestId('issue-select').inputValue();

    // Nothing opened yet: the dialog says so and offers the plan (no dead end).
    await page.getByTestId('menu-file').click();
    await page.getByTestId('menu-popup-file').getByTestId('cmd-recent-issues').click();
    await page.getByTestId('recent-none').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('recent-issues').waitFor({ state: 'detached' });

    await pv.open(); // opens the newest issue's first page
    await expect.poll(chosen).toBe(newer.id);
    await page.getByTestId('issue-select').selectOption(older.id);
    await page.locator('[data-testid="page-view"][data-loaded="true"]').waitFor();
    await expect.poll(async () => (await api<{ id: string }[]>(suite.folio.url, 'issues.recent', {})).map((i) => i.id)).toEqual([older.id, newer.id]);

    await page.reload();
    await page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await page.getByTestId('view-story').click();
    // The menu bar from the keyboard: focus 文件, open it, walk down to 最近的期次, Enter.
    await page.getByTestId('menu-file').focus();
    await page.keyboard.press('ArrowDown');
    const item = page.getByTestId('menu-popup-file').getByTestId('cmd-recent-issues');
    await item.waitFor();
    for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => item.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('recent-issues').waitFor();
    await expect.poll(entries).toEqual([older.id, newer.id]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-issue-id'))).toBe(older.id);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-issue-id'))).toBe(newer.id);
    await page.keyboard.press('Enter');
    await page.getByTestId('recent-issues').waitFor({ state: 'detached' });
    await page.locator('[data-testid="page-view"][data-loaded="true"]').waitFor();
    await expect.poll(chosen).toBe(newer.id);
    expect(ui.problems).toEqual([]);
  });

  it('speaks English', async () => {
    const ui = await suite.openEditor();
    await ui.page.evaluate(() => localStorage.setItem('folio.language', 'en'));
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await ui.page.getByTestId('menu-file').click();
    await expect.poll(() => ui.page.getByTestId('menu-popup-file').getByTestId('cmd-recent-issues').textContent()).toBe('Recent Issues…');
    await ui.page.getByTestId('menu-popup-file').getByTestId('cmd-recent-issues').click();
    await expect.poll(() => ui.page.locator('#recent-title').textContent()).toBe('Recent issues');
    await expect.poll(() => ui.page.getByTestId('recent-entry').first().textContent()).toMatch(/No\. 3[12]/);
    expect(ui.problems).toEqual([]);
  });
});
