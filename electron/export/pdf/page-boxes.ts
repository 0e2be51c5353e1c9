/**
 * Where the trim sits on the PDF page. The MediaBox grows by the bleed, and by room for crop marks and the slug
 * when they are on; frame coordinates (trim top-left, y down) map to PDF user space (bottom-left, y up).
 */
import { mmToPt, roundPt } from '../../../shared/units';
import type { ResolvedPdfOptions } from './pdf-options';

/** Crop marks start this far outside the bleed (PRINT.md: bleed + ~1 mm). */
export const MARK_GAP_PT = mmToPt(1);
export const MARK_LENGTH_PT = mmToPt(5);
/** Room outside the bleed for marks and the slug line. */
export const SLUG_SPACE_PT = MARK_GAP_PT + MARK_LENGTH_PT + mmToPt(1);

export type PdfBox = [number, number, number, number];

export interface PageBoxes {
  mediaWidthPt: number;
  mediaHeightPt: number;
  /** Distance from the media's left (and top) edge to the trim's. */
  trimOffsetPt: number;
  trimWidthPt: number;
  trimHeightPt: number;
  bleedPt: number;
  mediaBox: PdfBox;
  bleedBox: PdfBox;
  trimBox: PdfBox;
}

export function pageBoxes(trimWidthPt: number, trimHeightPt: number, options: ResolvedPdfOptions): PageBoxes {
  const bleedPt = options.bleedPt;
  // On the 1/1000 pt grid, like the layout: pdfkit's page flip and ours then cancel exactly.
  const trimOffsetPt = roundPt(bleedPt + (options.marks || options.slug ? SLUG_SPACE_PT : 0));
  const mediaWidthPt = roundPt(trimWidthPt + 2 * trimOffsetPt);
  const mediaHeightPt = roundPt(trimHeightPt + 2 * trimOffsetPt);
  const o = trimOffsetPt;
  return {
    mediaWidthPt,
    mediaHeightPt,
    trimOffsetPt,
    trimWidthPt,
    trimHeightPt,
    bleedPt,
    mediaBox: [0, 0, mediaWidthPt, mediaHeightPt],
    bleedBox: [o - bleedPt, o - bleedPt, o + trimWidthPt + bleedPt, o + trimHeightPt + bleedPt],
    trimBox: [o, o, o + trimWidthPt, o + trimHeightPt],
  };
}

/** Frame x (trim-relative) → PDF x. */
export function pdfX(boxes: PageBoxes, xPt: number): number {
  return boxes.trimOffsetPt + xPt;
}

/** Frame y (trim-relative, down) → PDF y (up). */
export function pdfY(boxes: PageBoxes, yPt: number): number {
  return boxes.mediaHeightPt - boxes.trimOffsetPt - yPt;
}

/** A number for a content stream: at most `decimals` places, no exponent, no trailing zeros. */
export function num(n: number, decimals = 3): string {
  const s = n.toFixed(decimals);
  if (s.indexOf('.') < 0) return s === '-0' ? '0' : s;
  const t = s.replace(/0+$/, '').replace(/\.$/, '');
  return t === '-0' ? '0' : t;
}
