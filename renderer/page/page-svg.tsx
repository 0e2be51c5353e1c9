/**
 * The page preview: the page's display list (shared/display, built from PageLayout.frame) drawn by the screen's
 * drawer (renderer/common/display-svg.tsx). Each module is one group: a keystroke that recomposes one module re-renders one group.
 */
import { memo, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';
import type { PageLayout } from '../../shared/compose/page-types';
import { displayList } from '../../shared/display';
import { DisplayListSvg } from '../common/display-svg';
import { liveStory } from '../common/live-story';
import { measureCapped } from './perf-marks';
import type { LivePageLayout } from './use-page-layout';

export interface PageSvgProps {
  layout: PageLayout;
  /** CSS pixels per pt. */
  scale: number;
}

/** The paper with everything the composer placed on it. */
export const PageSvg = memo(function PageSvg({ layout, scale }: PageSvgProps) {
  const list = useMemo(() => displayList(layout.frame), [layout.frame]);
  return <DisplayListSvg list={list} scale={scale} testId="page-svg" />;
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
