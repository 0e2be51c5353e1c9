/**
 * The PDF's drawer: display-list operations (shared/display) → content-stream operators. Never lays anything out
 * and decides nothing: each glyph is shown by its glyph id (the CID) at the list's x and baseline, inks and
 * strokes are the list's. One TJ per glyph run; the gap between two glyphs is the width written in /W plus an
 * adjustment chosen against the position a reader will actually have reached (error feedback), so rounding never
 * accumulates along a line. Inks marked overprint (100 % K) overprint (PDF/X newsprint convention).
 */
import type { Cmyk } from '../../../shared/compose/frame';
import { forEachLeaf, type BoxOp, type DisplayList, type GlyphRunOp, type Ink, type LeafOp, type LineOp, type PathOp, type PictureOp, type PlaceholderOp } from '../../../shared/display';
import { cidHex, type EmbeddedFonts } from './embedded-fonts';
import { num, pdfX, pdfY, type PageBoxes } from './page-boxes';
import { PdfInputError } from './pdf-options';
import { glyphSpaceToPt, ptToGlyphSpace } from '../../../shared/units';

/** ExtGState resource names the operators refer to (the page writer puts them into the page's resources). */
export const OVERPRINT_GS = 'GSop';

/** How far a glyph may sit from its layout x before a TJ adjustment is written (layout precision is 0.001 pt). */
const PEN_SLACK_PT = 0.0004;

function checkInk(ink: Ink, where: string): void {
  for (const v of [ink.cmyk.c, ink.cmyk.m, ink.cmyk.y, ink.cmyk.k]) {
    if (!Number.isFinite(v) || v < 0 || v > 1) throw new PdfInputError(`${where}: CMYK values must be 0..1, got ${JSON.stringify(ink.cmyk)}`);
  }
}

function cmyk(ink: Ink): string {
  return `${num(ink.cmyk.c, 4)} ${num(ink.cmyk.m, 4)} ${num(ink.cmyk.y, 4)} ${num(ink.cmyk.k, 4)}`;
}

function finite(n: number, where: string): number {
  if (!Number.isFinite(n)) throw new PdfInputError(`${where}: not a finite number (${n})`);
  return n;
}

/** Where a leaf sits on the page: its offset (the groups it is in) and its number, for error messages. */
interface At {
  dxPt: number;
  dyPt: number;
  where: string;
}

export function glyphOps(op: GlyphRunOp, at: At, boxes: PageBoxes, fonts: EmbeddedFonts): string[] {
  const { where } = at;
  const n = op.glyphIds.length;
  if (n === 0) return [];
  if (!(op.sizePt > 0) || !Number.isFinite(op.sizePt)) throw new PdfInputError(`${where}: sizePt must be > 0, got ${op.sizePt}`);
  checkInk(op.ink, where);
  const face = fonts.face(op.faceId);
  const size = op.sizePt;
  const y = pdfY(boxes, finite(op.baselinePt, where) + at.dyPt);
  const parts: string[] = [];
  let hex = '';
  // Where the reader's pen is (pt, PDF x) after the glyphs emitted so far, computed from the written numbers.
  const x0 = Number(num(pdfX(boxes, finite(op.xPt[0], where) + at.dxPt), 4));
  let pen = x0;
  for (let i = 0; i < n; i++) {
    const target = pdfX(boxes, finite(op.xPt[i], where) + at.dxPt);
    // Move from `pen` to `target` (TJ number a moves the pen by −a/1000 × size) unless it is already within
    // rounding of the layout's 1/1000 pt; the pen is tracked, so skipped remainders never add up.
    if (i > 0 && Math.abs(pen - target) > PEN_SLACK_PT) {
      const adjust = Number(num(ptToGlyphSpace(pen - target, size), 3));
      if (adjust !== 0) {
        parts.push(`<${hex}>`, num(adjust, 3));
        hex = '';
        pen -= glyphSpaceToPt(adjust, size);
      }
    }
    const width = face.use(op.glyphIds[i], op.source[i]);
    hex += cidHex(op.glyphIds[i]);
    pen += (width * size) / 1000;
  }
  parts.push(`<${hex}>`);
  const show = `BT /${face.resourceName} ${num(size, 4)} Tf ${cmyk(op.ink)} k 1 0 0 1 ${num(x0, 4)} ${num(y, 4)} Tm [${parts.join(' ')}] TJ ET`;
  return op.ink.overprint ? [`q /${OVERPRINT_GS} gs ${show} Q`] : [show];
}

export function lineOps(op: LineOp, at: At, boxes: PageBoxes): string[] {
  const { where } = at;
  checkInk(op.ink, where);
  if (!(op.widthPt > 0)) throw new PdfInputError(`${where}: thicknessPt must be > 0, got ${op.widthPt}`);
  const cap = op.cap === 'round' ? '1 J ' : '';
  const line =
    `${cmyk(op.ink)} K ${cap}${num(op.widthPt)} w ` +
    `${num(pdfX(boxes, finite(op.x1Pt, where) + at.dxPt))} ${num(pdfY(boxes, finite(op.y1Pt, where) + at.dyPt))} m ` +
    `${num(pdfX(boxes, finite(op.x2Pt, where) + at.dxPt))} ${num(pdfY(boxes, finite(op.y2Pt, where) + at.dyPt))} l S`;
  return [op.ink.overprint ? `q /${OVERPRINT_GS} gs ${line} Q` : `q ${line} Q`];
}

interface Rect {
  x: number;
  top: number;
  bottom: number;
  re: string;
}

function rect(op: { xPt: number; yPt: number; widthPt: number; heightPt: number }, at: At, boxes: PageBoxes): Rect {
  const { where } = at;
  if (!(op.widthPt >= 0 && op.heightPt >= 0)) throw new PdfInputError(`${where}: width and height must be ≥ 0`);
  const x = pdfX(boxes, finite(op.xPt, where) + at.dxPt);
  const top = pdfY(boxes, finite(op.yPt, where) + at.dyPt);
  const bottom = top - finite(op.heightPt, where);
  return { x, top, bottom, re: `${num(x)} ${num(bottom)} ${num(op.widthPt)} ${num(op.heightPt)} re` };
}

/** Bézier handle length of a quarter circle, as a fraction of the radius. */
const KAPPA = 0.5522847498;

/** A rectangle with rounded corners as a closed path (PDF coordinates, y up). */
function roundedRectPath(x: number, bottom: number, w: number, h: number, radiusPt: number): string {
  const r = Math.min(radiusPt, w / 2, h / 2);
  const k = r * KAPPA;
  const right = x + w;
  const top = bottom + h;
  const p = (...v: number[]) => v.map((n) => num(n)).join(' ');
  return [
    `${p(x + r, bottom)} m`,
    `${p(right - r, bottom)} l`,
    `${p(right - r + k, bottom, right, bottom + r - k, right, bottom + r)} c`,
    `${p(right, top - r)} l`,
    `${p(right, top - r + k, right - r + k, top, right - r, top)} c`,
    `${p(x + r, top)} l`,
    `${p(x + r - k, top, x, top - r + k, x, top - r)} c`,
    `${p(x, bottom + r)} l`,
    `${p(x, bottom + r - k, x + r - k, bottom, x + r, bottom)} c h`,
  ].join(' ');
}

export function boxOps(op: BoxOp, at: At, boxes: PageBoxes): string[] {
  const r = rect(op, at, boxes);
  const shape = op.radiusPt > 0 ? roundedRectPath(r.x, r.bottom, op.widthPt, op.heightPt, op.radiusPt) : r.re;
  const out: string[] = ['q'];
  if (op.fill) {
    checkInk(op.fill, at.where);
    out.push(`${cmyk(op.fill)} k ${shape} f`);
  }
  if (op.stroke) {
    checkInk(op.stroke, at.where);
    if (op.stroke.overprint) out.push(`/${OVERPRINT_GS} gs`);
    const dash = op.dashPt ? `[${num(op.dashPt[0])} ${num(op.dashPt[1])}] 0 d ` : '';
    out.push(`${cmyk(op.stroke)} K ${dash}${num(op.strokeWidthPt)} w ${shape} S`);
  }
  out.push('Q');
  return out;
}

/** Filled closed polygons (an ornamental border), in the list's ink. */
export function pathOps(op: PathOp, at: At, boxes: PageBoxes): string[] {
  checkInk(op.fill, at.where);
  let path = '';
  for (const poly of op.polygons) {
    for (let i = 0; i + 1 < poly.length; i += 2) {
      path += `${num(pdfX(boxes, finite(poly[i], at.where) + at.dxPt))} ${num(pdfY(boxes, finite(poly[i + 1], at.where) + at.dyPt))} ${i === 0 ? 'm' : 'l'} `;
    }
    path += 'h ';
  }
  const fill = `${cmyk(op.fill)} k ${path}f`;
  return [op.fill.overprint ? `q /${OVERPRINT_GS} gs ${fill} Q` : `q ${fill} Q`];
}

export function placeholderOps(op: PlaceholderOp, at: At, boxes: PageBoxes): string[] {
  const r = rect(op, at, boxes);
  const out = ['q'];
  if (op.fill) {
    checkInk(op.fill, at.where);
    out.push(`${cmyk(op.fill)} k ${r.re} f`);
  }
  if (op.cross) {
    const right = num(r.x + op.widthPt);
    out.push(`${cmyk(op.cross)} K ${num(op.crossWidthPt)} w ${num(r.x)} ${num(r.bottom)} m ${right} ${num(r.top)} l ${num(r.x)} ${num(r.top)} m ${right} ${num(r.bottom)} l S`);
  }
  out.push('Q');
  return out;
}

/** The picture in its image rectangle, clipped to the frame (re W n) when a stored crop placed it. */
export function pictureOps(op: PictureOp, at: At, boxes: PageBoxes, name: string): string[] {
  const r = rect(op, at, boxes);
  if (!op.image) return [`q ${num(op.widthPt)} 0 0 ${num(op.heightPt)} ${num(r.x)} ${num(r.bottom)} cm /${name} Do Q`];
  const i = rect(op.image, at, boxes);
  return [`q ${num(r.x)} ${num(r.bottom)} ${num(op.widthPt)} ${num(op.heightPt)} re W n ${num(op.image.widthPt)} 0 0 ${num(op.image.heightPt)} ${num(i.x)} ${num(i.bottom)} cm /${name} Do Q`];
}

/**
 * Every operation of the list, in paint order (later ones paint over earlier ones). `pictureNames`: the image
 * XObject of each picture operation, in the order forEachLeaf meets them.
 */
export function displayOps(list: DisplayList, boxes: PageBoxes, fonts: EmbeddedFonts, pictureNames: readonly string[] = []): string[] {
  const ops: string[] = [];
  let index = 0;
  let picture = 0;
  forEachLeaf(list.ops, (op: LeafOp, dxPt, dyPt) => {
    const at: At = { dxPt, dyPt, where: `display op ${index++} (${op.kind})` };
    switch (op.kind) {
      case 'glyphs':
        return void ops.push(...glyphOps(op, at, boxes, fonts));
      case 'line':
        return void ops.push(...lineOps(op, at, boxes));
      case 'box':
        return void ops.push(...boxOps(op, at, boxes));
      case 'path':
        return void ops.push(...pathOps(op, at, boxes));
      case 'placeholder':
        return void ops.push(...placeholderOps(op, at, boxes));
      case 'picture': {
        const name = pictureNames[picture++];
        if (!name) throw new PdfInputError(`${at.where}: picture "${op.assetId}" was not prepared`);
        return void ops.push(...pictureOps(op, at, boxes, name));
      }
    }
  });
  return ops;
}
