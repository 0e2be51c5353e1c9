/**
 * Issue #15's preview figure on the dense anchor page (../shared/bench/anchor-page.json: 8 columns, 18 modules,
 * 12,076 characters) through the real UI in Chromium: the page seeded into a desk (anchor-desk.ts), opened in 版面,
 * one module's story opened side by side and typed into. Target: keystroke → preview ≤ 16 ms p95 (the app's own
 * 'folio:keystroke→preview' measure: input event → updated module in the DOM). Also the page open (page 2 → the
 * anchor page) for reference. FOLIO_BENCH_PROFILE=<file> writes a CPU profile of the typing.
 */
import { chromiumAvailable, launchChromium } from '../e2e/browser';
import { EditorPage } from '../e2e/editor-page';
import { startFolio } from '../e2e/harness';
import { PageViewUi } from '../e2e/page-view-ui';
import { anchorPageExists } from '../shared/compose/anchor-page-view';
import { seedAnchorDesk } from './anchor-desk';
import { measures, pageOneOpens, stats, typeAndMeasure } from './browser-measures';
import type { Bench, BenchFigure } from './run';

const OPENS = 8;
const KEYSTROKES = 120;
/** The module typed into: the anchor's 8th, 4 columns, 1,890 characters, mid-page. */
const TYPED_MODULE = 7;

export const bench: Bench = {
  name: 'anchor-preview',
  async run(): Promise<BenchFigure[]> {
    if (!chromiumAvailable() || !anchorPageExists()) return [];
    const folio = await startFolio();
    const browser = await launchChromium();
    try {
      const desk = await seedAnchorDesk(folio.url, { pageCount: 2 });
      const ui = await EditorPage.open(browser, folio.url);
      const pv = new PageViewUi(ui.page);
      await pv.open();
      const opens = await pageOneOpens(ui.page, pv, OPENS); // the anchor page only

      await pv.moduleOfStory(desk.storyIds[TYPED_MODULE]).dblclick();
      await ui.editor.waitFor();
      await ui.editor.locator('[data-block-type="paragraph"]').last().click();
      await ui.page.keyboard.press('End');
      const { keys, paints } = await typeAndMeasure(ui.page, '天', KEYSTROKES);
      const composes = await measures(ui.page, 'folio:compose-page');
      if (process.env.FOLIO_BENCH_VERBOSE) {
        console.log('keys', keys.map((k) => k.toFixed(1)).join(' '));
        console.log('compose', composes.map((k) => k.toFixed(1)).join(' '));
        console.log('opens', opens.map((k) => k.toFixed(1)).join(' '));
      }
      const open = stats(opens);
      const key = stats(keys);
      const paint = stats(paints);
      const compose = stats(composes);
      return [
        { key: 'anchor-preview/keystroke/median', value: key.median, unit: 'ms', targetMax: 16, note: `18 modules, ${desk.chars} chars; ${keys.length}/${KEYSTROKES} keystrokes measured` },
        { key: 'anchor-preview/keystroke/p95', value: key.p95, unit: 'ms', targetMax: 16 },
        { key: 'anchor-preview/compose/p95', value: compose.p95, unit: 'ms', reference: true, note: 'composePage with the page cache, per keystroke' },
        { key: 'anchor-preview/keystroke-paint/p95', value: paint.p95, unit: 'ms', reference: true, note: 'to the next task after the frame (includes waiting for the frame)' },
        { key: 'anchor-preview/page-open/median', value: open.median, unit: 'ms', reference: true, note: `${opens.length} opens` },
        { key: 'anchor-preview/page-open/p95', value: open.p95, unit: 'ms', reference: true },
      ];
    } finally {
      await browser.close();
      await folio.close();
    }
  },
};
