/**
 * The composed page: the plan (PageView) + the stories' text — the editor's live value for the story being
 * edited, the saved one for the rest — + the fonts, through the page composer with a PageComposeCache so a
 * keystroke recomposes only the touched module.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PageComposeCache, PageLayout } from '../../shared/compose/page-types';
import type { PageView, StoryContent } from '../../shared/model';
import { composePage, createPageComposeCache } from '../../shared/compose';
import { liveStory } from './live-story';
import { measureCapped } from './perf-marks';
import { loadPageFonts, type PageFonts } from './page-fonts';

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

export function usePageLayout(view: PageView | null, saved: ReadonlyMap<string, StoryContent>, fonts: PageFonts | null): PageLayout | null {
  const edited = useEditedContents();
  const cache = useRef<{ pageId: string; cache: PageComposeCache } | null>(null);
  return useMemo(() => {
    if (!view || !fonts) return null;
    if (cache.current?.pageId !== view.page.id) cache.current = { pageId: view.page.id, cache: createPageComposeCache() };
    const stories = new Map(saved);
    for (const [id, content] of edited) stories.set(id, content);
    const start = performance.now();
    const layout = composePage(view, stories, fonts.book, cache.current.cache);
    measureCapped('folio:compose-page', { start });
    return layout;
  }, [view, saved, edited, fonts]);
}
