/**
 * Setting one line: line-edge trims, then compression or expansion in CLReq's priority order
 * <https://www.w3.org/TR/clreq/#handling_of_reduction_and_expansion>, then absolute glyph positions.
 * Every non-last justified line ends exactly at the measure.
 */
import { EPS_PT, roundPt } from '../units';
import { C } from './classify';
import type { LineSpan } from './linebreak';
import type { CompositionSettings } from './rules';
import type { Cluster } from './shape';

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
  readonly glyphId: Uint32Array;
  readonly xPt: Float64Array;
  readonly advancePt: Float64Array;
  readonly drawXPt: Float64Array;
  readonly sizePt: Float64Array;
  readonly sourceOffset: Int32Array;
  readonly ch: string[];
  /** What the face maps glyphId to: drawCh, else ch. */
  readonly drawn: string[];
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
    this.drawn = new Array<string>(capacity);
    this.faceId = new Array<string>(capacity);
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
    g.ch[k] = src.ch[i];
    g.drawn[k] = src.drawn[i];
    g.faceId[k] = src.faceId[i];
  }
  g.count = n;
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

/** Spread `amount` over items in proportion to their capacity; returns what was placed. */
function distribute(caps: number[], amount: number, apply: (j: number, d: number) => void): number {
  let total = 0;
  for (const c of caps) total += c;
  if (total <= 0 || amount <= 0) return 0;
  const take = Math.min(amount, total);
  for (let j = 0; j < caps.length; j++) if (caps[j] > 0) apply(j, (caps[j] * take) / total);
  return take;
}

/** Set clusters [span.start, span.end) on one line. */
export function setLine(cl: readonly Cluster[], span: LineSpan, settings: CompositionSettings, opt: SetLineOptions, store?: GlyphStore): SetLine {
  let e = span.end;
  while (e > span.start && cl[e - 1].cls === C.SPACE) e--;
  const s = span.start;
  const n = e - s;
  const box = new Array<number>(n);
  const origin = new Array<number>(n);
  const gap = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const c = cl[s + k];
    box[k] = c.boxPt;
    origin[k] = c.originPt;
    gap[k] = k === 0 ? 0 : c.gapPt;
  }
  if (settings.compression && n > 0) {
    // Line-start opener loses its left blank; line-end mark is ½em (GB/T 15834-2011 §5.1.10 via CLReq).
    const first = cl[s];
    box[0] -= first.blankLPt;
    origin[0] -= first.blankLPt;
    box[n - 1] -= cl[e - 1].blankRPt;
  }
  let natural = 0;
  for (let k = 0; k < n; k++) natural += box[k] + gap[k];
  const hyphenPt = span.hyphen && opt.hyphenGlyph ? opt.hyphenGlyph.advancePt : 0;
  natural += hyphenPt;
  const hungPt = span.hang && n > 0 ? box[n - 1] : 0;
  const target = opt.availPt + hungPt;
  let diff = target - natural;

  if (diff < -EPS_PT) {
    // Compression, CLReq order: word spaces → brackets → ，、；： → Han–Latin gaps → 。？！.
    const stages: Array<(c: Cluster, k: number) => number> = [
      (c, k) => (c.cls === C.SPACE ? Math.max(0, box[k] - c.sizePt / 4) : 0),
      (c, k) => (settings.compression && (c.cls === C.OPEN || c.cls === C.CLOSE) ? (k > 0 ? c.blankLPt : 0) + (k < n - 1 ? c.blankRPt : 0) : 0),
      (c, k) => (settings.compression && c.cls === C.PAUSE && k < n - 1 ? c.blankRPt : 0),
      (c, k) => (k > 0 && c.gapPt > 0 ? -Math.max(0, gap[k] - c.sizePt / 8) : 0),
      (c, k) => (settings.compression && c.cls === C.STOP && k < n - 1 ? c.blankRPt : 0),
    ];
    for (const stage of stages) {
      if (diff >= -EPS_PT) break;
      const caps: number[] = [];
      const idx: number[] = [];
      const onGap: boolean[] = [];
      for (let k = 0; k < n; k++) {
        const v = stage(cl[s + k], k);
        if (v !== 0) {
          caps.push(Math.abs(v));
          idx.push(k);
          onGap.push(v < 0);
        }
      }
      const placed = distribute(caps, -diff, (j, d) => {
        const k = idx[j];
        if (onGap[j]) gap[k] -= d;
        else {
          box[k] -= d;
          if (cl[s + k].cls === C.OPEN) origin[k] -= d;
        }
      });
      diff += placed;
    }
  } else if (diff > EPS_PT && opt.align === 'justify' && !opt.isLast) {
    // Expansion: word spaces to ½em → Han–Latin gaps to ⅓em → equal space between remaining eligible pairs.
    const spaceCaps: number[] = [];
    const spaceIdx: number[] = [];
    const hlCaps: number[] = [];
    const hlIdx: number[] = [];
    const gapIdx: number[] = [];
    for (let k = 0; k < n; k++) {
      const c = cl[s + k];
      if (c.cls === C.SPACE) {
        spaceCaps.push(Math.max(0, c.sizePt / 2 - box[k]));
        spaceIdx.push(k);
      } else if (k > 0 && c.gapPt > 0) {
        hlCaps.push(Math.max(0, c.sizePt / 3 - gap[k]));
        hlIdx.push(k);
      } else if (k > 0 && c.stretchBefore) gapIdx.push(k);
    }
    diff -= distribute(spaceCaps, diff, (j, d) => (box[spaceIdx[j]] += d));
    diff -= distribute(hlCaps, diff, (j, d) => (gap[hlIdx[j]] += d));
    if (diff > EPS_PT) {
      let targets = gapIdx;
      if (targets.length === 0) {
        // No eligible pair (a line of one Latin word and marks): spread over every pair but inseparables.
        targets = [];
        for (let k = 1; k < n; k++) if (!(cl[s + k].cls === cl[s + k - 1].cls && (cl[s + k].cls === C.DASH || cl[s + k].cls === C.ELLIPSIS))) targets.push(k);
      }
      if (targets.length > 0) {
        // Whole thousandths of a pt, so rounded positions keep the gaps equal (they differ by ≤ 0.001 pt).
        const thousandths = Math.round(diff * 1000);
        const base = Math.floor(thousandths / targets.length);
        const rest = thousandths - base * targets.length;
        targets.forEach((k, j) => (gap[k] += (base + (j < rest ? 1 : 0)) / 1000));
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
  const start = g.count;
  let at = start;
  let firstX = 0;
  for (let k = 0; k < n; k++) {
    const c = cl[s + k];
    x += gap[k];
    if (k === 0) firstX = x;
    g.ch[at] = c.ch;
    g.drawn[at] = c.drawCh ?? c.ch;
    g.faceId[at] = c.face.id;
    g.sizePt[at] = c.sizePt;
    g.glyphId[at] = c.glyphId;
    g.xPt[at] = roundPt(x);
    g.advancePt[at] = roundPt(box[k]);
    g.drawXPt[at] = roundPt(x + origin[k]);
    g.sourceOffset[at] = c.sourceOffset;
    at++;
    x += box[k];
  }
  if (hyphenPt > 0 && n > 0 && opt.hyphenGlyph) {
    const c = cl[e - 1];
    g.ch[at] = '-';
    g.drawn[at] = '-';
    g.faceId[at] = c.face.id;
    g.sizePt[at] = c.sizePt;
    g.glyphId[at] = opt.hyphenGlyph.glyphId;
    g.xPt[at] = roundPt(x);
    g.advancePt[at] = roundPt(hyphenPt);
    g.drawXPt[at] = roundPt(x);
    g.sourceOffset[at] = -1;
    at++;
    x += hyphenPt;
  }
  g.count = at;
  return { xPt: roundPt(firstX), widthPt: roundPt(x - firstX), glyphs: g, glyphStart: start, glyphEnd: at, hyphenated: hyphenPt > 0, hanging: span.hang };
}
