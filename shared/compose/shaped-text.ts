/**
 * The shaped clusters' store: one column per Cluster field (index i is cluster i), so shaping allocates nothing
 * per character and a paragraph's room is reused for the next paragraph. Line breaking and justification read
 * these columns; `cluster(i)` gives the object form for readers off the hot path.
 */
import type { CharClass } from './classify';
import type { FaceMetrics } from './fonts/face-metrics';

/** One unit of composition as an object (a character, or an inseparable pair drawn as one glyph, as ——). */
export interface Cluster {
  /** The characters it stands for. */
  ch: string;
  cls: CharClass;
  face: FaceMetrics;
  sizePt: number;
  /** Glyph id in `face` (0 = .notdef when the face lacks the character; it is reported, never dropped). */
  glyphId: number;
  /** The character the face maps glyphId to, when it is not `ch` (—— is one ⸺ glyph); text-drawing outputs draw it. */
  drawCh?: string;
  /** Occupied width after adjacent-mark compression, pt. */
  boxPt: number;
  /** Where the glyph is drawn relative to the box's left edge (negative once a left blank is removed). */
  originPt: number;
  /** Blank at the left/right that line-edge trimming and justification may still remove, pt. */
  blankLPt: number;
  blankRPt: number;
  /** Natural space before this cluster: the Han–Latin gap (¼em), else 0. Dropped at line start. */
  gapPt: number;
  /** No line may break before this cluster. */
  noBreakBefore: boolean;
  /** A break before it is a hyphenation point (adds a hyphen glyph). */
  hyphenBefore: boolean;
  /** Justification may add space before this cluster (CLReq expansion step 3). */
  stretchBefore: boolean;
  /** Counts as a character for 孤字 control (not punctuation or space). */
  isChar: boolean;
  /** UTF-16 offset of its first character in the source paragraph (where a line starting here begins). */
  sourceOffset: number;
}

/** Cluster flags (`ShapedText.flags`, bits): Cluster's booleans. */
export const FLAG = { NO_BREAK_BEFORE: 1, HYPHEN_BEFORE: 2, STRETCH_BEFORE: 4, IS_CHAR: 8 } as const;
const { NO_BREAK_BEFORE, HYPHEN_BEFORE, STRETCH_BEFORE, IS_CHAR } = FLAG;

// The columns of an empty ShapedText (made room for on first use; never written to).
const NO_STRINGS: string[] = [];
const NO_FACES: FaceMetrics[] = [];
const NO_BYTES = new Uint8Array(0);
const NO_U32 = new Uint32Array(0);
const NO_I32 = new Int32Array(0);
const NO_F64 = new Float64Array(0);

/**
 * Shaped clusters column by column (Cluster's fields; index i is cluster i, i < length). Strings are the shared
 * one-character strings (no string per character). Grows as needed; `reset` makes room for a new text.
 */
export class ShapedText {
  length = 0;
  capacity = 0;
  /** Some cluster draws another character than its own (drawn[i] !== ch[i], a —— drawn as one ⸺). */
  drawnDiffers = false;
  ch: string[] = NO_STRINGS;
  /** What the face maps glyphId to: Cluster.drawCh, else ch. */
  drawn: string[] = NO_STRINGS;
  face: FaceMetrics[] = NO_FACES;
  cls = NO_BYTES;
  flags = NO_BYTES;
  /** The first code point of ch. */
  cp = NO_U32;
  glyphId = NO_U32;
  sourceOffset = NO_I32;
  sizePt = NO_F64;
  boxPt = NO_F64;
  originPt = NO_F64;
  blankLPt = NO_F64;
  blankRPt = NO_F64;
  gapPt = NO_F64;

  /** Empty, with room for at least `n` clusters (the columns' contents are stale until written). */
  reset(n: number): void {
    this.length = 0;
    this.drawnDiffers = false;
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2, 64);
    // One buffer for the numeric columns: one backing store instead of twelve.
    const buffer = new ArrayBuffer(cap * (6 * 8 + 3 * 4 + 2));
    this.sizePt = new Float64Array(buffer, 0, cap);
    this.boxPt = new Float64Array(buffer, cap * 8, cap);
    this.originPt = new Float64Array(buffer, cap * 16, cap);
    this.blankLPt = new Float64Array(buffer, cap * 24, cap);
    this.blankRPt = new Float64Array(buffer, cap * 32, cap);
    this.gapPt = new Float64Array(buffer, cap * 40, cap);
    this.cp = new Uint32Array(buffer, cap * 48, cap);
    this.glyphId = new Uint32Array(buffer, cap * 52, cap);
    this.sourceOffset = new Int32Array(buffer, cap * 56, cap);
    this.cls = new Uint8Array(buffer, cap * 60, cap);
    this.flags = new Uint8Array(buffer, cap * 61, cap);
    this.ch = new Array<string>(cap);
    this.drawn = new Array<string>(cap);
    this.face = new Array<FaceMetrics>(cap);
    this.capacity = cap;
  }

  /** Cluster i as an object (off the hot path: short lines, vertical setting). */
  cluster(i: number): Cluster {
    const f = this.flags[i];
    return {
      ch: this.ch[i], cls: this.cls[i] as CharClass, face: this.face[i], sizePt: this.sizePt[i], glyphId: this.glyphId[i],
      boxPt: this.boxPt[i], originPt: this.originPt[i], blankLPt: this.blankLPt[i], blankRPt: this.blankRPt[i], gapPt: this.gapPt[i],
      noBreakBefore: (f & NO_BREAK_BEFORE) !== 0, hyphenBefore: (f & HYPHEN_BEFORE) !== 0, stretchBefore: (f & STRETCH_BEFORE) !== 0,
      isChar: (f & IS_CHAR) !== 0, sourceOffset: this.sourceOffset[i],
      drawCh: this.drawn[i] === this.ch[i] ? undefined : this.drawn[i],
    };
  }

  /** Append a cluster object (vertical setting rebuilds its clusters). */
  push(c: Cluster): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.ch[i] = c.ch;
    this.drawn[i] = c.drawCh ?? c.ch;
    if (this.drawn[i] !== c.ch) this.drawnDiffers = true;
    this.face[i] = c.face;
    this.cls[i] = c.cls;
    this.flags[i] = (c.noBreakBefore ? NO_BREAK_BEFORE : 0) | (c.hyphenBefore ? HYPHEN_BEFORE : 0) | (c.stretchBefore ? STRETCH_BEFORE : 0) | (c.isChar ? IS_CHAR : 0);
    this.cp[i] = c.ch.codePointAt(0) ?? 0;
    this.glyphId[i] = c.glyphId;
    this.sourceOffset[i] = c.sourceOffset;
    this.sizePt[i] = c.sizePt;
    this.boxPt[i] = c.boxPt;
    this.originPt[i] = c.originPt;
    this.blankLPt[i] = c.blankLPt;
    this.blankRPt[i] = c.blankRPt;
    this.gapPt[i] = c.gapPt;
  }

  private grow(): void {
    const old = { ...this };
    const n = this.length;
    this.capacity = 0;
    this.reset(Math.max(64, n * 2));
    this.length = n;
    this.drawnDiffers = old.drawnDiffers;
    for (const k of ['sizePt', 'boxPt', 'originPt', 'blankLPt', 'blankRPt', 'gapPt', 'cp', 'glyphId', 'sourceOffset', 'cls', 'flags'] as const) {
      (this[k] as Float64Array).set((old[k] as Float64Array).subarray(0, n));
    }
    for (let i = 0; i < n; i++) {
      this.ch[i] = old.ch[i];
      this.drawn[i] = old.drawn[i];
      this.face[i] = old.face[i];
    }
  }
}
