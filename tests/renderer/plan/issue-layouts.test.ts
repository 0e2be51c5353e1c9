/**
 * The plan's thumbnails compose through IssueLayouts: each page's thumbnail marks are those of the layout
 * composePage gives it; a page is reused while its view (the same object or an equal copy) and placed texts are
 * the same; after an edit only the page placing that story is composed again, and from then on with a page cache.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes, moduleFits } from '../../../shared/compose';
import { displayList, thumbnailMarks, type ThumbMark, type ThumbMarks } from '../../../shared/display';
import type { PageView, StoryContent } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { IssueLayouts } from '../../../renderer/plan/issue-layouts';

const fonts = fontBookFromBytes(readAllFontBytes());
const SCALE = 96 / 842;

/** Three copies of the demo page, each with its own page and module ids (the same stories). */
function issue(): { views: PageView[]; contents: Map<string, StoryContent> } {
  const { view, stories } = demoPageView();
  const views = [1, 2, 3].map((n): PageView => ({
    ...view,
    page: { ...view.page, id: `page-${n}`, number: n },
    modules: view.modules.map((m) => ({ ...m, id: `${m.id}-${n}`, pageId: `page-${n}` })),
  }));
  return { views, contents: new Map(stories) };
}

/** Marks with every coordinate rounded to 1/1000 pt (a module's marks made in place or moved differ in the last bits). */
const rounded = (marks: readonly ThumbMark[]): unknown => JSON.parse(JSON.stringify(marks, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));
const marksOf = (view: PageView, contents: ReadonlyMap<string, StoryContent>): ThumbMarks => thumbnailMarks(displayList(composePage(view, contents, fonts).frame), SCALE);
/** The greeked bars' total length, pt: changes when a story's text does. */
const barPt = (t: ThumbMarks): number => t.marks.reduce((sum, m) => sum + (m.kind === 'bar' ? m.widthPt : 0), 0);

describe('IssueLayouts', () => {
  it("gives each page the marks of the layout composePage gives it", () => {
    const { views, contents } = issue();
    const thumbs = new IssueLayouts().thumbsOf(views, contents, fonts, SCALE);
    expect(thumbs).toHaveLength(3);
    expect(thumbs[1].widthPt).toBe(views[1].page.template.widthPt);
    expect(thumbs[1].marks.length).toBeGreaterThan(50);
    expect(rounded(thumbs[1].marks)).toEqual(rounded(marksOf(views[1], contents).marks));
  });

  it('reuses unchanged pages and composes again only the page whose view or story changed, then with a page cache', () => {
    const { views, contents } = issue();
    const cache = new IssueLayouts();
    const first = cache.thumbsOf(views, contents, fonts, SCALE);
    expect(cache.composedPages).toBe(3);
    expect(cache.thumbsOf(views, contents, fonts, SCALE).every((t, i) => t === first[i])).toBe(true);
    // The plan re-reads every page on each opening: equal copies of the views are not composed again.
    expect(cache.thumbsOf(structuredClone(views), contents, fonts, SCALE).every((t, i) => t === first[i])).toBe(true);
    expect(cache.composedPages).toBe(3);
    expect(cache.hasCache('page-1')).toBe(false);

    // A story placed on every page: every page composes again, now each with its page cache.
    const storyId = views[0].modules.find((m) => m.kind === 'story' && m.storyId)!.storyId!;
    const edited = new Map(contents).set(storyId, { blocks: [{ type: 'paragraph', runs: [{ text: '缩略图测试专用句。' }] }] });
    const after = cache.thumbsOf(views, edited, fonts, SCALE);
    expect(cache.composedPages).toBe(6);
    expect(cache.hasCache('page-1')).toBe(true);
    expect(barPt(after[0])).not.toBeCloseTo(barPt(first[0]), 0);
    expect(rounded(after[0].marks)).toEqual(rounded(marksOf(views[0], edited).marks));

    // Edited again with the page cache: the marks are still those of a composition from scratch.
    const again = new Map(edited).set(storyId, { blocks: [{ type: 'paragraph', runs: [{ text: '缩略图测试专用句，再改一次。' }] }] });
    const third = cache.thumbsOf(views, again, fonts, SCALE);
    expect(cache.composedPages).toBe(9);
    expect(rounded(third[2].marks)).toEqual(rounded(marksOf(views[2], again).marks));

    // A new view of page 2 only (a module moved): page 2 composes again, pages 1 and 3 are reused as they were.
    const moved = { ...views[1], modules: views[1].modules.map((m, i) => (i === views[1].modules.length - 1 ? { ...m, heightLines: m.heightLines - 2 } : m)) };
    const fourth = cache.thumbsOf([views[0], moved, views[2]], again, fonts, SCALE);
    expect(cache.composedPages).toBe(10);
    expect(fourth[0]).toBe(third[0]);
    expect(fourth[2]).toBe(third[2]);
    expect(rounded(fourth[1].marks)).toEqual(rounded(marksOf(moved, again).marks));
  });

  it("reads each page's module fits off the same composition (what pages.fit reads off the host's)", () => {
    const { views, contents } = issue();
    const cache = new IssueLayouts();
    expect(cache.fitsOf('page-2')).toBeNull();
    cache.thumbsOf(views, contents, fonts, SCALE);
    const fits = cache.fitsOf('page-2')!;
    expect(fits).toEqual(moduleFits(views[1], (id) => contents.has(id), composePage(views[1], contents, fonts)));
    expect(fits.some((f) => f.spareLines !== null)).toBe(true);
  });

  it('forgets pages not kept', () => {
    const { views, contents } = issue();
    const cache = new IssueLayouts();
    cache.thumbsOf(views, contents, fonts, SCALE);
    cache.keepOnly(['page-1']);
    cache.thumbsOf(views, contents, fonts, SCALE);
    expect(cache.composedPages).toBe(5);
  });
});
