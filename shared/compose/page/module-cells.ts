/**
 * Where a story module's body takes less text than its columns: the 绕排 inset (a picture or box the body wraps
 * around) and an irregular module's closed cells (outside an L-shaped or stepped shape, under a head over only some
 * columns), with the rows its 上接/下转 lines take then.
 */
import { charsToPt, roundPt } from '../../units';
import { gridSpanChars, moduleTakesCell, type ModuleView, type PageTemplate } from '../../model';
import type { StoryOptions } from '../story-types';

/** A module's 绕排 inset, clipped to the module, in module coordinates (pt). */
export function insetRectPt(t: PageTemplate, m: ModuleView): { xPt: number; yPt: number; widthPt: number; heightPt: number } | null {
  const inset = m.inset;
  if (!inset || m.kind !== 'story') return null;
  const moduleChars = gridSpanChars(t.grid, m.columnSpan);
  const left = Math.min(inset.leftChars, moduleChars - 1);
  const width = Math.max(1, Math.min(inset.widthChars, moduleChars - left));
  const top = Math.min(inset.topLine, m.heightLines - 1);
  const lines = Math.max(1, Math.min(inset.heightLines, m.heightLines - top));
  const { bodySizePt, linePitchPt } = t.grid;
  return {
    xPt: roundPt(charsToPt(left, bodySizePt)),
    yPt: roundPt(top * linePitchPt),
    widthPt: roundPt(charsToPt(width, bodySizePt)),
    heightPt: roundPt(lines * linePitchPt),
  };
}

/**
 * An irregular module's body grid: which body cells (column, module row) take no text — outside its shape, or
 * under a head that spans only some columns — and the rows of its 上接/下转 lines. Rows count from the module top.
 */
export function irregularCells(t: PageTemplate, m: ModuleView, options: StoryOptions, head: number, jumpFrom: boolean, jumpTo: boolean) {
  const { columnChars, gutterChars, bodySizePt } = t.grid;
  const widthsChars = (options.columnWidthsPt ?? []).map((w) => w / bodySizePt);
  const gutter = (options.gutterPt ?? bodySizePt) / bodySizePt;
  const headChars = (options.headWidthPt ?? 0) / bodySizePt;
  const stride = columnChars + gutterChars;
  let left = 0;
  const bodyColumns = widthsChars.map((w) => {
    const from = left;
    left += w + gutter;
    // The base columns a body column touches (破栏 columns may straddle a gutter).
    const first = Math.floor(from / stride + 1e-9);
    const last = Math.max(first, Math.floor((from + w) / stride - 1e-9));
    return { first, last, underHead: from < headChars - 1e-9 };
  });
  const open = (c: number, row: number): boolean => {
    const bc = bodyColumns[c];
    if (!bc || (bc.underHead && row < head)) return false;
    for (let b = bc.first; b <= bc.last; b++) if (!moduleTakesCell(m, b, row)) return false;
    return true;
  };
  const rows = m.heightLines;
  const firstOpen = (c: number) => Array.from({ length: rows }, (_, r) => r).find((r) => open(c, r)) ?? null;
  const lastOpen = (c: number) => Array.from({ length: rows }, (_, r) => rows - 1 - r).find((r) => open(c, r)) ?? null;
  const fromRow = jumpFrom ? firstOpen(0) : null;
  const toRow = jumpTo ? lastOpen(bodyColumns.length - 1) : null;
  const closed = (c: number, row: number) => !open(c, row) || (c === 0 && row === fromRow) || (c === bodyColumns.length - 1 && row === toRow);
  return { closed, fromRow, toRow };
}
