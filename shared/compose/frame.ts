/**
 * The composer's output, in the Typst spirit: frames holding items at fixed positions, all in pt
 * (rounded to 1/1000 pt), origin top-left, y down. The preview and the PDF export draw exactly these.
 */

/** Process colour, each 0..1. Body text is K 100. */
export interface Cmyk {
  c: number;
  m: number;
  y: number;
  k: number;
}
export const BLACK: Cmyk = { c: 0, m: 0, y: 0, k: 1 };

/** One glyph of a run as an object (textItem, textGlyphs): its id in the face, the characters it shows, its origin x. */
export interface FrameGlyph {
  glyphId: number;
  /** The source characters it stands for (—— for the one two-em dash glyph): copied text, proof marks. */
  ch: string;
  /** The character the face maps glyphId to, when it is not `ch` (—— is drawn as one ⸺): what text outputs draw. */
  drawCh?: string;
  xPt: number;
}

/**
 * Glyphs of one face and size on one baseline, as flat arrays (index i is the i-th glyph; no object per glyph).
 * The display list's glyph run takes these arrays as they are.
 */
export interface TextItem {
  kind: 'text';
  /** FontFileId of the face (or the test face's id). */
  faceId: string;
  sizePt: number;
  color: Cmyk;
  /** Baseline, pt from the frame top. */
  yPt: number;
  /** Glyph ids in the face. */
  glyphIds: Uint32Array;
  /** Each glyph's origin x, pt. */
  xPt: Float64Array;
  /** The character the face maps each glyph id to (— … ⸺ for the one two-em dash glyph): what text outputs draw. */
  drawn: readonly string[];
  /** The source characters each glyph stands for (—— for the one two-em dash glyph): copied text, proof marks. */
  source: readonly string[];
}

/** A text item from glyph objects (short lines, vertical columns: off the bulk path). */
export function textItem(faceId: string, sizePt: number, color: Cmyk, yPt: number, glyphs: readonly FrameGlyph[]): TextItem {
  const n = glyphs.length;
  const item: TextItem = { kind: 'text', faceId, sizePt, color, yPt, glyphIds: new Uint32Array(n), xPt: new Float64Array(n), drawn: new Array<string>(n), source: new Array<string>(n) };
  glyphs.forEach((g, i) => {
    item.glyphIds[i] = g.glyphId;
    item.xPt[i] = g.xPt;
    (item.drawn as string[])[i] = g.drawCh ?? g.ch;
    (item.source as string[])[i] = g.ch;
  });
  return item;
}

/** A text item's glyphs as objects (tests, rare readers). */
export function textGlyphs(item: TextItem): FrameGlyph[] {
  return Array.from(item.glyphIds, (glyphId, i) =>
    item.drawn[i] === item.source[i] ? { glyphId, ch: item.source[i], xPt: item.xPt[i] } : { glyphId, ch: item.source[i], drawCh: item.drawn[i], xPt: item.xPt[i] },
  );
}

/** A straight rule (版线, 栏线, underline). */
export interface RuleItem {
  kind: 'rule';
  x1Pt: number;
  y1Pt: number;
  x2Pt: number;
  y2Pt: number;
  thicknessPt: number;
  color: Cmyk;
  /** 'round': a segment of a drawn curve (proof marks), whose round ends close the joins. Default butt. */
  cap?: 'round';
}

/** A rectangle: an image slot (assetId) or a tinted/outlined box. */
export interface BoxItem {
  kind: 'box';
  xPt: number;
  yPt: number;
  widthPt: number;
  heightPt: number;
  fill: Cmyk | null;
  stroke: Cmyk | null;
  assetId: string | null;
  /**
   * A picture slot (a figure in a story, a picture module's image): the display list draws its picture when it
   * is at hand and a placeholder otherwise, empty slots included. Decided here, by the composer, never by a drawer.
   */
  slot?: true;
  /** A picture slot's picture placed by its stored crop: the whole picture's rectangle (drawn clipped to the box). */
  image?: { xPt: number; yPt: number; widthPt: number; heightPt: number };
  /** Stroke width, pt (default: the display list's one box stroke). */
  strokeWidthPt?: number;
  /** Rounded corners, pt. */
  radiusPt?: number;
  /** A dashed stroke: dash and gap, pt (dotted 花边). */
  dashPt?: readonly [number, number];
}

/** Filled closed polygons (an ornamental 花边's repeated figures), each a flat list x0, y0, x1, y1 … in pt. */
export interface ShapeItem {
  kind: 'shape';
  polygons: number[][];
  fill: Cmyk;
}

/** A module on the page: its own frame (module coordinates), placed with its top-left corner at (xPt, yPt). */
export interface GroupItem {
  kind: 'group';
  moduleId: string;
  xPt: number;
  yPt: number;
  frame: Frame;
}

export type FrameItem = TextItem | RuleItem | BoxItem | ShapeItem | GroupItem;

/** A finished layout with items at fixed positions, relative to the frame's top-left corner. */
export interface Frame {
  widthPt: number;
  heightPt: number;
  items: FrameItem[];
}
