/**
 * What the story composer's parts share — the options, the layout it returns, a story's head, the geometry the
 * options give — kept apart from the parts (head, flow, splice) so that each imports this and none another's
 * types through a cycle.
 */
import type { StyleSheet } from '../model/style-sheet';
import type { FlowUnit } from './columns';
import type { ComposeMemo } from './compose-memo';
import type { HeadlineKind, HeadlineStyle } from './headline';
import type { SetLine } from './justify';
import { DEFAULT_SETTINGS, type CompositionSettings } from './rules';
import type { TextPosition } from './text-position';
import type { Violation } from './violations';
import type { RowMeasure, WrapObstacle } from './wrap';

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

/** A story's head (引题/主题/副题) set and stacked: its lines, the whole grid lines it takes, what its faces lack. */
export interface StoryHead {
  lines: PlacedLine[];
  /** Rounded up to whole grid lines plus one line of space (0 without a head), pt. */
  heightPt: number;
  missing: readonly string[];
  /** The memo entries of its lines (kept while an edit below reuses the head). */
  entries: readonly object[];
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
 * The memo key of a story's settings: the defaults are fixed, so the given part names them (the same object
 * across a page's modules, so it is serialised once), not the merged copy each composition makes.
 */
export function settingsKeyOf(memo: ComposeMemo, options: StoryOptions): number {
  return memo.keyOf(options.settings ?? DEFAULT_SETTINGS);
}

/** A story's settings (defaults filled in), grid and columns, as its options give them. */
export interface StoryGeometry {
  settings: CompositionSettings;
  bodySizePt: number;
  pitchPt: number;
  /** Each column's width and left edge, pt. */
  widths: number[];
  lefts: number[];
  /** Across all columns and gutters, pt. */
  widthPt: number;
}

/** The widths and places of a story's columns, its settings and grid, as the options give them. */
export function storyGeometry(options: StoryOptions): StoryGeometry {
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

/** A flow unit's line placed in its column at baseline yPt. */
export function placedLineOf(unit: FlowUnit, line: SetLine, dxPt: number, yPt: number): PlacedLine {
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
