/**
 * The plan's thumbnails compose through IssueLayouts: the same layouts composePage gives, a page reused while its
 * view and placed texts are the same objects, and after an edit only the page placing that story composed again.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { composePage, fontBookFromBytes, type Frame } from '../../../shared/compose';
import type { PageView, StoryContent } from '../../../shared/model';
import { demoPageView } from '../../../shared/seed/demo-page-view';
import { IssueLayouts } from '../../../renderer/plan/issue-layouts';

const fonts = fontBookFromBytes(readAllFontBytes());

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

/** The characters a frame sets, in order (text items' source characters, groups walked). */
const drawnText = (frame: Frame): string =>
  frame.items.map((item) => (item.kind === 'text' ? item.source.join('') : item.kind === 'group' ? drawnText(item.frame) : '')).join('');

describe('IssueLayouts', () => {
  it('gives each page the layout composePage gives it', () => {
    const { views, contents } = issue();
    const layouts = new IssueLayouts().layoutsOf(views, contents, fonts);
    expect(layouts.map((l) => l.pageId)).toEqual(['page-1', 'page-2', 'page-3']);
    expect(layouts[1].frame).toEqual(composePage(views[1], contents, fonts).frame);
  });

  it('reuses unchanged pages and composes again only the page whose view or story changed', () => {
    const { views, contents } = issue();
    const cache = new IssueLayouts();
    const first = cache.layoutsOf(views, contents, fonts);
    expect(cache.composedPages).toBe(3);
    expect(cache.layoutsOf(views, contents, fonts)).toEqual(first);
    expect(cache.layoutsOf(views, contents, fonts).every((l, i) => l === first[i])).toBe(true);
    expect(cache.composedPages).toBe(3);

    // A story placed on every page: every page composes again (only that module inside each: the composer's cache).
    const storyId = views[0].modules.find((m) => m.kind === 'story' && m.storyId)!.storyId!;
    const edited = new Map(contents).set(storyId, { blocks: [{ type: 'paragraph', runs: [{ text: '缩略图测试专用句。' }] }] });
    const after = cache.layoutsOf(views, edited, fonts);
    expect(cache.composedPages).toBe(6);
    const marker = '缩略图测试';
    expect(drawnText(after[0].frame)).toContain(marker);
    expect(drawnText(first[0].frame)).not.toContain(marker);

    // A new view of page 2 only (a module moved): page 2 composes again, pages 1 and 3 are reused as they were.
    const moved = { ...views[1], modules: views[1].modules.map((m, i) => (i === views[1].modules.length - 1 ? { ...m } : m)) };
    const again = cache.layoutsOf([views[0], moved, views[2]], edited, fonts);
    expect(cache.composedPages).toBe(7);
    expect(again[0]).toBe(after[0]);
    expect(again[2]).toBe(after[2]);
  });

  it('forgets pages not kept', () => {
    const { views, contents } = issue();
    const cache = new IssueLayouts();
    cache.layoutsOf(views, contents, fonts);
    cache.keepOnly(['page-1']);
    cache.layoutsOf(views, contents, fonts);
    expect(cache.composedPages).toBe(5);
  });
});
