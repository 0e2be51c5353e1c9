/**
 * Breaking a paragraph's clusters into lines. First fit, measured at maximum compression, so push-in (压缩进行)
 * wins over push-out (推出) as CLReq and newsroom practice want; then 孤字 control pulls a character down so a
 * paragraph never ends on a lone character (CLReq "Paragraph adjustment").
 */
import { EPS_PT } from '../units';
import { C } from './classify';
import type { Cluster } from './shape';
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

const isHangable = (c: Cluster) => (c.cls === C.PAUSE || c.cls === C.STOP) && (c.ch === '、' || c.ch === '，' || c.ch === '。');

/** Natural width and width at full compression of clusters [s, e) as one line (trailing spaces excluded). */
export function measureSpan(cl: readonly Cluster[], s: number, e: number, s0: CompositionSettings): { natPt: number; minPt: number } {
  let nat = 0;
  let shrink = 0;
  let pendNat = 0;
  let pendShrink = 0;
  for (let i = s; i < e; i++) {
    const c = cl[i];
    if (c.cls === C.SPACE) {
      if (i > s) {
        pendNat += c.boxPt;
        pendShrink += Math.max(0, c.boxPt - c.sizePt / 4);
      }
      continue;
    }
    nat += pendNat + c.boxPt + (i > s ? c.gapPt : 0);
    shrink += pendShrink + (i > s ? Math.max(0, c.gapPt - c.sizePt / 8) : 0);
    if (s0.compression) shrink += c.blankLPt + c.blankRPt;
    pendNat = 0;
    pendShrink = 0;
  }
  return { natPt: nat, minPt: nat - shrink };
}

function charCount(cl: readonly Cluster[], s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (cl[i].isChar) n++;
  return n;
}

/** Break clusters into lines (spans). Leading spaces of a line are skipped. */
export function breakLines(cl: readonly Cluster[], settings: CompositionSettings, opt: BreakOptions): LineSpan[] {
  const n = cl.length;
  const lines: LineSpan[] = [];
  let s = 0;
  while (s < n) {
    while (s < n && cl[s].cls === C.SPACE) s++;
    if (s >= n) break;
    const avail = (opt.widthAt ? opt.widthAt(lines.length) : opt.widthPt) - (lines.length === 0 ? opt.firstIndentPt : 0) + EPS_PT;
    let nat = 0;
    let shrink = 0;
    let pendNat = 0;
    let pendShrink = 0;
    let best = -1;
    let fitAny = -1;
    let bestHyphen = false;
    let bestHang = false;
    for (let e = s + 1; e <= n; e++) {
      const c = cl[e - 1];
      if (c.cls === C.SPACE) {
        pendNat += c.boxPt;
        pendShrink += Math.max(0, c.boxPt - c.sizePt / 4);
      } else {
        const gap = e - 1 > s ? c.gapPt : 0;
        nat += pendNat + c.boxPt + gap;
        shrink += pendShrink + Math.max(0, gap - c.sizePt / 8);
        if (settings.compression) shrink += c.blankLPt + c.blankRPt;
        pendNat = 0;
        pendShrink = 0;
      }
      const next = e < n ? cl[e] : null;
      const normal = next === null || !next.noBreakBefore;
      const hyphen = !normal && settings.hyphenate && next !== null && next.hyphenBefore;
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
        const markOnly = c.boxPt - (settings.compression ? c.blankLPt + c.blankRPt : 0);
        if (settings.hanging && !hyphen && isHangable(c) && minW - markOnly <= avail && e - 1 > s) {
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
  if (opt.orphanControl) pullDownOrphan(cl, lines, settings, opt);
  return lines;
}

/** If the last line holds one character (± marks), end the line above earlier so two or more come down. */
function pullDownOrphan(cl: readonly Cluster[], lines: LineSpan[], settings: CompositionSettings, opt: BreakOptions): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (charCount(cl, last.start, last.end) >= 2) return;
  const widthAt = (i: number) => (opt.widthAt ? opt.widthAt(i) : opt.widthPt);
  const prevAvail = widthAt(lines.length - 2) - (lines.length === 2 ? opt.firstIndentPt : 0);
  const lastAvail = widthAt(lines.length - 1);
  for (let e = prev.end - 1; e > prev.start; e--) {
    if (cl[e].noBreakBefore || cl[e].cls === C.SPACE) continue;
    if (charCount(cl, prev.start, e) < 2) break;
    if (measureSpan(cl, e, last.end, settings).minPt > lastAvail + EPS_PT) break;
    if (charCount(cl, e, last.end) < 2) continue;
    if (measureSpan(cl, prev.start, e, settings).minPt > prevAvail + EPS_PT) continue;
    prev.end = e;
    prev.hyphen = false;
    prev.hang = false;
    last.start = e;
    return;
  }
}
