/**
 * The issue's pages composed for the plan's thumbnails (issue #15: 16 pages ≤ 100 ms cold, ≤ 5 ms after one
 * edit). One composer cache per page (shared/compose's PageComposeCache: a module is set again only when its plan
 * or its story's text changed), kept across pages, edits and openings of the plan (`issueLayouts`, one per
 * renderer); and per page the last layout, returned as it is while the page's view and every story it places are
 * the same objects. Cross-page links (上接/下转) are composed as the page view composes them. Pure: no DOM, so
 * tests/bench/plan-thumbs.bench.ts times it in Node with the real fonts.
 */
import type { PageComposeCache, PageLayout, PageLinks } from '../../shared/compose/page-types';
import type { FontBook } from '../../shared/compose';
import { composePage, createPageComposeCache, offPageLinkIds, pageLinksFrom } from '../../shared/compose';
import { setStoryId } from '../../shared/model/page-placement';
import type { PageView, StoryContent } from '../../shared/model';

interface PageEntry {
  cache: PageComposeCache;
  /** This page composed without links of its own, for the pages it continues to (pageLinksFrom): its own cache, the chain places differ. */
  linkCache: PageComposeCache;
  /** What the last layout was composed from (identity): the view, the fonts, and each placed story's text. */
  view: PageView | null;
  fonts: FontBook | null;
  texts: (StoryContent | undefined)[];
  layout: PageLayout | null;
}

function placedTexts(view: PageView, contents: ReadonlyMap<string, StoryContent>): (StoryContent | undefined)[] {
  return view.modules.map((m) => {
    const id = setStoryId(m);
    return id === null ? undefined : contents.get(id);
  });
}

const sameTexts = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export class IssueLayouts {
  private readonly pages = new Map<string, PageEntry>();
  /** Pages composed (not served from the last layout) since creation: for tests and the bench. */
  composedPages = 0;

  private entryOf(pageId: string): PageEntry {
    let entry = this.pages.get(pageId);
    if (!entry) this.pages.set(pageId, (entry = { cache: createPageComposeCache(), linkCache: createPageComposeCache(), view: null, fonts: null, texts: [], layout: null }));
    return entry;
  }

  /** Each page's layout, in the order given; `contents` holds the text of every story the pages place. */
  layoutsOf(views: readonly PageView[], contents: ReadonlyMap<string, StoryContent>, fonts: FontBook): PageLayout[] {
    return views.map((view) => this.layoutOf(view, views, contents, fonts));
  }

  /** One page's layout (`views`: the issue's pages, for its 上接/下转 links); from its cache when nothing it sets changed. */
  layoutOf(view: PageView, views: readonly PageView[], contents: ReadonlyMap<string, StoryContent>, fonts: FontBook): PageLayout {
    const entry = this.entryOf(view.page.id);
    const texts = placedTexts(view, contents);
    if (entry.layout && entry.view === view && entry.fonts === fonts && sameTexts(entry.texts, texts)) return entry.layout;
    let links: PageLinks | undefined;
    if (offPageLinkIds(view).length > 0) {
      const others = views.filter((v) => v !== view).map((other) => ({ view: other, contents, cache: this.entryOf(other.page.id).linkCache }));
      links = pageLinksFrom(view, others, fonts);
    }
    entry.layout = composePage(view, contents, fonts, entry.cache, links);
    entry.view = view;
    entry.fonts = fonts;
    entry.texts = texts;
    this.composedPages++;
    return entry.layout;
  }

  /** Forget every page but these (the issue shown): caches of other issues' and removed pages. */
  keepOnly(pageIds: Iterable<string>): void {
    const keep = new Set(pageIds);
    for (const id of this.pages.keys()) if (!keep.has(id)) this.pages.delete(id);
  }
}
