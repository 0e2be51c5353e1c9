/**
 * The thumbnail drawer's marks (issue #15): a display list as the few marks a page thumbnail paints, in page pt.
 * Text whose em is below a readable size on screen is greeked, as InDesign, QuarkXPress and 飞腾's page previews do:
 * each glyph run becomes one bar along its composed extent (the composer's own x positions), so a thumbnail never
 * draws thousands of glyphs and never asks for a font. Boxes, rules, ornaments and placeholders stay what they
 * are; a picture is a grey block of its frame (thumbnails fetch no images). Only readable text keeps its glyphs.
 * Pure: renderer/common/display-thumb.tsx paints the marks on a canvas; the tests read them.
 */
import type { BoxOp, DisplayList, DisplayOp, GlyphRunOp, GroupOp, LineOp, PathOp, PlaceholderOp } from './display-list';

/** Text whose em is at least this many CSS px on screen is drawn as glyphs; smaller text is greeked. */
export const READABLE_EM_PX = 7;
/** A greeked line's bar: from this far above the baseline (em), this tall (em) — the ideographic face's body. */
export const GREEK_TOP_EM = 0.78;
export const GREEK_HEIGHT_EM = 0.62;
/** How strongly a bar shows its ink: grey for black text (white knockout text stays white). */
export const GREEK_ALPHA = 0.45;
/** A picture's block. */
export const PICTURE_CSS = '#b9bec6';

export interface RectPt {
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
}

export type ThumbMark =
  /** A greeked glyph run: one bar in the run's ink. */
  | ({ kind: 'bar'; css: string } & RectPt)
  /** Readable text: the run's glyphs, placed at (dxPt, dyPt). */
  | { kind: 'glyphs'; op: GlyphRunOp; dxPt: number; dyPt: number }
  | ({ kind: 'fill'; css: string; radiusPt: number } & RectPt)
  | ({ kind: 'stroke'; css: string; lineWidthPt: number; radiusPt: number; dashPt: readonly [number, number] | null } & RectPt)
  | { kind: 'line'; css: string; widthPt: number; x1Pt: number; y1Pt: number; x2Pt: number; y2Pt: number }
  | { kind: 'polygons'; css: string; polygons: readonly (readonly number[])[]; dxPt: number; dyPt: number }
  | ({ kind: 'picture' } & RectPt);

export interface ThumbMarks {
  widthPt: number;
  heightPt: number;
  marks: readonly ThumbMark[];
}

/** The extent of a run's line: from its first glyph's origin to past its last (one pitch; one em for a lone glyph). */
export function runExtentPt(op: GlyphRunOp): { x0Pt: number; x1Pt: number } {
  const n = op.xPt.length;
  if (n === 0) return { x0Pt: 0, x1Pt: 0 };
  const first = op.xPt[0];
  const last = op.xPt[n - 1];
  const pitch = n > 1 ? Math.min(op.sizePt, Math.max(0, (last - first) / (n - 1))) : op.sizePt;
  return { x0Pt: first, x1Pt: last + (pitch > 0 ? pitch : op.sizePt) };
}

function runMark(op: GlyphRunOp, dx: number, dy: number, readableFromPt: number): ThumbMark | null {
  if (op.xPt.length === 0) return null;
  if (op.sizePt >= readableFromPt) return { kind: 'glyphs', op, dxPt: dx, dyPt: dy };
  const { x0Pt, x1Pt } = runExtentPt(op);
  return { kind: 'bar', css: op.ink.css, xPt: dx + x0Pt, yPt: dy + op.baselinePt - GREEK_TOP_EM * op.sizePt, widthPt: x1Pt - x0Pt, heightPt: GREEK_HEIGHT_EM * op.sizePt };
}

function boxMarks(op: BoxOp, dx: number, dy: number, out: ThumbMark[]): void {
  const rect = { xPt: dx + op.xPt, yPt: dy + op.yPt, widthPt: op.widthPt, heightPt: op.heightPt };
  if (op.fill) out.push({ kind: 'fill', css: op.fill.css, radiusPt: op.radiusPt, ...rect });
  if (op.stroke) out.push({ kind: 'stroke', css: op.stroke.css, lineWidthPt: op.strokeWidthPt, radiusPt: op.radiusPt, dashPt: op.dashPt, ...rect });
}

function lineMark(op: LineOp, dx: number, dy: number): ThumbMark {
  return { kind: 'line', css: op.ink.css, widthPt: op.widthPt, x1Pt: dx + op.x1Pt, y1Pt: dy + op.y1Pt, x2Pt: dx + op.x2Pt, y2Pt: dy + op.y2Pt };
}

function pathMark(op: PathOp, dx: number, dy: number): ThumbMark {
  return { kind: 'polygons', css: op.fill.css, polygons: op.polygons, dxPt: dx, dyPt: dy };
}

function placeholderMarks(op: PlaceholderOp, dx: number, dy: number, out: ThumbMark[]): void {
  const x = dx + op.xPt;
  const y = dy + op.yPt;
  if (op.fill) out.push({ kind: 'fill', css: op.fill.css, radiusPt: 0, xPt: x, yPt: y, widthPt: op.widthPt, heightPt: op.heightPt });
  if (op.cross) {
    const css = op.cross.css;
    const widthPt = op.crossWidthPt;
    out.push({ kind: 'line', css, widthPt, x1Pt: x, y1Pt: y, x2Pt: x + op.widthPt, y2Pt: y + op.heightPt });
    out.push({ kind: 'line', css, widthPt, x1Pt: x + op.widthPt, y1Pt: y, x2Pt: x, y2Pt: y + op.heightPt });
  }
}

/** A module's marks in its own coordinates, kept with its (immutable, cached) group: a keystroke redoes one module. */
const groupMarks = new WeakMap<GroupOp, { readableFromPt: number; marks: readonly ThumbMark[] }>();

function marksOfGroup(op: GroupOp, readableFromPt: number, memo: boolean): readonly ThumbMark[] {
  const known = memo ? groupMarks.get(op) : undefined;
  if (known && known.readableFromPt === readableFromPt) return known.marks;
  const marks: ThumbMark[] = [];
  opsMarks(op.ops, 0, 0, readableFromPt, marks, memo);
  if (memo) groupMarks.set(op, { readableFromPt, marks });
  return marks;
}

/** A mark moved by (dx, dy), pt. */
export function movedMark(mark: ThumbMark, dx: number, dy: number): ThumbMark {
  switch (mark.kind) {
    case 'line':
      return { ...mark, x1Pt: mark.x1Pt + dx, y1Pt: mark.y1Pt + dy, x2Pt: mark.x2Pt + dx, y2Pt: mark.y2Pt + dy };
    case 'glyphs':
    case 'polygons':
      return { ...mark, dxPt: mark.dxPt + dx, dyPt: mark.dyPt + dy };
    default:
      return { ...mark, xPt: mark.xPt + dx, yPt: mark.yPt + dy };
  }
}

function opsMarks(ops: readonly DisplayOp[], dx: number, dy: number, readableFromPt: number, out: ThumbMark[], memo: boolean): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'group':
        if (memo) for (const mark of marksOfGroup(op, readableFromPt, true)) out.push(movedMark(mark, dx + op.xPt, dy + op.yPt));
        else opsMarks(op.ops, dx + op.xPt, dy + op.yPt, readableFromPt, out, false);
        break;
      case 'glyphs': {
        const mark = runMark(op, dx, dy, readableFromPt);
        if (mark) out.push(mark);
        break;
      }
      case 'box':
        boxMarks(op, dx, dy, out);
        break;
      case 'line':
        out.push(lineMark(op, dx, dy));
        break;
      case 'path':
        out.push(pathMark(op, dx, dy));
        break;
      case 'picture':
        out.push({ kind: 'picture', xPt: dx + op.xPt, yPt: dy + op.yPt, widthPt: op.widthPt, heightPt: op.heightPt });
        break;
      case 'placeholder':
        placeholderMarks(op, dx, dy, out);
        break;
    }
  }
}

/**
 * The display list's marks for a thumbnail drawn `scale` CSS px per pt: text below READABLE_EM_PX greeked.
 * `memo` false: each module group's marks are made in place and not remembered by group (a list drawn once).
 */
export function thumbnailMarks(list: DisplayList, scale: number, { memo = true }: { memo?: boolean } = {}): ThumbMarks {
  const readableFromPt = READABLE_EM_PX / scale;
  const marks: ThumbMark[] = [];
  opsMarks(list.ops, 0, 0, readableFromPt, marks, memo);
  return { widthPt: list.widthPt, heightPt: list.heightPt, marks };
}

/** How many marks of each kind, and the greeked lines' total length (pt): what a thumbnail shows, for tests. */
export function marksSummary(marks: readonly ThumbMark[]): { counts: Record<ThumbMark['kind'], number>; barPt: number } {
  const counts: Record<ThumbMark['kind'], number> = { bar: 0, glyphs: 0, fill: 0, stroke: 0, line: 0, polygons: 0, picture: 0 };
  let barPt = 0;
  for (const mark of marks) {
    counts[mark.kind]++;
    if (mark.kind === 'bar') barPt += mark.widthPt;
  }
  return { counts, barPt };
}
