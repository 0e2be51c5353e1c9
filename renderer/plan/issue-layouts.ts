/**
 * The issue's pages composed for the plan's thumbnails (issue #15: 16 pages ≤ 100 ms cold, ≤ 5 ms after one
 * edit). Per page it keeps the thumbnail's marks (shared/display/thumbnail.ts) and what they were composed from;
 * an unchanged page (the same view, or an equal one re-fetched, and the same text of every story it places) is
 * not composed again. Kept across pages, edits and openings of the plan (`issueLayouts`, one per renderer).
 *
 * A page is first composed from scratch and only its marks are kept: the layout, its display list and the
 * composer's memories are garbage at once, so they are collected young instead of being copied by every
 * collection of the cold opening and promoted (16 dense pages keep ≈ 20 MB of layouts and caches: keeping them
 * made the collector's work most of the cold figure). A page composed a second time (one of its stories or its
 * plan changed: it is being worked on) gets a page compose cache (shared/compose's PageComposeCache: a module is
 * set again only when its plan or its story's text changed, an edit spliced into its last set), kept from then
 * on, so the next edits of that page recompose one module. Each page's module fits (超/差, shared/compose
 * moduleFits) are read off the same composition: the plan's fill needs no second composition on the host
 * (pages.fit). Cross-page links (上接/下转) are composed as the page
 * view composes them. Pure: no DOM, so tests/bench/plan-thumbs.bench.ts times it in Node with the real fonts.
 * A page's marks and fits may also come from the store (adopt: thumb-store.ts, keyed by all the inputs above,
 * each placed story by its content hash as the desk keeps it): they serve as composed ones until the page's view
 * or a placed text changes. Texts are compared by identity, else by those hashes (thumb-codec.ts textHashOf): a
 * page taken from the store before any text was read (the stories' heads only) is current for texts read after
 * as long as their hashes are those it was stored under.
 */
import type { PageComposeCache, PageLayout, PageLinks } from '../../shared/compose/page-types';
import type { FontBook } from '../../shared/compose';
import { composePage, createPageComposeCache, moduleFits, offPageLinkIds, pageLinksFrom, type ModuleFitFigures } from '../../shared/compose';
import { displayList, thumbnailMarks, type ThumbMarks } from '../../shared/display';
import { setStoryId } from '../../shared/model/page-placement';
import type { PageView, StoryContent } from '../../shared/model';
import { hashesOfTexts, placedHashes, type StoryHashOf } from './thumb-codec';

interface PageEntry {
  /** Made when the page is composed a second time (it is being edited); null until then. */
  cache: PageComposeCache | null;
  /** This page composed without links of its own, for the pages it continues to (pageLinksFrom): made on first use. */
  linkCache: PageComposeCache | null;
  /** What the last marks were composed from (identity): the view, the fonts, each placed story's text, the scale. */
  view: PageView | null;
  /** Null: marks taken from the store (thumb-store.ts), made with the fonts the renderer has. */
  fonts: FontBook | null;
  /** Where the marks came from: composed here, or taken from the store. */
  source: 'composed' | 'stored';
  /** The marks were composed by this IssueLayouts (not handed over by the plan's worker or the store): it holds what composing again needs. */
  composedHere: boolean;
  /** The marks last written to (or read from) the store: those need not be written again. */
  stored: ThumbMarks | null;
  texts: (StoryContent | undefined)[];
  /** Each module's story content hash (thumb-codec placedHashes) the marks were made from; null when not known. */
  hashes: readonly string[] | null;
  scale: number;
  marks: ThumbMarks | null;
  /** How each module's text fits, read off the same composition (the plan's fill: no pages.fit on the host). */
  fits: readonly ModuleFitFigures[];
}

function placedTexts(view: PageView, contents: ReadonlyMap<string, StoryContent>): (StoryContent | undefined)[] {
  return view.modules.map((m) => {
    const id = setStoryId(m);
    return id === null ? undefined : contents.get(id);
  });
}

const sameTexts = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const sameHashes = (a: readonly string[] | null, b: readonly string[] | null): boolean => a !== null && b !== null && sameTexts(a, b);

/** A view's JSON, once per view object (views are never mutated: pages.get hands over new ones). */
const viewJson = new WeakMap<PageView, string>();
function jsonOfView(view: PageView): string {
  let json = viewJson.get(view);
  if (json === undefined) viewJson.set(view, (json = JSON.stringify(view)));
  return json;
}

/** The same view: the same object, or an equal copy (the plan re-reads every page on each opening). */
const sameView = (a: PageView | null, b: PageView): boolean => a === b || (a !== null && a.page.id === b.page.id && jsonOfView(a) === jsonOfView(b));

export class IssueLayouts {
  private readonly pages = new Map<string, PageEntry>();
  /** Pages composed (not served from the last marks) since creation: for tests and the bench. */
  composedPages = 0;

  private entryOf(pageId: string): PageEntry {
    let entry = this.pages.get(pageId);
    if (!entry) this.pages.set(pageId, (entry = { cache: null, linkCache: null, view: null, fonts: null, source: 'composed', composedHere: false, stored: null, texts: [], hashes: null, scale: 0, marks: null, fits: [] }));
    return entry;
  }

  /** Each page's thumbnail marks at `scale` CSS px per pt, in the order given; `contents` holds every placed story's text. */
  thumbsOf(views: readonly PageView[], contents: ReadonlyMap<string, StoryContent>, fonts: FontBook, scale: number): ThumbMarks[] {
    return views.map((view) => this.thumbOf(view, views, contents, fonts, scale));
  }

  /** Whether thumbOf would answer this page's last marks without composing it (`fonts` null: with any fonts). */
  upToDate(view: PageView, contents: ReadonlyMap<string, StoryContent>, fonts: FontBook | null, scale: number): boolean {
    const entry = this.pages.get(view.page.id);
    return entry !== undefined && this.current(entry, view, placedTexts(view, contents), contents, fonts, scale);
  }

  /**
   * Whether this page's last marks are those of this view and of these story hashes (the stories' heads, read
   * before their texts: thumb-store.ts adoptStored), with any fonts.
   */
  upToDateHeads(view: PageView, hashOf: StoryHashOf, scale: number): boolean {
    const entry = this.pages.get(view.page.id);
    return entry !== undefined && entry.marks !== null && entry.scale === scale && sameHashes(entry.hashes, placedHashes(view, hashOf)) && sameView(entry.view, view);
  }

  private current(entry: PageEntry, view: PageView, texts: (StoryContent | undefined)[], contents: ReadonlyMap<string, StoryContent>, fonts: FontBook | null, scale: number): boolean {
    // One font book per renderer: marks composed with another (a retried load) or taken from the store, whose key
    // holds the fonts' identity, are those of the fonts in use.
    if (entry.marks === null || !(fonts === null || entry.fonts === null || entry.fonts === fonts) || entry.scale !== scale || !sameView(entry.view, view)) return false;
    if (sameTexts(entry.texts, texts)) return true;
    // Other text objects of the same content (by the desk's hashes): the same texts from now on.
    if (!sameHashes(entry.hashes, placedHashes(view, hashesOfTexts(contents)))) return false;
    entry.texts = texts;
    return true;
  }

  /** One page's thumbnail marks (`views`: the issue's pages, for its 上接/下转 links); the last ones when nothing it sets changed. */
  thumbOf(view: PageView, views: readonly PageView[], contents: ReadonlyMap<string, StoryContent>, fonts: FontBook, scale: number): ThumbMarks {
    const entry = this.entryOf(view.page.id);
    const texts = placedTexts(view, contents);
    if (entry.marks && this.current(entry, view, texts, contents, fonts, scale)) {
      entry.view = view;
      return entry.marks;
    }
    // Composed before: the page is being worked on, keep its composer cache from now on.
    if (entry.marks && !entry.cache) entry.cache = createPageComposeCache();
    const layout = this.compose(entry, view, views, contents, fonts);
    const kept = entry.cache !== null;
    entry.marks = thumbnailMarks(displayList(layout.frame, { memo: kept }), scale, { memo: kept });
    entry.fits = moduleFits(view, (id) => contents.has(id), layout);
    entry.view = view;
    entry.fonts = fonts;
    entry.source = 'composed';
    entry.composedHere = true;
    entry.texts = texts;
    entry.hashes = placedHashes(view, hashesOfTexts(contents));
    entry.scale = scale;
    this.composedPages++;
    return entry.marks;
  }

  private compose(entry: PageEntry, view: PageView, views: readonly PageView[], contents: ReadonlyMap<string, StoryContent>, fonts: FontBook): PageLayout {
    let links: PageLinks | undefined;
    if (offPageLinkIds(view).length > 0) {
      const others = views.filter((v) => v !== view).map((other) => {
        const e = this.entryOf(other.page.id);
        return { view: other, contents, cache: (e.linkCache ??= createPageComposeCache()) };
      });
      links = pageLinksFrom(view, others, fonts);
    }
    return composePage(view, contents, fonts, entry.cache ?? undefined, links);
  }

  /**
   * Takes a page's marks and fits from the store (thumb-store.ts: their key is that of this view, these story
   * hashes — `hashes`: placedHashes of the view —, the renderer's fonts and build, this scale): current for this
   * view and texts of these hashes until one of them changes. `contents`: the texts, when read already.
   */
  adopt(view: PageView, hashes: readonly string[], contents: ReadonlyMap<string, StoryContent> | null, scale: number, marks: ThumbMarks, fits: readonly ModuleFitFigures[]): void {
    const entry = this.entryOf(view.page.id);
    Object.assign(entry, { view, fonts: null, texts: contents ? placedTexts(view, contents) : [], hashes, scale, marks, fits, source: 'stored', composedHere: false, stored: marks });
  }

  /**
   * Takes a page's marks and fits composed elsewhere (the plan's worker: thumbs-composer.ts) from this view, these
   * texts and fonts, at this scale: as if thumbOf had composed them here (written to the store like them).
   */
  adoptComposed(view: PageView, contents: ReadonlyMap<string, StoryContent>, fonts: FontBook, scale: number, marks: ThumbMarks, fits: readonly ModuleFitFigures[]): void {
    const entry = this.entryOf(view.page.id);
    Object.assign(entry, { view, fonts, texts: placedTexts(view, contents), hashes: placedHashes(view, hashesOfTexts(contents)), scale, marks, fits, source: 'composed', composedHere: false, stored: null });
    this.composedPages++;
  }

  /** This page's last marks, or null. */
  marksOf(pageId: string): ThumbMarks | null {
    return this.pages.get(pageId)?.marks ?? null;
  }

  /**
   * Whether this page was last composed here (then composed here again: its compose cache and the composer's warm
   * code are here; a page the worker composed is composed there again, where its cache is).
   */
  composedHere(pageId: string): boolean {
    return this.pages.get(pageId)?.composedHere ?? false;
  }

  /** Where this page's last marks came from (null: none yet). */
  sourceOf(pageId: string): 'composed' | 'stored' | null {
    const entry = this.pages.get(pageId);
    return entry?.marks ? entry.source : null;
  }

  /** The page's last marks and fits, for the store. */
  storedFormOf(pageId: string): { marks: ThumbMarks; fits: readonly ModuleFitFigures[] } | null {
    const entry = this.pages.get(pageId);
    return entry?.marks ? { marks: entry.marks, fits: entry.fits } : null;
  }

  /** Whether the page's last marks are in the store already. */
  isStored(pageId: string): boolean {
    const entry = this.pages.get(pageId);
    return !!entry?.marks && entry.stored === entry.marks;
  }

  /** These marks of the page were written to the store. */
  markStored(pageId: string, marks: ThumbMarks): void {
    const entry = this.pages.get(pageId);
    if (entry) entry.stored = marks;
  }

  /** How each module of this page fits, as last composed (null: not composed yet). */
  fitsOf(pageId: string): readonly ModuleFitFigures[] | null {
    const entry = this.pages.get(pageId);
    return entry?.marks ? entry.fits : null;
  }

  /** Whether this page keeps a composer cache (it was composed more than once): for tests. */
  hasCache(pageId: string): boolean {
    return this.pages.get(pageId)?.cache != null;
  }

  /** Forget every page but these (the issue shown): caches of other issues' and removed pages. */
  keepOnly(pageIds: Iterable<string>): void {
    const keep = new Set(pageIds);
    for (const id of this.pages.keys()) if (!keep.has(id)) this.pages.delete(id);
  }
}
