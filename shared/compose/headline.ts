/**
 * Headlines (引题 kicker, 主题 headline, 副题 subheadline): 黑 at 号 sizes, centred or flush left, broken only
 * at BudouX phrase boundaries, never ending on a single character.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';
import type { TextRun } from '../model/story';
import { HAO_PT } from '../units';
import type { FaceMetrics } from './fonts/face-metrics';
import type { FontBook, FontRole } from './fonts/font-book';
import { GlyphStore, setLine, type SetLine } from './justify';
import { breakLines } from './linebreak';
import type { CompositionSettings } from './rules';
import { C } from './classify';
import { shapeText } from './shape';
import { FLAG, ShapedText } from './shaped-text';

export type HeadlineKind = 'kicker' | 'headline' | 'subheadline';

export interface HeadlineStyle {
  role: FontRole;
  sizePt: number;
  align: 'center' | 'left';
  /** Line pitch as a multiple of the size. */
  leading: number;
}

/** Defaults: 主题 二号 黑 bold, 引题/副题 四号 黑. Page makeup may pass its own sizes (一号…初号 for lead stories). */
export const HEADLINE_STYLES: Record<HeadlineKind, HeadlineStyle> = {
  kicker: { role: 'hei', sizePt: HAO_PT.四号, align: 'center', leading: 1.3 },
  headline: { role: 'heiBold', sizePt: HAO_PT.二号, align: 'center', leading: 1.25 },
  subheadline: { role: 'hei', sizePt: HAO_PT.四号, align: 'center', leading: 1.3 },
};

let parser: ReturnType<typeof loadDefaultSimplifiedChineseParser> | null = null;

/** Phrases of headlines parsed lately, by text (a Map keeps insertion order: the first key is the least recent). */
const phrasesByText = new Map<string, readonly string[]>();
const PHRASES_KEPT = 512;

/**
 * BudouX phrases of a headline (the model is loaded once; no DOM is needed for parse()). Memoised by text in a
 * small LRU: a page recompose sets the same heads again, and parsing one is ~4 % of a full compose.
 */
export function headlinePhrases(text: string): string[] {
  const hit = phrasesByText.get(text);
  if (hit) {
    phrasesByText.delete(text);
    phrasesByText.set(text, hit);
    return [...hit];
  }
  parser ??= loadDefaultSimplifiedChineseParser();
  const phrases = parser.parse(text);
  if (phrasesByText.size >= PHRASES_KEPT) phrasesByText.delete(phrasesByText.keys().next().value as string);
  phrasesByText.set(text, phrases.slice());
  return phrases;
}

export interface ComposedHeadline {
  kind: HeadlineKind;
  style: HeadlineStyle;
  lines: SetLine[];
  /** Baseline pitch between its lines, pt. */
  pitchPt: number;
  missing: string[];
}

/** A bracketed title or quotation (《天上的菊美》, “三关”) stays on one headline line when it fits one. */
function keepBracketsTogether(clusters: ShapedText, widthPt: number): void {
  const open: number[] = [];
  for (let i = 0; i < clusters.length; i++) {
    if (clusters.cls[i] === C.OPEN) open.push(i);
    else if (clusters.cls[i] === C.CLOSE && open.length > 0) {
      const start = open.pop() as number;
      let w = 0;
      for (let k = start; k <= i; k++) w += clusters.boxPt[k];
      if (w <= widthPt) for (let k = start + 1; k <= i; k++) clusters.flags[k] |= FLAG.NO_BREAK_BEFORE;
    }
  }
}

/** Shaping room reused part after part (a part's clusters live only while it is set). */
const shapingRoom = new ShapedText();

/** Set one part of a headline: breaks only at BudouX phrase starts (inside a phrase only if it alone is too wide). */
function setPart(text: string, face: FaceMetrics, style: HeadlineStyle, widthPt: number, settings: CompositionSettings) {
  const { text: clusters, missing } = shapeText([{ text, face, sizePt: style.sizePt }], settings, shapingRoom);
  const starts = new Set<number>();
  let off = 0;
  for (const p of headlinePhrases(text)) {
    starts.add(off);
    off += p.length;
  }
  const phraseOf: number[] = [];
  const phraseWidth: number[] = [];
  off = 0;
  for (let i = 0; i < clusters.length; i++) {
    if (starts.has(off) || i === 0) phraseWidth.push(0);
    phraseOf.push(phraseWidth.length - 1);
    phraseWidth[phraseWidth.length - 1] += clusters.boxPt[i];
    off += clusters.ch[i].length;
  }
  for (let i = 1; i < clusters.length; i++) {
    const p = phraseOf[i];
    if (p === phraseOf[i - 1] && phraseWidth[p] <= widthPt) clusters.flags[i] |= FLAG.NO_BREAK_BEFORE;
  }
  keepBracketsTogether(clusters, widthPt);
  const breakAt = (w: number) => breakLines(clusters, settings, { widthPt: w, firstIndentPt: 0, orphanControl: true, hyphenPt: 0 });
  let spans = breakAt(widthPt);
  if (spans.length > 1) {
    // Balance: the narrowest measure that still needs no more lines, so centred lines come out even
    // (炼钢二厂“三关” / 保“三联”取实效 rather than a full line over 取实效).
    let lo = 0;
    let hi = widthPt;
    for (let k = 0; k < 14; k++) {
      const mid = (lo + hi) / 2;
      if (breakAt(mid).length <= spans.length) hi = mid;
      else lo = mid;
    }
    spans = breakAt(hi);
  }
  const store = new GlyphStore(clusters.length);
  const lines = spans.map((span) => setLine(clusters, span, settings, { startPt: 0, availPt: widthPt, align: style.align, isLast: true, hyphenGlyph: null }, store));
  return { lines, missing };
}

/**
 * Set a headline in a measure of widthPt. A space in a headline separates its parts (胜利桥地区党总支 学习…):
 * on one line it is an em space; when the headline must break, it breaks between parts first.
 */
export function composeHeadline(
  runs: readonly TextRun[],
  kind: HeadlineKind,
  fonts: FontBook,
  opt: { widthPt: number; settings: CompositionSettings; style?: Partial<HeadlineStyle> },
): ComposedHeadline {
  const style = { ...HEADLINE_STYLES[kind], ...opt.style };
  const face = fonts.face(style.role);
  const source = runs.map((r) => r.text).join('');
  const found = [...source.matchAll(/[^\s\u3000]+/gu)];
  const parts = found.map((m) => m[0]);
  // Where each part starts in the source text, so glyph source offsets point into the block's text.
  const partStarts = found.map((m) => m.index ?? 0);
  const whole = setPart(parts.join('\u3000'), face, style, opt.widthPt, opt.settings);
  if (whole.lines.length <= 1 || parts.length === 1) {
    let joinedAt = 0;
    const joinedStarts = parts.map((p) => ((joinedAt += p.length + 1), joinedAt - p.length - 1));
    const toSource = (offset: number) => {
      let k = 0;
      while (k + 1 < parts.length && offset >= joinedStarts[k + 1]) k++;
      return partStarts[k] + Math.min(offset - joinedStarts[k], parts[k].length);
    };
    return { kind, style, lines: withSourceOffsets(whole.lines, toSource), pitchPt: style.sizePt * style.leading, missing: whole.missing };
  }
  const lines: SetLine[] = [];
  const missing = new Set<string>();
  parts.forEach((part, k) => {
    const set = setPart(part, face, style, opt.widthPt, opt.settings);
    lines.push(...withSourceOffsets(set.lines, (offset) => partStarts[k] + offset));
    for (const m of set.missing) missing.add(m);
  });
  return { kind, style, lines, pitchPt: style.sizePt * style.leading, missing: [...missing] };
}

/** Lines with each glyph's source offset mapped from the set text into the headline's source text (in place: the
 * lines' store is their own, just made by setPart). */
function withSourceOffsets(lines: SetLine[], toSource: (offset: number) => number): SetLine[] {
  for (const line of lines) {
    const offsets = line.glyphs.sourceOffset;
    for (let i = line.glyphStart; i < line.glyphEnd; i++) if (offsets[i] >= 0) offsets[i] = toSource(offsets[i]);
  }
  return lines;
}
