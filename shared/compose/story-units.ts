/**
 * A story's body set into flow units: each body block's paragraphs composed (through the memo when there is one)
 * and cut into one unit per line, figures into one unit for the picture; compose-story flows the units into columns.
 */
import type { Block, StoryContent, TextRun } from '../model/story';
import type { StyleSheet } from '../model/style-sheet';
import type { FlowUnitList } from './columns';
import type { ComposeMemo } from './compose-memo';
import type { FontBook } from './fonts/font-book';
import { movedLine, type SetLine } from './justify';
import { composeParagraph, type ComposedParagraph, type ParagraphKind } from './paragraph';
import type { CompositionSettings } from './rules';
import { sheetParagraphStyle } from './style-sheet';
import type { TextPosition } from './text-position';

export const HEAD_KINDS = new Set<Block['type']>(['kicker', 'headline', 'subheadline']);

/** What setting body blocks into flow units needs besides the blocks. */
export interface UnitContext {
  fonts: FontBook;
  /** The measure of the column unit i is expected in. */
  widthOfUnit: (unitIndex: number) => number;
  bodySizePt: number;
  pitchPt: number;
  settings: CompositionSettings;
  /**
   * The part of a paragraph's memo key the story fixes (body size, pitch, style sheet, settings), made once per
   * story: `|size|pitch|sheet|settings|`.
   */
  storyKey: string;
  sheet: StyleSheet | undefined;
  memo: ComposeMemo | undefined;
  /** Gets the memo entries of the paragraphs set (when kept for splicing). */
  used?: object[];
}

/**
 * A paragraph's lines (or a figure's image slot) as flow units [first, first + count): what every unit of it
 * shares is kept once, a unit's own figures are read from the set paragraph by its index.
 */
interface UnitGroup {
  first: number;
  count: number;
  /** The paragraph's lines (moved to their block's offsets when it was entered mid-way); null: an image slot. */
  lines: readonly SetLine[] | null;
  /** The set paragraph (its measures, characters and starts per line); null for a slot. */
  paragraph: ComposedParagraph | null;
  blockIndex: number;
  kind: string;
  /** UTF-16 offset in the block where the paragraph starts (a figure's credit counts after its caption). */
  baseOffset: number;
  /** Grid lines each line takes; a slot's height. */
  linesPerLine: number;
  /** Grid lines the last line takes more (a band around an intertitle). */
  extraLines: number;
  baselineShiftPt: number;
  keepWithNext: boolean;
  assetId: string | null;
}

/**
 * A story's flow units, flat: one group per paragraph and the group of each unit (no object per line). The
 * units are made in order by addBlock and never changed after; `replaced` makes a copy with one paragraph's
 * units set anew.
 */
export class FlowUnits implements FlowUnitList {
  readonly #groups: UnitGroup[];
  readonly #groupOf: number[];
  constructor(groups: UnitGroup[] = [], groupOf: number[] = []) {
    this.#groups = groups;
    this.#groupOf = groupOf;
  }
  get length(): number {
    return this.#groupOf.length;
  }
  add(group: UnitGroup): void {
    const index = this.#groups.length;
    this.#groups.push(group);
    for (let k = 0; k < group.count; k++) this.#groupOf.push(index);
  }
  #group(k: number): UnitGroup {
    return this.#groups[this.#groupOf[k]];
  }
  line(k: number): SetLine | null {
    const g = this.#group(k);
    return g.lines ? g.lines[k - g.first] : null;
  }
  isLine(k: number): boolean {
    return this.#group(k).lines !== null;
  }
  heightLines(k: number): number {
    const g = this.#group(k);
    return k - g.first === g.count - 1 ? g.linesPerLine + g.extraLines : g.linesPerLine;
  }
  baselineShiftPt(k: number): number {
    return this.#group(k).baselineShiftPt;
  }
  blockIndex(k: number): number {
    return this.#group(k).blockIndex;
  }
  paragraphKind(k: number): string {
    return this.#group(k).kind;
  }
  lineInParagraph(k: number): number {
    return k - this.#group(k).first;
  }
  lastInParagraph(k: number): boolean {
    const g = this.#group(k);
    return k - g.first === g.count - 1;
  }
  keepWithNext(k: number): boolean {
    return this.#group(k).keepWithNext;
  }
  /** Characters on it (overset counts). */
  chars(k: number): number {
    const g = this.#group(k);
    return g.paragraph ? g.paragraph.lineChars[k - g.first] : 0;
  }
  /** The measure its line was set in (0 for a slot), pt. */
  measurePt(k: number): number {
    const g = this.#group(k);
    return g.paragraph ? g.paragraph.measuresPt[k - g.first] : 0;
  }
  /** UTF-16 offset in its block's text where its line starts. */
  offset(k: number): number {
    const g = this.#group(k);
    return g.paragraph ? g.baseOffset + g.paragraph.lineStarts[k - g.first] : 0;
  }
  assetId(k: number): string | null {
    return this.#group(k).assetId;
  }
  /**
   * A copy with units [from, from + fresh.length) taken from `fresh` (one paragraph set again into as many lines
   * as it had, which were one group here), or null when they do not line up so.
   */
  replaced(from: number, fresh: FlowUnits): FlowUnits | null {
    if (fresh.length === 0) return this;
    const index = this.#groupOf[from];
    const old = this.#groups[index];
    if (fresh.#groups.length !== 1 || old.first !== from || old.count !== fresh.length) return null;
    const groups = this.#groups.slice();
    groups[index] = { ...fresh.#groups[0], first: from };
    // The unit → group column is the same: share it (neither copy grows after it is built).
    return new FlowUnits(groups, this.#groupOf);
  }
}

/** Set runs that start at `baseOffset` in their block into `units`; a paragraph entered mid-way has no indent. */
function addParagraph(units: FlowUnits, missing: (readonly string[])[], cx: UnitContext, runs: readonly TextRun[], kind: ParagraphKind, blockIndex: number, baseOffset = 0, midway = false, named?: string): void {
  if (runs.every((r) => r.text.trim() === '')) return;
  const { fonts, widthOfUnit, bodySizePt, pitchPt, settings, sheet, memo } = cx;
  const first = units.length;
  const setKind = midway && kind === 'lead' ? 'paragraph' : kind;
  const fromSheet = sheet ? sheetParagraphStyle(sheet, setKind, named, pitchPt) : null;
  const widthAt = (i: number) => widthOfUnit(first + i);
  const set = () =>
    composeParagraph(runs, setKind, fonts, {
      widthPt: widthOfUnit(first),
      widthAt,
      bodySizePt,
      settings,
      ...(midway ? { indentEm: 0 } : {}),
      ...(fromSheet ? { style: fromSheet.style, sizePt: fromSheet.sizePt, sheet } : {}),
    });
  // Everything the setting depends on but the measures (the memo checks those line by line).
  const p = memo ? memo.paragraph(`${setKind}|${named ?? ''}|${midway ? 1 : 0}${cx.storyKey}${memo.keyOf(runs)}`, widthAt, set, cx.used) : set();
  if (p.missing.length > 0) missing.push(p.missing);
  const extra = p.style.extraLines;
  // Glyph source offsets are paragraph-relative; a paragraph entered mid-way starts at baseOffset in its block.
  const lines = baseOffset === 0 ? p.lines : p.lines.map((line) => movedLine(line, 0, baseOffset));
  units.add({
    first,
    count: p.lines.length,
    lines,
    paragraph: p,
    blockIndex,
    kind,
    baseOffset,
    linesPerLine: fromSheet?.linesPerLine ?? 1,
    extraLines: extra,
    baselineShiftPt: (extra * pitchPt) / 2,
    keepWithNext: p.style.keepWithNext,
    assetId: null,
  });
}

/** Set body block i (from UTF-16 offset `from` of its text) into flow units. */
export function addBlock(units: FlowUnits, missing: (readonly string[])[], cx: UnitContext, b: Block, i: number, from: number): void {
  if (b.type === 'figure') {
    if (b.image && from === 0) {
      const widthPt = cx.widthOfUnit(units.length);
      const heightLines = Math.max(1, Math.ceil((widthPt * b.image.heightPx) / b.image.widthPx / cx.pitchPt));
      units.add({ first: units.length, count: 1, lines: null, paragraph: null, blockIndex: i, kind: 'figure', baseOffset: 0, linesPerLine: heightLines, extraLines: 0, baselineShiftPt: 0, keepWithNext: true, assetId: b.image.assetId });
    }
    const captionLength = runsLength(b.caption);
    if (from < captionLength || captionLength === 0) addParagraph(units, missing, cx, sliceRuns(b.caption, from), 'caption', i, from, from > 0);
    const creditFrom = Math.max(0, from - captionLength);
    addParagraph(units, missing, cx, sliceRuns(b.credit, creditFrom), 'credit', i, captionLength + creditFrom, creditFrom > 0);
    return;
  }
  addParagraph(units, missing, cx, sliceRuns(b.runs, from), b.type as ParagraphKind, i, from, from > 0, b.style);
}

/**
 * Set the body blocks into flow units; `record` (when given) gets each block's first unit (then the units'
 * count), each block's missing characters and its paragraphs' memo entries.
 */
export function bodyUnits(content: StoryContent, cx: UnitContext, start: TextPosition, missing: (readonly string[])[], record?: { blockStart: number[]; blockMissing: (readonly string[])[]; blockEntries: (readonly object[])[] }): FlowUnits {
  const units = new FlowUnits();
  const blocks = content.blocks;
  const blockStart = record?.blockStart;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    blockStart?.push(units.length);
    const missingBefore = missing.length;
    if (record) cx.used = [];
    if (!HEAD_KINDS.has(b.type) && i >= start.blockIndex) addBlock(units, missing, cx, b, i, i === start.blockIndex ? start.offset : 0);
    if (record) {
      record.blockMissing.push(missing.length === missingBefore ? NONE : missing.slice(missingBefore).flat());
      record.blockEntries.push(cx.used && cx.used.length > 0 ? cx.used : NONE);
    }
  }
  cx.used = undefined;
  blockStart?.push(units.length);
  return units;
}

export const NONE: readonly never[] = Object.freeze([]);

function runsLength(runs: readonly TextRun[]): number {
  let n = 0;
  for (const r of runs) n += r.text.length;
  return n;
}

/** The runs from UTF-16 offset `from` of their joined text on. */
function sliceRuns(runs: readonly TextRun[], from: number): readonly TextRun[] {
  if (from <= 0) return runs;
  const out: TextRun[] = [];
  let at = 0;
  for (const r of runs) {
    const end = at + r.text.length;
    if (end > from) out.push(at >= from ? r : { ...r, text: r.text.slice(from - at) });
    at = end;
  }
  return out;
}
