/**
 * Where a display list puts ink, object by object: each drawn object's rectangle (generously drawn, page pt) with
 * the inks it paints there. Read by the ink bound (ink-bound.ts) and by the plates' overprint check
 * (plates/overprint.ts); neither needs more than "which inks could be here".
 */
import { forEachLeaf, type DisplayList, type Ink } from '../../../shared/display';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Calls `visit` for every drawn object in paint order: its rectangle and its inks (fill, stroke; null entries
 * paint nothing), or `inks` null for a picture, whose inks are only known once rendered.
 */
export function forEachInkedBox(list: DisplayList, visit: (rect: Rect, inks: readonly (Ink | null)[] | null) => void): void {
  /** A rectangle (xPt…heightPt) grown by its stroke width. */
  const frame = (op: { xPt: number; yPt: number; widthPt: number; heightPt: number }, w: number, dx: number, dy: number): Rect => ({
    x0: dx + op.xPt - w,
    x1: dx + op.xPt + op.widthPt + w,
    y0: dy + op.yPt - w,
    y1: dy + op.yPt + op.heightPt + w,
  });
  forEachLeaf(list.ops, (op, dx, dy) => {
    switch (op.kind) {
      case 'picture':
        visit(frame(op, 0, dx, dy), null);
        break;
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
        visit({ x0: dx + min - 2 * s, x1: dx + max + 2 * s, y0: dy + op.baselinePt - 2 * s, y1: dy + op.baselinePt + s }, [op.ink]);
        break;
      }
      case 'line': {
        const w = op.widthPt;
        visit({ x0: dx + Math.min(op.x1Pt, op.x2Pt) - w, x1: dx + Math.max(op.x1Pt, op.x2Pt) + w, y0: dy + Math.min(op.y1Pt, op.y2Pt) - w, y1: dy + Math.max(op.y1Pt, op.y2Pt) + w }, [op.ink]);
        break;
      }
      case 'box':
        visit(frame(op, op.strokeWidthPt, dx, dy), [op.fill, op.stroke]);
        break;
      case 'placeholder':
        visit(frame(op, op.crossWidthPt, dx, dy), [op.fill, op.cross]);
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
        if (x0 <= x1) visit({ x0: dx + x0 - 1, x1: dx + x1 + 1, y0: dy + y0 - 1, y1: dy + y1 + 1 }, [op.fill]);
        break;
      }
    }
  });
}
