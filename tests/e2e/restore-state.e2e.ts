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
});
