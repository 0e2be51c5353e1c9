/**
 * Units: every conversion goes through here. pt (1/72 in, PostScript/PDF point) is the one internal unit; mm,
 * inches, pixels at a resolution, 号 and characters at a type size (字, the grid's unit) are converted at the edges.
 * Positions are rounded to 1/1000 pt so Node and the browser produce byte-identical layout JSON.
 */

export const PT_PER_INCH = 72;
export const MM_PER_INCH = 25.4;
/** Lengths closer than this are equal (as Typst does). */
export const EPS_PT = 1e-4;

export function ptToInches(pt: number): number {
  return pt / PT_PER_INCH;
}
/** Pixels across `pt` at `dpi` (pixels per inch), unrounded. */
export function ptToPx(pt: number, dpi: number): number {
  return ptToInches(pt) * dpi;
}
/** CSS pixels per pt: CSS fixes 96 px to the inch. */
export const CSS_PX_PER_PT = 96 / PT_PER_INCH;

/**
 * Width of `chars` CJK characters at `sizePt` (a CJK character is one em square: 13 字 of 9 pt = 117 pt). Also
 * em to pt: indents and head widths are counted in characters the same way.
 */
export function charsToPt(chars: number, sizePt: number): number {
  return chars * sizePt;
}

/** A length in font units (a face's unitsPerEm to the em) at a type size, pt: advances, the ascent. */
export function fontUnitsToPt(units: number, unitsPerEm: number, sizePt: number): number {
  return (units * sizePt) / unitsPerEm;
}

/**
 * PDF glyph space: 1000 units to the em (PDF 9.2.4), for the /W widths and TJ adjustments. A length in a face's
 * own font units, and a length in pt at a type size, each in glyph-space units.
 */
export const GLYPH_SPACE_PER_EM = 1000;
export function fontUnitsToGlyphSpace(units: number, unitsPerEm: number): number {
  return (units * GLYPH_SPACE_PER_EM) / unitsPerEm;
}
export function ptToGlyphSpace(pt: number, sizePt: number): number {
  return (pt * GLYPH_SPACE_PER_EM) / sizePt;
}
export function glyphSpaceToPt(units: number, sizePt: number): number {
  return (units * sizePt) / GLYPH_SPACE_PER_EM;
}

export function mmToPt(mm: number): number {
  return (mm * PT_PER_INCH) / MM_PER_INCH;
}
export function ptToMm(pt: number): number {
  return (pt * MM_PER_INCH) / PT_PER_INCH;
}
/** Round to 1/1000 pt (and normalise -0 to 0) for deterministic output. */
export function roundPt(pt: number): number {
  const r = Math.round(pt * 1000) / 1000;
  return r === 0 ? 0 : r;
}
export function approxEq(a: number, b: number, eps = EPS_PT): boolean {
  return Math.abs(a - b) <= eps;
}
/** a fits into b (a ≤ b within EPS). */
export function fits(a: number, b: number, eps = EPS_PT): boolean {
  return a <= b + eps;
}

/** Chinese type sizes (字号) in pt, as the trade and Word/WPS use them. */
export const HAO_PT = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
  六号: 7.5,
  小六: 6.5,
  七号: 5.5,
  八号: 5,
} as const;
export type Hao = keyof typeof HAO_PT;

/** The 号 name of a size in pt, if it is exactly one. */
export function ptToHao(pt: number): Hao | undefined {
  return (Object.keys(HAO_PT) as Hao[]).find((h) => approxEq(HAO_PT[h], pt));
}
