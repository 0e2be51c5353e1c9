/**
 * The thumbnail drawer (issue #15): a display list painted small on a <canvas> from its thumbnail marks
 * (shared/display/thumbnail.ts) — greeked lines as bars in their ink, boxes, rules, ornaments, placeholders,
 * pictures as grey blocks; text big enough to read as its glyphs at the composer's x positions, once the face's
 * slices are there (a bar until then). No element per glyph, no font asked for by small text, no browser text
 * layout. Both thumbnail strips use it: the plan's (renderer/plan/plan-thumbs.tsx) and the page view's
 * (renderer/page/page-thumbs.tsx).
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { faceFamily, GREEK_ALPHA, GREEK_HEIGHT_EM, GREEK_TOP_EM, marksSummary, PICTURE_CSS, runExtentPt, thumbnailMarks, type DisplayList, type ThumbMark, type ThumbMarks } from '../../shared/display';

function glyphFont(mark: Extract<ThumbMark, { kind: 'glyphs' }>): string {
  return `${mark.op.sizePt}px "${faceFamily(mark.op.faceId)}"`;
}

type GlyphsMark = Extract<ThumbMark, { kind: 'glyphs' }>;

/**
 * Whether each readable run's face is loaded (font-display block on the page's slices: a bar meanwhile), asked of
 * document.fonts once per font for all of that font's text — not once per run — and run by run only for a font
 * whose text is not all there. The answers are those of one document.fonts.check per run.
 */
function glyphsReadiness(marks: readonly ThumbMark[]): (mark: GlyphsMark) => boolean {
  let byFont: Map<string, GlyphsMark[]> | null = null;
  for (const mark of marks) {
    if (mark.kind !== 'glyphs') continue;
    byFont ??= new Map();
    const font = glyphFont(mark);
    const runs = byFont.get(font);
    if (runs) runs.push(mark);
    else byFont.set(font, [mark]);
  }
  if (!byFont) return () => true;
  const ready = new Set<GlyphsMark>();
  for (const [font, runs] of byFont) {
    if (document.fonts.check(font, runs.map((m) => m.op.drawn.join('')).join(''))) for (const m of runs) ready.add(m);
    else for (const m of runs) if (document.fonts.check(font, m.op.drawn.join(''))) ready.add(m);
  }
  return (mark) => ready.has(mark);
}

function paintGlyphs(ctx: CanvasRenderingContext2D, mark: GlyphsMark, ready: boolean): void {
  const { op, dxPt, dyPt } = mark;
  if (!ready) {
    const { x0Pt, x1Pt } = runExtentPt(op);
    ctx.globalAlpha = GREEK_ALPHA;
    ctx.fillStyle = op.ink.css;
    ctx.fillRect(dxPt + x0Pt, dyPt + op.baselinePt - GREEK_TOP_EM * op.sizePt, x1Pt - x0Pt, GREEK_HEIGHT_EM * op.sizePt);
    ctx.globalAlpha = 1;
    return;
  }
  ctx.font = glyphFont(mark);
  ctx.fillStyle = op.ink.css;
  // Each glyph at its own x: the canvas never lays out the run.
  for (let i = 0; i < op.drawn.length; i++) ctx.fillText(op.drawn[i], dxPt + op.xPt[i], dyPt + op.baselinePt);
}

function rectPath(ctx: CanvasRenderingContext2D, m: { xPt: number; yPt: number; widthPt: number; heightPt: number; radiusPt: number }): void {
  ctx.beginPath();
  if (m.radiusPt > 0) ctx.roundRect(m.xPt, m.yPt, m.widthPt, m.heightPt, m.radiusPt);
  else ctx.rect(m.xPt, m.yPt, m.widthPt, m.heightPt);
}

/**
 * Paints the marks in order, in pt (the context already scaled). Exported for the drawer's tests.
 * Consecutive bars (a page's greeked text: ~1,000 of them) are painted with the alpha set once and the ink set only
 * when it changes, each bar still its own fillRect: one path of all the bars (one fill) would be cheaper still but
 * paints the union once where the separate rects composite twice (two lines' bars sharing a pixel row at thumbnail
 * size), which changes a third of the pixels by up to 27/255 on the anchor page — these pixels are the same as one
 * fillRect per bar with its state set per bar.
 */
export function paintMarks(ctx: CanvasRenderingContext2D, marks: readonly ThumbMark[]): void {
  // The fonts asked about at the first readable run only (a plan thumbnail has none: no pass over its marks for them).
  let readiness: ((mark: GlyphsMark) => boolean) | null = null;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    switch (mark.kind) {
      case 'bar': {
        ctx.globalAlpha = GREEK_ALPHA;
        let css = mark.css;
        ctx.fillStyle = css;
        let bar: ThumbMark = mark;
        for (;;) {
          if (bar.css !== css) ctx.fillStyle = css = bar.css;
          ctx.fillRect(bar.xPt, bar.yPt, bar.widthPt, bar.heightPt);
          const next = marks[i + 1];
          if (next?.kind !== 'bar') break;
          bar = next;
          i++;
        }
        ctx.globalAlpha = 1;
        break;
      }
      case 'glyphs':
        readiness ??= glyphsReadiness(marks);
        paintGlyphs(ctx, mark, readiness(mark));
        break;
      case 'fill':
        ctx.fillStyle = mark.css;
        rectPath(ctx, mark);
        ctx.fill();
        break;
      case 'stroke':
        ctx.strokeStyle = mark.css;
        ctx.lineWidth = mark.lineWidthPt;
        ctx.setLineDash(mark.dashPt ? [...mark.dashPt] : []);
        rectPath(ctx, mark);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'line':
        ctx.strokeStyle = mark.css;
        ctx.lineWidth = mark.widthPt;
        ctx.beginPath();
        ctx.moveTo(mark.x1Pt, mark.y1Pt);
        ctx.lineTo(mark.x2Pt, mark.y2Pt);
        ctx.stroke();
        break;
      case 'polygons':
        ctx.fillStyle = mark.css;
        ctx.beginPath();
        for (const poly of mark.polygons) {
          for (let k = 0; k + 1 < poly.length; k += 2) (k === 0 ? ctx.moveTo : ctx.lineTo).call(ctx, mark.dxPt + poly[k], mark.dyPt + poly[k + 1]);
          ctx.closePath();
        }
        ctx.fill();
        break;
      case 'picture':
        ctx.fillStyle = PICTURE_CSS;
        ctx.fillRect(mark.xPt, mark.yPt, mark.widthPt, mark.heightPt);
        break;
    }
  }
}

export interface DisplayListThumbProps {
  /** The page's display list; null: the blank paper (widthPt × heightPt) while it is composed or not known. */
  list: DisplayList | null;
  /** Or the page's marks already made at this width (the plan's thumbnails keep only those); wins over `list`. */
  thumb?: ThumbMarks | null;
  /** Width on screen, CSS px. */
  widthPx: number;
  /** The paper's size when there is no list yet, pt. */
  paperPt?: { widthPt: number; heightPt: number };
  testId?: string;
}

const BLANK_PAPER = { widthPt: 390, heightPt: 540 };

/** Each marks' summary (the canvas's data attributes), made once per marks: the plan opened again keeps its marks. */
const summaries = new WeakMap<readonly ThumbMark[], ReturnType<typeof marksSummary>>();

function summaryOf(marks: readonly ThumbMark[]): ReturnType<typeof marksSummary> {
  let summary = summaries.get(marks);
  if (!summary) summaries.set(marks, (summary = marksSummary(marks)));
  return summary;
}

/** One page thumbnail: a canvas `widthPx` wide, sharp at the screen's pixel ratio; decorative (its button is labelled). */
export const DisplayListThumb = memo(function DisplayListThumb({ list, thumb, widthPx, paperPt, testId }: DisplayListThumbProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const paper = thumb ?? list ?? paperPt ?? BLANK_PAPER;
  const scale = widthPx / paper.widthPt;
  const heightPx = Math.round(paper.heightPt * scale);
  const marks = useMemo(() => (thumb ? thumb.marks : list ? thumbnailMarks(list, scale).marks : []), [thumb, list, scale]);
  const summary = useMemo(() => summaryOf(marks), [marks]);
  const fontsGen = useFontsLoaded(marks, summary.counts.glyphs > 0);

  useLayoutEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(widthPx * ratio);
    const height = Math.round(heightPx * ratio);
    // The size set before the context is made (setting it after drops the context's first 300×150 buffer);
    // painted again at the same size: cleared as a resize would (its state is reset by setTransform and paintMarks).
    const resized = el.width !== width || el.height !== height;
    if (resized) {
      el.width = width;
      el.height = height;
    }
    const ctx = el.getContext('2d');
    if (!ctx) return;
    if (!resized) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
    }
    ctx.setTransform(scale * ratio, 0, 0, scale * ratio, 0, 0);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, paper.widthPt, paper.heightPt);
    paintMarks(ctx, marks);
  }, [marks, widthPx, heightPx, scale, paper.widthPt, paper.heightPt, fontsGen]);

  return (
    <canvas
      ref={canvas}
      className="thumb-canvas"
      style={{ width: widthPx, height: heightPx }}
      aria-hidden="true"
      data-testid={testId}
      data-bars={summary.counts.bar}
      data-bar-pt={Math.round(summary.barPt)}
      data-glyph-runs={summary.counts.glyphs}
      data-pictures={summary.counts.picture}
    />
  );
});

/** Repaints once the faces of readable text arrive (small text needs none): a counter that changes then. */
function useFontsLoaded(marks: readonly ThumbMark[], readable: boolean): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    if (!readable) return;
    const ready = glyphsReadiness(marks);
    const pending = marks.filter((m): m is GlyphsMark => m.kind === 'glyphs' && !ready(m));
    if (pending.length === 0) return;
    let live = true;
    void Promise.all(pending.map((m) => document.fonts.load(glyphFont(m), m.op.drawn.join('')))).then(
      () => live && setLoads((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [marks, readable]);
  return loads;
}
