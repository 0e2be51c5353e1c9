/**
 * Breaking a paragraph's clusters into lines. First fit, measured at maximum compression, so push-in (压缩进行)
 * wins over push-out (推出) as CLReq and newsroom practice want; then 孤字 control pulls a character down so a
 * paragraph never ends on a lone character (CLReq "Paragraph adjustment").
 */
import { EPS_PT } from '../units';
import { C } from './classify';
import { FLAG, type ShapedText } from './shaped-text';
import type { CompositionSettings } from './rules';

/** Clusters [start, end) set on one line. */
export interface LineSpan {
  start: number;
  end: number;
  /** Broken at a hyphenation point: a hyphen glyph ends the line. */
  hyphen: boolean;
  /** The last mark hangs past the column edge (hanging mode). */
  hang: boolean;
}

export interface BreakOptions {
  /** Column (measure) width, pt. */
  widthPt: number;
  /** Measure of line i when lines differ (a paragraph running on into a column of another width, 破栏). */
  widthAt?: (lineIndex: number) => number;
  /** Indent of the first line, pt. */
  firstIndentPt: number;
  /** Never end on a lone character (孤字). */
  orphanControl: boolean;
  /** Width of the hyphen glyph (hyphenation on). */
  hyphenPt: number;
}

// Imported bindings read once (under a CommonJS transform or vitest each read of an import is a getter call).
const { SPACE, PAUSE, STOP } = C;
const { IS_CHAR, NO_BREAK_BEFORE, HYPHEN_BEFORE } = FLAG;
const EPS = EPS_PT;

function isHangable(t: ShapedText, i: number): boolean {
  const ch = t.ch[i];
  return (t.cls[i] === PAUSE || t.cls[i] === STOP) && (ch === '、' || ch === '，' || ch === '。');
}

/** Natural width and width at full compression of clusters [s, e) as one line (trailing spaces excluded). */
export function measureSpan(t: ShapedText, s: number, e: number, s0: CompositionSettings): { natPt: number; minPt: number } {
  const { cls, boxPt, sizePt, gapPt, blankLPt, blankRPt } = t;
  let nat = 0;
  let shrink = 0;
  let pendNat = 0;
  let pendShrink = 0;
  for (let i = s; i < e; i++) {
    if (cls[i] === SPACE) {
      if (i > s) {
        pendNat += boxPt[i];
        pendShrink += Math.max(0, boxPt[i] - sizePt[i] / 4);
      }
      continue;
    }
    nat += pendNat + boxPt[i] + (i > s ? gapPt[i] : 0);
    shrink += pendShrink + (i > s ? Math.max(0, gapPt[i] - sizePt[i] / 8) : 0);
    if (s0.compression) shrink += blankLPt[i] + blankRPt[i];
    pendNat = 0;
    pendShrink = 0;
  }
  return { natPt: nat, minPt: nat - shrink };
}

function charCount(t: ShapedText, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (t.flags[i] & IS_CHAR) n++;
  return n;
}

/** Break clusters into lines (spans). Leading spaces of a line are skipped. */
export function breakLines(t: ShapedText, settings: CompositionSettings, opt: BreakOptions): LineSpan[] {
  const { cls, boxPt, sizePt, gapPt, blankLPt, blankRPt, flags } = t;
  const n = t.length;
  const compression = settings.compression;
  const lines: LineSpan[] = [];
  let s = 0;
  while (s < n) {
    while (s < n && cls[s] === SPACE) s++;
    if (s >= n) break;
    const avail = (opt.widthAt ? opt.widthAt(lines.length) : opt.widthPt) - (lines.length === 0 ? opt.firstIndentPt : 0) + EPS;
    let nat = 0;
    let shrink = 0;
    let pendNat = 0;
    let pendShrink = 0;
    let best = -1;
    let fitAny = -1;
    let bestHyphen = false;
    let bestHang = false;
    for (let e = s + 1; e <= n; e++) {
      const c = e - 1;
      if (cls[c] === SPACE) {
        pendNat += boxPt[c];
        pendShrink += Math.max(0, boxPt[c] - sizePt[c] / 4);
      } else {
        const gap = c > s ? gapPt[c] : 0;
        nat += pendNat + boxPt[c] + gap;
        shrink += pendShrink + Math.max(0, gap - sizePt[c] / 8);
        if (compression) shrink += blankLPt[c] + blankRPt[c];
        pendNat = 0;
        pendShrink = 0;
      }
      const normal = e === n || (flags[e] & NO_BREAK_BEFORE) === 0;
      const hyphen = !normal && settings.hyphenate && (flags[e] & HYPHEN_BEFORE) !== 0;
      if (!normal && !hyphen) {
        if (nat - shrink <= avail) fitAny = e;
        else if (best >= 0) break;
        continue;
      }
      const minW = nat - shrink + (hyphen ? opt.hyphenPt : 0);
      if (minW <= avail) {
        best = e;
        bestHyphen = hyphen;
        bestHang = false;
      } else {
        // Hanging: the mark may sit past the edge if everything before it fits.
        const markOnly = boxPt[c] - (compression ? blankLPt[c] + blankRPt[c] : 0);
        if (settings.hanging && !hyphen && isHangable(t, c) && minW - markOnly <= avail && c > s) {
          best = e;
          bestHyphen = false;
          bestHang = true;
        }
        break;
      }
    }
    if (best < 0) {
      // No opportunity fits (a URL or word wider than the column): emergency break where the measure ends,
      // rather than letting the line stick out of the column.
      best = Math.max(s + 1, fitAny);
      bestHyphen = false;
    }
    lines.push({ start: s, end: best, hyphen: bestHyphen, hang: bestHang });
    s = best;
  }
  if (opt.orphanControl) pullDownOrphan(t, lines, settings, opt);
  return lines;
}

/** If the last line holds one character (± marks), end the line above earlier so two or more come down. */
function pullDownOrphan(t: ShapedText, lines: LineSpan[], settings: CompositionSettings, opt: BreakOptions): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (charCount(t, last.start, last.end) >= 2) return;
  const widthAt = (i: number) => (opt.widthAt ? opt.widthAt(i) : opt.widthPt);
  const prevAvail = widthAt(lines.length - 2) - (lines.length === 2 ? opt.firstIndentPt : 0);
  const lastAvail = widthAt(lines.length - 1);
  for (let e = prev.end - 1; e > prev.start; e--) {
    if (t.flags[e] & NO_BREAK_BEFORE || t.cls[e] === SPACE) continue;
    if (charCount(t, prev.start, e) < 2) break;
    if (measureSpan(t, e, last.end, settings).minPt > lastAvail + EPS) break;
    if (charCount(t, e, last.end) < 2) continue;
    if (measureSpan(t, prev.start, e, settings).minPt > prevAvail + EPS) continue;
    prev.end = e;
    prev.hyphen = false;
    prev.hang = false;
    last.start = e;
    return;
  }
}
