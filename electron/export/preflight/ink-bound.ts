/**
 * An upper bound of a page's total ink (C+M+Y+K, %) from its display list, without rendering: at any point each
 * ink's coverage is that of some object covering the point (knockout or overprint alike) or none, so C+M+Y+K
 * there is at most the sum, over the four inks, of the largest value of that ink among the objects whose
 * bounding boxes (generously drawn) cover the point. Computed on a grid of CELL_PT cells. When this bound is
 * within the ink limit the rendered check (measure-ink.ts, Ghostscript, ~0.3 s a page) cannot find anything
 * over it, and export skips it. Pictures hold inks the bound does not know: a page with one gets null (render).
 */
import type { DisplayList, DisplayOp, Ink } from '../../../shared/display';

/** Grid cell, pt: small enough that a headline's red and the body's black in the next column stay apart. */
export const CELL_PT = 4;

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The bound in %, or null when the page has a picture (its inks are only known once rendered). */
export function inkUpperBoundPct(list: DisplayList): number | null {
  const cols = Math.max(1, Math.ceil(list.widthPt / CELL_PT));
  const rows = Math.max(1, Math.ceil(list.heightPt / CELL_PT));
  // Per cell and ink, the largest coverage (0–1) of an object over it.
  const cells = new Float32Array(cols * rows * 4);
  const mark = (r: Rect, ink: Ink | null) => {
    if (!ink) return;
    const { c, m, y, k } = ink.cmyk;
    if (c + m + y + k <= 0) return;
    const cx0 = Math.max(0, Math.floor(r.x0 / CELL_PT));
    const cx1 = Math.min(cols - 1, Math.floor(r.x1 / CELL_PT));
    const cy0 = Math.max(0, Math.floor(r.y0 / CELL_PT));
    const cy1 = Math.min(rows - 1, Math.floor(r.y1 / CELL_PT));
    for (let row = cy0; row <= cy1; row++) {
      for (let col = cx0; col <= cx1; col++) {
        const at = (row * cols + col) * 4;
        if (c > cells[at]) cells[at] = c;
        if (m > cells[at + 1]) cells[at + 1] = m;
        if (y > cells[at + 2]) cells[at + 2] = y;
        if (k > cells[at + 3]) cells[at + 3] = k;
      }
    }
  };
  /** A rectangle (xPt…heightPt) grown by its stroke width, with its fill and stroke inks. */
  const markFrame = (op: { xPt: number; yPt: number; widthPt: number; heightPt: number }, w: number, dx: number, dy: number, ...inks: (Ink | null)[]) => {
    const r = { x0: dx + op.xPt - w, x1: dx + op.xPt + op.widthPt + w, y0: dy + op.yPt - w, y1: dy + op.yPt + op.heightPt + w };
    for (const ink of inks) mark(r, ink);
  };
  const walk = (ops: readonly DisplayOp[], dx: number, dy: number): boolean => {
    for (const op of ops) {
      switch (op.kind) {
        case 'group':
          if (!walk(op.ops, dx + op.xPt, dy + op.yPt)) return false;
          break;
        case 'picture':
          return false;
        case 'glyphs': {
          if (op.xPt.length === 0) break;
          let min = Infinity;
          let max = -Infinity;
          for (const x of op.xPt) {
            if (x < min) min = x;
            if (x > max) max = x;
          }
          // A glyph reaches at most about an em from its origin; two em either side and up, one below, to be safe.
          const s = op.sizePt;
          mark({ x0: dx + min - 2 * s, x1: dx + max + 2 * s, y0: dy + op.baselinePt - 2 * s, y1: dy + op.baselinePt + s }, op.ink);
          break;
        }
        case 'line': {
          const w = op.widthPt;
          mark({ x0: dx + Math.min(op.x1Pt, op.x2Pt) - w, x1: dx + Math.max(op.x1Pt, op.x2Pt) + w, y0: dy + Math.min(op.y1Pt, op.y2Pt) - w, y1: dy + Math.max(op.y1Pt, op.y2Pt) + w }, op.ink);
          break;
        }
        case 'box':
          markFrame(op, op.strokeWidthPt, dx, dy, op.fill, op.stroke);
          break;
        case 'placeholder':
          markFrame(op, op.crossWidthPt, dx, dy, op.fill, op.cross);
          break;
        case 'path': {
          let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
          for (const poly of op.polygons) {
            for (let i = 0; i + 1 < poly.length; i += 2) {
              x0 = Math.min(x0, poly[i]);
              x1 = Math.max(x1, poly[i]);
              y0 = Math.min(y0, poly[i + 1]);
              y1 = Math.max(y1, poly[i + 1]);
            }
          }
          if (x0 <= x1) mark({ x0: dx + x0 - 1, x1: dx + x1 + 1, y0: dy + y0 - 1, y1: dy + y1 + 1 }, op.fill);
          break;
        }
      }
    }
    return true;
  };
  if (!walk(list.ops, 0, 0)) return null;
  let max = 0;
  for (let i = 0; i < cells.length; i += 4) {
    const total = cells[i] + cells[i + 1] + cells[i + 2] + cells[i + 3];
    if (total > max) max = total;
  }
  return Math.round(max * 1000) / 10;
}
