/**
 * Issue #15's yardstick, side by side in one run: the dense anchor page (../shared/bench/anchor-page.json: 18
 * modules, 8 columns, 12,076 characters) composed by Folio from scratch (font metric caches warm, like the app),
 * and the same page (anchor-page.html) laid out by Chromium with the same font bytes; the ratio of the medians.
 * Then one character typed into one paragraph of the biggest module, the page recomposed with the page compose
 * cache; and the heap the composed page keeps (layout, compose cache, display list), measured after a full GC.
 * Folio's side is the composer bundled as the app runs it (./bundled-composer.ts), not tsx's output.
 */
import { readFileSync } from 'node:fs';
import { readAllFontBytes } from '../../electron/fonts';
import type { PageLayout } from '../../shared/compose';
import { countContent, type StoryContent } from '../../shared/model';
import { anchorPageExists, anchorPageView, ANCHOR_PAGE_PATH } from '../shared/compose/anchor-page-view';
import { timedComposer } from './bundled-composer';
import { median, openChromiumLayout, fontFaceCss } from './chromium-layout';
import { fullGc, medianMs, type Bench, type BenchFigure } from './run';

const FOLIO_WARM_UPS = 150;
const CHROMIUM_WARM_UPS = 30;
const ROUNDS = 12;
const PER_ROUND = 8;

/** The story with `ch` typed at the end of its middle paragraph (a new object, as the editor hands it over). */
function typed(content: StoryContent, ch: string): StoryContent {
  const paragraphs = content.blocks.flatMap((b, i) => (b.type === 'paragraph' ? [i] : []));
  const i = paragraphs[paragraphs.length >> 1];
  const blocks = [...content.blocks];
  const b = blocks[i] as { type: 'paragraph'; runs: { text: string }[] };
  const last = b.runs[b.runs.length - 1];
  blocks[i] = { ...b, runs: [...b.runs.slice(0, -1), { ...last, text: last.text + ch }] };
  return { blocks };
}

/** anchor-page.html with its two families bound to Folio's bundled faces. */
function chromiumDocument(): string {
  const html = readFileSync(ANCHOR_PAGE_PATH.replace(/\.json$/, '.html'), 'utf8');
  const faces = fontFaceCss([
    { family: 'Noto Serif CJK SC', file: 'serif-regular' },
    { family: 'Noto Serif CJK SC', weight: 700, file: 'serif-bold' },
    { family: 'Noto Sans CJK SC', file: 'sans-regular' },
    { family: 'Noto Sans CJK SC', weight: 700, file: 'sans-bold' },
  ]);
  return html.replace('<style>', `<style>\n${faces}\n`);
}

export const bench: Bench = {
  name: 'anchor-page',
  async run(): Promise<BenchFigure[]> {
    if (!anchorPageExists()) {
      console.log(`  !!! ${ANCHOR_PAGE_PATH} not found: the anchor page bench cannot run`);
      return [];
    }
    const { composePage, createPageComposeCache, fontBookFromBytes, displayList } = (await timedComposer()).composer;
    const fonts = fontBookFromBytes(readAllFontBytes());
    const { view, stories } = anchorPageView();
    let chars = 0;
    for (const s of stories.values()) chars += countContent(s).chars;
    // Folio and Chromium measured in alternating rounds, so both see the same load on a shared machine.
    const chromium = await openChromiumLayout({
      document: chromiumDocument(),
      containerId: 'page',
      loadFonts: ["9pt 'Noto Serif CJK SC'", "9pt 'Noto Sans CJK SC'", "bold 24pt 'Noto Sans CJK SC'"],
    });
    const folioTimes: number[] = [];
    const chromiumTimes: number[] = [];
    // Both sides warmed to their steady state before the rounds: measured, Folio's composePage settles after
    // ~100 compositions (TurboFan tier-up, then V8 growing the young generation to the allocation rate: the
    // 20th–100th take 1.5–2× the steady time), Chromium's layout after ~15 (its caches and the DOM's JIT paths).
    for (let i = 0; i < FOLIO_WARM_UPS; i++) composePage(view, stories, fonts);
    if (chromium) await chromium.times(CHROMIUM_WARM_UPS);
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < PER_ROUND; i++) {
        const t = performance.now();
        composePage(view, stories, fonts);
        folioTimes.push(performance.now() - t);
      }
      if (chromium) chromiumTimes.push(...(await chromium.times(PER_ROUND)));
    }
    await chromium?.close();
    const scratchMs = median(folioTimes);
    const chromiumMs = chromium ? median(chromiumTimes) : null;
    const withDisplayMs = medianMs(() => displayList(composePage(view, stories, fonts).frame), 40, 10);

    // One keystroke: the biggest story, alternating characters so every call sees new text.
    const biggest = [...stories.entries()].sort((a, b) => countContent(b[1]).chars - countContent(a[1]).chars)[0];
    const cache = createPageComposeCache();
    composePage(view, stories, fonts, cache);
    let n = 0;
    const edited = new Map(stories);
    const variants = [typed(biggest[1], '好'), typed(biggest[1], '的')];
    const editMs = medianMs(() => {
      edited.set(biggest[0], variants[n++ & 1]);
      composePage(view, edited, fonts, cache);
    }, 200, 50);

    // Heap the composed page keeps: layout + its compose cache + the display list built from it.
    const gc = fullGc();
    const kept: { layout: PageLayout; cache: unknown; list: unknown }[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    const keptCache = createPageComposeCache();
    const layout = composePage(view, stories, fonts, keptCache);
    kept.push({ layout, cache: keptCache, list: displayList(layout.frame) });
    gc();
    const pageMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;

    const figures: BenchFigure[] = [
      { key: 'anchor-page/compose-scratch/median', value: scratchMs, unit: 'ms', note: `${view.modules.length} modules, ${chars} chars, composePage without cache` },
      { key: 'anchor-page/compose+display-list/median', value: withDisplayMs, unit: 'ms', note: 'composePage + displayList, without cache' },
      { key: 'anchor-page/edit-one-char/median', value: editMs, unit: 'ms', targetMax: 0.2, note: `one char typed into ${biggest[0]}, recomposed with the page cache` },
      { key: 'anchor-page/page-heap', value: pageMB, unit: 'MB', targetMax: 2, note: 'retained: layout + compose cache + display list, after full GC' },
    ];
    if (chromiumMs !== null) {
      figures.push({ key: 'anchor-page/chromium-layout/median', value: chromiumMs, unit: 'ms', reference: true, note: 'anchor-page.html in Chromium: DOM build + layout, same font bytes' });
      figures.push({ key: 'anchor-page/folio-vs-chromium', value: scratchMs / chromiumMs, unit: 'ratio', reference: true, targetMax: 0.3, note: `Folio compose median ÷ Chromium layout median, ${ROUNDS} alternating rounds of ${PER_ROUND} after ${FOLIO_WARM_UPS}/${CHROMIUM_WARM_UPS} warm-ups` });
    }
    if (kept.length !== 1) throw new Error('unreachable');
    return figures;
  },
};
