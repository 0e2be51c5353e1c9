/**
 * The composed page: the plan (PageView) + the stories' text — the editor's live value for the story being
 * edited, the saved one for the rest — + the fonts, through the page composer with a PageComposeCache so a
 * keystroke recomposes only the touched module.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PageComposeCache, PageLayout, PageLinks } from '../../shared/compose/page-types';
import type { PageView, StoryContent } from '../../shared/model';
import { composePage, createPageComposeCache, offPageLinkIds, pageLinksFrom } from '../../shared/compose';
import { liveStory } from '../common/live-story';
import { useObservable } from '../common/observable';
import { savedStyleSheet } from '../common/style-sheets';
import { measureCapped } from './perf-marks';
import { loadPageFonts, type PageFonts } from '../common/page-fonts';
import type { OtherPages } from './use-other-pages';

export function usePageFonts(): { fonts: PageFonts | null; failed: boolean } {
  const [fonts, setFonts] = useState<PageFonts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadPageFonts().then(
      (f) => live && setFonts(f),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { fonts, failed };
}

/** The text of stories edited in this session, newest first over the saved text (kept after the editor closes). */
function useEditedContents(): ReadonlyMap<string, StoryContent> {
  const version = useSyncExternalStore(liveStory.subscribe, liveStory.version, liveStory.version);
  const edited = useRef(new Map<string, StoryContent>());
  return useMemo(() => {
    const editor = liveStory.get();
    if (editor && version > 0) {
      const next = new Map(edited.current);
      next.set(editor.storyId, editor.read());
      edited.current = next;
    }
    return edited.current;
  }, [version]);
}

/**
 * `others`: the issue's other pages (use-other-pages), for 下转/上接 across pages — the links are computed with
 * shared/compose's pageLinksFrom, as the services compute them. Each other page keeps its own compose cache, so
 * a keystroke in the continued story recomposes only its chain there; while the linked pages load, no layout
 * (rather than a continuation set from the story's start).
 */
export function usePageLayout(view: PageView | null, saved: ReadonlyMap<string, StoryContent>, fonts: PageFonts | null, others?: OtherPages): PageLayout | null {
  const edited = useEditedContents();
  // A style sheet saved since the page opened restyles it at once.
  const sheet = useObservable(savedStyleSheet);
  const cache = useRef<{ pageId: string; cache: PageComposeCache } | null>(null);
  const otherCaches = useRef(new Map<string, PageComposeCache>());
  const otherPages = others?.pages;
  const linksReady = others?.ready ?? true;
  return useMemo(() => {
    if (!view || !fonts || !linksReady) return null;
    if (cache.current?.pageId !== view.page.id) {
      cache.current = { pageId: view.page.id, cache: createPageComposeCache() };
      otherCaches.current = new Map();
    }
    const stories = new Map(saved);
    for (const [id, content] of edited) stories.set(id, content);
    const start = performance.now();
    let links: PageLinks | undefined;
    if (otherPages && otherPages.length > 0 && offPageLinkIds(view).length > 0) {
      const cacheOf = (pageId: string) => otherCaches.current.get(pageId) ?? otherCaches.current.set(pageId, createPageComposeCache()).get(pageId)!;
      // This page's story texts serve the other pages too: a predecessor's overflowAt depends only on its own
      // story, which is the continuation's story, placed here (and live-edited here).
      links = pageLinksFrom(view, otherPages.map((other) => ({ view: other, contents: stories, cache: cacheOf(other.page.id) })), fonts.book);
    }
    const styled = sheet && sheet.paper === view.issue.paperName ? { ...view, styleSheet: sheet.sheet } : view;
    const layout = composePage(styled, stories, fonts.book, cache.current.cache, links);
    measureCapped('folio:compose-page', { start });
    return layout;
  }, [view, saved, edited, fonts, otherPages, linksReady, sheet]);
}
