/**
 * The plan view's thumbnails on screen (issue #15), through the real UI in Chromium: an issue of 16 dense anchor
 * pages (anchor-desk.ts; 18 modules, 12,076 characters each) and the plan opened on it. The figure is the app's
 * 'folio:plan-thumbs' measure (renderer/plan/plan-thumbs.tsx): composing every page through the plan's page
 * caches and drawing the 16 thumbnails, to the DOM. Cold: the first opening (no page composed yet in this
 * renderer); after one edit: one story saved, the plan opened again (one page composed again, the other 15 from
 * their caches; every thumbnail is drawn again, the plan having been closed). Reference figures: the machine is shared.
 */
import { chromiumAvailable, launchChromium } from '../e2e/browser';
import { api, EditorPage } from '../e2e/editor-page';
import { startFolio } from '../e2e/harness';
import { anchorPageExists } from '../shared/compose/anchor-page-view';
import { seedAnchorDesk } from './anchor-desk';
import { measures } from './browser-measures';
import type { Bench, BenchFigure } from './run';

export const bench: Bench = {
  name: 'plan-thumbs-ui',
  async run(): Promise<BenchFigure[]> {
    if (!chromiumAvailable() || !anchorPageExists()) return [];
    const folio = await startFolio();
    const browser = await launchChromium();
    try {
      const desk = await seedAnchorDesk(folio.url, { pageCount: 16, fillOthers: true });
      const ui = await EditorPage.open(browser, folio.url);
      const page = ui.page;
      const openPlan = async () => {
        await page.getByTestId('open-plan').click();
        await page.locator('[data-testid="plan-view"][data-loaded="true"]').waitFor({ timeout: 120_000 });
        await page.locator('[data-testid="plan-thumb"][data-drawn="true"]').nth(15).waitFor({ timeout: 120_000 });
      };
      const last = async () => (await measures(page, 'folio:plan-thumbs')).at(-1) ?? NaN;
      await openPlan();
      const cold = await last();
      const thumbs = await page.getByTestId('plan-thumb').count();
      await page.getByTestId('plan-close').click();
      const story = await api<{ revision: number; content: unknown }>(folio.url, 'stories.get', { id: desk.storyIds[7] });
      const content = story.content as { blocks: { type: string; runs: { text: string }[] }[] };
      const blocks = structuredClone(content.blocks);
      blocks[blocks.length - 1].runs.at(-1)!.text += '天';
      await api(folio.url, 'stories.save', { id: desk.storyIds[7], baseRevision: story.revision, content: { blocks } });
      await page.evaluate(() => performance.clearMeasures('folio:plan-thumbs'));
      await openPlan();
      const edit = await last();
      return [
        { key: 'plan-thumbs-ui/16-anchor-pages-cold', value: cold, unit: 'ms', reference: true, note: `${thumbs} thumbnails; compose + draw to the DOM, first opening` },
        { key: 'plan-thumbs-ui/16-anchor-pages-after-edit', value: edit, unit: 'ms', reference: true, note: 'plan opened again after one story saved: 1 page composed, 16 drawn' },
      ];
    } finally {
      await browser.close();
      await folio.close();
    }
  },
};
