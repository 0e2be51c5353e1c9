/**
 * Flowing an article's set lines into columns: top to bottom, left to right, on a common baseline grid, with
 * keep-with-next (intertitles), optional widow control, and the overset (超 N 字) / spare (差 N 行) report.
 */
import type { SetLine } from './justify';

/** One placeable unit: a set line, or an empty band (image slot), taking whole grid lines. */
export interface FlowUnit {
  line: SetLine | null;
  /** Grid lines this unit takes (1 for a body line). */
  heightLines: number;
  /** Baseline shift below the grid baseline of its first line, pt (centring in a band). */
  baselineShiftPt: number;
  /** Index of the paragraph (block) it belongs to. */
  blockIndex: number;
  paragraphKind: string;
  lineInParagraph: number;
  lastInParagraph: boolean;
  keepWithNext: boolean;
  /** Characters on it (overset count). */
  chars: number;
  /** The measure the line was set in, pt (0 for a slot). */
  measurePt: number;
  /** An image slot to draw as a box. */
  assetId?: string | null;
  /** UTF-16 offset in its block's text where the line starts. */
  offset?: number;
}

/** A unit placed in a column. */
export interface PlacedUnit {
  unit: FlowUnit;
  /** Grid row (0-based) of its first line. */
  row: number;
}

export interface FlowOptions {
  /** Column count; Infinity for as many as needed. */
  columns: number;
  /** Column height in grid lines; Infinity for one unbounded column. */
  heightLines: number;
  /** No column starts with a paragraph's last line (孤行). */
  widowControl: boolean;
  /** Rows that take no text (绕排: an obstacle leaves too little of the column); units go below them. */
  blocked?: (column: number, row: number) => boolean;
}

export interface FlowResult {
  columns: PlacedUnit[][];
  /** Characters that did not fit (超 N 字). */
  oversetChars: number;
  /** Empty grid lines left in the columns (差 N 行); 0 when overset. */
  spareLines: number;
}

/**
 * Where flowColumns puts the units, flat: units are placed in their order and none is skipped, so the k-th placed
 * unit is units[k]; column[k] and row[k] (k < placed) say where it went. composeStory reads this form (no object per line).
 */
export interface FlowPlaces {
  column: number[];
  row: number[];
  /** How many units were placed (units[placed] on are overset). */
  placed: number;
  /** Columns opened (some may be empty: a column an obstacle fills). */
  columnCount: number;
  oversetChars: number;
  spareLines: number;
}

/** Flow units into columns, flat (see FlowPlaces). */
export function flowPlaces(units: readonly FlowUnit[], opt: FlowOptions): FlowPlaces {
  const H = opt.heightLines;
  // Sized once (every unit is placed at most once; a pulled-back widow's slot is written again): no growing.
  const column: number[] = new Array<number>(units.length);
  const rowOf: number[] = new Array<number>(units.length);
  let columnCount = 1;
  // The first unit of the current column.
  let columnStart = 0;
  let row = 0;
  let j = 0;
  let overset = -1;
  const blocked = opt.blocked;
  while (j < units.length) {
    const u = units[j];
    if (blocked) {
      const c = columnCount - 1;
      let clear = false;
      while (!clear && row < H) {
        clear = true;
        for (let k = 0; k < u.heightLines && row + k < H; k++) if (blocked(c, row + k)) clear = false;
        if (!clear) row++;
      }
    }
    let fits = row + u.heightLines <= H;
    // Keep an intertitle with the line after it.
    if (fits && u.keepWithNext && j + 1 < units.length && row > 0 && row + u.heightLines + units[j + 1].heightLines > H) fits = false;
    if (!fits && row === 0) fits = true; // a unit taller than a column still goes somewhere (reported as overflow by the checker)
    if (!fits) {
      // Widow control: pull the paragraph's previous line over too, so the column does not open on its last line.
      if (opt.widowControl && u.lastInParagraph && u.lineInParagraph > 0 && j - columnStart > 1) {
        const prev = units[j - 1];
        if (prev.blockIndex === u.blockIndex && prev.line) {
          j--;
        }
      }
      if (columnCount >= opt.columns) {
        overset = j;
        break;
      }
      columnCount++;
      columnStart = j;
      row = 0;
      continue;
    }
    column[j] = columnCount - 1;
    rowOf[j] = row;
    row += u.heightLines;
    j++;
  }
  let oversetChars = 0;
  if (overset >= 0) for (let k = overset; k < units.length; k++) oversetChars += units[k].chars;
  let spareLines = 0;
  if (overset < 0 && Number.isFinite(H) && Number.isFinite(opt.columns)) {
    spareLines = (opt.columns - columnCount) * H + (H - row);
    // Rows an obstacle takes are not spare.
    if (blocked) {
      for (let c = columnCount - 1; c < opt.columns; c++) for (let r = c === columnCount - 1 ? row : 0; r < H; r++) if (blocked(c, r)) spareLines--;
    }
  }
  return { column, row: rowOf, placed: overset >= 0 ? overset : units.length, columnCount, oversetChars, spareLines };
}

/** Flow units into columns. */
export function flowColumns(units: readonly FlowUnit[], opt: FlowOptions): FlowResult {
  const flow = flowPlaces(units, opt);
  const columns: PlacedUnit[][] = [];
  for (let c = 0; c < flow.columnCount; c++) columns.push([]);
  for (let k = 0; k < flow.placed; k++) columns[flow.column[k]].push({ unit: units[k], row: flow.row[k] });
  return { columns, oversetChars: flow.oversetChars, spareLines: flow.spareLines };
}
