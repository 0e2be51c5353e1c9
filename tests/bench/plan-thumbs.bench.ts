/**
 * The plan view's thumbnails (issue #15): an issue of 16 dense anchor pages (../shared/bench/anchor-page.json,
 * 18 modules and 12,076 characters each, every page its own stories) composed through the plan's IssueLayouts
 * (renderer/plan/issue-layouts.ts: one composer cache per page), turned into display lists and into the thumbnail
 * drawer's marks at plan size (shared/display/thumbnail.ts: greeked text), in Node with the bundled fonts. The
 * honest cold figure — the first opening of the plan in the browser, API, fonts and painting included — is
 * plan-thumbs-ui.bench.ts's. Cold: a fresh IssueLayouts (the fonts already parsed and used, as in the app once any page has
 * been drawn) — target ≤ 100 ms for the 16 pages; after one edit: one character typed into one story of one page,
 * all 16 pages asked again — target ≤ 5 ms. The very first composition in a process (font metrics cache empty)
 * is given for reference. The targets are read on CPU time (medianCpuMs: the machine is shared, the wall clock
 * mostly measures the wait for a core); the wall-clock medians are printed for reference.
 */
import { readAllFontBytes } from '../../electron/fonts';
import { fontBookFromBytes } from '../../shared/compose';
import { displayList, thumbnailMarks } from '../../shared/display';
import type { PageView, StoryContent } from '../../shared/model';
import { IssueLayouts } from '../../renderer/plan/issue-layouts';
import { anchorPageExists, anchorPageView } from '../shared/compose/anchor-page-view';
import { typed } from './page-fixture';
import { medianCpuMs, medianMs, type Bench, type BenchFigure } from './run';

const PAGES = 16;

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
    const fonts = fontBookFromBytes(readAllFontBytes());
    const { views, contents } = anchorIssue();
    const draw = (layouts: { frame: Parameters<typeof displayList>[0] }[]) => layouts.map((l) => {
      const list = displayList(l.frame);
      return thumbnailMarks(list, 96 / list.widthPt);
    });

    const t = performance.now();
    draw(new IssueLayouts().layoutsOf(views, contents, fonts));
    const first = performance.now() - t;
    const coldRun = () => draw(new IssueLayouts().layoutsOf(views, contents, fonts));
    const cold = medianCpuMs(coldRun, 8, 2);
    const coldWall = medianMs(coldRun, 4, 0);

    const layouts = new IssueLayouts();
    draw(layouts.layoutsOf(views, contents, fonts));
    const storyId = views[5].modules[7].storyId!;
    const base = contents.get(storyId)!;
    let n = 0;
    const before = layouts.composedPages;
    const editRun = () => {
      const edited = new Map(contents).set(storyId, typed(base, n++ % 2 === 0 ? '好' : '的'));
      draw(layouts.layoutsOf(views, edited, fonts));
    };
    const edit = medianCpuMs(editRun, 40);
    const perEdit = (layouts.composedPages - before) / n;
    const editWall = medianMs(editRun, 40);
    const unchanged = medianCpuMs(() => draw(layouts.layoutsOf(views, contents, fonts)), 40);
    return [
      { key: 'plan-thumbs/16-anchor-pages-cold/median', value: cold, unit: 'ms', targetMax: 100, note: `${PAGES} pages × 18 modules, 12,076 chars each; fresh page caches, fonts warm; compose + display list + thumbnail marks; CPU time` },
      { key: 'plan-thumbs/16-anchor-pages-one-edit/median', value: edit, unit: 'ms', targetMax: 5, note: `one char typed in one story; ${perEdit.toFixed(0)} page recomposed per edit; CPU time` },
      { key: 'plan-thumbs/16-anchor-pages-cold-wall/median', value: coldWall, unit: 'ms', reference: true, note: 'wall clock (includes waiting for a core)' },
      { key: 'plan-thumbs/16-anchor-pages-one-edit-wall/median', value: editWall, unit: 'ms', reference: true, note: 'wall clock' },
      { key: 'plan-thumbs/16-anchor-pages-unchanged/median', value: unchanged, unit: 'ms', reference: true, note: 'asked again with nothing changed' },
      { key: 'plan-thumbs/16-anchor-pages-first-in-process', value: first, unit: 'ms', reference: true, note: 'font metrics cache empty (once per process)' },
    ];
  },
};
