/**
 * Text wrap (绕排): a picture or box placed inside a story's body takes part of some grid rows; each body line in
 * such a row is set in what is left of its column beside the obstacle (its standoff included), on the same line
 * grid, in whole body characters flush with the column edge it touches. A row left narrower than MIN_MEASURE_EM body characters takes no text at all. Single-sided wrap: when the
 * obstacle sits in the middle of a column the wider side takes the line (papers never run a line across a
 * picture).
 */
import { roundPt } from '../units';

/** An obstacle in story-body coordinates: x from the story's left edge, rows of the body grid (0 = first body row). */
export interface WrapObstacle {
  xPt: number;
  widthPt: number;
  /** First body grid row it covers (may be negative: it starts above the body). */
  topRow: number;
  /** Grid rows it covers. */
  rows: number;
  /** Space kept clear around it, pt (sideways to the text; up and down to the text's em box). */
  standoffPt: number;
}

/** Where a line of a given column row may go: x from the column's left edge and the measure, pt. */
export interface RowMeasure {
  xPt: number;
  widthPt: number;
}

/** The narrowest measure a wrapped line is set in, body characters. */
export const MIN_MEASURE_EM = 2;

export interface WrapGrid {
  /** Column left edges and widths, story coordinates. */
  lefts: readonly number[];
  widths: readonly number[];
  pitchPt: number;
  /** Height of a line's em box from the top of its row (the body size), pt. */
  emPt: number;
  bodySizePt: number;
}

/**
 * The measure of row `row` of column `col`: the whole column when no obstacle reaches it, what is left beside the
 * obstacles (the wider side), or null when too little is left (the row stays empty).
 */
export function rowMeasure(obstacles: readonly WrapObstacle[], grid: WrapGrid, col: number, row: number): RowMeasure | null {
  const left = grid.lefts[col];
  const right = left + grid.widths[col];
  const top = row * grid.pitchPt;
  const bottom = top + grid.emPt;
  let free: [number, number][] = [[left, right]];
  let hit = false;
  for (const o of obstacles) {
    const oTop = o.topRow * grid.pitchPt - o.standoffPt;
    const oBottom = (o.topRow + o.rows) * grid.pitchPt + o.standoffPt;
    if (bottom <= oTop || top >= oBottom) continue;
    const x1 = o.xPt - o.standoffPt;
    const x2 = o.xPt + o.widthPt + o.standoffPt;
    if (x2 <= left || x1 >= right) continue;
    hit = true;
    free = free.flatMap(([a, b]): [number, number][] => [
      ...(x1 > a ? [[a, Math.min(b, x1)] as [number, number]] : []),
      ...(x2 < b ? [[Math.max(a, x2), b] as [number, number]] : []),
    ]).filter(([a, b]) => b > a);
  }
  if (!hit) return { xPt: 0, widthPt: grid.widths[col] };
  let best: [number, number] | null = null;
  for (const seg of free) if (!best || seg[1] - seg[0] > best[1] - best[0] + 1e-9) best = seg;
  if (!best) return null;
  // Whole body characters, flush with the column edge it touches, so the line stays on the column's character grid.
  const chars = Math.floor((best[1] - best[0]) / grid.bodySizePt + 1e-6);
  if (chars < MIN_MEASURE_EM) return null;
  const widthPt = chars * grid.bodySizePt;
  const x = best[1] >= right - 1e-9 && best[0] > left + 1e-9 ? right - widthPt : best[0];
  return { xPt: roundPt(x - left), widthPt: roundPt(widthPt) };
}
