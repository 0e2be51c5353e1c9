/**
 * A story's body set into flow units: each body block's paragraphs composed (through the memo when there is one)
 * and cut into one unit per line, figures into one unit for the picture; story-flow.ts flows the units into columns.
 */
import type { Block, StoryContent, TextRun } from '../model/story';
import type { StyleSheet } from '../model/style-sheet';
import type { FlowUnit } from './columns';
import type { ComposeMemo } from './compose-memo';
import type { FontBook } from './fonts/font-book';
import { movedLine } from './justify';
import { composeParagraph, type ParagraphKind } from './paragraph';
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
  settingsKey: number;
  /** paragraphKeyPrefix's common prefixes, by paragraph kind (made once per story). */
  keyPrefixes: Map<string, string>;
  sheet: StyleSheet | undefined;
  memo: ComposeMemo | undefined;
  /** Gets the memo entries of the paragraphs set (when kept for splicing). */
  used?: object[];
}

/** Where each block's units start, and what each block's lines lacked and came from (kept for splicing). */
export interface BlockRecord {
  blockStart: number[];
  blockMissing: (readonly string[])[];
  blockEntries: (readonly object[])[];
}

/** Runs with nothing but white space (trim's white space: \s). */
function allBlank(runs: readonly TextRun[]): boolean {
  for (const r of runs) if (NOT_BLANK.test(r.text)) return false;
  return true;
}
const NOT_BLANK = /\S/;

/**
 * A paragraph's memo key but its runs' number: `kind|style name|mid-way|size|pitch|sheet|settings|`. The common
 * one (no style name, not mid-way) is made once per story and kind.
 */
function paragraphKeyPrefix(cx: UnitContext, memo: ComposeMemo, setKind: string, named: string | undefined, midway: boolean): string {
  const story = () => `|${cx.bodySizePt}|${cx.pitchPt}|${memo.idOf(cx.sheet)}|${cx.settingsKey}|`;
  if (named !== undefined || midway) return `${setKind}|${named ?? ''}|${midway ? 1 : 0}${story()}`;
  let prefix = cx.keyPrefixes.get(setKind);
  if (prefix === undefined) cx.keyPrefixes.set(setKind, (prefix = `${setKind}||0${story()}`));
  return prefix;
}

/** Set runs that start at `baseOffset` in their block into `units`; a paragraph entered mid-way has no indent. */
function addParagraph(units: FlowUnit[], missing: (readonly string[])[], cx: UnitContext, runs: readonly TextRun[], kind: ParagraphKind, blockIndex: number, baseOffset = 0, midway = false, named?: string): void {
  if (allBlank(runs)) return;
  const { fonts, widthOfUnit, bodySizePt, pitchPt, settings, sheet, memo } = cx;
  const first = units.length;
  const setKind = midway && kind === 'lead' ? 'paragraph' : kind;
  const fromSheet = sheet ? sheetParagraphStyle(sheet, setKind, named, pitchPt) : null;
  // Everything the setting depends on but the measures (the memo checks those line by line).
  const key = memo ? paragraphKeyPrefix(cx, memo, setKind, named, midway) + memo.keyOf(runs) : '';
  let p = memo?.paragraphSetIn(key, widthOfUnit, first, cx.used);
  if (!p) {
    p = composeParagraph(runs, setKind, fonts, {
      widthPt: widthOfUnit(first),
      widthAt: (i: number) => widthOfUnit(first + i),
      bodySizePt,
      settings,
      ...(midway ? { indentEm: 0 } : {}),
      ...(fromSheet ? { style: fromSheet.style, sizePt: fromSheet.sizePt, sheet } : {}),
    });
    memo?.keepParagraph(key, p, cx.used);
  }
  if (p.missing.length > 0) missing.push(p.missing);
  const extra = p.style.extraLines;
  const linesPerLine = fromSheet?.linesPerLine ?? 1;
  const n = p.lines.length;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    // Glyph source offsets are paragraph-relative; a paragraph entered mid-way starts at baseOffset in its block.
    const line = baseOffset === 0 ? p.lines[i] : movedLine(p.lines[i], 0, baseOffset);
    units.push({
      line,
      heightLines: linesPerLine + (last ? extra : 0),
      baselineShiftPt: (extra * pitchPt) / 2,
      blockIndex,
      paragraphKind: kind,
      lineInParagraph: i,
      lastInParagraph: last,
      keepWithNext: p.style.keepWithNext,
      chars: p.lineChars[i],
      measurePt: p.measuresPt[i],
      offset: baseOffset + p.lineStarts[i],
    });
  }
}

/** Set body block i (from UTF-16 offset `from` of its text) into flow units. */
export function addBlock(units: FlowUnit[], missing: (readonly string[])[], cx: UnitContext, b: Block, i: number, from: number): void {
  if (b.type === 'figure') {
    if (b.image && from === 0) {
      const widthPt = cx.widthOfUnit(units.length);
      const heightLines = Math.max(1, Math.ceil((widthPt * b.image.heightPx) / b.image.widthPx / cx.pitchPt));
      units.push({ line: null, heightLines, baselineShiftPt: 0, blockIndex: i, paragraphKind: 'figure', lineInParagraph: 0, lastInParagraph: true, keepWithNext: true, chars: 0, measurePt: 0, assetId: b.image.assetId, offset: 0 });
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
export function bodyUnits(content: StoryContent, cx: UnitContext, start: TextPosition, missing: (readonly string[])[], record?: BlockRecord): FlowUnit[] {
  const units: FlowUnit[] = [];
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
