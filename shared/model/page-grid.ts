/**
 * Page templates and grid maths: presets for 对开/四开, the type area (版心), where a column or a line starts, a
 * module's rectangle in pt and its 破栏 body columns. All lengths in pt, origin at the trim's top-left, y down.
 */
import { charsToPt, EPS_PT, mmToPt, roundPt } from '../units';
import type { ModuleGeometry, PageGrid, PageTemplate, PageTemplatePreset } from './page';
import { errorMessage, type ErrorMessage } from '../errors';

/** 小五 body on a 13.5 pt pitch (0.5 em leading, docs/typesetting.md §2: 0.5–0.7 em is usual). */
const NEWSPAPER_BODY = { columnChars: 13, gutterChars: 1, bodySizePt: 9, linePitchPt: 13.5 } as const;

/**
 * A template whose grid is centred on the trim: left/right margins take what the grid leaves, top/bottom
 * margins take what `lineCount` lines leave. Figures are rounded to 1/1000 pt so the grid closes exactly.
 */
function centredTemplate(preset: PageTemplatePreset, widthMm: number, heightMm: number, grid: PageGrid, lineCount: number): PageTemplate {
  const widthPt = roundPt(mmToPt(widthMm));
  const heightPt = roundPt(mmToPt(heightMm));
  const gridWidth = gridWidthPt(grid);
  const marginLeftPt = roundPt((widthPt - gridWidth) / 2);
  const typeHeight = lineCount * grid.linePitchPt;
  const marginTopPt = roundPt((heightPt - typeHeight) / 2);
  return {
    preset,
    widthPt,
    heightPt,
    marginTopPt,
    marginBottomPt: roundPt(heightPt - typeHeight - marginTopPt),
    marginLeftPt,
    marginRightPt: roundPt(widthPt - gridWidth - marginLeftPt),
    grid,
  };
}

/**
 * 对开 broadsheet: one page 390×540 mm (docs/typesetting.md §2, a weak source: measure the client's paper).
 * 8 columns × 13 字 小五 + 7 gutters = 111 字 = 999 pt ≈ 352 mm, leaving ≈ 18.8 mm left and right;
 * 105 lines × 13.5 pt = 1417.5 pt ≈ 500 mm, leaving ≈ 20 mm top and bottom (报眉 and 责编行 sit in the grid).
 */
export function broadsheetTemplate(): PageTemplate {
  return centredTemplate('broadsheet', 390, 540, { columnCount: 8, ...NEWSPAPER_BODY }, 105);
}

/**
 * 四开 tabloid: ≈ 270×390 mm [unverified]. 5 columns × 13 字 + 4 gutters = 69 字 = 621 pt ≈ 219 mm, leaving
 * ≈ 25.5 mm left and right; 76 lines = 1026 pt ≈ 362 mm, leaving ≈ 14 mm top and bottom.
 */
export function tabloidTemplate(): PageTemplate {
  return centredTemplate('tabloid', 270, 390, { columnCount: 5, ...NEWSPAPER_BODY }, 76);
}

export function presetTemplate(preset: PageTemplatePreset): PageTemplate {
  return preset === 'tabloid' ? tabloidTemplate() : broadsheetTemplate();
}

/** Characters across n base columns with their gutters: n×13 + (n−1) on the default grid. */
export function gridSpanChars(grid: PageGrid, columns: number): number {
  return columns * grid.columnChars + (columns - 1) * grid.gutterChars;
}

/** Width of the whole grid, pt (999 on a broadsheet). */
export function gridWidthPt(grid: PageGrid): number {
  return roundPt(charsToPt(gridSpanChars(grid, grid.columnCount), grid.bodySizePt));
}

/** The type area (版心): the trim minus the margins. */
export function typeAreaPt(t: PageTemplate): { xPt: number; yPt: number; widthPt: number; heightPt: number } {
  return {
    xPt: t.marginLeftPt,
    yPt: t.marginTopPt,
    widthPt: roundPt(t.widthPt - t.marginLeftPt - t.marginRightPt),
    heightPt: roundPt(t.heightPt - t.marginTopPt - t.marginBottomPt),
  };
}

/** Whole grid lines in the type area. */
export function gridLineCount(t: PageTemplate): number {
  return Math.max(0, Math.floor((typeAreaPt(t).heightPt + EPS_PT) / t.grid.linePitchPt));
}

/** Left edge of base column `column` (0-based), pt from the trim's left edge. */
export function gridColumnXPt(t: PageTemplate, column: number): number {
  const { columnChars, gutterChars, bodySizePt } = t.grid;
  return roundPt(t.marginLeftPt + charsToPt(column * (columnChars + gutterChars), bodySizePt));
}

/** Top of grid line `line` (0-based), pt from the trim's top edge. */
export function gridLineYPt(t: PageTemplate, line: number): number {
  return roundPt(t.marginTopPt + line * t.grid.linePitchPt);
}

/** A module's rectangle on the page, pt. */
export function moduleRectPt(t: PageTemplate, g: ModuleGeometry): { xPt: number; yPt: number; widthPt: number; heightPt: number } {
  return {
    xPt: gridColumnXPt(t, g.column),
    yPt: gridLineYPt(t, g.topLine),
    widthPt: roundPt(charsToPt(gridSpanChars(t.grid, g.columnSpan), t.grid.bodySizePt)),
    heightPt: roundPt(g.heightLines * t.grid.linePitchPt),
  };
}

/**
 * Body column widths in characters when `columnSpan` base columns are set as `bodyColumns` (破栏,
 * docs/typesetting.md §2): (span characters − new gutters) ÷ count, the remainder to the last columns
 * (三破二 = 20/20, 五破三 = 22/22/23). Equal to the base columns when bodyColumns = columnSpan.
 */
export function bodyColumnChars(grid: PageGrid, columnSpan: number, bodyColumns: number): number[] {
  const total = gridSpanChars(grid, columnSpan) - (bodyColumns - 1) * grid.gutterChars;
  const each = Math.floor(total / bodyColumns);
  const widths = Array.from({ length: bodyColumns }, () => each);
  let rest = total - each * bodyColumns;
  for (let i = bodyColumns - 1; i >= 0 && rest > EPS_PT; i--) {
    const add = Math.min(1, rest);
    widths[i] += add;
    rest -= add;
  }
  return widths;
}

/** Problems with a template itself, empty when it is usable. */
export function templateProblems(t: PageTemplate): ErrorMessage[] {
  const problems: ErrorMessage[] = [];
  const area = typeAreaPt(t);
  if (area.widthPt <= 0 || area.heightPt <= 0) problems.push(errorMessage('template-no-type-area'));
  const gridWidth = gridWidthPt(t.grid);
  if (area.widthPt > 0 && gridWidth > area.widthPt + EPS_PT) {
    const { columnCount: columns, columnChars: chars, gutterChars: gutter } = t.grid;
    problems.push(errorMessage('template-grid-too-wide', { columns, chars, gutter, gridPt: roundPt(gridWidth), areaPt: area.widthPt }));
  }
  if (area.heightPt > 0 && gridLineCount(t) < 1) problems.push(errorMessage('template-too-short'));
  return problems;
}
