/**
 * Shaping: styled text → clusters with natural widths, compressible blanks, Han–Latin gaps and break
 * opportunities. Everything that does not depend on where lines break is decided here, once.
 * Punctuation widths follow CLReq <https://www.w3.org/TR/clreq/#punctuation_width_adjustment>; break
 * opportunities follow UAX #14 tailored by CLReq (see breaks in `noBreakBetween`).
 */
import { C, classOf, isIdeograph, isNumberUnit, isWestern, type CharClass } from './classify';
import type { FaceMetrics } from './fonts/face-metrics';
import { isNoEnd, isNoStart, type CompositionSettings } from './rules';

/** A run of text in one face and size (the paragraph styles produce these from story runs). */
export interface StyledRun {
  text: string;
  face: FaceMetrics;
  sizePt: number;
  /** UTF-16 offset of `text` in the source paragraph (default: right after the previous run), for caret positions. */
  sourceOffset?: number;
}

/** One unit of composition: a character (or an inseparable pair drawn as one glyph, as ——). */
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

export interface ShapeResult {
  clusters: Cluster[];
  /** Characters a face lacks, in order of first appearance. */
  missing: string[];
}

const TWO_EM_DASH = 0x2e3a;

const charCache: string[] = new Array(0x10000);
/** The string of a code point, shared (no per-character allocation on the hot path). */
function charOf(cp: number): string {
  if (cp >= 0x10000) return String.fromCodePoint(cp);
  return (charCache[cp] ??= String.fromCharCode(cp));
}

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    out.push(cp);
    if (cp >= 0x10000) i++;
  }
  return out;
}

function emptyCluster(ch: string, cls: CharClass, face: FaceMetrics, sizePt: number): Cluster {
  return {
    ch, cls, face, sizePt, glyphId: 0, boxPt: 0, originPt: 0, blankLPt: 0, blankRPt: 0, gapPt: 0,
    noBreakBefore: false, hyphenBefore: false, stretchBefore: false, isChar: false, sourceOffset: 0,
    // Present on every cluster (undefined when the glyph is the character itself): one object shape for V8.
    drawCh: undefined,
  };
}

/** Turn runs into clusters with natural metrics (no breaks yet). */
function buildClusters(runs: readonly StyledRun[], settings: CompositionSettings, missing: Set<string>): Cluster[] {
  const out: Cluster[] = [];
  let nextOffset = 0;
  for (const run of runs) {
    const { face, sizePt, text } = run;
    const em = sizePt;
    const unit = sizePt / face.unitsPerEm;
    const cps = codePoints(text);
    let offset = run.sourceOffset ?? nextOffset;
    nextOffset = offset + text.length;
    // `offset` follows the UTF-16 position of cps[i] (a surrogate pair counts 2; skipped controls still count).
    for (let i = 0; i < cps.length; i++, offset += cps[i - 1] >= 0x10000 ? 2 : 1) {
      const cp = cps[i];
      if (cp === 0x0a || cp === 0x0d || cp === 0x200b || cp === 0xfeff) continue;
      let cls = classOf(cp);
      let ch = charOf(cp);
      // Digits' separators: . and , between digits belong to the number (3.14, 1,000).
      if (cls === C.HALF_CLOSE && (cp === 0x2e || cp === 0x2c) && classOf(cps[i - 1] ?? 0) === C.DIGIT && classOf(cps[i + 1] ?? 0) === C.DIGIT) {
        cls = C.DIGIT;
      }
      // Apostrophe/hyphen inside a Latin word stay LATIN (classOf already says so for ASCII).
      let drawCp = cp;
      let boxEm = -1; // fixed box in em, or -1 for the font advance
      if (cls === C.DASH) {
        if (cp === 0x2014 && cps[i + 1] === 0x2014) {
          ch = '——';
          i++;
          offset++;
          drawCp = face.glyph(TWO_EM_DASH) ? TWO_EM_DASH : 0x2014;
          boxEm = 2;
        } else boxEm = cp === TWO_EM_DASH ? 2 : 1;
      } else if (cls === C.MIDDLE) boxEm = 0.5;
      const c = emptyCluster(ch, cls, face, sizePt);
      c.sourceOffset = ch === '——' ? offset - 1 : offset;
      if (drawCp !== cp) c.drawCh = charOf(drawCp);
      const g = face.glyph(drawCp);
      let advancePt: number;
      if (g) {
        c.glyphId = g.glyphId;
        advancePt = g.advanceUnits * unit;
      } else {
        missing.add(ch);
        advancePt = cls === C.LATIN || cls === C.DIGIT || cls === C.SPACE ? em / 2 : em;
      }
      if (boxEm >= 0) {
        c.boxPt = boxEm * em;
        // Centre the glyph in its fixed box; a lone 2em dash drawn with two U+2014 uses one per em.
        c.originPt = (c.boxPt - (ch === '——' && drawCp === 0x2014 ? advancePt * 2 : advancePt)) / 2;
        if (ch === '——' && drawCp === 0x2014) c.originPt = 0;
      } else c.boxPt = advancePt;
      if (settings.compression) {
        // Simplified Chinese fonts put the ink of openers in the right half, of closers and 、，。 in the left.
        if (cls === C.OPEN) c.blankLPt = Math.max(0, c.boxPt - em / 2);
        else if (cls === C.CLOSE || cls === C.PAUSE || cls === C.STOP) c.blankRPt = Math.max(0, c.boxPt - em / 2);
      }
      c.isChar = cls === C.HAN || cls === C.LATIN || cls === C.DIGIT;
      out.push(c);
    }
  }
  return out;
}

/** Two adjacent full-width marks take 1.5em: the facing blank goes (CLReq 3.1.6.1, e.g. 。” ”（ ）（ 》， ，“). */
function compressAdjacentMarks(cl: Cluster[]): void {
  for (let i = 1; i < cl.length; i++) {
    const a = cl[i - 1];
    const b = cl[i];
    if (a.blankRPt > 0 && (b.blankLPt > 0 || b.blankRPt > 0)) {
      a.boxPt -= a.blankRPt;
      a.blankRPt = 0;
    } else if (a.cls === C.OPEN && b.blankLPt > 0) {
      b.boxPt -= b.blankLPt;
      b.originPt -= b.blankLPt;
      b.blankLPt = 0;
    }
  }
}

/** May a line break between a and b (ignoring prohibition levels)? Inseparables and non-Han runs never break. */
function noBreakBetween(a: Cluster, b: Cluster, bFirstCp: number, settings: CompositionSettings): boolean {
  if (b.cls === C.SPACE) return true; // break after spaces, never before
  if (a.cls === C.SPACE) return false;
  if (a.cls === C.ELLIPSIS && b.cls === C.ELLIPSIS) return true; // …… inseparable
  if (a.cls === C.DASH && b.cls === C.DASH) return true;
  if (isWestern(a.cls) && isWestern(b.cls)) return true; // words, numbers, ¥100, 50%, 3.14, km
  if (a.cls === C.DIGIT && isNumberUnit(bFirstCp)) return true; // 2014年, 120吨
  return isNoStart(b.cls, settings.level) || isNoEnd(a.cls, settings.level);
}

/** Shape styled runs into clusters: metrics, compression, Han–Latin autospace, break opportunities. */
export function shapeRuns(runs: readonly StyledRun[], settings: CompositionSettings): ShapeResult {
  const missingSet = new Set<string>();
  const cl = buildClusters(runs, settings, missingSet);
  if (settings.compression) compressAdjacentMarks(cl);
  let wordStart = -1;
  for (let i = 0; i < cl.length; i++) {
    const b = cl[i];
    if (i === 0) continue;
    const a = cl[i - 1];
    const bCp = b.ch.codePointAt(0) as number;
    b.noBreakBefore = noBreakBetween(a, b, bCp, settings);
    // Han–Latin/digit gap ¼em; none beside full-width punctuation or brackets (CLReq 3.2.2).
    const aHan = a.cls === C.HAN && isIdeograph(a.ch.codePointAt(0) as number);
    const bHan = b.cls === C.HAN && isIdeograph(bCp);
    const aWest = a.cls === C.LATIN || a.cls === C.DIGIT || a.cls === C.PREFIX || a.cls === C.SUFFIX;
    const bWest = b.cls === C.LATIN || b.cls === C.DIGIT || b.cls === C.PREFIX || b.cls === C.SUFFIX;
    if ((aHan && bWest) || (aWest && bHan)) b.gapPt = Math.min(a.sizePt, b.sizePt) / 4;
    // Expansion space: not inside inseparables, Latin words or digit runs, not after openers or before closers.
    b.stretchBefore =
      !(isWestern(a.cls) && isWestern(b.cls)) &&
      b.gapPt === 0 &&
      a.cls !== C.OPEN &&
      a.cls !== C.SPACE &&
      b.cls !== C.SPACE &&
      b.cls !== C.CLOSE &&
      b.cls !== C.PAUSE &&
      b.cls !== C.STOP &&
      !(a.cls === C.ELLIPSIS && b.cls === C.ELLIPSIS) &&
      !(a.cls === C.DASH && b.cls === C.DASH) &&
      !(a.cls === C.DIGIT && isNumberUnit(bCp));
  }
  // Hyphenation points: inside Latin words of ≥ 6 letters, leaving ≥ 3 letters on each side.
  if (settings.hyphenate) {
    for (let i = 0; i <= cl.length; i++) {
      const isLetter = i < cl.length && cl[i].cls === C.LATIN && /\p{L}/u.test(cl[i].ch);
      if (isLetter && wordStart < 0) wordStart = i;
      if (!isLetter && wordStart >= 0) {
        for (let k = wordStart + 3; k <= i - 3; k++) cl[k].hyphenBefore = true;
        wordStart = -1;
      }
    }
  }
  return { clusters: cl, missing: [...missingSet] };
}
