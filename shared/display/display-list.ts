/**
 * The display list: a composed frame turned into drawing operations, once, with every drawing decision already
 * taken (which slot is a placeholder, what has a stroke and how wide, which ink, its screen colour, whether it
 * overprints). Every output — the page preview and page proof on screen, the PDF writer, the evidence renders —
 * draws these operations and nothing else. Coordinates are pt, origin top-left, y down.
 */
import type { Cmyk } from '../compose/frame';

/** A process colour with what outputs need to know about it, decided once. */
export interface Ink {
  cmyk: Cmyk;
  /** The screen colour (shared/display/ink.ts is the one CMYK → CSS conversion). */
  css: string;
  /** 100 % K: overprints in print so it never knocks a hole into the other plates. */
  overprint: boolean;
}

/** Glyphs of one face, size and ink on one baseline, as flat arrays (index i is the i-th glyph). */
export interface GlyphRunOp {
  kind: 'glyphs';
  faceId: string;
  sizePt: number;
  ink: Ink;
  baselinePt: number;
  /** Glyph ids in the face: what the PDF shows. */
  glyphIds: Uint32Array;
  /** Each glyph's origin x, pt. */
  xPt: Float64Array;
  /** The character the face maps each glyph id to: what text-drawing outputs (SVG) draw. */
  drawn: readonly string[];
  /** The source characters each glyph stands for (—— for one ⸺ glyph): PDF ToUnicode, copied text. */
  source: readonly string[];
}

/** A straight line (版线, 栏线, mark strokes). */
export interface LineOp {
  kind: 'line';
  x1Pt: number;
  y1Pt: number;
  x2Pt: number;
  y2Pt: number;
  widthPt: number;
  ink: Ink;
  /** Round ends close the joins of a polyline (proof marks); butt otherwise. */
  cap: 'butt' | 'round';
}

/** A rectangle, filled and/or outlined. */
export interface BoxOp {
  kind: 'box';
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  fill: Ink | null;
  stroke: Ink | null;
  strokeWidthPt: number;
  /** Rounded corners, pt (0: square). */
  radiusPt: number;
  /** A dashed stroke: dash and gap, pt; null: solid. */
  dashPt: readonly [number, number] | null;
}

/** Filled closed polygons, each a flat list x0, y0, x1, y1 … (pt): an ornamental border's repeated figure. */
export interface PathOp {
  kind: 'path';
  polygons: readonly (readonly number[])[];
  fill: Ink;
}

/**
 * A placed picture in its frame (xPt…heightPt): drawn in `image` (the whole picture's rectangle, from the stored
 * crop) clipped to the frame; without `image`, scaled to cover the frame, centred, the overflow cropped.
 */
export interface PictureOp {
  kind: 'picture';
  assetId: string;
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  image: { xPt: number; yPt: number; widthPt: number; heightPt: number } | null;
}

/**
 * A picture slot with nothing to show: its tint (none for a story's empty figure slot, which is only outlined),
 * and a cross when an asset is named but not at hand.
 */
export interface PlaceholderOp {
  kind: 'placeholder';
  /** The asset the slot names, or null for an empty slot. */
  assetId: string | null;
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  fill: Ink | null;
  cross: Ink | null;
  crossWidthPt: number;
}

/** A module: its operations in module coordinates, placed at (xPt, yPt). */
export interface GroupOp {
  kind: 'group';
  moduleId: string;
  xPt: number;
  yPt: number;
  ops: readonly DisplayOp[];
}

export type DisplayOp = GlyphRunOp | LineOp | BoxOp | PathOp | PictureOp | PlaceholderOp | GroupOp;

export interface DisplayList {
  widthPt: number;
  heightPt: number;
  ops: readonly DisplayOp[];
}
