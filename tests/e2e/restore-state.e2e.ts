/**
 * The desk opens as it was left (issue #14): the page view's issue is the one chosen last, not the newest, after
 * a restart (a reload of the window). Panel sizes are covered in layout.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

describe.skipIf(!chromiumAvailable())('state restored after a restart (Chromium)', () => {
  const suite = deskSuite();

  it('reopens the page view on the issue chosen last', async () => {
    const older = await api<{ id: string }>(suite.folio.url, 'issues.create', { paperName: '钢城日报', date: '2026-12-01', issueNumber: 7, pageCount: 1, preset: 'broadsheet' });
    const newer = await api<{ id: string }>(suite.folio.url, 'issues.create', { paperName: '钢城日报', date: '2026-12-05', issueNumber: 8, pageCount: 1, preset: 'broadsheet' });
    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    const chosen = () => ui.page.getByTestId('issue-select').inputValue();
    await pv.open();
    await expect.poll(chosen).toBe(newer.id);
    await ui.page.getByTestId('issue-select').selectOption(older.id);
    await expect.poll(chosen).toBe(older.id);
    await ui.page.reload();
    await ui.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
    await pv.open();
    await expect.poll(chosen).toBe(older.id);
    expect(ui.problems).toEqual([]);
  });

  it('reopens the view and the panels as they were left', async () => {
    const ui = await suite.openEditor();
    const page = ui.page;
    const pv = new PageViewUi(page);
    await pv.open();
    // The side panel hidden from its edge, the desk narrowed from the keyboard, in the page view.
    await page.getByTestId('side-edge-toggle').click();
    await expect.poll(() => page.getByTestId('page-inspector').count()).toBe(0);
    const deskWidth = async () => (await page.getByTestId('desk').boundingBox())!.width;
    const before = await deskWidth();
    await page.getByTestId('desk-edge-handle').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(deskWidth).toBeLessThan(before - 10);
    const narrowed = await deskWidth();
    await page.reload();
    await page.locator('[data-testid="page-view"][data-loaded="true"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('centre').count()).toBe(0);
    expect(await page.getByTestId('page-inspector').count()).toBe(0);
    expect(Math.abs((await deskWidth()) - narrowed)).toBeLessThan(2);
    // And back: the story view is what a restart opens once it was left there.
    await page.getByTestId('view-story').click();
    await page.getByTestId('centre').waitFor();
    await page.reload();
    await page.getByTestId('centre').waitFor();
    expect(await page.getByTestId('page-view').count()).toBe(0);
    expect(ui.problems).toEqual([]);
  });
});
