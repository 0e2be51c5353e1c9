/**
 * Printer's marks outside the trim: crop marks at the four corners, starting bleed + 1 mm out, 0.25 pt,
 * registration targets at the middle of each side and the slug line (paper, date, page, time) below the bleed —
 * all in /Separation /All so every plate carries them — and, beside the slug, each plate's own name and a colour
 * bar, each patch and name in its own ink only: a plate names itself (C on the cyan plate, K on the black).
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

export function slugText(meta: PdfPageMeta, at: Date): string {
  const section = meta.section ? ` ${meta.section}` : '';
  return `${meta.paperName}  ${meta.date}  第${meta.pageNumber}版${section}  输出 ${slugTime(at)}`;
}

export function slugOps(boxes: PageBoxes, fonts: EmbeddedFonts, text: string): string[] {
  // Below the bottom bleed, clear of the vertical crop marks at the trim's corners.
  const x = pdfX(boxes, MARK_GAP_PT + MARK_LENGTH_PT);
  const y = pdfY(boxes, boxes.trimHeightPt + boxes.bleedPt + MARK_GAP_PT + SLUG_SIZE_PT);
  return [`q /${ALL_COLORSPACE} cs 1 scn ${labelOps(fonts, text, SLUG_FACE, SLUG_SIZE_PT, x, y)} Q`];
}

/** The process inks in plate order, each as a DeviceCMYK fill that puts ink on that plate alone. */
export const PLATE_INKS = [
  { ink: 'C', cmyk: '1 0 0 0' },
  { ink: 'M', cmyk: '0 1 0 0' },
  { ink: 'Y', cmyk: '0 0 1 0' },
  { ink: 'K', cmyk: '0 0 0 1' },
] as const;
export type PlateInk = (typeof PLATE_INKS)[number]['ink'];

/** Where the plate names and the colour bar sit: below the bottom bleed, right of the trim's centre (pt, trim space). */
export function plateLabelBox(boxes: PageBoxes, ink: PlateInk): { xPt: number; yPt: number; widthPt: number; heightPt: number } {
  const index = PLATE_INKS.findIndex((p) => p.ink === ink);
  const widthPt = PLATE_LABEL_STEP_PT - 4;
  const xPt = boxes.trimWidthPt - MARK_GAP_PT - MARK_LENGTH_PT - (PLATE_INKS.length - index) * PLATE_LABEL_STEP_PT;
  return { xPt, yPt: boxes.trimHeightPt + boxes.bleedPt + MARK_GAP_PT, widthPt, heightPt: SLUG_SIZE_PT + 2 };
}

const PLATE_LABEL_STEP_PT = 40;

/**
 * The marks that overprint, for the plates' overprint check (plates/overprint.ts): each plate label's box (patch
 * and name, trim space) with the plate it paints, as a bit (C 1, M 2, Y 4, K 8).
 */
export function plateLabelOverprints(boxes: PageBoxes): { rect: { x0: number; y0: number; x1: number; y1: number }; bits: number }[] {
  return PLATE_INKS.map(({ ink }, i) => {
    const box = plateLabelBox(boxes, ink);
    return { rect: { x0: box.xPt, y0: box.yPt, x1: box.xPt + box.widthPt, y1: box.yPt + box.heightPt }, bits: 1 << i };
  });
}

/**
 * For each ink: a solid patch and the words 色版 C (…K) in that ink alone, overprinting, so each separation
 * carries its own name and a patch the plant can measure, and the composite shows all four side by side.
 */
export function plateLabelOps(boxes: PageBoxes, fonts: EmbeddedFonts, overprintState: string): string[] {
  return PLATE_INKS.map(({ ink, cmyk }) => {
    const box = plateLabelBox(boxes, ink);
    const patchPt = box.heightPt;
    const patch = `${num(pdfX(boxes, box.xPt))} ${num(pdfY(boxes, box.yPt + patchPt))} ${num(patchPt)} ${num(patchPt)} re f`;
    const label = labelOps(fonts, `色版 ${ink}`, SLUG_FACE, SLUG_SIZE_PT, pdfX(boxes, box.xPt + patchPt + 2), pdfY(boxes, box.yPt + SLUG_SIZE_PT));
    return `q /${overprintState} gs ${cmyk} k ${patch} ${label} Q`;
  });
}

/** Radius of a registration target (pt), and how far its cross reaches: all of it in the marks area, clear of the bleed. */
const TARGET_RADIUS_PT = MARK_LENGTH_PT * 0.4;
const TARGET_ARM_PT = TARGET_RADIUS_PT * 1.2;

/** The centres of the four registration targets, trim space: the middle of each side, beyond the bleed. */
export function registrationTargetCentres(boxes: PageBoxes): Array<[number, number]> {
  const away = boxes.bleedPt + MARK_GAP_PT + TARGET_ARM_PT;
  const { trimWidthPt: w, trimHeightPt: h } = boxes;
  return [
    [w / 2, -away],
    [w / 2, h + away],
    [-away, h / 2],
    [w + away, h / 2],
  ];
}

/** Registration targets: a circle with a cross through it, on every plate (/All). */
export function registrationTargetOps(boxes: PageBoxes): string[] {
  const r = TARGET_RADIUS_PT;
  // Four Bézier quarter-arcs approximate the circle (k = 0.5523 is the usual constant).
  const k = 0.5523 * r;
  const paths = registrationTargetCentres(boxes).map(([cx, cy]) => {
    const x = pdfX(boxes, cx);
    const y = pdfY(boxes, cy);
    const circle =
      `${num(x + r)} ${num(y)} m ` +
      `${num(x + r)} ${num(y + k)} ${num(x + k)} ${num(y + r)} ${num(x)} ${num(y + r)} c ` +
      `${num(x - k)} ${num(y + r)} ${num(x - r)} ${num(y + k)} ${num(x - r)} ${num(y)} c ` +
      `${num(x - r)} ${num(y - k)} ${num(x - k)} ${num(y - r)} ${num(x)} ${num(y - r)} c ` +
      `${num(x + k)} ${num(y - r)} ${num(x + r)} ${num(y - k)} ${num(x + r)} ${num(y)} c h`;
    const a = TARGET_ARM_PT;
    const cross = `${num(x - a)} ${num(y)} m ${num(x + a)} ${num(y)} l ${num(x)} ${num(y - a)} m ${num(x)} ${num(y + a)} l`;
    return `${circle} ${cross}`;
  });
  return [`q /${ALL_COLORSPACE} CS 1 SCN ${MARK_WIDTH_PT} w ${paths.join(' ')} S Q`];
}
