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
  glyphs: readonly { ch: string }[];
  blockIndex: number;
  kind: string;
  lastInParagraph: boolean;
  lineInParagraph: number;
  hyphenated?: boolean;
  hanging?: boolean;
}

const ORPHAN_KINDS = new Set(['paragraph', 'lead', 'runin', 'caption', 'kicker', 'headline', 'subheadline']);

/** Check lines set in a measure of widthPt. */
export function checkLines(lines: readonly CheckedLine[], measurePt: number, level: ProhibitionLevel): Violation[] {
  const out: Violation[] = [];
  for (const line of lines) {
    if (line.glyphs.length === 0) continue;
    const first = classOf(line.glyphs[0].ch.codePointAt(0) as number);
    const lastGlyph = line.glyphs[line.glyphs.length - 1];
    const last = classOf(lastGlyph.ch.codePointAt(0) as number);
    const v = (kind: ViolationKind, message: string) =>
      out.push({ kind, blockIndex: line.blockIndex, lineText: line.glyphs.map((g) => g.ch).join(''), message });
    if (line.lineInParagraph > 0 && isNoStart(first, level)) v('line-start', `行首禁则: line starts with ${line.glyphs[0].ch}`);
    if (!line.lastInParagraph && !line.hyphenated && isNoEnd(last, level)) v('line-end', `行尾禁则: line ends with ${lastGlyph.ch}`);
    if (!line.hanging && line.xPt + line.widthPt > measurePt + 0.01 + EPS_PT) v('overflow', `line is ${line.widthPt} pt wide, measure ${measurePt} pt`);
    if (line.lastInParagraph && line.lineInParagraph > 0 && ORPHAN_KINDS.has(line.kind)) {
      let chars = 0;
      for (const g of line.glyphs) {
        const c = classOf(g.ch.codePointAt(0) as number);
        if (c === C.HAN || c === C.LATIN || c === C.DIGIT) chars++;
      }
      if (chars < 2) v('orphan', `孤字: the paragraph's last line holds ${line.glyphs.map((g) => g.ch).join('')}`);
    }
  }
  return out;
}
