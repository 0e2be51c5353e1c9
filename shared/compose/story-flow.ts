/**
 * A story's body flowed into its columns on one baseline grid: the body blocks set into flow units, the units
 * placed by flowPlaces, and the lines placed in their columns. Equal columns take one pass; unequal columns
 * (破栏 22/22/23), a wrap (绕排) or an irregular module set each line in the measure of the place (column, row) it
 * landed in last pass, and set again until every line sits in a place of its own measure.
 */
import type { StoryContent } from '../model/story';
import { roundPt } from '../units';
import { flowPlaces, type FlowPlaces, type FlowUnit } from './columns';
import { movedLine } from './justify';
import { bodyUnits, type BlockRecord, type UnitContext } from './story-units';
import { placedLineOf, type ColumnLayout, type StoryGeometry, type StoryOptions } from './story-types';
import type { TextPosition } from './text-position';
import { rowMeasure, type RowMeasure } from './wrap';

/** The places (column, row) body lines are set in, and the measure of each. */
export interface BodyPlaces {
  /** Lines are set per place (column, row): a wrap or an irregular module. Else each column is one measure. */
  wrap: boolean;
  /** The measure at (column, row); null for a closed cell. */
  measureAt: (column: number, row: number) => RowMeasure | null;
  /** For flowPlaces: a cell no line may take (only when `wrap`). */
  blocked: ((column: number, row: number) => boolean) | undefined;
  /** The width a line landed at (column, row) is set in; a column's own width without a row. */
  widthOf: (column: number, row: number | undefined) => number;
}

/** The body's places as the options give them (wrap obstacles, closed cells); measures are worked out once each. */
export function bodyPlaces(options: StoryOptions, geometry: StoryGeometry): BodyPlaces {
  const { widths, lefts, pitchPt, bodySizePt } = geometry;
  const columnCount = widths.length;
  const obstacles = options.wrap ?? [];
  const closed = options.closed;
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
  const widthOf = (c: number, row: number | undefined) => (row === undefined ? widths[c] : (measureAt(c, row)?.widthPt ?? widths[c]));
  return { wrap, measureAt, blocked, widthOf };
}

/** The body's units and where flowPlaces put them. */
export interface BodyFlow {
  units: FlowUnit[];
  flow: FlowPlaces;
  /** The columns' height in grid lines (Infinity: one column without a height). */
  heightLines: number;
  /** Grid lines all units take. */
  totalLines: number;
  /** How many units were placed (the rest are left over). */
  placedCount: number;
  record: BlockRecord;
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
 * Set the body into units and flow them, again while a line landed in a place of another measure than the one it
 * was set in. Characters the faces lack go into `missing`; `record` is filled only when the flow is kept.
 */
export function flowBody(content: StoryContent, cx: UnitContext, start: TextPosition, options: StoryOptions, widths: readonly number[], places: BodyPlaces, missing: Set<string>, keep: boolean): BodyFlow {
  const columnCount = widths.length;
  const widowControl = options.widowControl ?? false;
  const { wrap, blocked, widthOf } = places;
  let landed: number[] = [];
  let landedRow: number[] = [];
  let units: FlowUnit[] = [];
  let flow: FlowPlaces = { column: [], row: [], placed: 0, columnCount: 0, oversetChars: 0, spareLines: 0 };
  let heightLines = 0;
  let totalLines = 0;
  let placedCount = 0;
  let record: BlockRecord = { blockStart: [], blockMissing: [], blockEntries: [] };
  for (let pass = 0; pass < (wrap ? 12 : 6); pass++) {
    const guess = landed;
    const guessRow = landedRow;
    const missingLists: (readonly string[])[] = [];
    if (keep) record = { blockStart: [], blockMissing: [], blockEntries: [] };
    cx.widthOfUnit = (i) => (i < guess.length ? widthOf(guess[i], guessRow[i]) : widths[guess[guess.length - 1] ?? 0]);
    units = bodyUnits(content, cx, start, missingLists, keep ? record : undefined);
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
  return { units, flow, heightLines, totalLines, placedCount, record };
}

/** The body's columns with their lines and image slots; per unit its column and line index when kept for splicing. */
export interface PlacedBody {
  columns: ColumnLayout[];
  /** Per unit: its column and its index among that column's lines; -1 for a slot or a unit left over. */
  unitColumn: Int32Array | null;
  unitLine: Int32Array | null;
}

/** Place the flowed units' lines in their columns, baselines from `bodyTopPt` on the grid. */
export function placeBody(body: BodyFlow, geometry: StoryGeometry, places: BodyPlaces, bodyTopPt: number, firstBaselinePt: number, keep: boolean): PlacedBody {
  const { units, flow } = body;
  const { widths, lefts, pitchPt } = geometry;
  const { wrap, measureAt } = places;
  const columns: ColumnLayout[] = widths.map((w, c) => ({ xPt: roundPt(lefts[c]), widthPt: roundPt(w), lines: [], slots: [] }));
  // Kept for splicing the next edit: where each unit went (units are placed in their order, none skipped).
  const unitColumn = keep ? new Int32Array(units.length).fill(-1) : null;
  const unitLine = keep ? new Int32Array(units.length).fill(-1) : null;
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
  return { columns, unitColumn, unitLine };
}
