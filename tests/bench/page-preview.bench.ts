/**
 * The page view's speed through the real UI in Chromium: a page of 10 modules (~12,000 characters) opened from
 * its thumbnail (target ≤ 150 ms to the first complete preview: 'folio:page-open'), and keystrokes typed into
 * one of its stories side by side (target ≤ 16 ms p95 from the input event to the updated preview in the DOM:
 * 'folio:keystroke→preview'; 'folio:keystroke→paint' adds the frame's paint, for reference). The figures are
 * the app's own performance.measure entries.
 */
import { chromiumAvailable, launchChromium } from '../e2e/browser';
import { api, EditorPage } from '../e2e/editor-page';
import { startFolio } from '../e2e/harness';
import { PageViewUi } from '../e2e/page-view-ui';
import { benchArticle, pageChars } from './page-fixture';
import { measures, pageOneOpens, stats, typeAndMeasure } from './browser-measures';
import type { Bench, BenchFigure } from './run';

const OPENS = 12;
const KEYSTROKES = 80;

/** 10 modules on the 8-column grid: two tiers of four 2-column modules, then two 4-column modules. */
const PLAN = [
  ...[0, 2, 4, 6].map((column) => ({ column, columnSpan: 2, topLine: 0, heightLines: 35 })),
  ...[0, 2, 4, 6].map((column) => ({ column, columnSpan: 2, topLine: 35, heightLines: 35 })),
  ...[0, 4].map((column) => ({ column, columnSpan: 4, topLine: 70, heightLines: 35 })),
];

export const bench: Bench = {
  name: 'page-preview',
  async run(): Promise<BenchFigure[]> {
    if (!chromiumAvailable()) return [];
    const folio = await startFolio();
    const browser = await launchChromium();
    try {
      const contents = PLAN.map((_, i) => benchArticle(i * 3, 1200));
      const chars = pageChars(contents);
      const issue = await api<{ id: string; pages: { id: string }[] }>(folio.url, 'issues.create', {
        paperName: '基准日报', date: '2099-01-01', issueNumber: 1, pageCount: 2, preset: 'broadsheet',
      });
      const storyIds: string[] = [];
      for (const [i, content] of contents.entries()) {
        const story = await api<{ id: string }>(folio.url, 'stories.create', { title: `基准稿件 ${i + 1}`, content });
        storyIds.push(story.id);
        await api(folio.url, 'modules.add', { pageId: issue.pages[0].id, kind: 'story', storyId: story.id, ...PLAN[i] });
      }

      const ui = await EditorPage.open(browser, folio.url);
      const pv = new PageViewUi(ui.page);
      await pv.open(); // the newest issue (2099) opens first; fonts load here, once
      const opens = await pageOneOpens(ui.page, pv, OPENS); // page 1 only

      // Type into the first story, side by side with its page.
      const first = pv.moduleOfStory(storyIds[0]);
      await first.dblclick({ position: { x: 30, y: 80 } });
      await ui.editor.waitFor();
      await ui.editor.locator('[data-block-type="paragraph"]').last().click();
      await ui.page.keyboard.press('End');
      const { keys, paints } = await typeAndMeasure(ui.page, '天', KEYSTROKES);
      if (process.env.FOLIO_BENCH_VERBOSE) {
        console.log('keys', keys.map((k) => k.toFixed(1)).join(' '));
        console.log('compose', (await measures(ui.page, 'folio:compose-page')).map((k) => k.toFixed(1)).join(' '));
        console.log('opens', opens.map((k) => k.toFixed(1)).join(' '));
      }
      const open = stats(opens);
      const key = stats(keys);
      const paint = stats(paints);
      const note = `${PLAN.length} modules, ${chars} chars; ${keys.length}/${KEYSTROKES} keystrokes measured`;
      return [
        { key: 'page-preview/page-open/median', value: open.median, unit: 'ms', targetMax: 150, note: `${opens.length} opens` },
        { key: 'page-preview/page-open/p95', value: open.p95, unit: 'ms', targetMax: 150 },
        { key: 'page-preview/keystroke/median', value: key.median, unit: 'ms', targetMax: 16, note },
        { key: 'page-preview/keystroke/p95', value: key.p95, unit: 'ms', targetMax: 16 },
        { key: 'page-preview/keystroke-paint/p95', value: paint.p95, unit: 'ms', reference: true, note: 'to the next task after the frame (includes waiting for the frame)' },
      ];
    } finally {
      await browser.close();
      await folio.close();
    }
  },
};
