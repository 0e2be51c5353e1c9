/**
 * Frame → content-stream operators. Never lays anything out: each glyph is shown by its layout glyph id (the CID)
 * at the frame's x and baseline. One TJ per text item; the gap between two glyphs is the width written in /W
 * plus an adjustment chosen against the position a reader will actually have reached (error feedback), so
 * rounding never accumulates along a line. 100% K text and rules overprint (PDF/X newsprint convention).
 */
import type { BoxItem, Cmyk, Frame, RuleItem, TextItem } from '../../../shared/compose/frame';
import { cidHex, type EmbeddedFonts } from './embedded-fonts';
import { num, pdfX, pdfY, type PageBoxes } from './page-boxes';
import { PdfInputError } from './pdf-options';

/** ExtGState resource names the operators refer to (the page writer puts them into the page's resources). */
export const OVERPRINT_GS = 'GSop';

/** How an image slot is shown until pictures are embedded: a light grey CMYK box with a cross. */
const SLOT_FILL: Cmyk = { c: 0, m: 0, y: 0, k: 0.15 };
const SLOT_CROSS: Cmyk = { c: 0, m: 0, y: 0, k: 0.4 };
const BOX_STROKE_PT = 0.5;
/** How far a glyph may sit from its layout x before a TJ adjustment is written (layout precision is 0.001 pt). */
const PEN_SLACK_PT = 0.0004;

function checkCmyk(color: Cmyk, where: string): void {
  for (const v of [color.c, color.m, color.y, color.k]) {
    if (!Number.isFinite(v) || v < 0 || v > 1) throw new PdfInputError(`${where}: CMYK values must be 0..1, got ${JSON.stringify(color)}`);
  }
}

function cmyk(color: Cmyk): string {
  return `${num(color.c, 4)} ${num(color.m, 4)} ${num(color.y, 4)} ${num(color.k, 4)}`;
}

/** Pure 100% K: overprints so it never knocks a hole into the other plates. */
export function isSolidBlack(color: Cmyk): boolean {
  return color.c === 0 && color.m === 0 && color.y === 0 && color.k === 1;
}

function finite(n: number, where: string): number {
  if (!Number.isFinite(n)) throw new PdfInputError(`${where}: not a finite number (${n})`);
  return n;
}

export function textOps(item: TextItem, index: number, boxes: PageBoxes, fonts: EmbeddedFonts): string[] {
  const where = `frame item ${index} (text)`;
  if (item.glyphs.length === 0) return [];
  if (!(item.sizePt > 0) || !Number.isFinite(item.sizePt)) throw new PdfInputError(`${where}: sizePt must be > 0, got ${item.sizePt}`);
  checkCmyk(item.color, where);
  const face = fonts.face(item.faceId);
  const size = item.sizePt;
  const y = pdfY(boxes, finite(item.yPt, where));
  const parts: string[] = [];
  let hex = '';
  // Where the reader's pen is (pt, PDF x) after the glyphs emitted so far, computed from the written numbers.
  const x0 = Number(num(pdfX(boxes, finite(item.glyphs[0].xPt, where)), 4));
  let pen = x0;
  for (let i = 0; i < item.glyphs.length; i++) {
    const g = item.glyphs[i];
    const target = pdfX(boxes, finite(g.xPt, where));
    // Move from `pen` to `target` (TJ number a moves the pen by −a/1000 × size) unless it is already within
    // rounding of the layout's 1/1000 pt; the pen is tracked, so skipped remainders never add up.
    if (i > 0 && Math.abs(pen - target) > PEN_SLACK_PT) {
      const adjust = Number(num(((pen - target) * 1000) / size, 3));
      if (adjust !== 0) {
        parts.push(`<${hex}>`, num(adjust, 3));
        hex = '';
        pen -= (adjust * size) / 1000;
      }
    }
    const width = face.use(g.glyphId, g.ch);
    hex += cidHex(g.glyphId);
    pen += (width * size) / 1000;
  }
  parts.push(`<${hex}>`);
  const show = `BT /${face.resourceName} ${num(size, 4)} Tf ${cmyk(item.color)} k 1 0 0 1 ${num(x0, 4)} ${num(y, 4)} Tm [${parts.join(' ')}] TJ ET`;
  return isSolidBlack(item.color) ? [`q /${OVERPRINT_GS} gs ${show} Q`] : [show];
}

export function ruleOps(item: RuleItem, index: number, boxes: PageBoxes): string[] {
  const where = `frame item ${index} (rule)`;
  checkCmyk(item.color, where);
  if (!(item.thicknessPt > 0)) throw new PdfInputError(`${where}: thicknessPt must be > 0, got ${item.thicknessPt}`);
  const line =
    `${cmyk(item.color)} K ${num(item.thicknessPt)} w ` +
    `${num(pdfX(boxes, finite(item.x1Pt, where)))} ${num(pdfY(boxes, finite(item.y1Pt, where)))} m ` +
    `${num(pdfX(boxes, finite(item.x2Pt, where)))} ${num(pdfY(boxes, finite(item.y2Pt, where)))} l S`;
  return [isSolidBlack(item.color) ? `q /${OVERPRINT_GS} gs ${line} Q` : `q ${line} Q`];
}

/** `pictureName`: the image XObject resource placed in this slot, or null for a placeholder. */
export function boxOps(item: BoxItem, index: number, boxes: PageBoxes, pictureName: string | null = null): string[] {
  const where = `frame item ${index} (box)`;
  if (!(item.widthPt >= 0 && item.heightPt >= 0)) throw new PdfInputError(`${where}: width and height must be ≥ 0`);
  const x = pdfX(boxes, finite(item.xPt, where));
  const top = pdfY(boxes, finite(item.yPt, where));
  const bottom = top - finite(item.heightPt, where);
  const rect = `${num(x)} ${num(bottom)} ${num(item.widthPt)} ${num(item.heightPt)} re`;
  const out: string[] = ['q'];
  const fill = item.fill ?? (item.assetId && !pictureName ? SLOT_FILL : null);
  if (fill) {
    checkCmyk(fill, where);
    out.push(`${cmyk(fill)} k ${rect} f`);
  }
  if (pictureName) {
    out.push(`q ${num(item.widthPt)} 0 0 ${num(item.heightPt)} ${num(x)} ${num(bottom)} cm /${pictureName} Do Q`);
  } else if (item.assetId) {
    const right = num(x + item.widthPt);
    out.push(`${cmyk(SLOT_CROSS)} K 0.25 w ${num(x)} ${num(bottom)} m ${right} ${num(top)} l ${num(x)} ${num(top)} m ${right} ${num(bottom)} l S`);
  }
  if (item.stroke) {
    checkCmyk(item.stroke, where);
    if (isSolidBlack(item.stroke)) out.push(`/${OVERPRINT_GS} gs`);
    out.push(`${cmyk(item.stroke)} K ${num(BOX_STROKE_PT)} w ${rect} S`);
  }
  out.push('Q');
  return out;
}

/** Every item of the frame, in order (later items paint over earlier ones); `pictures`: item index → XObject name. */
export function frameOps(frame: Frame, boxes: PageBoxes, fonts: EmbeddedFonts, pictures: ReadonlyMap<number, string> = new Map()): string[] {
  const ops: string[] = [];
  frame.items.forEach((item, index) => {
    if (item.kind === 'text') ops.push(...textOps(item, index, boxes, fonts));
    else if (item.kind === 'rule') ops.push(...ruleOps(item, index, boxes));
    else if (item.kind === 'box') ops.push(...boxOps(item, index, boxes, pictures.get(index) ?? null));
    else throw new PdfInputError(`frame item ${index}: unknown kind ${JSON.stringify((item as { kind?: unknown }).kind)}`);
  });
  return ops;
}
