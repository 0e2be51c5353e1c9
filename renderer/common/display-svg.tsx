/**
 * The screen's drawer: display-list operations (shared/display) → SVG elements. One <text> per glyph run with an
 * x per character at the positions the composer computed (the browser never lays out text), drawing for each
 * glyph the character its face maps that glyph to. Every choice (ink, stroke, placeholder) was made when the list
 * was built; this file only translates. The page preview, the page proof and the evidence renders all use it.
 */
import { memo } from 'react';
import type { DisplayList, DisplayOp, GlyphRunOp, GroupOp } from '../../shared/display';
import { assetSrc } from './asset-src';
import { faceFamily } from '../../shared/display';

/** The run's characters and one x per UTF-16 unit (SVG positions addressable characters; astral ones take two). */
export function runText(op: GlyphRunOp): { text: string; xs: string } {
  let text = '';
  const xs: number[] = [];
  for (let i = 0; i < op.drawn.length; i++) {
    const ch = op.drawn[i];
    for (let u = 0; u < ch.length; u++) xs.push(op.xPt[i]);
    text += ch;
  }
  return { text, xs: xs.join(' ') };
}

/** Closed polygons (flat x, y lists) as SVG path data. */
export function polygonsPath(polygons: readonly (readonly number[])[]): string {
  let d = '';
  for (const poly of polygons) {
    for (let i = 0; i + 1 < poly.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${poly[i]} ${poly[i + 1]}`;
    d += 'Z';
  }
  return d;
}

function GlyphRun({ op }: { op: GlyphRunOp }) {
  const { text, xs } = runText(op);
  return (
    <text x={xs} y={op.baselinePt} fontFamily={faceFamily(op.faceId)} fontSize={op.sizePt} fill={op.ink.css}>
      {text}
    </text>
  );
}

function Op({ op }: { op: DisplayOp }) {
  switch (op.kind) {
    case 'glyphs':
      return <GlyphRun op={op} />;
    case 'line':
      return <line x1={op.x1Pt} y1={op.y1Pt} x2={op.x2Pt} y2={op.y2Pt} strokeWidth={op.widthPt} stroke={op.ink.css} strokeLinecap={op.cap} />;
    case 'box':
      return (
        <rect
          x={op.xPt}
          y={op.yPt}
          width={op.widthPt}
          height={op.heightPt}
          fill={op.fill ? op.fill.css : 'none'}
          stroke={op.stroke ? op.stroke.css : 'none'}
          strokeWidth={op.strokeWidthPt}
          rx={op.radiusPt || undefined}
          strokeDasharray={op.dashPt ? op.dashPt.join(' ') : undefined}
        />
      );
    case 'path':
      return <path d={polygonsPath(op.polygons)} fill={op.fill.css} />;
    case 'picture':
      // A stored crop: the whole picture in the display list's image rectangle, clipped to the frame (a nested
      // svg clips to its viewport), exactly as the PDF draws it.
      if (op.image)
        return (
          <svg x={op.xPt} y={op.yPt} width={op.widthPt} height={op.heightPt} overflow="hidden" className="image-crop" data-asset={op.assetId}>
            <image
              x={op.image.xPt - op.xPt}
              y={op.image.yPt - op.yPt}
              width={op.image.widthPt}
              height={op.image.heightPt}
              href={assetSrc(op.assetId)}
              preserveAspectRatio="none"
              data-asset={op.assetId}
              className="image-picture"
            />
          </svg>
        );
      // The JPEG thumbnail (every format the desk takes, light to draw); slice = cover, centred, cropped.
      return (
        <image
          x={op.xPt}
          y={op.yPt}
          width={op.widthPt}
          height={op.heightPt}
          href={assetSrc(op.assetId)}
          preserveAspectRatio="xMidYMid slice"
          data-asset={op.assetId}
          className="image-picture"
        />
      );
    case 'placeholder': {
      const right = op.xPt + op.widthPt;
      const bottom = op.yPt + op.heightPt;
      return (
        <g className="image-slot" data-asset={op.assetId ?? undefined}>
          <rect x={op.xPt} y={op.yPt} width={op.widthPt} height={op.heightPt} fill={op.fill ? op.fill.css : 'none'} />
          {op.cross && <path d={`M${op.xPt} ${bottom}L${right} ${op.yPt}M${op.xPt} ${op.yPt}L${right} ${bottom}`} stroke={op.cross.css} strokeWidth={op.crossWidthPt} fill="none" />}
        </g>
      );
    }
    case 'group':
      return <DisplayGroup op={op} />;
  }
}

/** Operations in paint order. */
export const DisplayOps = memo(function DisplayOps({ ops }: { ops: readonly DisplayOp[] }) {
  return (
    <>
      {ops.map((op, i) => (
        <Op key={i} op={op} />
      ))}
    </>
  );
});

/** A module, translated into place; re-renders only when the module was recomposed (new operations). */
export const DisplayGroup = memo(
  function DisplayGroup({ op }: { op: GroupOp }) {
    return (
      <g data-module-id={op.moduleId} transform={`translate(${op.xPt} ${op.yPt})`}>
        <DisplayOps ops={op.ops} />
      </g>
    );
  },
  (a, b) => a.op.ops === b.op.ops && a.op.xPt === b.op.xPt && a.op.yPt === b.op.yPt && a.op.moduleId === b.op.moduleId,
);

/**
 * A page-sized display list on paper, drawn by this drawer (the page preview, the page diff, the plan's
 * thumbnails at a small scale). `label`: an accessible name for the drawing. `textDrawn`: whether the text is in
 * (data-text="drawn"; the page preview holds it back until its fonts load: page-svg.tsx).
 */
export function DisplayListSvg({ list, scale, testId, label, textDrawn }: { list: Pick<DisplayList, 'widthPt' | 'heightPt' | 'ops'>; scale: number; testId: string; label?: string; textDrawn?: boolean }) {
  return (
    <svg
      className="page-svg"
      data-testid={testId}
      {...(textDrawn !== undefined ? { 'data-text': textDrawn ? 'drawn' : 'loading' } : {})}
      xmlns="http://www.w3.org/2000/svg"
      width={list.widthPt * scale}
      height={list.heightPt * scale}
      viewBox={`0 0 ${list.widthPt} ${list.heightPt}`}
      textRendering="geometricPrecision"
      {...(label ? { role: 'img', 'aria-label': label } : {})}
    >
      <rect className="paper" x={0} y={0} width={list.widthPt} height={list.heightPt} fill="#fffefb" />
      <DisplayOps ops={list.ops} />
    </svg>
  );
}
