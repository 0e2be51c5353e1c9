/**
 * The rule checker: reads a finished layout back and reports what a 组版 operator would mark — a prohibited
 * mark at line start or end (禁则), a paragraph ending on a lone character (孤字), a line wider than its column.
 */
import { EPS_PT } from '../units';
import { C, classOf } from './classify';
import { isNoEnd, isNoStart, type ProhibitionLevel } from './rules';

export type ViolationKind = 'line-start' | 'line-end' | 'orphan' | 'overflow';

export interface Violation {
  kind: ViolationKind;
  /** Block index in the story (−1 for a bare paragraph). */
  blockIndex: number;
  /** The offending line's text. */
  lineText: string;
  message: string;
}

/** What the checker needs of a line (PlacedLine satisfies it). */
export interface CheckedLine {
  xPt: number;
  widthPt: number;
  /** Its glyphs' source characters at [glyphStart, glyphEnd) (a SetLine's store). */
  glyphs: { readonly ch: readonly string[] };
  glyphStart: number;
  glyphEnd: number;
  blockIndex: number;
  kind: string;
  lastInParagraph: boolean;
  lineInParagraph: number;
  hyphenated?: boolean;
  hanging?: boolean;
}

const ORPHAN_KINDS = new Set(['paragraph', 'lead', 'runin', 'caption', 'kicker', 'headline', 'subheadline']);

function violation(out: Violation[], kind: ViolationKind, line: CheckedLine, message: string): void {
  out.push({ kind, blockIndex: line.blockIndex, lineText: line.glyphs.ch.slice(line.glyphStart, line.glyphEnd).join(''), message });
}

/** Check lines set in a measure of widthPt. (No closure per line: it runs over every line of every recompose.) */
export function checkLines(lines: readonly CheckedLine[], measurePt: number, level: ProhibitionLevel): Violation[] {
  const out: Violation[] = [];
  for (const line of lines) checkLine(line, measurePt, level, out);
  return out;
}

/** Check one line set in a measure of widthPt, appending what it breaks to `out` (a line's checks are its own). */
export function checkLine(line: CheckedLine, measurePt: number, level: ProhibitionLevel, out: Violation[]): void {
  const { glyphStart: s, glyphEnd: e } = line;
  if (e <= s) return;
  const ch = line.glyphs.ch;
  const first = classOf(ch[s].codePointAt(0) as number);
  const last = classOf(ch[e - 1].codePointAt(0) as number);
  if (line.lineInParagraph > 0 && isNoStart(first, level)) violation(out, 'line-start', line, `行首禁则: line starts with ${ch[s]}`);
  if (!line.lastInParagraph && !line.hyphenated && isNoEnd(last, level)) violation(out, 'line-end', line, `行尾禁则: line ends with ${ch[e - 1]}`);
  if (!line.hanging && line.xPt + line.widthPt > measurePt + 0.01 + EPS_PT) violation(out, 'overflow', line, `line is ${line.widthPt} pt wide, measure ${measurePt} pt`);
  if (line.lastInParagraph && line.lineInParagraph > 0 && ORPHAN_KINDS.has(line.kind)) {
    let chars = 0;
    for (let i = s; i < e; i++) {
      const c = classOf(ch[i].codePointAt(0) as number);
      if (c === C.HAN || c === C.LATIN || c === C.DIGIT) chars++;
    }
    if (chars < 2) violation(out, 'orphan', line, `孤字: the paragraph's last line holds ${ch.slice(s, e).join('')}`);
  }
}
