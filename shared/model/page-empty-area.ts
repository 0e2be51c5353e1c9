/**
 * The largest empty rectangle of a page's grid: base columns × grid lines that no module covers. Preflight
 * reports it when it is large (a page that prints with a hole in it); the page view can show the same rectangle.
 */
import type { ModuleGeometry, PageTemplate } from './page';
import { gridLineCount } from './page-grid';

export interface EmptyArea {
  column: number;
  columnSpan: number;
  topLine: number;
  heightLines: number;
  /** Share of the grid (columns × lines) it takes, 0–1. */
  share: number;
}

/** Grid cells covered by modules (cells outside the grid are ignored). */
function coveredCells(columns: number, lines: number, modules: readonly ModuleGeometry[]): boolean[][] {
  const covered = Array.from({ length: lines }, () => new Array<boolean>(columns).fill(false));
  for (const m of modules) {
    for (let line = Math.max(0, m.topLine); line < Math.min(lines, m.topLine + m.heightLines); line++) {
      for (let column = Math.max(0, m.column); column < Math.min(columns, m.column + m.columnSpan); column++) covered[line][column] = true;
    }
  }
  return covered;
}

/** The largest empty rectangle (by cells; the first found on a tie, top-left first), or null on a full page. */
export function largestEmptyArea(t: PageTemplate, modules: readonly ModuleGeometry[]): EmptyArea | null {
  const columns = t.grid.columnCount;
  const lines = gridLineCount(t);
  if (columns === 0 || lines === 0) return null;
  const covered = coveredCells(columns, lines, modules);
  // Per column, how many empty lines end at the current line; then every column range's narrowest height.
  const run = new Array<number>(columns).fill(0);
  let best: EmptyArea | null = null;
  let bestCells = 0;
  for (let line = 0; line < lines; line++) {
    for (let c = 0; c < columns; c++) run[c] = covered[line][c] ? 0 : run[c] + 1;
    for (let from = 0; from < columns; from++) {
      let height = Infinity;
      for (let to = from; to < columns && run[to] > 0; to++) {
        height = Math.min(height, run[to]);
        const cells = height * (to - from + 1);
        if (cells > bestCells) {
          bestCells = cells;
          best = { column: from, columnSpan: to - from + 1, topLine: line - height + 1, heightLines: height, share: cells / (columns * lines) };
        }
      }
    }
  }
  return best;
}
