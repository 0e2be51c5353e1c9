/**
 * Whether a page's overprint changes its plates. An overprinting object (100 % K, OPM 1) leaves the plates of the
 * inks it does not paint as they are; knocking out would set them to 0 there. The two differ only where another
 * object puts one of those inks under it: when no such object's box meets an overprinting object's box, the plates
 * are the same either way, and Ghostscript may skip simulating overprint (`-dOverprint=/disable`): about 40 % of
 * tiffsep1's CPU on a dense text page (docs/benchmarks.md). Of the page's marks only the plate labels overprint
 * (marks.ts: each in its own ink, beside the others); the caller passes their boxes.
 */
import type { DisplayList, Ink } from '../../../shared/display';
import { plateLabelOverprints } from '../pdf/marks';
import { pageBoxes } from '../pdf/page-boxes';
import { resolveOptions, type PdfOptions } from '../pdf/pdf-options';
import { forEachInkedBox, type Rect } from '../preflight/object-boxes';

/** Grid cell, pt (boxes are already drawn generously). */
const CELL_PT = 4;

/** Plates carrying the ink, as bits: C 1, M 2, Y 4, K 8. */
function inkBits(ink: Ink | null): number {
  if (!ink) return 0;
  const { c, m, y, k } = ink.cmyk;
  return (c > 0 ? 1 : 0) | (m > 0 ? 2 : 0) | (y > 0 ? 4 : 0) | (k > 0 ? 8 : 0);
}

const ALL_INKS = 15;

/** An overprinting object outside the display list (a plate label in the marks area): its box and plate bits. */
export interface OverprintBox {
  rect: Rect;
  /** Plates it paints: C 1, M 2, Y 4, K 8. */
  bits: number;
}

/**
 * True when simulating overprint cannot change any pixel of the page's plates: no overprinting object's box (the
 * display list's, and `marks`) meets a box with an ink the overprinting object does not paint (pictures count as
 * every ink).
 */
export function overprintIsInert(list: DisplayList, marks: readonly OverprintBox[] = []): boolean {
  // What overprinting objects may sit on: the knockout objects' boxes (few: tints, rules, pictures) …
  const under: OverprintBox[] = [];
  const overprints: OverprintBox[] = [...marks];
  forEachInkedBox(list, (rect, inks) => {
    if (inks === null) return void under.push({ rect, bits: ALL_INKS });
    for (const ink of inks) {
      const bits = inkBits(ink);
      if (bits !== 0) (ink?.overprint ? overprints : under).push({ rect, bits });
    }
  });
  // … and the other overprinting objects: text is 100 % K, so only the few of other inks need looking at.
  const counts = new Map<number, number>();
  for (const o of overprints) counts.set(o.bits, (counts.get(o.bits) ?? 0) + 1);
  const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const o of overprints) {
    if (o.bits !== commonest && overprints.some((p) => p.bits !== o.bits && meets(o.rect, p.rect))) return false;
  }
  if (under.length === 0) return true;
  // The knockout objects on a grid; per cell, the plates they may ink there.
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const { rect } of under) {
    x0 = Math.min(x0, rect.x0);
    y0 = Math.min(y0, rect.y0);
    x1 = Math.max(x1, rect.x1);
    y1 = Math.max(y1, rect.y1);
  }
  const cols = Math.max(1, Math.ceil((x1 - x0) / CELL_PT) + 1);
  const rows = Math.max(1, Math.ceil((y1 - y0) / CELL_PT) + 1);
  const cells = new Uint8Array(cols * rows);
  const cellRange = (r: Rect) => ({
    cx0: Math.max(0, Math.floor((r.x0 - x0) / CELL_PT)),
    cx1: Math.min(cols - 1, Math.floor((r.x1 - x0) / CELL_PT)),
    cy0: Math.max(0, Math.floor((r.y0 - y0) / CELL_PT)),
    cy1: Math.min(rows - 1, Math.floor((r.y1 - y0) / CELL_PT)),
  });
  for (const { rect, bits } of under) {
    const { cx0, cx1, cy0, cy1 } = cellRange(rect);
    for (let row = cy0; row <= cy1; row++) for (let col = cx0; col <= cx1; col++) cells[row * cols + col] |= bits;
  }
  for (const { rect, bits } of overprints) {
    if (rect.x1 < x0 || rect.x0 > x1 || rect.y1 < y0 || rect.y0 > y1) continue;
    const { cx0, cx1, cy0, cy1 } = cellRange(rect);
    for (let row = cy0; row <= cy1; row++) for (let col = cx0; col <= cx1; col++) if (cells[row * cols + col] & ~bits) return false;
  }
  return true;
}

function meets(a: Rect, b: Rect): boolean {
  return a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1;
}

/** overprintIsInert for a page PDF written with `pdfOptions`: its display list and, when it has a slug, the plate labels. */
export function pageOverprintIsInert(list: DisplayList, trim: { widthPt: number; heightPt: number }, pdfOptions: PdfOptions = {}): boolean {
  const resolved = resolveOptions(pdfOptions, pdfOptions.createdAt ?? new Date(0));
  return overprintIsInert(list, resolved.slug ? plateLabelOverprints(pageBoxes(trim.widthPt, trim.heightPt, resolved)) : []);
}
