/**
 * The composed page: the plan (PageView) + the stories' text — the editor's live value for the story being
 * edited, the saved one for the rest — + the fonts, through the page composer with a PageComposeCache so a
 * keystroke recomposes only the touched module.
 *
 * Two speeds (issue #15: the preview ≤ 16 ms after a keystroke): the drawn page (LivePageSvg, page-svg.tsx)
 * subscribes to the editor itself and composes in the keystroke's own render, before the frame; everything else
 * that reads the layout (copyfit badges, inspector, the page proof) gets it from a transition render that React
 * runs after that frame. Both read one LayoutSource, which composes once per (inputs, live version).
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { PageComposeCache, PageLayout, PageLinks } from '../../shared/compose/page-types';
import type { PageView, StoryContent } from '../../shared/model';
import { composePage, createPageComposeCache, offPageLinkIds, pageLinksFrom } from '../../shared/compose';
import { liveStory } from '../common/live-story';
import { useObservable } from '../common/observable';
import { savedStyleSheet, type SavedStyleSheet } from '../common/style-sheets';
import { measureCapped } from './perf-marks';
import { loadPageFonts, type PageFonts } from '../common/page-fonts';
import { WebFontsError } from '../common/web-fonts';
import type { ErrorMessage } from '../../shared/errors';
import type { OtherPages } from './use-other-pages';

/** The page's fonts; `failed` once they cannot be had, `error` the coded reason when there is one (a bad manifest). */
export function usePageFonts(): { fonts: PageFonts | null; failed: boolean; error: ErrorMessage | null } {
  const [fonts, setFonts] = useState<PageFonts | null>(null);
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<ErrorMessage | null>(null);
  useEffect(() => {
    let live = true;
    loadPageFonts().then(
      (f) => live && setFonts(f),
      (err: unknown) => {
        if (!live) return;
        setFailed(true);
        if (err instanceof WebFontsError) setError(err.coded);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return { fonts, failed, error };
}

interface LayoutInputs {
  view: PageView | null;
  saved: ReadonlyMap<string, StoryContent>;
  fonts: PageFonts | null;
  otherPages: readonly PageView[] | undefined;
  linksReady: boolean;
  sheet: SavedStyleSheet | null;
}

/** The page's layout now: the inputs of the owner's last render with the editor's text as it is now. */
export interface LivePageLayout {
  current(): PageLayout | null;
}

class LayoutSource implements LivePageLayout {
  inputs: LayoutInputs | null = null;
  private cache: { pageId: string; cache: PageComposeCache } | null = null;
  private otherCaches = new Map<string, PageComposeCache>();
  /** The text of stories edited in this session (kept after the editor closes), over the saved text. */
  private edited: ReadonlyMap<string, StoryContent> = new Map();
  private editedVersion = 0;
  private last: { inputs: LayoutInputs; edited: ReadonlyMap<string, StoryContent>; layout: PageLayout | null } | null = null;

  current(): PageLayout | null {
    const inputs = this.inputs;
    if (!inputs) return null;
    const version = liveStory.version();
    if (version !== this.editedVersion) {
      this.editedVersion = version;
      const editor = liveStory.get();
      if (editor && version > 0) this.edited = new Map(this.edited).set(editor.storyId, editor.read());
    }
    if (this.last && this.last.inputs === inputs && this.last.edited === this.edited) return this.last.layout;
    const layout = this.compose(inputs);
    this.last = { inputs, edited: this.edited, layout };
    return layout;
  }

  private compose({ view, saved, fonts, otherPages, linksReady, sheet }: LayoutInputs): PageLayout | null {
    if (!view || !fonts || !linksReady) return null;
    if (this.cache?.pageId !== view.page.id) {
      this.cache = { pageId: view.page.id, cache: createPageComposeCache() };
      this.otherCaches = new Map();
    }
    const stories = new Map(saved);
    for (const [id, content] of this.edited) stories.set(id, content);
    const start = performance.now();
    let links: PageLinks | undefined;
    if (otherPages && otherPages.length > 0 && offPageLinkIds(view).length > 0) {
      const cacheOf = (pageId: string) => this.otherCaches.get(pageId) ?? this.otherCaches.set(pageId, createPageComposeCache()).get(pageId)!;
      // This page's story texts serve the other pages too: a predecessor's overflowAt depends only on its own
      // story, which is the continuation's story, placed here (and live-edited here).
      links = pageLinksFrom(view, otherPages.map((other) => ({ view: other, contents: stories, cache: cacheOf(other.page.id) })), fonts.book);
    }
    const styled = sheet && sheet.paper === view.issue.paperName ? { ...view, styleSheet: sheet.sheet } : view;
    const layout = composePage(styled, stories, fonts.book, this.cache.cache, links);
    measureCapped('folio:compose-page', { start });
    return layout;
  }
}

/** The editor's version, followed in a transition: a render that may wait until the keystroke's frame is drawn. */
function useDeferredLiveVersion(): number {
  const [version, setVersion] = useState(liveStory.version);
  useEffect(() => {
    setVersion(liveStory.version());
    return liveStory.subscribe(() => startTransition(() => setVersion(liveStory.version())));
  }, []);
  return version;
}

/**
 * `others`: the issue's other pages (use-other-pages), for 下转/上接 across pages — the links are computed with
 * shared/compose's pageLinksFrom, as the services compute them. Each other page keeps its own compose cache, so
 * a keystroke in the continued story recomposes only its chain there; while the linked pages load, no layout
 * (rather than a continuation set from the story's start).
 *
 * `layout` follows the editor in a transition; `live` gives the layout with the editor's text at once (for the
 * drawn page: LivePageSvg).
 */
export function usePageLayoutSource(view: PageView | null, saved: ReadonlyMap<string, StoryContent>, fonts: PageFonts | null, others?: OtherPages): { layout: PageLayout | null; live: LivePageLayout } {
  // A style sheet saved since the page opened restyles it at once.
  const sheet = useObservable(savedStyleSheet);
  const source = useRef<LayoutSource | null>(null);
  source.current ??= new LayoutSource();
  const otherPages = others?.pages;
  const linksReady = others?.ready ?? true;
  const inputs = useMemo<LayoutInputs>(() => ({ view, saved, fonts, otherPages, linksReady, sheet }), [view, saved, fonts, otherPages, linksReady, sheet]);
  source.current.inputs = inputs;
  const version = useDeferredLiveVersion();
  const live = source.current;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version: the editor's text changed (read by current())
  const layout = useMemo(() => live.current(), [live, inputs, version]);
  return { layout, live };
}

export function usePageLayout(view: PageView | null, saved: ReadonlyMap<string, StoryContent>, fonts: PageFonts | null, others?: OtherPages): PageLayout | null {
  return usePageLayoutSource(view, saved, fonts, others).layout;
}
