/**
 * The plan view's thumbnails (issue #15): an issue of 16 dense anchor pages (../shared/bench/anchor-page.json,
 * 18 modules and 12,076 characters each, every page its own stories) composed through the plan's IssueLayouts
 * (renderer/plan/issue-layouts.ts) into the thumbnail drawer's marks at plan size (display list → greeked marks,
 * shared/display/thumbnail.ts), in Node with the bundled fonts. IssueLayouts is timed as the app runs it: bundled
 * with the composer (./bundled-composer.ts, ./composer-entry.ts), not tsx's output. The honest cold figure — the
 * first opening of the plan in the browser, API, fonts and painting included — is plan-thumbs-ui.bench.ts's.
 * Cold: a fresh IssueLayouts (the fonts already parsed and used, as in the app once any page has been drawn), the
 * composer's code warmed by 10 cold runs before (the JIT done optimising, as in a desk that has composed pages for
 * a while) and a full collection before each of the 8 timed runs (as after the idle moment before a click: only the
 * run's own allocation and collections are counted) — target ≤ 100 ms for the 16 pages; after one edit: one character typed into one story of one page, all 16 pages
 * asked again — target ≤ 5 ms (the median of 40 edits of that page; the first edit of a page, which composes it
 * afresh and gives it a page cache, is given for reference). The very first composition in a process (font
 * metrics cache empty) is given for reference. The targets are read on CPU time (medianCpuMs: the machine is
 * shared, the wall clock mostly measures the wait for a core); the wall-clock medians are printed for reference.
 */
import { readAllFontBytes } from '../../electron/fonts';
import type { PageView, StoryContent } from '../../shared/model';
import { anchorPageExists, anchorPageView } from '../shared/compose/anchor-page-view';
import { timedComposer } from './bundled-composer';
import { typed } from './page-fixture';
import { fullGc, medianCpuMs, medianMs, type Bench, type BenchFigure } from './run';

const PAGES = 16;
/** Cold runs before the timed ones (the code warm), and timed cold runs (each after a full collection). */
const WARM_RUNS = 10;
const COLD_RUNS = 8;

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
/** The plan's thumbnail width, CSS px (renderer/plan/plan-thumbs.tsx). */
const THUMB_PX = 96;

/** CPU time of one call, ms. */
function cpuMs(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

/** 16 copies of the anchor page, each with its own page, module and story ids and its own story objects. */
export function anchorIssue(): { views: PageView[]; contents: Map<string, StoryContent> } {
  const { view, stories } = anchorPageView();
  const contents = new Map<string, StoryContent>();
  const views = Array.from({ length: PAGES }, (_, p): PageView => {
    const pageId = `anchor-page-${p + 1}`;
    const modules = view.modules.map((m) => {
      const storyId = `${m.storyId}-p${p + 1}`;
      contents.set(storyId, structuredClone(stories.get(m.storyId!)!));
      return { ...m, id: `${m.id}-p${p + 1}`, pageId, storyId, story: m.story && { ...m.story, id: storyId } };
    });
    return { ...view, page: { ...view.page, id: pageId, number: p + 1 }, modules };
  });
  return { views, contents };
}

export const bench: Bench = {
  name: 'plan-thumbs',
  async run(): Promise<BenchFigure[]> {
    if (!anchorPageExists()) return [];
    const { IssueLayouts, fontBookFromBytes } = (await timedComposer()).composer;
    const fonts = fontBookFromBytes(readAllFontBytes());
    const { views, contents } = anchorIssue();
    const scale = THUMB_PX / views[0].page.template.widthPt;
    const thumbs = (layouts: InstanceType<typeof IssueLayouts>, texts: ReadonlyMap<string, StoryContent>) => layouts.thumbsOf(views, texts, fonts, scale);

    const t = performance.now();
    thumbs(new IssueLayouts(), contents);
    const first = performance.now() - t;
    const coldRun = () => thumbs(new IssueLayouts(), contents);
    // The state a cold run starts from, made explicit: the composer's code warmed (WARM_RUNS × 16 pages, as in a
    // desk that has composed pages for a while: the JIT done optimising) and the heap collected (as after the idle
    // moment before a click), so that only the run's own allocation and collections are counted in it.
    const gc = fullGc();
    for (let i = 0; i < WARM_RUNS; i++) coldRun();
    const colds: number[] = [];
    const coldWalls: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      gc();
      const w = performance.now();
      colds.push(cpuMs(coldRun));
      coldWalls.push(performance.now() - w);
    }
    const cold = median(colds);
    const coldWall = median(coldWalls);

    const layouts = new IssueLayouts();
    thumbs(layouts, contents);
    // The first edit of a page composes it afresh and gives it a page cache (cold pages keep only their marks):
    // one character typed into the same module of pages 9–16 in turn, the median of those 8 first edits.
    let texts: ReadonlyMap<string, StoryContent> = contents;
    const firstEdits: number[] = [];
    for (let p = 8; p < PAGES; p++) {
      const id = views[p].modules[7].storyId!;
      texts = new Map(texts).set(id, typed(texts.get(id)!, '好'));
      firstEdits.push(cpuMs(() => thumbs(layouts, texts)));
    }
    const firstEdit = firstEdits.sort((a, b) => a - b)[firstEdits.length >> 1];
    const storyId = views[5].modules[7].storyId!;
    const base = texts.get(storyId)!;
    let n = 0;
    const editOnce = () => {
      const edited = new Map(texts).set(storyId, typed(base, n++ % 2 === 0 ? '好' : '的'));
      thumbs(layouts, edited);
    };
    editOnce(); // page 6's first edit
    const before = layouts.composedPages;
    const n0 = n;
    const edit = medianCpuMs(editOnce, 40);
    const perEdit = (layouts.composedPages - before) / (n - n0);
    const editWall = medianMs(editOnce, 40);
    const unchanged = medianCpuMs(() => thumbs(layouts, texts), 40);
    return [
      { key: 'plan-thumbs/16-anchor-pages-cold/median', value: cold, unit: 'ms', targetMax: 100, note: `${PAGES} pages × 18 modules, 12,076 chars each; fresh page caches, fonts and code warm (${WARM_RUNS} runs before), heap collected before each of ${COLD_RUNS}; compose + display list + thumbnail marks; CPU time (${colds.map((c) => c.toFixed(0)).join(' ')})` },
      { key: 'plan-thumbs/16-anchor-pages-one-edit/median', value: edit, unit: 'ms', targetMax: 5, note: `one char typed in one story; ${perEdit.toFixed(0)} page recomposed per edit; CPU time` },
      { key: 'plan-thumbs/16-anchor-pages-first-edit', value: firstEdit, unit: 'ms', reference: true, note: 'the first edit of a page: composed afresh with its new page cache (median of 8 pages, CPU time)' },
      { key: 'plan-thumbs/16-anchor-pages-cold-wall/median', value: coldWall, unit: 'ms', reference: true, note: 'wall clock (includes waiting for a core)' },
      { key: 'plan-thumbs/16-anchor-pages-one-edit-wall/median', value: editWall, unit: 'ms', reference: true, note: 'wall clock' },
      { key: 'plan-thumbs/16-anchor-pages-unchanged/median', value: unchanged, unit: 'ms', reference: true, note: 'asked again with nothing changed' },
      { key: 'plan-thumbs/16-anchor-pages-first-in-process', value: first, unit: 'ms', reference: true, note: 'font metrics cache empty (once per process)' },
    ];
  },
};
