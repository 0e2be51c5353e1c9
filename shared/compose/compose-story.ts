/**
 * The entry point: a story (StoryContent) → head lines spanning the columns, body lines flowed into columns on
 * one baseline grid, overset/spare report, missing glyphs and rule violations. Pure and deterministic.
 */
import type { StoryContent } from '../model/story';
import type { StyleSheet } from '../model/style-sheet';
import { roundPt } from '../units';
import { flowPlaces, type FlowPlaces, type FlowUnit } from './columns';
import type { ComposeMemo } from './compose-memo';
import type { FontBook } from './fonts/font-book';
import { ascentPt } from './fonts/face-metrics';
import { composeHeadline, type HeadlineKind, type HeadlineStyle } from './headline';
import { movedLine, type SetLine } from './justify';
import { DEFAULT_SETTINGS, type CompositionSettings } from './rules';
import { checkLine, checkLines, type Violation } from './violations';
import { STORY_START, type TextPosition } from './text-position';
import { sheetHeadlineStyle } from './style-sheet';
import { rowMeasure, type RowMeasure, type WrapObstacle } from './wrap';
import { addBlock, bodyUnits, HEAD_KINDS, NONE, type UnitContext } from './story-units';

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

/**
 * Where each unit landed (column, and row when `wrap`) into `column`/`row`, units left over in the last column
 * (row -1); returns how many were placed. flowColumns places units in their order and skips none, so the k-th
 * placed unit is units[k]: no map from unit to place is needed.
 */
function landing(flow: FlowPlaces, units: readonly FlowUnit[], columnCount: number, wrap: boolean, column: number[], row: number[]): number {
  const k = flow.placed;
  for (let i = 0; i < k; i++) {
    column.push(flow.column[i]);
    if (wrap) row.push(flow.row[i]);
  }
  for (let i = k; i < units.length; i++) {
    column.push(columnCount - 1);
    if (wrap) row.push(-1);
  }
  return k;
}

/**
 * The memo key of a story's settings: the defaults are fixed, so the given part names them (the same object
 * across a page's modules, so it is serialised once), not the merged copy each composition makes.
 */
function settingsKeyOf(memo: ComposeMemo, options: StoryOptions): number {
  return memo.keyOf(options.settings ?? DEFAULT_SETTINGS);
}

/** The widths and places of a story's columns, its settings and grid, as the options give them. */
function storyGeometry(options: StoryOptions) {
  const settings: CompositionSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const bodySizePt = options.bodySizePt ?? 9;
  const pitchPt = options.pitchPt ?? bodySizePt * 1.5;
  const gutterPt = options.gutterPt ?? bodySizePt;
  const widths = options.columnWidthsPt ?? Array.from({ length: options.columns ?? 1 }, () => options.columnWidthPt ?? 13 * bodySizePt);
  const lefts: number[] = [];
  let x = 0;
  for (const w of widths) {
    lefts.push(x);
    x += w + gutterPt;
  }
  return { settings, bodySizePt, pitchPt, widths, lefts, widthPt: x - gutterPt };
}

/** A story's head (引题/主题/副题) set and stacked: its lines, the whole grid lines it takes, what its faces lack. */
export interface StoryHead {
  lines: PlacedLine[];
  /** Rounded up to whole grid lines plus one line of space (0 without a head), pt. */
  heightPt: number;
  missing: readonly string[];
  /** The memo entries of its lines (kept while an edit below reuses the head). */
  entries: readonly object[];
}

/** Set a story's head across its columns (or headWidthPt), stacked; none when the story starts mid-way. */
export function composeHead(content: StoryContent, fonts: FontBook, options: StoryOptions = {}): StoryHead {
  const { settings, pitchPt, widthPt } = storyGeometry(options);
  return setHead(content, fonts, options, settings, pitchPt, options.headWidthPt ?? widthPt, options.startAt ?? STORY_START);
}

function setHead(content: StoryContent, fonts: FontBook, options: StoryOptions, settings: CompositionSettings, pitchPt: number, headWidthPt: number, start: TextPosition): StoryHead {
  const lines: PlacedLine[] = [];
  const missing: string[] = [];
  const entries: object[] = [];
  let y = 0;
  const blocks = content.blocks;
  const memo = options.memo;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type !== 'kicker' && b.type !== 'headline' && b.type !== 'subheadline') continue;
    if (options.noHead) break;
    if (i < start.blockIndex || (i === start.blockIndex && start.offset > 0)) continue;
    if (b.runs.every((r) => r.text.trim() === '')) continue;
    const fromSheet = options.styleSheet ? sheetHeadlineStyle(options.styleSheet, b.type, b.style) : undefined;
    const style = fromSheet ? { ...fromSheet, ...options.headlineStyles?.[b.type] } : options.headlineStyles?.[b.type];
    const kind = b.type;
    const set = () => composeHeadline(b.runs, kind, fonts, { widthPt: headWidthPt, settings, style });
    const h = memo ? memo.headline(`${kind}|${headWidthPt}|${style ? memo.keyOf(style) : 0}|${settingsKeyOf(memo, options)}|${memo.keyOf(b.runs)}`, set, entries) : set();
    for (const m of h.missing) if (!missing.includes(m)) missing.push(m);
    const ascent = ascentPt(fonts.face(h.style.role), h.style.sizePt);
    const n = h.lines.length;
    for (let k = 0; k < n; k++) {
      // Field by field, not spread: one object shape with the body's placed lines.
      const line = h.lines[k];
      lines.push({ xPt: line.xPt, widthPt: line.widthPt, glyphs: line.glyphs, glyphStart: line.glyphStart, glyphEnd: line.glyphEnd, hyphenated: line.hyphenated, hanging: line.hanging, yPt: roundPt(y + ascent), blockIndex: i, kind: b.type, lineInParagraph: k, lastInParagraph: k === n - 1, offset: 0 });
      y += h.pitchPt;
    }
  }
  return { lines, heightPt: lines.length > 0 ? (Math.ceil(y / pitchPt) + 1) * pitchPt : 0, missing, entries };
}

/** What a caller already has of a composition (the page composer keeps it): spares setting it again. */
export interface StoryReuse {
  /** The story's head set with these very options (`composeHead`). */
  head?: StoryHead;
  /**
   * A layout of this story composed before with the same options and fonts: when an edit leaves each changed
   * paragraph its line count and measures (equal columns, no wrap), its lines are spliced into that flow.
   */
  previous?: StoryLayout;
  /** Keep what splicing the next edit into this layout needs (a page cache that lives on asks for it). */
  keep?: boolean;
}

/**
 * What a composition keeps (the page composer's, equal columns, no wrap) to splice the next edit of the same
 * story into its flow instead of flowing every paragraph again.
 */
interface FlowMemory {
  content: StoryContent;
  start: TextPosition;
  units: readonly FlowUnit[];
  /** Each block's first unit, then the units' count. */
  blockStart: readonly number[];
  /** Per unit: its column and its index among that column's lines; -1 for a slot or a unit left over. */
  unitColumn: Int32Array;
  unitLine: Int32Array;
  /** The first unit left over (units.length when all fit). */
  firstLeft: number;
  headViolations: readonly Violation[];
  /** Per block, the violations of its lines (in line order: a line's checks are its own). */
  blockViolations: readonly (readonly Violation[])[];
  headMissing: readonly string[];
  blockMissing: readonly (readonly string[])[];
  /** The memo entries the head and each block came from. */
  headEntries: readonly object[];
  blockEntries: readonly (readonly object[])[];
  /** Set when this layout was spliced: the layout it came from and its lines (column, index) that are new. */
  spliced: { from: StoryLayout; lines: { column: number; line: number }[] } | null;
}

const flowMemories = new WeakMap<StoryLayout, FlowMemory>();

/** The lines (column, index) of `layout` that differ from `from`, when it was spliced from it; else null. */
export function splicedLines(layout: StoryLayout, from: StoryLayout): readonly { column: number; line: number }[] | null {
  const spliced = flowMemories.get(layout)?.spliced;
  return spliced && spliced.from === from ? spliced.lines : null;
}

/** A flow unit's line placed in its column at baseline yPt. */
function placedLineOf(unit: FlowUnit, line: SetLine, dxPt: number, yPt: number): PlacedLine {
  return {
    xPt: line.xPt + dxPt,
    widthPt: line.widthPt,
    glyphs: line.glyphs,
    glyphStart: line.glyphStart,
    glyphEnd: line.glyphEnd,
    hyphenated: line.hyphenated,
    hanging: line.hanging,
    yPt,
    blockIndex: unit.blockIndex,
    kind: unit.paragraphKind,
    lineInParagraph: unit.lineInParagraph,
    lastInParagraph: unit.lastInParagraph,
    offset: unit.offset ?? 0,
  };
}

/** Missing characters: the head's, then each block's, each once, in the order first met. */
function missingOf(head: readonly string[], blocks: readonly (readonly string[])[]): string[] {
  const out = new Set<string>(head);
  for (const list of blocks) for (const m of list) out.add(m);
  return [...out];
}

/**
 * The edit spliced into the previous flow: every changed block a body paragraph of the same kind and style whose
 * new lines take the same grid lines with the same keeps and measures, so flowing again would place every unit
 * where it was. Null when it does not apply (the caller composes afresh).
 */
function spliceEdit(previous: StoryLayout, mem: FlowMemory, content: StoryContent, cx: UnitContext, start: TextPosition, level: CompositionSettings['level']): StoryLayout | null {
  const before = mem.content.blocks;
  const blocks = content.blocks;
  if (before.length !== blocks.length || start.blockIndex !== mem.start.blockIndex || start.offset !== mem.start.offset) return null;
  let units: FlowUnit[] | null = null;
  let columns: ColumnLayout[] | null = null;
  let blockViolations: (readonly Violation[])[] | null = null;
  let blockMissing: (readonly string[])[] | null = null;
  let blockEntries: (readonly object[])[] | null = null;
  const lines: { column: number; line: number }[] = [];
  let oversetChars = previous.oversetChars;
  const missing: (readonly string[])[] = [];
  const fresh: FlowUnit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const was = before[i];
    const b = blocks[i];
    if (was === b) continue;
    if (b.type !== was.type || HEAD_KINDS.has(b.type) || b.type === 'figure' || was.type === 'figure' || b.style !== was.style) return null;
    const from = mem.blockStart[i];
    const to = mem.blockStart[i + 1];
    fresh.length = 0;
    missing.length = 0;
    const used: object[] = [];
    cx.used = used;
    if (i >= start.blockIndex) addBlock(fresh, missing, cx, b, i, i === start.blockIndex ? start.offset : 0);
    if (fresh.length !== to - from) return null;
    const old = units ?? mem.units;
    for (let k = 0; k < fresh.length; k++) {
      const o = old[from + k];
      const n = fresh[k];
      if ((o.line === null) !== (n.line === null) || o.heightLines !== n.heightLines || o.baselineShiftPt !== n.baselineShiftPt || o.keepWithNext !== n.keepWithNext || o.measurePt !== n.measurePt || o.paragraphKind !== n.paragraphKind) return null;
    }
    units ??= mem.units.slice();
    columns ??= previous.columns.slice();
    blockViolations ??= mem.blockViolations.slice();
    blockMissing ??= mem.blockMissing.slice();
    blockEntries ??= mem.blockEntries.slice();
    blockEntries[i] = used;
    const checked: Violation[] = [];
    for (let k = 0; k < fresh.length; k++) {
      const u = from + k;
      const n = fresh[k];
      if (u >= mem.firstLeft) oversetChars += n.chars - units[u].chars;
      units[u] = n;
      const c = mem.unitColumn[u];
      if (c < 0 || !n.line) continue;
      const l = mem.unitLine[u];
      if (columns[c] === previous.columns[c]) columns[c] = { ...columns[c], lines: columns[c].lines.slice() };
      const col = columns[c];
      const placed = placedLineOf(n, n.line, 0, col.lines[l].yPt);
      col.lines[l] = placed;
      checkLine(placed, col.widthPt, level, checked);
      lines.push({ column: c, line: l });
    }
    blockViolations[i] = checked.length === 0 ? NONE : checked;
    blockMissing[i] = missing.length === 0 ? NONE : missing.flat();
  }
  if (!units || !columns || !blockViolations || !blockMissing || !blockEntries) return null;
  // The paragraphs and head reused as they were stay in the memo as if set again.
  if (cx.memo) {
    cx.memo.touch(mem.headEntries);
    for (const entries of blockEntries) cx.memo.touch(entries);
  }
  const left = mem.firstLeft < units.length ? units[mem.firstLeft] : null;
  const violations = [...mem.headViolations];
  for (const list of blockViolations) for (const v of list) violations.push(v);
  const layout: StoryLayout = {
    ...previous,
    columns,
    oversetChars,
    overflowAt: left ? { blockIndex: left.blockIndex, offset: left.offset ?? 0 } : null,
    missingGlyphs: missingOf(mem.headMissing, blockMissing),
    violations,
  };
  flowMemories.set(layout, { ...mem, content, units, blockViolations, blockMissing, blockEntries, spliced: { from: previous, lines } });
  // Only the newest layout says what it was spliced from: a chain of keystrokes must not keep every layout alive.
  mem.spliced = null;
  return layout;
}

/**
 * Compose a story into columns. `reuse` hands over what the caller already has (the head, the last layout of
 * the same story with the same options); the result is the same as without it.
 */
export function composeStory(content: StoryContent, fonts: FontBook, options: StoryOptions = {}, reuse: StoryReuse = {}): StoryLayout {
  const { settings, bodySizePt, pitchPt, widths, lefts, widthPt } = storyGeometry(options);
  const columnCount = widths.length;
  const start = options.startAt ?? STORY_START;
  const memo = options.memo;
  const cx: UnitContext = { fonts, widthOfUnit: () => widths[0], bodySizePt, pitchPt, settings, settingsKey: memo ? settingsKeyOf(memo, options) : 0, keyPrefixes: new Map(), sheet: options.styleSheet, memo };

  // Body. Equal columns: one pass. Unequal columns (破栏 22/22/23) or a wrap (绕排): set each line in the measure of
  // the place (column, row) it landed in last pass, and re-set until every line sits in a place of its own measure.
  const widowControl = options.widowControl ?? false;
  const obstacles = options.wrap ?? [];
  const closed = options.closed;
  // Lines set per place (column, row): a wrap or an irregular module.
  const wrap = obstacles.length > 0 || closed !== undefined;
  // An edit can be spliced into the last flow: every unit's measure is the one width, whatever column it lands in.
  const spliceable = memo !== undefined && reuse.keep === true && !wrap && widths.every((w) => w === widths[0]) && (options.heightLines !== undefined || columnCount === 1);
  if (spliceable && reuse.previous) {
    const mem = flowMemories.get(reuse.previous);
    const spliced = mem ? spliceEdit(reuse.previous, mem, content, cx, start, settings.level) : null;
    if (spliced) return spliced;
  }

  // Head: spans the columns, stacked, rounded up to whole grid lines plus one line of space.
  const headWidthPt = options.headWidthPt ?? widthPt;
  cx.used = undefined;
  const storyHead = reuse.head ?? setHead(content, fonts, options, settings, pitchPt, headWidthPt, start);
  if (reuse.head && memo) memo.touch(reuse.head.entries);
  const head = storyHead.lines;
  const headHeightPt = storyHead.heightPt;

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
  const missing = new Set<string>(storyHead.missing);
  let landed: number[] = [];
  let landedRow: number[] = [];
  let units: FlowUnit[] = [];
  let flow: FlowPlaces = { column: [], row: [], placed: 0, columnCount: 0, oversetChars: 0, spareLines: 0 };
  let heightLines = 0;
  let totalLines = 0;
  let placedCount = 0;
  let record = { blockStart: [] as number[], blockMissing: [] as (readonly string[])[], blockEntries: [] as (readonly object[])[] };
  const widthOf = (c: number, row: number | undefined) => (row === undefined ? widths[c] : (measureAt(c, row)?.widthPt ?? widths[c]));
  for (let pass = 0; pass < (wrap ? 12 : 6); pass++) {
    const guess = landed;
    const guessRow = landedRow;
    const missingLists: (readonly string[])[] = [];
    if (spliceable) record = { blockStart: [], blockMissing: [], blockEntries: [] };
    cx.widthOfUnit = (i) => (i < guess.length ? widthOf(guess[i], guessRow[i]) : widths[guess[guess.length - 1] ?? 0]);
    units = bodyUnits(content, cx, start, missingLists, spliceable ? record : undefined);
    for (const list of missingLists) for (const m of list) missing.add(m);
    totalLines = units.reduce((n, u) => n + u.heightLines, 0);
    heightLines = options.heightLines ?? (columnCount === 1 ? Infinity : Math.ceil(totalLines / columnCount));
    flow = flowPlaces(units, { columns: columnCount, heightLines, widowControl, blocked });
    // Balanced columns: grow until keep rules stop producing overset.
    while (options.heightLines === undefined && columnCount > 1 && flow.oversetChars > 0) {
      heightLines++;
      flow = flowPlaces(units, { columns: columnCount, heightLines, widowControl, blocked });
    }
    // Where each unit landed; the units left over take the last column (and no row).
    placedCount = landing(flow, units, columnCount, wrap, (landed = []), (landedRow = []));
    if (!wrap && units.every((u, i) => u.line === null || u.measurePt === widths[landed[i]])) break;
    if (wrap && units.every((u, i) => u.line === null || i >= placedCount || u.measurePt === widthOf(landed[i], landedRow[i]))) break;
  }
  const bodyFace = fonts.face('song');
  const firstBaselinePt = ascentPt(bodyFace, bodySizePt);
  const columns: ColumnLayout[] = widths.map((w, c) => ({ xPt: roundPt(lefts[c]), widthPt: roundPt(w), lines: [], slots: [] }));
  const bodyTopPt = options.bodyAtTop ? 0 : headHeightPt;
  // Kept for splicing the next edit: where each unit went (units are placed in their order, none skipped).
  const unitColumn = spliceable ? new Int32Array(units.length).fill(-1) : null;
  const unitLine = spliceable ? new Int32Array(units.length).fill(-1) : null;
  // flowPlaces places units in their order, none skipped: the k-th placed unit is units[k].
  for (let k = 0; k < flow.placed; k++) {
    const unit = units[k];
    const c = flow.column[k];
    const row = flow.row[k];
    if (unitColumn && unitLine && unit.line) {
      unitColumn[k] = c;
      unitLine[k] = columns[c].lines.length;
    }
    const top = bodyTopPt + row * pitchPt;
    if (!unit.line) {
      columns[c].slots.push({ yPt: roundPt(top), heightPt: roundPt(unit.heightLines * pitchPt), assetId: unit.assetId ?? null });
      continue;
    }
    const measure = wrap ? measureAt(c, row) : null;
    const shifted = measure && measure.widthPt !== widths[c];
    const dx = shifted ? measure.xPt : 0;
    const l = dx === 0 ? unit.line : movedLine(unit.line, dx, 0);
    const placedLine = placedLineOf(unit, l, dx, roundPt(top + firstBaselinePt + unit.baselineShiftPt));
    // Set after, not spread in: one object shape for the common case.
    if (shifted) placedLine.measure = measure;
    columns[c].lines.push(placedLine);
  }
  // The first unit left over: where a continuation starts and the editor puts the caret (超 N 字 starts here).
  const firstLeft = placedCount < units.length ? placedCount : -1;
  const left = firstLeft < 0 ? undefined : units[firstLeft];
  const overflowAt: TextPosition | null = left ? { blockIndex: left.blockIndex, offset: left.offset ?? 0 } : null;
  const usedLines = Number.isFinite(heightLines) ? heightLines : totalLines;
  const headViolations = checkLines(head, headWidthPt, settings.level);
  let violations: Violation[];
  let blockViolations: Violation[][] | null = null;
  if (unitColumn && unitLine) {
    // By block, in line order (which is column order: units fill the columns in turn).
    blockViolations = content.blocks.map(() => []);
    for (let k = 0; k < units.length; k++) {
      const c = unitColumn[k];
      if (c >= 0) checkLine(columns[c].lines[unitLine[k]], columns[c].widthPt, settings.level, blockViolations[units[k].blockIndex]);
    }
    violations = [...headViolations];
    for (const list of blockViolations) for (const v of list) violations.push(v);
  } else {
    violations = [
      ...headViolations,
      ...columns.flatMap((col) =>
        wrap
          ? col.lines.flatMap((line) => (line.measure ? checkLines([{ ...line, xPt: line.xPt - line.measure.xPt }], line.measure.widthPt, settings.level) : checkLines([line], col.widthPt, settings.level)))
          : checkLines(col.lines, col.widthPt, settings.level),
      ),
    ];
  }
  const layout: StoryLayout = {
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
  if (unitColumn && unitLine && blockViolations) {
    flowMemories.set(layout, {
      content,
      start,
      units,
      blockStart: record.blockStart,
      unitColumn,
      unitLine,
      firstLeft: firstLeft < 0 ? units.length : firstLeft,
      headViolations,
      blockViolations,
      headMissing: storyHead.missing,
      blockMissing: record.blockMissing,
      headEntries: storyHead.entries,
      blockEntries: record.blockEntries,
      spliced: null,
    });
  }
  return layout;
}
