/**
 * Draws a PageLayout as SVG: one <text> per TextItem with an x per glyph, at the positions the composer computed
 * (the browser never lays out body text). Each module is its own memoised group, keyed by the identity of its
 * ModuleLayout: a keystroke that recomposes one module re-renders one group.
 */
import { memo, useMemo } from 'react';
import type { Cmyk, Frame, FrameItem } from '../../shared/compose';
import type { ModuleLayout, PageLayout } from '../../shared/compose/page-types';
import { faceFamily } from '../common/page-fonts';
import { assetSrc } from '../pictures/asset-src'; // [pictures]

/** Process colour → screen colour (a plain approximation: the proof is the PDF). */
export function cmykToCss(c: Cmyk): string {
  const v = (x: number) => Math.round(255 * (1 - x) * (1 - c.k));
  return `rgb(${v(c.c)},${v(c.m)},${v(c.y)})`;
}

function Item({ item }: { item: FrameItem }) {
  if (item.kind === 'text') {
    // One x per UTF-16 unit: SVG positions addressable characters, and a glyph's ch may be a surrogate pair.
    const xs: number[] = [];
    let text = '';
    for (const g of item.glyphs) {
      for (let i = 0; i < g.ch.length; i++) xs.push(g.xPt);
      text += g.ch;
    }
    return (
      <text x={xs.join(' ')} y={item.yPt} fontFamily={faceFamily(item.faceId)} fontSize={item.sizePt} fill={cmykToCss(item.color)}>
        {text}
      </text>
    );
  }
  if (item.kind === 'rule') {
    return <line x1={item.x1Pt} y1={item.y1Pt} x2={item.x2Pt} y2={item.y2Pt} strokeWidth={item.thicknessPt} stroke={cmykToCss(item.color)} />;
  }
  if (item.assetId) {
    // [pictures] the placed picture (its JPEG thumbnail: every format the desk takes, light to draw), filling
    // the slot centred and cropped like the PDF writer's cover fit; slice clips it to the slot's rect.
    return (
      <image
        x={item.xPt}
        y={item.yPt}
        width={item.widthPt}
        height={item.heightPt}
        href={assetSrc(item.assetId)}
        preserveAspectRatio="xMidYMid slice"
        data-asset={item.assetId}
        className="image-picture"
      />
    );
  }
  return (
    <rect
      x={item.xPt}
      y={item.yPt}
      width={item.widthPt}
      height={item.heightPt}
      fill={item.fill ? cmykToCss(item.fill) : 'none'}
      stroke={item.stroke ? cmykToCss(item.stroke) : 'none'}
      strokeWidth={item.stroke ? 0.5 : 0}
      data-asset={item.assetId ?? undefined}
      className={item.assetId !== undefined && item.fill ? 'image-slot' : undefined}
    />
  );
}

export const FrameItems = memo(function FrameItems({ frame }: { frame: Frame }) {
  return (
    <>
      {frame.items.map((item, i) => (
        <Item key={i} item={item} />
      ))}
    </>
  );
});

/** One module, translated into place. Re-renders only when its layout object changes. */
export const ModuleGroup = memo(function ModuleGroup({ layout }: { layout: ModuleLayout }) {
  return (
    <g data-module-id={layout.moduleId} transform={`translate(${layout.xPt} ${layout.yPt})`}>
      <FrameItems frame={layout.frame} />
    </g>
  );
});

/**
 * The page frame's own items (栏线 and whatever the composer draws outside modules). composePage builds the page
 * frame as every module's items in module order, then the page's own (shared/compose/page/compose-page.ts); the
 * module groups draw the former.
 */
export function pageOnlyItems(layout: PageLayout): FrameItem[] {
  let moduleItems = 0;
  for (const m of layout.modules) moduleItems += m.frame.items.length;
  return layout.frame.items.slice(moduleItems);
}

export interface PageSvgProps {
  layout: PageLayout;
  /** CSS pixels per pt. */
  scale: number;
}

/** The paper with everything the composer placed on it. */
export const PageSvg = memo(function PageSvg({ layout, scale }: PageSvgProps) {
  const extras = useMemo(() => ({ widthPt: layout.widthPt, heightPt: layout.heightPt, items: pageOnlyItems(layout) }), [layout]);
  return (
    <svg
      className="page-svg"
      data-testid="page-svg"
      width={layout.widthPt * scale}
      height={layout.heightPt * scale}
      viewBox={`0 0 ${layout.widthPt} ${layout.heightPt}`}
      textRendering="geometricPrecision"
    >
      <rect className="paper" x={0} y={0} width={layout.widthPt} height={layout.heightPt} fill="#fffefb" />
      {layout.modules.map((m) => (
        <ModuleGroup key={m.moduleId} layout={m} />
      ))}
      <g data-page-items="">
        <FrameItems frame={extras} />
      </g>
    </svg>
  );
});
