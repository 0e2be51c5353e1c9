/**
 * The page preview: the page's display list (shared/display, built from PageLayout.frame) drawn by the screen's
 * drawer (renderer/common/display-svg.tsx). Each module is one group: a keystroke that recomposes one module re-renders one group.
 */
import { memo, useMemo } from 'react';
import type { PageLayout } from '../../shared/compose/page-types';
import { displayList, type DisplayList } from '../../shared/display';
import { DisplayOps } from '../common/display-svg';

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

/** A page-sized display list on paper, drawn by the screen's drawer (the page preview, the page diff). */
export function DisplayListSvg({ list, scale, testId }: { list: Pick<DisplayList, 'widthPt' | 'heightPt' | 'ops'>; scale: number; testId: string }) {
  return (
    <svg
      className="page-svg"
      data-testid={testId}
      xmlns="http://www.w3.org/2000/svg"
      width={list.widthPt * scale}
      height={list.heightPt * scale}
      viewBox={`0 0 ${list.widthPt} ${list.heightPt}`}
      textRendering="geometricPrecision"
    >
      <rect className="paper" x={0} y={0} width={list.widthPt} height={list.heightPt} fill="#fffefb" />
      <DisplayOps ops={list.ops} />
    </svg>
  );
}
