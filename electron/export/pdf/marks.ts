/**
 * Printer's marks outside the trim: crop marks at the four corners, starting bleed + 1 mm out, 0.25 pt, and the
 * slug line (paper, date, page, time, plates) below the bleed — both in /Separation /All so every plate
 * carries them (PRINT.md §1 Marks).
 */
import type { EmbeddedFonts } from './embedded-fonts';
import { labelOps } from './label-text';
import { MARK_GAP_PT, MARK_LENGTH_PT, num, pdfX, pdfY, type PageBoxes } from './page-boxes';
import type { PdfPageMeta } from './pdf-options';
import { newRef, type PdfRef } from './pdf-ref';

/** Resource name of the registration colour space on every page that has marks. */
export const ALL_COLORSPACE = 'CSAll';
export const MARK_WIDTH_PT = 0.25;
const SLUG_SIZE_PT = 6;
const SLUG_FACE = 'sans-regular';


/** [/Separation /All /DeviceCMYK f]: tint 1 puts 100% on every process plate. */
export function registrationColorSpace(doc: PDFKit.PDFDocument): PdfRef {
  const tint = newRef(doc, { FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 });
  tint.end();
  const space = newRef(doc, ['Separation', 'All', 'DeviceCMYK', tint]);
  space.end();
  return space;
}

export function cropMarkOps(boxes: PageBoxes): string[] {
  const near = boxes.bleedPt + MARK_GAP_PT;
  const far = near + MARK_LENGTH_PT;
  const { trimWidthPt: w, trimHeightPt: h } = boxes;
  const lines: [number, number, number, number][] = [];
  for (const x of [0, w]) {
    const out = x === 0 ? -1 : 1;
    for (const y of [0, h]) {
      const down = y === 0 ? -1 : 1;
      // Horizontal mark on the trim's y line, vertical mark on its x line, both beyond the bleed.
      lines.push([x + out * near, y, x + out * far, y]);
      lines.push([x, y + down * near, x, y + down * far]);
    }
  }
  const path = lines.map(([x1, y1, x2, y2]) => `${num(pdfX(boxes, x1))} ${num(pdfY(boxes, y1))} m ${num(pdfX(boxes, x2))} ${num(pdfY(boxes, y2))} l`).join(' ');
  return [`q /${ALL_COLORSPACE} CS 1 SCN ${MARK_WIDTH_PT} w 0 J ${path} S Q`];
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD HH:mm' in the machine's local time (what the night desk reads off the plate). */
export function slugTime(at: Date): string {
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

export function slugText(meta: PdfPageMeta, at: Date, plates: string): string {
  const section = meta.section ? ` ${meta.section}` : '';
  return `${meta.paperName}  ${meta.date}  第${meta.pageNumber}版${section}  输出 ${slugTime(at)}  色版 ${plates}`;
}

export function slugOps(boxes: PageBoxes, fonts: EmbeddedFonts, text: string): string[] {
  // Below the bottom bleed, clear of the vertical crop marks at the trim's corners.
  const x = pdfX(boxes, MARK_GAP_PT + MARK_LENGTH_PT);
  const y = pdfY(boxes, boxes.trimHeightPt + boxes.bleedPt + MARK_GAP_PT + SLUG_SIZE_PT);
  return [`q /${ALL_COLORSPACE} cs 1 scn ${labelOps(fonts, text, SLUG_FACE, SLUG_SIZE_PT, x, y)} Q`];
}
