/**
 * Shaping: styled text → clusters with natural widths, compressible blanks, Han–Latin gaps and break
 * opportunities. Everything that does not depend on where lines break is decided here, once.
 * Punctuation widths follow CLReq <https://www.w3.org/TR/clreq/#punctuation_width_adjustment>; break
 * opportunities follow UAX #14 tailored by CLReq (see breaks in `noBreakBetween`).
 *
 * The clusters are columns (`ShapedText`: index i is cluster i), so shaping allocates nothing per character and
 * a paragraph's shaping room is reused for the next paragraph.
 */
import { C, classOf, isIdeograph, isNumberUnit, isWestern, type CharClass } from './classify';
import type { FaceMetrics } from './fonts/face-metrics';
import { isNoEnd, isNoStart, type CompositionSettings, type ProhibitionLevel } from './rules';

/** A run of text in one face and size (the paragraph styles produce these from story runs). */
export interface StyledRun {
  text: string;
  face: FaceMetrics;
  sizePt: number;
  /** UTF-16 offset of `text` in the source paragraph (default: right after the previous run), for caret positions. */
  sourceOffset?: number;
}

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

export interface ShapeResult {
  clusters: Cluster[];
  /** Characters a face lacks, in order of first appearance. */
  missing: string[];
}

// Imported bindings read once: where a module transform turns imports into property reads (tsx's CommonJS mode,
// vitest), every read is a getter call, which showed in these per-character loops.
const { HAN, OPEN, CLOSE, PAUSE, STOP, MIDDLE, DASH, ELLIPSIS, LATIN, DIGIT, PREFIX, SUFFIX, SPACE, HALF_CLOSE } = C;
const classOfCp = classOf;
const isIdeographCp = isIdeograph;
const isNumberUnitCp = isNumberUnit;
const isWesternClass = isWestern;
const isNoStartClass = isNoStart;
const isNoEndClass = isNoEnd;

const TWO_EM_DASH = 0x2e3a;

// Filled, not holey: reading a hole is slower than reading a string.
const charCache: string[] = new Array<string>(0x10000).fill('');
/** The string of a code point, shared (no per-character allocation on the hot path). */
function charOf(cp: number): string {
  if (cp >= 0x10000) return String.fromCodePoint(cp);
  const s = charCache[cp];
  return s !== '' ? s : (charCache[cp] = String.fromCharCode(cp));
}

/** The code point at UTF-16 index i of text (0 past the end). */
function cpAt(text: string, i: number): number {
  return i < text.length ? (text.codePointAt(i) as number) : 0;
}

/** Index of the code point after the one at UTF-16 index i. */
function nextIndex(text: string, i: number): number {
  return i + ((text.codePointAt(i) as number) >= 0x10000 ? 2 : 1);
}

/** Turn runs into clusters with natural metrics (no breaks yet). */
function buildClusters(out: ShapedText, runs: readonly StyledRun[], settings: CompositionSettings, missing: string[]): void {
  let nextOffset = 0;
  let n = 0;
  const compression = settings.compression;
  for (const run of runs) {
    const { face, sizePt, text } = run;
    const em = sizePt;
    const unit = sizePt / face.unitsPerEm;
    let offset = run.sourceOffset ?? nextOffset;
    nextOffset = offset + text.length;
    // `offset` follows the UTF-16 position of the code point at i (a surrogate pair counts 2; skipped controls count).
    let prevCp = 0;
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i) as number;
      const step = cp >= 0x10000 ? 2 : 1;
      if (cp === 0x0a || cp === 0x0d || cp === 0x200b || cp === 0xfeff) {
        prevCp = cp;
        i += step;
        offset += step;
        continue;
      }
      let cls = classOfCp(cp);
      let ch = charOf(cp);
      // Digits' separators: . and , between digits belong to the number (3.14, 1,000).
      if (cls === HALF_CLOSE && (cp === 0x2e || cp === 0x2c) && classOfCp(prevCp) === DIGIT && classOfCp(cpAt(text, i + step)) === DIGIT) {
        cls = DIGIT;
      }
      // Apostrophe/hyphen inside a Latin word stay LATIN (classOf already says so for ASCII).
      let drawCp = cp;
      let boxEm = -1; // fixed box in em, or -1 for the font advance
      let next = i + step;
      let twoEmDash = false;
      if (cls === DASH) {
        if (cp === 0x2014 && cpAt(text, next) === 0x2014) {
          twoEmDash = true;
          ch = '——';
          next++;
          drawCp = face.glyph(TWO_EM_DASH) ? TWO_EM_DASH : 0x2014;
          boxEm = 2;
        } else boxEm = cp === TWO_EM_DASH ? 2 : 1;
      } else if (cls === MIDDLE) boxEm = 0.5;
      let glyphId = face.glyphIdOf(drawCp);
      let advancePt: number;
      if (glyphId >= 0) advancePt = face.advanceUnitsOf(drawCp) * unit;
      else {
        glyphId = 0;
        if (!missing.includes(ch)) missing.push(ch);
        advancePt = cls === LATIN || cls === DIGIT || cls === SPACE ? em / 2 : em;
      }
      let boxPt: number;
      let originPt = 0;
      if (boxEm >= 0) {
        boxPt = boxEm * em;
        // Centre the glyph in its fixed box; a lone 2em dash drawn with two U+2014 uses one per em.
        originPt = (boxPt - (twoEmDash && drawCp === 0x2014 ? advancePt * 2 : advancePt)) / 2;
        if (twoEmDash && drawCp === 0x2014) originPt = 0;
      } else boxPt = advancePt;
      let blankLPt = 0;
      let blankRPt = 0;
      if (compression) {
        // Simplified Chinese fonts put the ink of openers in the right half, of closers and 、，。 in the left.
        if (cls === OPEN) blankLPt = Math.max(0, boxPt - em / 2);
        else if (cls === CLOSE || cls === PAUSE || cls === STOP) blankRPt = Math.max(0, boxPt - em / 2);
      }
      out.ch[n] = ch;
      if (drawCp !== cp) {
        out.drawn[n] = charOf(drawCp);
        out.drawnDiffers = true;
      } else out.drawn[n] = ch;
      out.face[n] = face;
      out.cls[n] = cls;
      out.flags[n] = cls === HAN || cls === LATIN || cls === DIGIT ? IS_CHAR : 0;
      out.cp[n] = cp;
      out.glyphId[n] = glyphId;
      out.sourceOffset[n] = offset;
      out.sizePt[n] = sizePt;
      out.boxPt[n] = boxPt;
      out.originPt[n] = originPt;
      out.blankLPt[n] = blankLPt;
      out.blankRPt[n] = blankRPt;
      out.gapPt[n] = 0;
      n++;
      prevCp = twoEmDash ? 0x2014 : cp;
      offset += next - i;
      i = next;
    }
  }
  out.length = n;
}

/** Two adjacent full-width marks take 1.5em: the facing blank goes (CLReq 3.1.6.1, e.g. 。” ”（ ）（ 》， ，“). */
function compressAdjacentMarks(t: ShapedText): void {
  const { boxPt, originPt, blankLPt, blankRPt, cls } = t;
  for (let i = 1; i < t.length; i++) {
    if (blankRPt[i - 1] > 0 && (blankLPt[i] > 0 || blankRPt[i] > 0)) {
      boxPt[i - 1] -= blankRPt[i - 1];
      blankRPt[i - 1] = 0;
    } else if (cls[i - 1] === OPEN && blankLPt[i] > 0) {
      boxPt[i] -= blankLPt[i];
      originPt[i] -= blankLPt[i];
      blankLPt[i] = 0;
    }
  }
}

/** May a line break between classes a and b (ignoring prohibition levels)? Inseparables and non-Han runs never break. */
function noBreakBetween(a: CharClass, b: CharClass, bFirstCp: number, level: ProhibitionLevel): boolean {
  if (b === SPACE) return true; // break after spaces, never before
  if (a === SPACE) return false;
  if (a === ELLIPSIS && b === ELLIPSIS) return true; // …… inseparable
  if (a === DASH && b === DASH) return true;
  if (isWesternClass(a) && isWesternClass(b)) return true; // words, numbers, ¥100, 50%, 3.14, km
  if (a === DIGIT && isNumberUnitCp(bFirstCp)) return true; // 2014年, 120吨
  return isNoStartClass(b, level) || isNoEndClass(a, level);
}

/**
 * May justification add space between a and b (CLReq expansion step 3), a Han–Latin gap aside? Not inside
 * inseparables, Latin words or digit runs, not after openers or before closers.
 */
function stretchBetween(a: CharClass, b: CharClass, bFirstCp: number): boolean {
  return (
    !(isWesternClass(a) && isWesternClass(b)) &&
    a !== OPEN &&
    a !== SPACE &&
    b !== SPACE &&
    b !== CLOSE &&
    b !== PAUSE &&
    b !== STOP &&
    !(a === ELLIPSIS && b === ELLIPSIS) &&
    !(a === DASH && b === DASH) &&
    !(a === DIGIT && isNumberUnitCp(bFirstCp))
  );
}

/** Classes set on the Latin side of a Han–Latin gap (CLReq 3.2.2: none beside full-width punctuation or brackets). */
const isGapWestern = (cls: number) => cls === LATIN || cls === DIGIT || cls === PREFIX || cls === SUFFIX;

// What noBreakBetween, stretchBetween and the gap rule say of a class pair, when the characters themselves (a
// number unit after a digit, a Han that is an ideograph) do not matter: one table per prohibition level.
const PAIR_NO_BREAK = 1;
const PAIR_STRETCH = 2;
const PAIR_GAP_HAN_WEST = 4;
const PAIR_GAP_WEST_HAN = 8;
const CLASS_COUNT = 32;
const pairTables = new Map<ProhibitionLevel, Uint8Array>();

function pairTable(level: ProhibitionLevel): Uint8Array {
  let t = pairTables.get(level);
  if (t) return t;
  t = new Uint8Array(CLASS_COUNT * CLASS_COUNT);
  const classes = Object.values(C) as CharClass[];
  for (const a of classes) {
    for (const b of classes) {
      // Code point 0 is no number unit: the digit–unit rule is checked per character.
      t[a * CLASS_COUNT + b] =
        (noBreakBetween(a, b, 0, level) ? PAIR_NO_BREAK : 0) |
        (stretchBetween(a, b, 0) ? PAIR_STRETCH : 0) |
        (a === HAN && isGapWestern(b) ? PAIR_GAP_HAN_WEST : 0) |
        (isGapWestern(a) && b === HAN ? PAIR_GAP_WEST_HAN : 0);
    }
  }
  pairTables.set(level, t);
  return t;
}

/** Latin letters (hyphenation points lie inside words of them). */
const LETTER = /\p{L}/u;

/**
 * Shape styled runs into clusters: metrics, compression, Han–Latin autospace, break opportunities. Into `room`
 * (emptied first) when given, so a caller setting paragraph after paragraph reuses one.
 */
export function shapeText(runs: readonly StyledRun[], settings: CompositionSettings, room = new ShapedText()): { text: ShapedText; missing: string[] } {
  let chars = 0;
  for (const r of runs) chars += r.text.length;
  room.reset(chars);
  const missing: string[] = [];
  buildClusters(room, runs, settings, missing);
  if (settings.compression) compressAdjacentMarks(room);
  const { cls, cp, flags, gapPt, sizePt } = room;
  const pairs = pairTable(settings.level);
  const n = room.length;
  for (let i = 1; i < n; i++) {
    const a = cls[i - 1];
    const b = cls[i];
    const pair = pairs[a * CLASS_COUNT + b];
    // 2014年, 120吨: a number and its unit stay together, with no space between them.
    const unitAfterDigit = a === DIGIT && isNumberUnitCp(cp[i]);
    let f = flags[i];
    if (pair & PAIR_NO_BREAK || unitAfterDigit) f |= NO_BREAK_BEFORE;
    // Han–Latin/digit gap ¼em, beside ideographs proper.
    if ((pair & PAIR_GAP_HAN_WEST && isIdeographCp(cp[i - 1])) || (pair & PAIR_GAP_WEST_HAN && isIdeographCp(cp[i]))) {
      gapPt[i] = Math.min(sizePt[i - 1], sizePt[i]) / 4;
    }
    if (pair & PAIR_STRETCH && gapPt[i] === 0 && !unitAfterDigit) f |= STRETCH_BEFORE;
    flags[i] = f;
  }
  // Hyphenation points: inside Latin words of ≥ 6 letters, leaving ≥ 3 letters on each side.
  if (settings.hyphenate) {
    let wordStart = -1;
    for (let i = 0; i <= n; i++) {
      const isLetter = i < n && cls[i] === LATIN && LETTER.test(room.ch[i]);
      if (isLetter && wordStart < 0) wordStart = i;
      if (!isLetter && wordStart >= 0) {
        for (let k = wordStart + 3; k <= i - 3; k++) flags[k] |= HYPHEN_BEFORE;
        wordStart = -1;
      }
    }
  }
  return { text: room, missing };
}

/** Shape styled runs into cluster objects (short lines and other readers off the hot path). */
export function shapeRuns(runs: readonly StyledRun[], settings: CompositionSettings): ShapeResult {
  const { text, missing } = shapeText(runs, settings);
  const clusters: Cluster[] = [];
  for (let i = 0; i < text.length; i++) clusters.push(text.cluster(i));
  return { clusters, missing };
}
