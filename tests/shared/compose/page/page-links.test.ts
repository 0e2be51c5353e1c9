/**
 * pageLinksFrom (shared, used by the services and the renderer's preview alike): the links of a page to the
 * modules its stories continue to or from on other pages — their page number (following the page when it moves)
 * and, for a predecessor, where its text stopped; the continuation then starts exactly there.
 */
import { describe, expect, it } from 'vitest';
import { readAllFontBytes } from '../../../../electron/fonts';
import { composePage, createPageComposeCache, fontBookFromBytes, offPageLinkIds, pageLinksFrom } from '../../../../shared/compose';
import type { PageView, StoryContent } from '../../../../shared/model';
import { demoPageView } from '../../../../shared/seed/demo-page-view';
import { frameLines, frameText, moduleOf, storyModule } from './page-helpers';

const fonts = fontBookFromBytes(readAllFontBytes());
const { view, stories } = demoPageView();
const feature = view.modules[1]; // 一腔热血写春秋

/** Page 1: the demo page with the feature cut short and continued on page `n` (module 'cont'). */
function pages(n = 2): { one: PageView; two: PageView } {
  const one: PageView = { ...view, modules: view.modules.map((m) => (m.id === feature.id ? storyModule(feature, { heightLines: 16, continuesTo: 'cont' }) : m)) };
  const cont = storyModule(feature, { id: 'cont', pageId: 'page-2', column: 0, columnSpan: 3, bodyColumns: 3, topLine: 10, heightLines: 40, continuesFrom: feature.id });
  const two: PageView = { ...view, page: { ...view.page, id: 'page-2', number: n }, modules: [cont] };
  return { one, two };
}

describe('pageLinksFrom', () => {
  it('names the off-page modules only', () => {
    const { one, two } = pages();
    expect(offPageLinkIds(one)).toEqual(['cont']);
    expect(offPageLinkIds(two)).toEqual([feature.id]);
    expect(offPageLinkIds(view)).toEqual([]);
    expect(pageLinksFrom(view, [{ view: pages().two, contents: stories }], fonts).size).toBe(0);
  });

  it('gives page numbers and the predecessor\'s overflowAt; the composed pages carry 下转第2版 / 上接第1版', () => {
    const { one, two } = pages();
    const links1 = pageLinksFrom(one, [{ view: two, contents: stories }], fonts);
    expect([...links1]).toEqual([['cont', { pageNumber: 2, overflowAt: null }]]); // a successor needs no layout
    const page1 = composePage(one, stories, fonts, undefined, links1);
    const first = moduleOf(page1, feature.id);
    expect(frameLines(first.frame).at(-1)!.text).toBe('（下转第2版）');

    const links2 = pageLinksFrom(two, [{ view: one, contents: stories }], fonts);
    expect(links2.get(feature.id)).toEqual({ pageNumber: 1, overflowAt: first.overflowAt });
    const second = composePage(two, stories, fonts, undefined, links2).modules[0];
    expect(frameLines(second.frame)[0].text).toBe('（上接第1版）');
    expect(second.startsAt).toEqual(first.overflowAt);
  });

  it('needs only the continued story\'s text, and reuses a cache the caller keeps', () => {
    const { one, two } = pages();
    const full = pageLinksFrom(two, [{ view: one, contents: stories }], fonts);
    const only = new Map<string, StoryContent>([[feature.storyId!, stories.get(feature.storyId!)!]]);
    const cache = createPageComposeCache();
    expect(pageLinksFrom(two, [{ view: one, contents: only, cache }], fonts)).toEqual(full);
    const composed = cache.composedCount;
    expect(composed).toBeGreaterThan(0);
    expect(pageLinksFrom(two, [{ view: one, contents: only, cache }], fonts)).toEqual(full);
    expect(cache.composedCount).toBe(composed); // nothing changed: nothing recomposed
  });

  it('follows the pages when they are renumbered (the lines are computed on each composition)', () => {
    const { one, two } = pages(5);
    const text1 = frameText(composePage(one, stories, fonts, undefined, pageLinksFrom(one, [{ view: two, contents: stories }], fonts)).modules[1].frame);
    expect(text1).toContain('（下转第5版）');
    const moved: PageView = { ...one, page: { ...one.page, number: 4 } };
    const text2 = frameText(composePage(two, stories, fonts, undefined, pageLinksFrom(two, [{ view: moved, contents: stories }], fonts)).modules[0].frame);
    expect(text2.startsWith('（上接第4版）')).toBe(true);
  });
});
