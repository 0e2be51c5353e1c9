/**
 * 下转 in one step through the real UI: the feature on page 1 is made shorter, 转至 offers 转到第2版 (page 2 holds
 * no module of the story), choosing it places the continuation in page 2's free space — no second drag of the
 * story — and page 1 prints （下转第2版）; on page 2 the continuation takes a 转版标题 typed in the inspector,
 * printed over its （上接第1版） line. A story planned for page 2 in the inspector but placed nowhere is a preflight error
 * until it is placed.
 */
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from './browser';
import { deskSuite } from './desk-suite';
import { api } from './editor-page';
import { PageViewUi } from './page-view-ui';

const haveChromium = chromiumAvailable();

interface PageViewJson {
  page: { id: string };
  modules: { id: string; storyId: string | null; story: { title: string } | null; continuesTo: string | null }[];
}

describe.skipIf(!haveChromium)('continue on another page (Chromium)', () => {
  const suite = deskSuite();

  it('places the continuation on the chosen page and gives it a jump headline', async () => {
    const demo = await api<{ issue: string }>(suite.folio.url, 'demo.create', {});
    const issue = await api<{ pages: { id: string }[] }>(suite.folio.url, 'pages.add', { issueId: demo.issue, section: '综合' });
    const [one, two] = issue.pages.map((p) => p.id);
    const page1 = await api<PageViewJson>(suite.folio.url, 'pages.get', { id: one });
    const feature = page1.modules.find((m) => m.story?.title === '一腔热血写春秋')!;
    await api(suite.folio.url, 'modules.update', { id: feature.id, heightLines: 16 });

    const ui = await suite.openEditor();
    const pv = new PageViewUi(ui.page);
    await pv.open();
    await expect.poll(() => ui.page.getByTestId('page-view').getAttribute('data-page-id'), { timeout: 10_000 }).toBe(one);
    await pv.module(feature.id).click({ position: { x: 20, y: 20 } });
    const select = ui.page.getByTestId('module-continues-to');
    await expect.poll(() => select.locator(`option[value="page:${two}"]`).textContent(), { timeout: 20_000 }).toContain('转到第2版');
    await select.selectOption(`page:${two}`);
    await expect.poll(() => pv.drawnText(feature.id), { timeout: 20_000 }).toContain('（下转第2版）');
    const after = await api<PageViewJson>(suite.folio.url, 'pages.get', { id: two });
    const cont = after.modules.find((m) => m.storyId === feature.storyId)!;
    expect(cont).toBeTruthy();
    expect((await api<PageViewJson>(suite.folio.url, 'pages.get', { id: one })).modules.find((m) => m.id === feature.id)!.continuesTo).toBe(cont.id);

    await pv.openPage(2);
    await expect.poll(() => pv.drawnText(cont.id), { timeout: 20_000 }).toMatch(/^（上接第1版）/);
    await pv.module(cont.id).click({ position: { x: 20, y: 20 } });
    const jumpHead = ui.page.getByTestId('module-jump-head');
    await jumpHead.fill('热血写春秋（续）');
    await jumpHead.press('Enter');
    await expect.poll(() => pv.drawnText(cont.id), { timeout: 20_000 }).toMatch(/^热血写春秋（续）（上接第1版）/);

    // 安排在本版: a story planned for page 2 but placed nowhere stops preflight; placing it clears the finding.
    const late = await api<{ id: string; title: string }>(suite.folio.url, 'stories.create', { title: '晚到的稿件' });
    // Opening the list reads the desk's stories again (the story was written after the page opened).
    await ui.page.getByTestId('plan-story-select').focus();
    await expect.poll(() => ui.page.getByTestId('plan-story-select').locator('option').allTextContents(), { timeout: 20_000 }).toContain('晚到的稿件');
    await ui.page.getByTestId('plan-story-select').selectOption({ label: '晚到的稿件' });
    const planned = ui.page.locator(`[data-testid="planned-story"][data-story-id="${late.id}"]`);
    await expect.poll(() => planned.getAttribute('data-placed'), { timeout: 20_000 }).toBe('false');
    const findings = async () => {
      const result = await api<{ pages: { page: number; errors: { code: string }[] }[] }>(suite.folio.url, 'export.preflight', { issueId: demo.issue, pages: '2' });
      return result.pages.flatMap((p) => p.errors.map((e) => e.code));
    };
    expect(await findings()).toContain('planned-story-missing');
    await api(suite.folio.url, 'modules.add', { pageId: two, kind: 'story', storyId: late.id, column: 5, columnSpan: 3, topLine: 60, heightLines: 10 });
    expect(await findings()).not.toContain('planned-story-missing');
    expect(ui.problems).toEqual([]);
    await ui.page.close();
  });
});
