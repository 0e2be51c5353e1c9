/**
 * An upper bound of a page's total ink (C+M+Y+K, %) from its display list, without rendering: at any point each
 * ink's coverage is that of some object covering the point (knockout or overprint alike) or none, so C+M+Y+K
 * there is at most the sum, over the four inks, of the largest value of that ink among the objects whose
 * bounding boxes (generously drawn) cover the point. Computed on a grid of CELL_PT cells. When this bound is
 * within the ink limit the rendered check (measure-ink.ts, Ghostscript, ~0.3 s a page) cannot find anything
 * over it, and export skips it. Pictures hold inks the bound does not know: a page with one gets null (render).
 */
import type { DisplayList, Ink } from '../../../shared/display';
import { forEachInkedBox, type Rect } from './object-boxes';

/** Grid cell, pt: small enough that a headline's red and the body's black in the next column stay apart. */
export const CELL_PT = 4;

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
  let picture = false;
  forEachInkedBox(list, (rect, inks) => {
    if (inks === null) picture = true;
    else for (const ink of inks) mark(rect, ink);
  });
  if (picture) return null;
  let max = 0;
  for (let i = 0; i < cells.length; i += 4) {
    const total = cells[i] + cells[i + 1] + cells[i + 2] + cells[i + 3];
    if (total > max) max = total;
  }
  return Math.round(max * 1000) / 10;
}
