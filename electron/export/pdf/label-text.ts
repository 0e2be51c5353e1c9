/**
 * Short furniture strings the writer itself sets (slug line, proof margin, 校样 watermark): glyphs straight from
 * the face's cmap with their advances — no CJK rules needed for one line of labels. Page content never comes here.
 */
import { cidHex, fontkitFace, type EmbeddedFonts } from './embedded-fonts';
import { num } from './page-boxes';
import { fontUnitsToPt } from '../../../shared/units';

/** Width of a label, pt. */
export function labelWidthPt(text: string, faceId: string, sizePt: number): number {
  const face = fontkitFace(faceId);
  let units = 0;
  for (const ch of text) units += face.glyphForCodePoint(ch.codePointAt(0) as number).advanceWidth;
  return fontUnitsToPt(units, face.unitsPerEm, sizePt);
}

/**
 * BT…ET showing `text` with its baseline origin at (xPt, yPt) in PDF space; `matrix` rotates it when given
 * ([a b c d] of the text matrix). The colour is set by the caller.
 */
export function labelOps(fonts: EmbeddedFonts, text: string, faceId: string, sizePt: number, xPt: number, yPt: number, matrix: [number, number, number, number] = [1, 0, 0, 1]): string {
  const used = fonts.face(faceId);
  let hex = '';
  for (const ch of text) {
    const glyph = used.face.glyphForCodePoint(ch.codePointAt(0) as number);
    used.use(glyph.id, ch);
    hex += cidHex(glyph.id);
  }
  const m = matrix.map((v) => num(v, 5)).join(' ');
  return `BT /${used.resourceName} ${num(sizePt, 3)} Tf ${m} ${num(xPt)} ${num(yPt)} Tm <${hex}> Tj ET`;
}
