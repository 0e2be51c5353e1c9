/**
 * Shaping: styled text → clusters with natural widths, compressible blanks, Han–Latin gaps and break
 * opportunities. Everything that does not depend on where lines break is decided here, once.
 * Punctuation widths follow CLReq <https://www.w3.org/TR/clreq/#punctuation_width_adjustment>; break
 * opportunities follow UAX #14 tailored by CLReq (the class pairs in class-pairs.ts).
 *
 * The clusters are columns (`ShapedText`, shaped-text.ts: index i is cluster i), so shaping allocates nothing per
 * character and a paragraph's shaping room is reused for the next paragraph.
 */
import { C, classOf, isIdeograph, isNumberUnit } from './classify';
import { CLASS_COUNT, PAIR, pairTable } from './class-pairs';
import type { FaceMetrics } from './fonts/face-metrics';
import type { CompositionSettings } from './rules';
import { FLAG, ShapedText, type Cluster } from './shaped-text';

/** A run of text in one face and size (the paragraph styles produce these from story runs). */
export interface StyledRun {
  text: string;
  face: FaceMetrics;
  sizePt: number;
  /** UTF-16 offset of `text` in the source paragraph (default: right after the previous run), for caret positions. */
  sourceOffset?: number;
}

export interface ShapeResult {
  clusters: Cluster[];
  /** Characters a face lacks, in order of first appearance. */
  missing: string[];
}

// Imported bindings read once: where a module transform turns imports into property reads (tsx's CommonJS mode,
// vitest), every read is a getter call, which showed in these per-character loops.
const { HAN, OPEN, CLOSE, PAUSE, STOP, MIDDLE, DASH, LATIN, DIGIT, SPACE, HALF_CLOSE } = C;
const { NO_BREAK_BEFORE, HYPHEN_BEFORE, STRETCH_BEFORE, IS_CHAR } = FLAG;
const { NO_BREAK: PAIR_NO_BREAK, STRETCH: PAIR_STRETCH, GAP_HAN_WEST: PAIR_GAP_HAN_WEST, GAP_WEST_HAN: PAIR_GAP_WEST_HAN } = PAIR;
const PAIR_STRIDE = CLASS_COUNT;
const classOfCp = classOf;
const isIdeographCp = isIdeograph;
const isNumberUnitCp = isNumberUnit;

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
    const pair = pairs[a * PAIR_STRIDE + b];
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
