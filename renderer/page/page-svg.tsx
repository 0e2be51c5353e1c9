/**
 * The page preview: the page's display list (shared/display, built from PageLayout.frame) drawn by the screen's
 * drawer (renderer/common/display-svg.tsx). Each module is one group: a keystroke that recomposes one module re-renders one group.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PageLayout } from '../../shared/compose/page-types';
import { displayList, type DisplayOp } from '../../shared/display';
import { loadDrawnSlices, unloadedDrawnSlices } from '../common/page-fonts';
import { DisplayListSvg } from '../common/display-svg';
import { liveStory } from '../common/live-story';
import { measureCapped } from './perf-marks';
import type { LivePageLayout } from './use-page-layout';

export interface PageSvgProps {
  layout: PageLayout;
  /** CSS pixels per pt. */
  scale: number;
}

/** The operations without their text (rules, boxes, pictures stay). */
function withoutGlyphs(ops: readonly DisplayOp[]): DisplayOp[] {
  return ops.filter((op) => op.kind !== 'glyphs').map((op) => (op.kind === 'group' ? { ...op, ops: withoutGlyphs(op.ops) } : op));
}

/**
 * Whether the page's text may go in the DOM: once per page, after the slices its characters fall in have loaded
 * (page-fonts loadDrawnSlices), so the browser lays the text out once, in its fonts. Afterwards (keystrokes) the
 * text is drawn at once; a character from a slice not loaded yet is fetched by the browser as it draws.
 */
function usePageTextReady(pageId: string, ops: readonly DisplayOp[]): boolean {
  const [readyPage, setReadyPage] = useState<string | null>(null);
  const ready = readyPage === pageId || unloadedDrawnSlices(ops).length === 0;
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadDrawnSlices(ops).then(() => live && setReadyPage(pageId));
    return () => {
      live = false;
    };
  }, [pageId, ops, ready]);
  return ready;
}

/** The paper with everything the composer placed on it (the text once its fonts are loaded). */
export const PageSvg = memo(function PageSvg({ layout, scale }: PageSvgProps) {
  const list = useMemo(() => displayList(layout.frame), [layout.frame]);
  const textReady = usePageTextReady(layout.pageId, list.ops);
  const shown = useMemo(() => (textReady ? list : { ...list, ops: withoutGlyphs(list.ops) }), [list, textReady]);
  return <DisplayListSvg list={shown} scale={scale} testId="page-svg" textDrawn={textReady} />;
});

/**
 * The drawn page that follows the editor at once: it subscribes to the live story itself, so a keystroke
 * composes and re-renders this (and, inside it, the one recomposed module's group) in the keystroke's own render;
 * the page view around it follows in a transition. `layout` is the owner's (possibly a keystroke behind).
 */
export const LivePageSvg = memo(function LivePageSvg({ layout, live, scale }: PageSvgProps & { live: LivePageLayout | undefined }) {
  useSyncExternalStore(liveStory.subscribe, liveStory.version, liveStory.version);
  const current = live?.current() ?? null;
  const now = current && current.pageId === layout.pageId ? current : layout;
  // Benchmarks read this: keystroke → the preview updated in the DOM (tests/bench/*-preview.bench.ts).
  useLayoutEffect(() => {
    const keystroke = performance.getEntriesByName('folio:keystroke', 'mark').at(-1);
    if (!keystroke) return;
    measureCapped('folio:keystroke→preview', 'folio:keystroke');
    performance.clearMarks('folio:keystroke');
    // And once the frame is painted (the next task after the frame's rAF), for reference.
    requestAnimationFrame(() => setTimeout(() => measureCapped('folio:keystroke→paint', { start: keystroke.startTime }), 0));
  }, [now]);
  return <PageSvg layout={now} scale={scale} />;
});

export { DisplayListSvg };
