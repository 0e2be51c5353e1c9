/**
 * The plan view's thumbnails on screen (issue #15), through the real UI in Chromium: a fresh desk with an issue of
 * 16 dense anchor pages (anchor-desk.ts; 18 modules, 12,076 characters each, every page its own stories).
 *
 * Cold (nothing known): the editor open, no issue opened on this desk (so nothing composed ahead, page fonts'
 * metrics not loaded), then the plan opened — from the click on 版面计划 to the first frame after every one of
 * the 16 thumbnails is drawn from marks of the issue as read since the click (data-current) and any web font it
 * asked for has arrived (document.fonts.ready): the plan's API calls, the fonts' metrics, the placed stories'
 * text, composing the 16 pages, their display lists, drawing and the browser's style, layout and paint. Measured
 * in the page (no round trip to the test). Besides the wall time: the longest main-thread task from the click (a
 * PerformanceObserver of long tasks: how long input waited at worst), the renderer main thread's busy time
 * (CDP Performance.getMetrics TaskDuration) and this process's CPU (the host's services run in it).
 * Settled: the same in a fresh renderer left until its thumbnail worker (renderer/plan/thumbs-composer.ts, started a
 * second after the desk) is ready and has composed the newest issue's plan ahead (plan-ahead.ts); the cold figure's
 * click comes before the worker is started, so there the main thread composes.
 * After one edit: one story saved by another client (the API, unseen by the renderer), the plan opened again: its
 * last marks are drawn at once (`-drawn`), the saved page recomposed once the plan's read of the issue is in.
 * Composed ahead (the target figure with the desk in use): a second window opens the issue in the page view and
 * stays idle until the plan's pages are composed (renderer/plan/plan-ahead.ts), then the plan is opened: click →
 * current thumbnails painted (the plan's read answered "unchanged", nothing composed after the click).
 * FOLIO_BENCH_VERBOSE=1 prints the API calls after each click (resource timing); FOLIO_BENCH_PROFILE=<file> writes a
 * CPU profile of each opening, FOLIO_BENCH_TRACE=<file> a Chromium trace (timeline: style, layout, paint, tasks).
 */
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../e2e/browser';
import { api, EditorPage } from '../e2e/editor-page';
import { startFolio } from '../e2e/harness';
import { PageViewUi } from '../e2e/page-view-ui';
import { anchorPageExists } from '../shared/compose/anchor-page-view';
import { seedAnchorDesk } from './anchor-desk';
import type { Bench, BenchFigure } from './run';

const PAGES = 16;
/** What FOLIO_BENCH_TRACE records: the renderer's timeline (tasks, style, layout, paint) and script. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'v8.execute', 'toplevel'];

/**
 * Arms a waiter in the page: the click's time, then the first frame after `count` thumbnails are drawn and the fonts
 * are ready. A string, not a function: tsx would name the page's closures with a helper the page does not have.
 */
async function armOpenTimer(page: Page, count: number): Promise<void> {
  await page.evaluate(`(() => {
    window.planOpenMs = new Promise((resolve) => {
      const onClick = (event) => {
        if (!event.target.closest('[data-testid="open-plan"]')) return;
        document.removeEventListener('click', onClick, { capture: true });
        const start = performance.now();
        window.planClickAt = start;
        const drawn = () => document.querySelectorAll('[data-testid="plan-thumb"][data-drawn="true"]').length >= ${count};
        window.planStages = {};
        // The main thread's long tasks (≥ 50 ms: input waits that long) from the click on.
        window.planLongTasks = [];
        window.planLongTaskObserver?.disconnect();
        window.planLongTaskObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.startTime >= start) window.planLongTasks.push(e.duration); });
        window.planLongTaskObserver.observe({ type: 'longtask' });
        const stage = (name, selector) => { if (window.planStages[name] === undefined && document.querySelector(selector)) window.planStages[name] = performance.now() - start; };
        const observer = new MutationObserver(() => {
          stage('rows', '[data-testid="plan-view"][data-loaded="true"]');
          stage('composed', '[data-testid="plan-thumbs"][data-composed="true"]');
          stage('firstDrawn', '[data-testid="plan-thumb"][data-drawn="true"]');
          if (drawn() && window.planStages.allDrawn === undefined) window.planStages.allDrawn = performance.now() - start;
          stage('current', '[data-testid="plan-thumbs"][data-current="true"]');
          if (!drawn() || window.planStages.current === undefined) return;
          observer.disconnect();
          void document.fonts.ready.then(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0)));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-drawn', 'data-current', 'data-composed', 'data-loaded'] });
      };
      document.addEventListener('click', onClick, { capture: true });
    });
  })()`);
}

/**
 * Closes the plan over the page view (关闭) and times click → the page view on screen again with its page's text
 * drawn, and the next frame painted: the panes kept under the plan are shown again (before: built and composed anew).
 */
async function timedClose(page: Page): Promise<number> {
  await page.evaluate(`(() => {
    window.planCloseMs = new Promise((resolve) => {
      const onClick = (event) => {
        if (!event.target.closest('[data-testid="plan-close"]')) return;
        document.removeEventListener('click', onClick, { capture: true });
        const start = performance.now();
        const shown = () => {
          const view = document.querySelector('[data-testid="page-view"][data-loaded="true"]');
          const text = document.querySelector('[data-testid="page-svg"][data-text="drawn"]');
          return !!view && !!text && view.getClientRects().length > 0 && !document.querySelector('[data-testid="plan-view"]');
        };
        const check = () => (shown() ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0)) : requestAnimationFrame(check));
        queueMicrotask(check);
      };
      document.addEventListener('click', onClick, { capture: true });
    });
  })()`);
  const tracePath = process.env.FOLIO_BENCH_TRACE;
  const browser = page.context().browser();
  if (tracePath && browser) await browser.startTracing(page, { path: tracePath.replace(/(\.json)?$/, '-close$1'), categories: TRACE_CATEGORIES });
  const profiler = await startProfile(page);
  await page.getByTestId('plan-close').click();
  const ms = (await page.evaluate('Promise.race([window.planCloseMs, new Promise((r) => setTimeout(() => r(-1), 60000))])')) as number;
  await profiler?.stop('close');
  if (tracePath && browser) await browser.stopTracing();
  if (ms < 0) throw new Error('the page view did not come back in 60 s');
  return ms;
}

/** FOLIO_BENCH_PROFILE=<file>: a CPU profile of the page from now until stop(name) (written as <file>-<name>). */
async function startProfile(page: Page): Promise<{ stop(name: string): Promise<void> } | null> {
  const profilePath = process.env.FOLIO_BENCH_PROFILE;
  if (!profilePath) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await cdp.send('Profiler.stop');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(profilePath.replace(/(\.cpuprofile)?$/, `-${name}$1`), JSON.stringify(profile));
      await cdp.detach();
    },
  };
}

interface Opening {
  /** Click → every thumbnail drawn from marks of the issue as read since the click (data-current), painted. */
  wall: number;
  /** Click → every thumbnail drawn (from the marks last made: current or not yet known to be). */
  drawn: number;
  mainThread: number;
  hostCpu: number;
  /** The longest main-thread task from the click to the painted thumbnails, ms (0: none of 50 ms or more). */
  longestTask: number;
}

async function timedOpen(page: Page, which: string): Promise<Opening> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const profiler = await startProfile(page);
  const tracePath = process.env.FOLIO_BENCH_TRACE;
  const browser = page.context().browser();
  if (tracePath && browser) {
    await browser.startTracing(page, { path: tracePath.replace(/(\.json)?$/, `-${which}$1`), categories: TRACE_CATEGORIES });
  }
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  await armOpenTimer(page, PAGES);
  const busy0 = await busy();
  const cpu0 = process.cpuUsage();
  await page.getByTestId('open-plan').click();
  const wall = await page.evaluate('Promise.race([window.planOpenMs, new Promise((r) => setTimeout(() => r(-1), 120000))])') as number;
  if (wall < 0) throw new Error('the plan did not draw its thumbnails in 120 s');
  const cpu = process.cpuUsage(cpu0);
  const mainThread = (await busy()) - busy0;
  await profiler?.stop(which);
  if (tracePath && browser) await browser.stopTracing();
  const stages = (await page.evaluate('window.planStages')) as Record<string, number>;
  const longTasks = (await page.evaluate('window.planLongTasks')) as number[];
  stages.longestTask = Math.round(Math.max(0, ...longTasks));
  stages.longTasks = longTasks.length;
  if (process.env.FOLIO_BENCH_VERBOSE) console.log(await page.evaluate(`(() => { const t0 = performance.getEntriesByName('folio:plan-read', 'measure').at(-1)?.startTime ?? 0; return performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= t0 - 50).map((e) => e.name.replace(/.*api\\//, '') + ' ' + (e.startTime - t0).toFixed(0) + '+' + e.duration.toFixed(0) + ' (wait ' + (e.responseStart - e.requestStart).toFixed(0) + ')').join('\\n'); })()`));
  // The plan's read of the issue after the click (renderer/plan/placed-texts.ts): how long, and whether the host
  // answered "unchanged since the last read" (nothing written to the desk meanwhile).
  const read = (await page.evaluate(`(() => { const m = performance.getEntriesByName('folio:plan-read', 'measure').at(-1); return m ? { ms: m.duration, unchanged: m.detail.unchanged, sent: m.detail.sent } : null; })()`)) as { ms: number; unchanged: boolean; sent: number } | null;
  if (read) stages.readMs = read.ms;
  if (read) stages.readUnchanged = read.unchanged ? 1 : 0;
  if (read) stages.readStoriesSent = read.sent;
  // Where the pages were composed: in the thumbnail worker, and how many on the main thread (renderer/plan/plan-thumbs.tsx).
  const where = (await page.evaluate(`(() => { const m = performance.getEntriesByName('folio:plan-thumbs', 'measure').at(-1); return m && m.startTime >= window.planClickAt ? { ...m.detail, ms: m.duration } : null; })()`)) as { inWorker: boolean; composedHere: number; ms: number } | null;
  if (where) stages.composeMs = where.ms;
  if (where) stages.composedOnMainThread = where.composedHere;
  // When the read started and when the store's lookup ended, ms after the click.
  const stored = (await page.evaluate(`(() => { const m = performance.getEntriesByName('folio:plan-stored', 'measure').at(-1); const r = performance.getEntriesByName('folio:plan-read', 'measure').at(-1); return m && m.startTime >= window.planClickAt ? { ...m.detail, ms: m.duration, endAt: m.startTime + m.duration - window.planClickAt, readAt: r.startTime - window.planClickAt } : null; })()`)) as Record<string, number> | null;
  if (stored) stages.storedLookup = stored as unknown as number;
  // A fresh start's first read (views and the stories' heads, no text: renderer/plan/placed-texts.ts fetchIssueHeads).
  const heads = (await page.evaluate(`(() => { const m = performance.getEntriesByName('folio:plan-read-heads', 'measure').at(-1); return m && m.startTime >= window.planClickAt ? { at: m.startTime - window.planClickAt, ms: m.duration } : null; })()`)) as { at: number; ms: number } | null;
  if (heads) stages.headsReadAt = heads.at;
  if (heads) stages.headsReadMs = heads.ms;
  console.log(`  ${which} stages (ms after the click):`, JSON.stringify(stages));
  await cdp.detach();
  return { wall, drawn: stages.allDrawn, mainThread, hostCpu: (cpu.user + cpu.system) / 1000, longestTask: stages.longestTask };
}

export const bench: Bench = {
  name: 'plan-thumbs-ui',
  async run(): Promise<BenchFigure[]> {
    if (!chromiumAvailable() || !anchorPageExists()) return [];
    const folio = await startFolio();
    const browser = await launchChromium();
    try {
      const desk = await seedAnchorDesk(folio.url, { pageCount: PAGES, fillOthers: true });
      const ui = await EditorPage.open(browser, folio.url);
      const page = ui.page;
      // The plan clicked at once: its thumbnail worker not started yet (a second after the desk's start).
      const cold = await timedOpen(page, 'cold');
      const coldCompose = (await page.evaluate(() => performance.getEntriesByName('folio:plan-thumbs', 'measure').map((m) => m.duration))).at(-1) ?? NaN;
      const thumbs = await page.getByTestId('plan-thumb').count();
      await page.getByTestId('plan-close').click();
      const story = await api<{ revision: number; content: unknown }>(folio.url, 'stories.get', { id: desk.storyIds[7] });
      const content = story.content as { blocks: { type: string; runs: { text: string }[] }[] };
      const blocks = structuredClone(content.blocks);
      blocks[blocks.length - 1].runs.at(-1)!.text += '天';
      await api(folio.url, 'stories.save', { id: desk.storyIds[7], baseRevision: story.revision, content: { blocks } });
      const edit = await timedOpen(page, 'edit');

      // Settled: a fresh renderer (its own context: nothing stored) left until the desk has settled — its thumbnail
      // worker ready (fonts loaded, composer warmed) and the newest issue's plan composed ahead in it —, then the plan
      // opened: what a desk opened a moment before the plan is clicked does.
      const settledUi = await EditorPage.open(browser, folio.url);
      await settledUi.page.waitForFunction(() => performance.getEntriesByName('folio:plan-ahead', 'measure').length > 0, undefined, { timeout: 60_000 });
      const settled = await timedOpen(settledUi.page, 'settled');
      await settledUi.page.close();

      // Composed ahead: a second window (a fresh renderer) opens the issue in the page view, the desk stays idle
      // until the plan's pages are composed (plan-ahead.ts), then the plan is opened.
      const ahead = await EditorPage.open(browser, folio.url);
      await new PageViewUi(ahead.page).open();
      await ahead.page.waitForFunction(() => performance.getEntriesByName('folio:plan-ahead', 'measure').length > 0, undefined, { timeout: 120_000 });
      const aheadComposed = (await ahead.page.evaluate(() => (performance.getEntriesByName('folio:plan-ahead', 'measure')[0] as PerformanceMeasure).detail as { composed: number })).composed;
      const prepared = await timedOpen(ahead.page, 'prepared');
      const closedToPage = await timedClose(ahead.page);

      // Fresh start, thumbnails stored (renderer/plan/thumb-store.ts): a fresh renderer with nothing stored (its own
      // browser context: an empty IndexedDB) opens the plan (the fresh desk figure again, alternated with the next),
      // its thumbnails are stored in idle time, the renderer is reloaded (a fresh start on the same host) and the
      // plan clicked at once: click → 16 current thumbnails painted, from the store.
      const fresh = await EditorPage.open(browser, folio.url);
      const freshCold = await timedOpen(fresh.page, 'fresh');
      await fresh.page.getByTestId('plan-close').click();
      const STORED = `new Promise((resolve) => {
        const open = indexedDB.open('folio-plan-thumbs');
        open.onerror = () => resolve({ count: -1, bytes: 0 });
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) { db.close(); return resolve({ count: 0, bytes: 0 }); }
          const all = db.transaction('meta').objectStore('meta').getAll();
          all.onsuccess = () => { db.close(); resolve({ count: all.result.length, bytes: all.result.reduce((s, m) => s + m.bytes, 0) }); };
        };
      })`;
      // The thumbnails are written in idle time after the opening: wait until all 16 are in the store.
      await fresh.page.waitForFunction(`${STORED}.then((k) => k.count >= ${PAGES})`, undefined, { polling: 100, timeout: 60_000 });
      const kept = (await fresh.page.evaluate(STORED)) as { count: number; bytes: number };
      if (kept.count < PAGES) throw new Error(`only ${kept.count} thumbnails stored`);
      await fresh.page.reload();
      await fresh.page.locator('[data-testid="desk"][data-loaded="true"]').waitFor();
      const stored = await timedOpen(fresh.page, 'fresh-stored');
      const fromStore = await fresh.page.locator('[data-testid="plan-thumb"][data-source="stored"]').count();
      return [
        // No target: the plan clicked in a fresh renderer's first second, nothing composed or stored on this desk,
        // composes 16 dense pages on cold code after the click (-cold-compose, ≈ 150 ms here) after reading their
        // 288 texts — above 100 ms on one core whatever is drawn; a desk in use opens on marks made before (the
        // settled, composed-ahead and fresh-stored figures). Issue #15's cold target is plan-thumbs/16-anchor-pages-cold.
        { key: 'plan-thumbs-ui/16-anchor-pages-cold', value: cold.wall, unit: 'ms', note: `${thumbs} thumbnails; click → every thumbnail drawn and painted (API, fonts, text, compose, draw), first opening in a fresh renderer's first second, wall` },
        { key: 'plan-thumbs-ui/16-anchor-pages-cold-compose', value: coldCompose, unit: 'ms', reference: true, note: "the app's 'folio:plan-thumbs': first page composed → last page's layout handed to the drawer (sliced, wall)" },
        { key: 'plan-thumbs-ui/16-anchor-pages-cold-main-thread', value: cold.mainThread, unit: 'ms', reference: true, note: 'renderer main thread busy time (CDP TaskDuration) of the cold opening' },
        { key: 'plan-thumbs-ui/16-anchor-pages-cold-longest-task', value: cold.longestTask, unit: 'ms', reference: true, note: 'the longest main-thread task of the cold opening (input waits that long; 0: none of 50 ms or more)' },
        { key: 'plan-thumbs-ui/16-anchor-pages-cold-host-cpu', value: cold.hostCpu, unit: 'ms', reference: true, note: 'host services + test process CPU during the cold opening' },
        { key: 'plan-thumbs-ui/16-anchor-pages-cold-drawn', value: cold.drawn, unit: 'ms', reference: true, note: 'click → 16 thumbnails drawn (before fonts.ready and the next frame)' },
        { key: 'plan-thumbs-ui/16-anchor-pages-settled', value: settled.wall, unit: 'ms', reference: true, note: 'fresh renderer, nothing stored, left until its thumbnail worker is ready and has composed the newest issue ahead: click → current thumbnails painted, wall' },
        { key: 'plan-thumbs-ui/16-anchor-pages-settled-longest-task', value: settled.longestTask, unit: 'ms', reference: true, note: 'the longest main-thread task of that opening' },
        { key: 'plan-thumbs-ui/16-anchor-pages-after-edit', value: edit.wall, unit: 'ms', reference: true, note: 'plan opened again after one story saved by another client: click → current thumbnails painted, wall' },
        { key: 'plan-thumbs-ui/16-anchor-pages-after-edit-drawn', value: edit.drawn, unit: 'ms', reference: true, note: 'same: click → 16 thumbnails drawn (the last marks, the saved page not yet recomposed)' },
        { key: 'plan-thumbs-ui/16-anchor-pages-composed-ahead', value: prepared.wall, unit: 'ms', targetMax: 100, note: `issue opened in the page view, ${aheadComposed} pages composed while idle, then the plan: click → current thumbnails painted, wall` },
        { key: 'plan-thumbs-ui/16-anchor-pages-composed-ahead-drawn', value: prepared.drawn, unit: 'ms', reference: true, note: 'same: click → 16 thumbnails drawn' },
        { key: 'plan-thumbs-ui/16-anchor-pages-composed-ahead-main-thread', value: prepared.mainThread, unit: 'ms', reference: true, note: 'renderer main thread busy time' },
        { key: 'plan-thumbs-ui/close-to-page-view', value: closedToPage, unit: 'ms', reference: true, note: 'the plan closed (关闭) over the page view of the anchor page: click → the page view on screen, its text drawn, painted' },
        { key: 'plan-thumbs-ui/16-anchor-pages-fresh', value: freshCold.wall, unit: 'ms', reference: true, note: 'fresh renderer, nothing stored (the cold figure again, measured beside -fresh-stored): click → current thumbnails painted, wall' },
        { key: 'plan-thumbs-ui/16-anchor-pages-fresh-longest-task', value: freshCold.longestTask, unit: 'ms', reference: true, note: 'the longest main-thread task of that opening' },
        { key: 'plan-thumbs-ui/16-anchor-pages-fresh-main-thread', value: freshCold.mainThread, unit: 'ms', reference: true, note: 'renderer main thread busy time' },
        { key: 'plan-thumbs-ui/16-anchor-pages-fresh-stored', value: stored.wall, unit: 'ms', targetMax: 100, note: `fresh start (renderer reloaded), ${fromStore} of 16 thumbnails from the store: click → current thumbnails painted, wall` },
        { key: 'plan-thumbs-ui/16-anchor-pages-fresh-stored-drawn', value: stored.drawn, unit: 'ms', reference: true, note: 'same: click → 16 thumbnails drawn' },
        { key: 'plan-thumbs-ui/16-anchor-pages-fresh-stored-main-thread', value: stored.mainThread, unit: 'ms', reference: true, note: 'renderer main thread busy time' },
        { key: 'plan-thumbs-ui/16-anchor-pages-stored-bytes', value: kept.bytes / 1e6, unit: 'MB', reference: true, note: `the store's bytes for the ${kept.count} pages (marks as float64, CSS table, fits)` },
        { key: 'plan-thumbs-ui/16-anchor-pages-after-edit-main-thread', value: edit.mainThread, unit: 'ms', reference: true, note: 'renderer main thread busy time' },
      ];
    } finally {
      await browser.close();
      await folio.close();
    }
  },
};
