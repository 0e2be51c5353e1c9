/**
 * Setting one line: line-edge trims, then compression or expansion in CLReq's priority order
 * <https://www.w3.org/TR/clreq/#handling_of_reduction_and_expansion>, then absolute glyph positions.
 * Every non-last justified line ends exactly at the measure.
 */
import { EPS_PT, roundPt } from '../units';
import { C } from './classify';
import type { LineSpan } from './linebreak';
import type { CompositionSettings } from './rules';
import { FLAG, type ShapedText } from './shaped-text';

/** How a line is aligned in its measure. */
export type LineAlign = 'justify' | 'left' | 'center' | 'right';

/** A glyph on a line. Box semantics: it occupies [xPt, xPt + advancePt]; its outline is drawn at drawXPt. */
export interface LineGlyph {
  ch: string;
  faceId: string;
  sizePt: number;
  glyphId: number;
  /** The character the face maps glyphId to, when it is not `ch` (—— is drawn as one ⸺). */
  drawCh?: string;
  /** Left edge of the glyph's box, pt, relative to the column's left edge. */
  xPt: number;
  /** Width the glyph occupies on the line after compression, pt (justification space is not included). */
  advancePt: number;
  /** Where the glyph origin is drawn (≠ xPt when a blank half was trimmed off the left, or a box centres it). */
  drawXPt: number;
  /**
   * UTF-16 offset of its first character in the source paragraph (in a StoryLayout's PlacedLine: in its block's
   * text), so proof marks can find the glyphs they cover. Absent for a hyphen added at a break.
   */
  sourceOffset?: number;
}

/**
 * The glyphs of set lines, flat (index i is one glyph, LineGlyph's fields column by column): a paragraph's lines
 * share one store and each holds its range [glyphStart, glyphEnd), so setting a line allocates nothing per glyph.
 * Strings are the shared one-character strings of shaping (no string per glyph). sourceOffset -1: an added hyphen.
 */
export class GlyphStore {
  count = 0;
  /** Some glyph's drawn character is not its source character (else the two columns read the same). */
  drawnDiffers = false;
  readonly glyphId: Uint32Array;
  readonly xPt: Float64Array;
  readonly advancePt: Float64Array;
  readonly drawXPt: Float64Array;
  readonly sizePt: Float64Array;
  readonly sourceOffset: Int32Array;
  readonly ch: string[];
  /**
   * What the face maps glyphId to: drawCh, else ch. The ch column itself until a glyph's differ (setChars copies
   * it then): most stores never hold a —— drawn as one ⸺, and so make one string column fewer.
   */
  drawn: string[];
  readonly faceId: string[];
  constructor(readonly capacity: number) {
    // One buffer for the six columns: one backing store to allocate and free instead of six.
    const buffer = new ArrayBuffer(capacity * (4 * 8 + 2 * 4));
    this.xPt = new Float64Array(buffer, 0, capacity);
    this.advancePt = new Float64Array(buffer, capacity * 8, capacity);
    this.drawXPt = new Float64Array(buffer, capacity * 16, capacity);
    this.sizePt = new Float64Array(buffer, capacity * 24, capacity);
    this.glyphId = new Uint32Array(buffer, capacity * 32, capacity);
    this.sourceOffset = new Int32Array(buffer, capacity * 36, capacity);
    this.ch = new Array<string>(capacity);
    this.drawn = this.ch;
    this.faceId = new Array<string>(capacity);
  }
  /** Glyph at's source and drawn characters. */
  setChars(at: number, ch: string, drawn: string): void {
    this.ch[at] = ch;
    if (drawn !== ch && this.drawn === this.ch) this.drawn = this.ch.slice();
    this.drawn[at] = drawn;
  }
}

/** A set line before vertical placement. */
export interface SetLine {
  /** Left edge of the first glyph's box, pt. */
  xPt: number;
  /** From the first glyph's left edge to the last glyph's right edge, pt. */
  widthPt: number;
  /** The store holding this line's glyphs at [glyphStart, glyphEnd). */
  glyphs: GlyphStore;
  glyphStart: number;
  glyphEnd: number;
  /** Ends at a hyphenation point (the last glyph is the hyphen). */
  hyphenated: boolean;
  /** Its last mark hangs past the measure (hanging mode). */
  hanging: boolean;
}

/** Number of glyphs on a line. */
export function glyphCount(line: SetLine): number {
  return line.glyphEnd - line.glyphStart;
}

/** The line's source characters joined (violation messages, tests). */
export function lineText(line: SetLine): string {
  let s = '';
  for (let i = line.glyphStart; i < line.glyphEnd; i++) s += line.glyphs.ch[i];
  return s;
}

/** A line's glyphs as objects: for tests, the CLI and other readers off the hot path (it allocates per glyph). */
export function lineGlyphs(line: SetLine): LineGlyph[] {
  const g = line.glyphs;
  const out: LineGlyph[] = [];
  for (let i = line.glyphStart; i < line.glyphEnd; i++) {
    const glyph: LineGlyph = { ch: g.ch[i], faceId: g.faceId[i], sizePt: g.sizePt[i], glyphId: g.glyphId[i], xPt: g.xPt[i], advancePt: g.advancePt[i], drawXPt: g.drawXPt[i] };
    if (g.drawn[i] !== g.ch[i]) glyph.drawCh = g.drawn[i];
    if (g.sourceOffset[i] >= 0) glyph.sourceOffset = g.sourceOffset[i];
    out.push(glyph);
  }
  return out;
}

/**
 * The line with its glyphs copied to a store of their own, moved right by dxPt and their source offsets by
 * offsetDelta (a wrapped line set in part of its column; a paragraph entered mid-way). Off the common path.
 */
export function movedLine<T extends SetLine>(line: T, dxPt: number, offsetDelta: number): T {
  const src = line.glyphs;
  const n = glyphCount(line);
  const g = new GlyphStore(n);
  for (let k = 0; k < n; k++) {
    const i = line.glyphStart + k;
    g.glyphId[k] = src.glyphId[i];
    g.xPt[k] = dxPt === 0 ? src.xPt[i] : roundPt(src.xPt[i] + dxPt);
    g.advancePt[k] = src.advancePt[i];
    g.drawXPt[k] = dxPt === 0 ? src.drawXPt[i] : roundPt(src.drawXPt[i] + dxPt);
    g.sizePt[k] = src.sizePt[i];
    g.sourceOffset[k] = src.sourceOffset[i] < 0 ? -1 : src.sourceOffset[i] + offsetDelta;
    g.setChars(k, src.ch[i], src.drawn[i]);
    g.faceId[k] = src.faceId[i];
  }
  g.count = n;
  g.drawnDiffers = src.drawnDiffers;
  return { ...line, glyphs: g, glyphStart: 0, glyphEnd: n };
}

export interface SetLineOptions {
  /** Left edge of the line's measure (indent included), pt. */
  startPt: number;
  /** Width available from startPt, pt. */
  availPt: number;
  align: LineAlign;
  /** Last line of a paragraph: justified paragraphs set it with natural spacing, left-aligned. */
  isLast: boolean;
  hyphenGlyph: { glyphId: number; advancePt: number } | null;
}

// Imported bindings read once (under a CommonJS transform or vitest each read of an import is a getter call).
const { SPACE, OPEN, CLOSE, PAUSE, STOP, DASH, ELLIPSIS } = C;
const { STRETCH_BEFORE } = FLAG;
const EPS = EPS_PT;
const round = roundPt;

/**
 * Working columns of the line being set (box, origin and gap per cluster; the candidates of one justification
 * step), reused line after line: setting a line allocates nothing but its result.
 */
let box = new Float64Array(256);
let origin = new Float64Array(256);
let gap = new Float64Array(256);
let caps = new Float64Array(256);
let idx = new Int32Array(256);
let onGap = new Uint8Array(256);

function roomFor(n: number): void {
  if (n <= box.length) return;
  const cap = Math.max(n, box.length * 2);
  box = new Float64Array(cap);
  origin = new Float64Array(cap);
  gap = new Float64Array(cap);
  caps = new Float64Array(cap);
  idx = new Int32Array(cap);
  onGap = new Uint8Array(cap);
}

/** The sum of caps[0, count): a step spreads min(amount, sum) over them in proportion to each. */
function capsTotal(count: number): number {
  let total = 0;
  for (let j = 0; j < count; j++) total += caps[j];
  return total;
}

/** A compression step's capacity at cluster i (line position k of n); negative: on the gap before it. */
function compressionCap(t: ShapedText, step: number, i: number, k: number, n: number, compression: boolean): number {
  const cls = t.cls[i];
  switch (step) {
    case 0:
      return cls === SPACE ? Math.max(0, box[k] - t.sizePt[i] / 4) : 0;
    case 1:
      return compression && (cls === OPEN || cls === CLOSE) ? (k > 0 ? t.blankLPt[i] : 0) + (k < n - 1 ? t.blankRPt[i] : 0) : 0;
    case 2:
      return compression && cls === PAUSE && k < n - 1 ? t.blankRPt[i] : 0;
    case 3:
      return k > 0 && t.gapPt[i] > 0 ? -Math.max(0, gap[k] - t.sizePt[i] / 8) : 0;
    default:
      return compression && cls === STOP && k < n - 1 ? t.blankRPt[i] : 0;
  }
}

/** Set clusters [span.start, span.end) on one line. */
export function setLine(t: ShapedText, span: LineSpan, settings: CompositionSettings, opt: SetLineOptions, store?: GlyphStore): SetLine {
  let e = span.end;
  while (e > span.start && t.cls[e - 1] === SPACE) e--;
  const s = span.start;
  const n = e - s;
  roomFor(n);
  for (let k = 0; k < n; k++) {
    box[k] = t.boxPt[s + k];
    origin[k] = t.originPt[s + k];
    gap[k] = k === 0 ? 0 : t.gapPt[s + k];
  }
  if (settings.compression && n > 0) {
    // Line-start opener loses its left blank; line-end mark is ½em (GB/T 15834-2011 §5.1.10 via CLReq).
    box[0] -= t.blankLPt[s];
    origin[0] -= t.blankLPt[s];
    box[n - 1] -= t.blankRPt[e - 1];
  }
  let natural = 0;
  for (let k = 0; k < n; k++) natural += box[k] + gap[k];
  const hyphenPt = span.hyphen && opt.hyphenGlyph ? opt.hyphenGlyph.advancePt : 0;
  natural += hyphenPt;
  const hungPt = span.hang && n > 0 ? box[n - 1] : 0;
  const target = opt.availPt + hungPt;
  let diff = target - natural;

  if (diff < -EPS) {
    // Compression, CLReq order: word spaces → brackets → ，、；： → Han–Latin gaps → 。？！ (compressionCap's steps).
    for (let step = 0; step < 5; step++) {
      if (diff >= -EPS) break;
      let count = 0;
      for (let k = 0; k < n; k++) {
        const v = compressionCap(t, step, s + k, k, n, settings.compression);
        if (v !== 0) {
          caps[count] = Math.abs(v);
          idx[count] = k;
          onGap[count] = v < 0 ? 1 : 0;
          count++;
        }
      }
      const total = capsTotal(count);
      if (total <= 0 || -diff <= 0) continue;
      const take = Math.min(-diff, total);
      for (let j = 0; j < count; j++) {
        if (!(caps[j] > 0)) continue;
        const d = (caps[j] * take) / total;
        const k = idx[j];
        if (onGap[j]) gap[k] -= d;
        else {
          box[k] -= d;
          if (t.cls[s + k] === OPEN) origin[k] -= d;
        }
      }
      diff += take;
    }
  } else if (diff > EPS && opt.align === 'justify' && !opt.isLast) {
    // Expansion: word spaces to ½em → Han–Latin gaps to ⅓em → equal space between remaining eligible pairs.
    diff -= expandSpaces(t, s, n, diff);
    diff -= expandHanLatinGaps(t, s, n, diff);
    if (diff > EPS) {
      let count = 0;
      for (let k = 1; k < n; k++) if (t.flags[s + k] & STRETCH_BEFORE && !(t.cls[s + k] === SPACE) && !(t.gapPt[s + k] > 0)) idx[count++] = k;
      if (count === 0) {
        // No eligible pair (a line of one Latin word and marks): spread over every pair but inseparables.
        for (let k = 1; k < n; k++) if (!(t.cls[s + k] === t.cls[s + k - 1] && (t.cls[s + k] === DASH || t.cls[s + k] === ELLIPSIS))) idx[count++] = k;
      }
      if (count > 0) {
        // Whole thousandths of a pt, so rounded positions keep the gaps equal (they differ by ≤ 0.001 pt).
        const thousandths = Math.round(diff * 1000);
        const base = Math.floor(thousandths / count);
        const rest = thousandths - base * count;
        for (let j = 0; j < count; j++) gap[idx[j]] += (base + (j < rest ? 1 : 0)) / 1000;
        diff = 0;
      }
    }
  }

  let width = 0;
  for (let k = 0; k < n; k++) width += box[k] + gap[k];
  width += hyphenPt;
  let x = opt.startPt;
  if (opt.align === 'center') x += (opt.availPt - width) / 2;
  else if (opt.align === 'right') x += opt.availPt - width;
  // The line's glyphs go to the paragraph's store (or one of the line's own).
  const g = store ?? new GlyphStore(n + 1);
  if (t.drawnDiffers) g.drawnDiffers = true;
  const start = g.count;
  let at = start;
  let firstX = 0;
  for (let k = 0; k < n; k++) {
    const i = s + k;
    x += gap[k];
    if (k === 0) firstX = x;
    g.setChars(at, t.ch[i], t.drawn[i]);
    g.faceId[at] = t.face[i].id;
    g.sizePt[at] = t.sizePt[i];
    g.glyphId[at] = t.glyphId[i];
    g.xPt[at] = round(x);
    g.advancePt[at] = round(box[k]);
    g.drawXPt[at] = round(x + origin[k]);
    g.sourceOffset[at] = t.sourceOffset[i];
    at++;
    x += box[k];
  }
  if (hyphenPt > 0 && n > 0 && opt.hyphenGlyph) {
    g.setChars(at, '-', '-');
    g.faceId[at] = t.face[e - 1].id;
    g.sizePt[at] = t.sizePt[e - 1];
    g.glyphId[at] = opt.hyphenGlyph.glyphId;
    g.xPt[at] = round(x);
    g.advancePt[at] = round(hyphenPt);
    g.drawXPt[at] = round(x);
    g.sourceOffset[at] = -1;
    at++;
    x += hyphenPt;
  }
  g.count = at;
  return { xPt: round(firstX), widthPt: round(x - firstX), glyphs: g, glyphStart: start, glyphEnd: at, hyphenated: hyphenPt > 0, hanging: span.hang };
}

/** Expansion step 1: word spaces grow to ½em. Returns the space placed. */
function expandSpaces(t: ShapedText, s: number, n: number, amount: number): number {
  let count = 0;
  for (let k = 0; k < n; k++) {
    if (t.cls[s + k] !== SPACE) continue;
    caps[count] = Math.max(0, t.sizePt[s + k] / 2 - box[k]);
    idx[count++] = k;
  }
  const total = capsTotal(count);
  if (total <= 0 || amount <= 0) return 0;
  const take = Math.min(amount, total);
  for (let j = 0; j < count; j++) if (caps[j] > 0) box[idx[j]] += (caps[j] * take) / total;
  return take;
}

/** Expansion step 2: Han–Latin gaps grow to ⅓em. Returns the space placed. */
function expandHanLatinGaps(t: ShapedText, s: number, n: number, amount: number): number {
  let count = 0;
  for (let k = 1; k < n; k++) {
    if (t.cls[s + k] === SPACE || !(t.gapPt[s + k] > 0)) continue;
    caps[count] = Math.max(0, t.sizePt[s + k] / 3 - gap[k]);
    idx[count++] = k;
  }
  const total = capsTotal(count);
  if (total <= 0 || amount <= 0) return 0;
  const take = Math.min(amount, total);
  for (let j = 0; j < count; j++) if (caps[j] > 0) gap[idx[j]] += (caps[j] * take) / total;
  return take;
}
