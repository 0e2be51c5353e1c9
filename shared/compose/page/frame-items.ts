/**
 * Small frame helpers for page makeup: translating items (a module group moves as a whole), and setting a short
 * single line (furniture, 下转/上接 lines, notes) without line breaking.
 */
import { roundPt } from '../../units';
import { BLACK, textItem, type Cmyk, type FrameGlyph, type FrameItem, type TextItem } from '../frame';
import type { FontBook, FontRole } from '../fonts/font-book';
import { DEFAULT_SETTINGS } from '../rules';
import { shapeRuns } from '../shape';

/** Grey of an empty image slot (K 15). */
export const SLOT_GREY: Cmyk = { c: 0, m: 0, y: 0, k: 0.15 };
/** Grey of notes drawn on the page (K 60). */
export const NOTE_GREY: Cmyk = { c: 0, m: 0, y: 0, k: 0.6 };

/** Items moved by (dx, dy), rounded to 1/1000 pt. */
export function translateItems(items: readonly FrameItem[], dxPt: number, dyPt: number): FrameItem[] {
  return items.map((item): FrameItem => {
    switch (item.kind) {
      case 'text':
        return { ...item, yPt: roundPt(item.yPt + dyPt), xPt: item.xPt.map((x) => roundPt(x + dxPt)) };
      case 'rule':
        return { ...item, x1Pt: roundPt(item.x1Pt + dxPt), y1Pt: roundPt(item.y1Pt + dyPt), x2Pt: roundPt(item.x2Pt + dxPt), y2Pt: roundPt(item.y2Pt + dyPt) };
      case 'box':
      case 'group':
        return { ...item, xPt: roundPt(item.xPt + dxPt), yPt: roundPt(item.yPt + dyPt) };
      case 'shape':
        return { ...item, polygons: item.polygons.map((poly) => poly.map((v, i) => roundPt(v + (i % 2 === 0 ? dxPt : dyPt)))) };
    }
  });
}

export interface ShortLine {
  text: string;
  role: FontRole;
  sizePt: number;
  /** Left edge and width of the measure the line is aligned in, pt. */
  xPt: number;
  widthPt: number;
  /** Baseline, pt. */
  yPt: number;
  align: 'left' | 'center' | 'right';
  /** Extra space after every character but the last (字距), pt. */
  trackingPt?: number;
  color?: Cmyk;
}

/** One short line set at natural width (adjacent marks compressed), aligned in its measure; never broken. */
export function shortLineItems(fonts: FontBook, line: ShortLine, missing: Set<string>): { items: TextItem[]; widthPt: number } {
  const face = fonts.face(line.role);
  const shaped = shapeRuns([{ text: line.text, face, sizePt: line.sizePt }], DEFAULT_SETTINGS);
  for (const m of shaped.missing) missing.add(m);
  const clusters = shaped.clusters;
  const tracking = line.trackingPt ?? 0;
  let width = 0;
  clusters.forEach((c, i) => {
    width += (i === 0 ? 0 : c.gapPt) + c.boxPt + (i < clusters.length - 1 ? tracking : 0);
  });
  const free = line.widthPt - width;
  let x = line.xPt + (line.align === 'left' ? 0 : line.align === 'center' ? free / 2 : free);
  const glyphs: FrameGlyph[] = [];
  clusters.forEach((c, i) => {
    if (i > 0) x += c.gapPt;
    if (c.ch !== ' ' && c.ch !== '\u3000') glyphs.push(c.drawCh === undefined ? { glyphId: c.glyphId, ch: c.ch, xPt: roundPt(x + c.originPt) } : { glyphId: c.glyphId, ch: c.ch, drawCh: c.drawCh, xPt: roundPt(x + c.originPt) });
    x += c.boxPt + tracking;
  });
  return { items: glyphs.length > 0 ? [textItem(face.id, line.sizePt, line.color ?? BLACK, roundPt(line.yPt), glyphs)] : [], widthPt: roundPt(width) };
}
