/**
 * The proof (校样) variant's extras: a light diagonal outlined grey 校样 watermark painted first, so the text stays readable
 * over it, and the page's identity (paper, date, 第N版, time) in the top margin. RGB is fine here: proofs are
 * for screens and office printers, never for plates.
 */
import type { EmbeddedFonts } from './embedded-fonts';
import { labelOps, labelWidthPt } from './label-text';
import { slugTime } from './marks';
import type { PageBoxes } from './page-boxes';
import type { PdfPageMeta } from './pdf-options';

export const WATERMARK_TEXT = '校样';
const WATERMARK_FACE = 'sans-bold';
/**
 * Neutral grey, outlined (text render mode 1, stroked only): no hue, so it never reads as a round's ink (一校 red,
 * 二校 blue …) nor as a grey decided mark, which is a solid stroke on the glyphs.
 */
const WATERMARK_GREY = '0.72 0.72 0.72';
const WATERMARK_STROKE_PT = 0.8;
const INFO_FACE = 'sans-regular';
const INFO_SIZE_PT = 7;

export function watermarkOps(boxes: PageBoxes, fonts: EmbeddedFonts): string[] {
  const w = boxes.trimWidthPt;
  const h = boxes.trimHeightPt;
  const diagonal = Math.hypot(w, h);
  const sizePt = Math.min(diagonal * 0.3, 400);
  const angle = Math.atan2(h, w);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const textWidth = labelWidthPt(WATERMARK_TEXT, WATERMARK_FACE, sizePt);
  // Centre the line on the page centre along the rising diagonal; 0.35 em below centre puts the em box's middle there.
  const cx = boxes.trimOffsetPt + w / 2;
  const cy = boxes.mediaHeightPt - boxes.trimOffsetPt - h / 2;
  const x = cx - (textWidth / 2) * cos + 0.35 * sizePt * sin;
  const y = cy - (textWidth / 2) * sin - 0.35 * sizePt * cos;
  return [`q ${WATERMARK_GREY} RG ${WATERMARK_STROKE_PT} w 1 Tr ${labelOps(fonts, WATERMARK_TEXT, WATERMARK_FACE, sizePt, x, y, [cos, sin, -sin, cos])} 0 Tr Q`];
}

export function proofInfoText(meta: PdfPageMeta, at: Date): string {
  const section = meta.section ? ` ${meta.section}` : '';
  return `校样  ${meta.paperName}  ${meta.date}  第${meta.pageNumber}版${section}  ${slugTime(at)}`;
}

export function proofInfoOps(boxes: PageBoxes, fonts: EmbeddedFonts, text: string): string[] {
  const x = boxes.trimOffsetPt + 12;
  const y = boxes.mediaHeightPt - boxes.trimOffsetPt - 4 - INFO_SIZE_PT;
  return [`q 0.45 0.45 0.45 rg ${labelOps(fonts, text, INFO_FACE, INFO_SIZE_PT, x, y)} Q`];
}
