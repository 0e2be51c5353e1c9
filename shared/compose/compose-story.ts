/**
 * The entry point: a story (StoryContent) → head lines spanning the columns, body lines flowed into columns on
 * one baseline grid, overset/spare report, missing glyphs and rule violations. Pure and deterministic.
 */
import type { Block, StoryContent, TextRun } from '../model/story';
import type { StyleSheet } from '../model/style-sheet';
import { roundPt } from '../units';
import { flowColumns, type FlowUnit } from './columns';
import type { ComposeMemo } from './compose-memo';
import type { FontBook } from './fonts/font-book';
import { ascentPt } from './fonts/face-metrics';
import { composeHeadline, type HeadlineKind, type HeadlineStyle } from './headline';
import { movedLine, type SetLine } from './justify';
import { composeParagraph, type ParagraphKind } from './paragraph';
import { DEFAULT_SETTINGS, type CompositionSettings } from './rules';
import { checkLines, type Violation } from './violations';
import { STORY_START, type TextPosition } from './text-position';
import { sheetHeadlineStyle, sheetParagraphStyle } from './style-sheet';
import { rowMeasure, type RowMeasure, type WrapObstacle } from './wrap';

export interface StoryOptions {
  /** Body size, pt (小五 = 9). */
  bodySizePt?: number;
  /** Width of each column, pt (default 13 characters of the body size). */
  columnWidthPt?: number;
  /** Unequal columns (破栏), pt; overrides columnWidthPt and columns. */
  columnWidthsPt?: number[];
  /** Gutter between columns, pt (default 1 character). */
  gutterPt?: number;
  /** Number of columns (default 1). */
  columns?: number;
  /** Column height in grid lines (default: unbounded for 1 column, balanced for more). */
  heightLines?: number;
  /** Baseline-to-baseline pitch, pt (default 1.5 × body: 13.5 pt at 小五). */
  pitchPt?: number;
  settings?: Partial<CompositionSettings>;
  /** No column opens with a paragraph's last line. */
  widowControl?: boolean;
  /** Measure of the head (kicker/headline/subheadline), pt (default: across all columns). */
  headWidthPt?: number;
  headlineStyles?: Partial<Record<HeadlineKind, Partial<HeadlineStyle>>>;
  /**
   * Start setting here instead of at the story's start (a continuation, 接排): earlier blocks and the head are
   * left out, a paragraph entered mid-way gets no first-line indent (nor a lead's dateline style).
   */
  startAt?: TextPosition;
  /**
   * The paper's style sheet: each block sets in the style it names or its kind's default there (module head sizes
   * still win). Without one, the house styles at multiples of bodySizePt.
   */
  styleSheet?: StyleSheet;
  /**
   * Pictures or boxes the body wraps around (绕排), in body coordinates: lines in the rows they reach are set in
   * what is left of their column, on the same grid (shared/compose/wrap.ts).
   */
  wrap?: readonly WrapObstacle[];
  /**
   * Irregular modules: body cells (column, row) that take no text (outside an L-shaped or stepped module, under a
   * head that spans only some columns).
   */
  closed?: (column: number, row: number) => boolean;
  /** The body grid starts at the story's top (row 0), not below the head; `closed` keeps the head's rows free. */
  bodyAtTop?: boolean;
  /** Leave the head (引题/主题/副题) out: it is set elsewhere (a vertical head). */
  noHead?: boolean;
  /** Paragraphs and heads set before (a page compose cache's): reused when their text, style and measures match. */
  memo?: ComposeMemo;
}

/** A line placed in the story: x relative to its column (or to the head's left edge), y = baseline from the story top. */
export interface PlacedLine extends SetLine {
  yPt: number;
  blockIndex: number;
  kind: string;
  lineInParagraph: number;
  lastInParagraph: boolean;
  /** UTF-16 offset in its block's text where the line starts (a figure's credit counts after its caption). */
  offset: number;
  /** A wrapped line (绕排): the part of its column it was set in (x from the column's left edge), pt. */
  measure?: RowMeasure;
}

export interface ColumnLayout {
  /** Left edge, pt from the story's left edge. */
  xPt: number;
  widthPt: number;
  lines: PlacedLine[];
  /** Image slots (figure without caption text lines), story coordinates relative to the column. */
  slots: { yPt: number; heightPt: number; assetId: string | null }[];
}

export interface StoryLayout {
  widthPt: number;
  /** From the story top to the bottom of the columns, pt. */
  heightPt: number;
  pitchPt: number;
  /** Body grid: the first baseline of every column is at headHeightPt + firstBaselinePt. */
  firstBaselinePt: number;
  head: PlacedLine[];
  headHeightPt: number;
  columns: ColumnLayout[];
  heightLines: number;
  /** Characters that did not fit the columns (超 N 字). */
  oversetChars: number;
  /** The first character that did not fit (the start of the first line left over); null when all fit. */
  overflowAt: TextPosition | null;
  /** Empty lines left at the end (差 N 行). */
  spareLines: number;
  /** Characters the faces lack (set as .notdef, never dropped). */
  missingGlyphs: string[];
  violations: Violation[];
}

const HEAD_KINDS = new Set<Block['type']>(['kicker', 'headline', 'subheadline']);

/** Set the body blocks into flow units; `widthOfUnit(i)` is the measure of the column unit i is expected in. */
function bodyUnits(
  content: StoryContent,
  fonts: FontBook,
  widthOfUnit: (unitIndex: number) => number,
  bodySizePt: number,
  pitchPt: number,
  settings: CompositionSettings,
  missing: Set<string>,
  start: TextPosition,
  sheet: StyleSheet | undefined,
  memo: ComposeMemo | undefined,
): FlowUnit[] {
  const units: FlowUnit[] = [];
  const settingsKey = memo ? memo.keyOf(settings) : 0;
  /** Set runs that start at `baseOffset` in their block; a paragraph entered mid-way has no indent. */
  const addParagraph = (runs: readonly TextRun[], kind: ParagraphKind, blockIndex: number, baseOffset = 0, midway = false, named?: string) => {
    if (runs.every((r) => r.text.trim() === '')) return;
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
    const p = memo ? memo.paragraph(`${setKind}|${named ?? ''}|${midway ? 1 : 0}|${bodySizePt}|${pitchPt}|${memo.idOf(sheet)}|${settingsKey}|${memo.keyOf(runs)}`, widthAt, set) : set();
    for (const m of p.missing) missing.add(m);
    const extra = p.style.extraLines;
    const linesPerLine = fromSheet?.linesPerLine ?? 1;
    p.lines.forEach((paragraphLine, i) => {
      const last = i === p.lines.length - 1;
      // Glyph source offsets are paragraph-relative; a paragraph entered mid-way starts at baseOffset in its block.
      const line = baseOffset === 0 ? paragraphLine : movedLine(paragraphLine, 0, baseOffset);
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
    });
  };
  content.blocks.forEach((b, i) => {
    if (HEAD_KINDS.has(b.type) || i < start.blockIndex) return;
    const from = i === start.blockIndex ? start.offset : 0;
    if (b.type === 'figure') {
      if (b.image && from === 0) {
        const widthPt = widthOfUnit(units.length);
        const heightLines = Math.max(1, Math.ceil((widthPt * b.image.heightPx) / b.image.widthPx / pitchPt));
        units.push({ line: null, heightLines, baselineShiftPt: 0, blockIndex: i, paragraphKind: 'figure', lineInParagraph: 0, lastInParagraph: true, keepWithNext: true, chars: 0, measurePt: 0, assetId: b.image.assetId, offset: 0 });
      }
      const captionLength = runsLength(b.caption);
      if (from < captionLength || captionLength === 0) addParagraph(sliceRuns(b.caption, from), 'caption', i, from, from > 0);
      const creditFrom = Math.max(0, from - captionLength);
      addParagraph(sliceRuns(b.credit, creditFrom), 'credit', i, captionLength + creditFrom, creditFrom > 0);
      return;
    }
    addParagraph(sliceRuns(b.runs, from), b.type as ParagraphKind, i, from, from > 0, b.style);
  });
  return units;
}

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

/** Compose a story into columns. */
export function composeStory(content: StoryContent, fonts: FontBook, options: StoryOptions = {}): StoryLayout {
  const settings: CompositionSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const bodySizePt = options.bodySizePt ?? 9;
  const pitchPt = options.pitchPt ?? bodySizePt * 1.5;
  const gutterPt = options.gutterPt ?? bodySizePt;
  const widths = options.columnWidthsPt ?? Array.from({ length: options.columns ?? 1 }, () => options.columnWidthPt ?? 13 * bodySizePt);
  const columnCount = widths.length;
  const lefts: number[] = [];
  let x = 0;
  for (const w of widths) {
    lefts.push(x);
    x += w + gutterPt;
  }
  const widthPt = x - gutterPt;
  const missing = new Set<string>();
  const start = options.startAt ?? STORY_START;

  // Head: spans the columns, stacked, rounded up to whole grid lines plus one line of space.
  const head: PlacedLine[] = [];
  const headWidthPt = options.headWidthPt ?? widthPt;
  let y = 0;
  content.blocks.forEach((b, i) => {
    if (b.type !== 'kicker' && b.type !== 'headline' && b.type !== 'subheadline') return;
    if (options.noHead) return;
    if (i < start.blockIndex || (i === start.blockIndex && start.offset > 0)) return;
    if (b.runs.every((r) => r.text.trim() === '')) return;
    const fromSheet = options.styleSheet ? sheetHeadlineStyle(options.styleSheet, b.type, b.style) : undefined;
    const style = fromSheet ? { ...fromSheet, ...options.headlineStyles?.[b.type] } : options.headlineStyles?.[b.type];
    const kind = b.type;
    const setHead = () => composeHeadline(b.runs, kind, fonts, { widthPt: headWidthPt, settings, style });
    const memo = options.memo;
    const h = memo ? memo.headline(`${kind}|${headWidthPt}|${style ? memo.keyOf(style) : 0}|${memo.keyOf(settings)}|${memo.keyOf(b.runs)}`, setHead) : setHead();
    for (const m of h.missing) missing.add(m);
    h.lines.forEach((line, k) => {
      head.push({ ...line, yPt: roundPt(y + ascentPt(fonts.face(h.style.role), h.style.sizePt)), blockIndex: i, kind: b.type, lineInParagraph: k, lastInParagraph: k === h.lines.length - 1, offset: 0 });
      y += h.pitchPt;
    });
  });
  const headHeightPt = head.length > 0 ? (Math.ceil(y / pitchPt) + 1) * pitchPt : 0;

  // Body. Equal columns: one pass. Unequal columns (破栏 22/22/23) or a wrap (绕排): set each line in the measure of
  // the place (column, row) it landed in last pass, and re-set until every line sits in a place of its own measure.
  const widowControl = options.widowControl ?? false;
  const obstacles = options.wrap ?? [];
  const closed = options.closed;
  // Lines set per place (column, row): a wrap or an irregular module.
  const wrap = obstacles.length > 0 || closed !== undefined;
  const wrapGrid = { lefts, widths, pitchPt, emPt: bodySizePt, bodySizePt };
  const measureCache = new Map<number, RowMeasure | null>();
  const measureAt = (c: number, row: number): RowMeasure | null => {
    if (!wrap) return { xPt: 0, widthPt: widths[c] };
    const key = c * 100_000 + row;
    let m = measureCache.get(key);
    if (m === undefined) measureCache.set(key, (m = closed?.(c, row) ? null : rowMeasure(obstacles, wrapGrid, c, row)));
    return m;
  };
  const blocked = wrap ? (c: number, row: number) => c < columnCount && measureAt(c, row) === null : undefined;
  let landed: number[] = [];
  let landedRow: number[] = [];
  let units: FlowUnit[] = [];
  let flow: ReturnType<typeof flowColumns> = { columns: [], oversetChars: 0, spareLines: 0 };
  let heightLines = 0;
  let totalLines = 0;
  const widthOf = (c: number, row: number | undefined) => (row === undefined ? widths[c] : (measureAt(c, row)?.widthPt ?? widths[c]));
  for (let pass = 0; pass < (wrap ? 12 : 6); pass++) {
    const guess = landed;
    const guessRow = landedRow;
    units = bodyUnits(content, fonts, (i) => (i < guess.length ? widthOf(guess[i], guessRow[i]) : widths[guess[guess.length - 1] ?? 0]), bodySizePt, pitchPt, settings, missing, start, options.styleSheet, options.memo);
    totalLines = units.reduce((n, u) => n + u.heightLines, 0);
    heightLines = options.heightLines ?? (columnCount === 1 ? Infinity : Math.ceil(totalLines / columnCount));
    flow = flowColumns(units, { columns: columnCount, heightLines, widowControl, blocked });
    // Balanced columns: grow until keep rules stop producing overset.
    while (options.heightLines === undefined && columnCount > 1 && flow.oversetChars > 0) {
      heightLines++;
      flow = flowColumns(units, { columns: columnCount, heightLines, widowControl, blocked });
    }
    const columnOf = new Map<FlowUnit, number>();
    const rowOf = new Map<FlowUnit, number>();
    flow.columns.forEach((placed, c) => placed.forEach((p) => (columnOf.set(p.unit, c), rowOf.set(p.unit, p.row))));
    landed = units.map((u) => columnOf.get(u) ?? columnCount - 1);
    landedRow = wrap ? units.map((u) => rowOf.get(u) ?? -1) : [];
    if (!wrap && units.every((u, i) => u.line === null || u.measurePt === widths[landed[i]])) break;
    if (wrap && units.every((u, i) => u.line === null || !rowOf.has(u) || u.measurePt === widthOf(landed[i], landedRow[i]))) break;
  }
  const bodyFace = fonts.face('song');
  const firstBaselinePt = ascentPt(bodyFace, bodySizePt);
  const columns: ColumnLayout[] = widths.map((w, c) => ({ xPt: roundPt(lefts[c]), widthPt: roundPt(w), lines: [], slots: [] }));
  const bodyTopPt = options.bodyAtTop ? 0 : headHeightPt;
  flow.columns.forEach((placed, c) => {
    for (const { unit, row } of placed) {
      const top = bodyTopPt + row * pitchPt;
      if (!unit.line) {
        columns[c].slots.push({ yPt: roundPt(top), heightPt: roundPt(unit.heightLines * pitchPt), assetId: unit.assetId ?? null });
        continue;
      }
      const measure = wrap ? measureAt(c, row) : null;
      const shifted = measure && measure.widthPt !== widths[c];
      const dx = shifted ? measure.xPt : 0;
      const l = dx === 0 ? unit.line : movedLine(unit.line, dx, 0);
      const placedLine: PlacedLine = {
        xPt: unit.line.xPt + dx,
        widthPt: l.widthPt,
        glyphs: l.glyphs,
        glyphStart: l.glyphStart,
        glyphEnd: l.glyphEnd,
        hyphenated: l.hyphenated,
        hanging: l.hanging,
        yPt: roundPt(top + firstBaselinePt + unit.baselineShiftPt),
        blockIndex: unit.blockIndex,
        kind: unit.paragraphKind,
        lineInParagraph: unit.lineInParagraph,
        lastInParagraph: unit.lastInParagraph,
        offset: unit.offset ?? 0,
      };
      // Set after, not spread in: one object shape for the common case.
      if (shifted) placedLine.measure = measure;
      columns[c].lines.push(placedLine);
    }
  });
  // The first unit left over: where a continuation starts and the editor puts the caret (超 N 字 starts here).
  const placed = new Set<FlowUnit>();
  for (const col of flow.columns) for (const p of col) placed.add(p.unit);
  const left = units.find((u) => !placed.has(u));
  const overflowAt: TextPosition | null = left ? { blockIndex: left.blockIndex, offset: left.offset ?? 0 } : null;
  const usedLines = Number.isFinite(heightLines) ? heightLines : totalLines;
  const violations = [
    ...checkLines(head, headWidthPt, settings.level),
    ...columns.flatMap((col) =>
      wrap
        ? col.lines.flatMap((line) => (line.measure ? checkLines([{ ...line, xPt: line.xPt - line.measure.xPt }], line.measure.widthPt, settings.level) : checkLines([line], col.widthPt, settings.level)))
        : checkLines(col.lines, col.widthPt, settings.level),
    ),
  ];
  return {
    widthPt: roundPt(widthPt),
    heightPt: roundPt(bodyTopPt + usedLines * pitchPt),
    pitchPt,
    firstBaselinePt: roundPt(firstBaselinePt),
    head,
    headHeightPt: roundPt(headHeightPt),
    columns,
    heightLines: usedLines,
    oversetChars: flow.oversetChars,
    overflowAt,
    spareLines: flow.spareLines,
    missingGlyphs: [...missing],
    violations,
  };
}
