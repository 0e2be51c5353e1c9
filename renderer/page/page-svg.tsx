/**
 * The page preview: the page's display list (shared/display, built from PageLayout.frame) drawn by the screen's
 * drawer (renderer/common/display-svg.tsx). Each module is one group: a keystroke that recomposes one module re-renders one group.
 */
import { memo, useMemo } from 'react';
import type { PageLayout } from '../../shared/compose/page-types';
import { displayList } from '../../shared/display';
import { DisplayOps } from '../common/display-svg';

export interface PageSvgProps {
  layout: PageLayout;
  /** CSS pixels per pt. */
  scale: number;
}

/** The paper with everything the composer placed on it. */
export const PageSvg = memo(function PageSvg({ layout, scale }: PageSvgProps) {
  const list = useMemo(() => displayList(layout.frame), [layout.frame]);
  return (
    <svg
      className="page-svg"
      data-testid="page-svg"
      xmlns="http://www.w3.org/2000/svg"
      width={layout.widthPt * scale}
      height={layout.heightPt * scale}
      viewBox={`0 0 ${layout.widthPt} ${layout.heightPt}`}
      textRendering="geometricPrecision"
    >
      <rect className="paper" x={0} y={0} width={layout.widthPt} height={layout.heightPt} fill="#fffefb" />
      <DisplayOps ops={list.ops} />
    </svg>
  );
});
