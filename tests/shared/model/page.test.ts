import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MODULE_HEADLINE,
  PageTemplateSchema,
  bodyColumnChars,
  broadsheetTemplate,
  gridColumnXPt,
  gridLineCount,
  gridLineYPt,
  gridSpanChars,
  gridWidthPt,
  moduleRectPt,
  tabloidTemplate,
  templateProblems,
  typeAreaPt,
  validatePlacement,
  type PlacedModule,
} from '../../../shared/model';
import { approxEq, ptToMm } from '../../../shared/units';
import { textOf } from '../../error-text';

const broadsheet = broadsheetTemplate();

function module(id: string, column: number, columnSpan: number, topLine: number, heightLines: number, bodyColumns = columnSpan): PlacedModule {
  return { id, column, columnSpan, topLine, heightLines, bodyColumns, headline: DEFAULT_MODULE_HEADLINE };
}

describe('page templates', () => {
  it('broadsheet: 390×540 mm, 8 × 13 字 小五 + 1-字 gutters = 999 pt filling the 版心 width, 105 lines', () => {
    expect(PageTemplateSchema.parse(broadsheet)).toEqual(broadsheet);
    expect(Math.round(ptToMm(broadsheet.widthPt))).toBe(390);
    expect(Math.round(ptToMm(broadsheet.heightPt))).toBe(540);
    expect(gridWidthPt(broadsheet.grid)).toBe(999);
    expect(approxEq(typeAreaPt(broadsheet).widthPt, 999, 0.001)).toBe(true);
    expect(Math.round(ptToMm(broadsheet.marginLeftPt))).toBe(19);
    expect(gridLineCount(broadsheet)).toBe(105);
    expect(templateProblems(broadsheet)).toEqual([]);
  });

  it('tabloid: a usable 5-column grid on ≈270×390 mm', () => {
    const t = tabloidTemplate();
    expect(t.grid.columnCount).toBe(5);
    expect(gridWidthPt(t.grid)).toBe(621);
    expect(gridLineCount(t)).toBe(76);
    expect(templateProblems(t)).toEqual([]);
  });

  it('names a grid wider than the type area', () => {
    const t = { ...broadsheet, grid: { ...broadsheet.grid, columnCount: 9 } };
    expect(templateProblems(t).map((p) => textOf(p)).join()).toMatch(/9 栏 × 13 字.*宽于版心/);
  });
});

describe('grid maths', () => {
  it('spans: 2 columns = 27 字, 3 = 41, 8 = 111', () => {
    expect([1, 2, 3, 8].map((n) => gridSpanChars(broadsheet.grid, n))).toEqual([13, 27, 41, 111]);
  });

  it('breaks columns as the trade does: 三破二 = 20/20, 五破三 = 22/22/23', () => {
    expect(bodyColumnChars(broadsheet.grid, 3, 2)).toEqual([20, 20]);
    expect(bodyColumnChars(broadsheet.grid, 5, 3)).toEqual([22, 22, 23]);
    expect(bodyColumnChars(broadsheet.grid, 4, 4)).toEqual([13, 13, 13, 13]);
  });

  it('places columns 14 字 apart from the left margin and lines on the pitch from the top margin', () => {
    expect(gridColumnXPt(broadsheet, 0)).toBe(broadsheet.marginLeftPt);
    expect(approxEq(gridColumnXPt(broadsheet, 1) - gridColumnXPt(broadsheet, 0), 126, 0.002)).toBe(true);
    expect(approxEq(gridColumnXPt(broadsheet, 7) + 117, broadsheet.widthPt - broadsheet.marginRightPt, 0.002)).toBe(true);
    expect(approxEq(gridLineYPt(broadsheet, 10) - gridLineYPt(broadsheet, 0), 135, 0.002)).toBe(true);
  });

  it('gives a module rectangle in pt', () => {
    const rect = moduleRectPt(broadsheet, { column: 2, columnSpan: 3, topLine: 4, heightLines: 20 });
    expect(rect.widthPt).toBe(41 * 9);
    expect(rect.heightPt).toBe(270);
    expect(rect.xPt).toBe(gridColumnXPt(broadsheet, 2));
    expect(rect.yPt).toBe(gridLineYPt(broadsheet, 4));
  });
});

describe('placement validation', () => {
  it('accepts a clean page', () => {
    expect(validatePlacement(broadsheet, [module('a', 0, 4, 0, 30), module('b', 4, 4, 0, 30, 3)])).toEqual([]);
  });

  it('refuses modules off the page on every side, naming the side and the page size', () => {
    const label = (id: string) => (id === 'r' ? '三关' : undefined);
    const findings = validatePlacement(
      broadsheet,
      [module('l', -1, 2, 0, 5), module('r', 7, 2, 0, 5), module('t', 3, 1, -3, 5), module('b', 0, 1, 100, 10)],
      label,
    );
    expect(findings.map((f) => [f.kind, f.severity, f.moduleIds[0], f.field])).toEqual([
      ['off-page', 'error', 'l', 'column'],
      ['off-page', 'error', 'r', 'column'],
      ['off-page', 'error', 't', 'topLine'],
      ['off-page', 'error', 'b', 'heightLines'],
    ]);
    expect(textOf(findings[1])).toBe('「三关」超出版面右边：第8–9栏，本版只有 8 栏。');
    expect(textOf(findings[3])).toMatch(/超出版面下边：第101–110行，本版只有 105 行/);
  });

  it('refuses zero-size modules, too many body columns and a head wider than its module', () => {
    const findings = validatePlacement(broadsheet, [
      module('z', 0, 0, 0, 5),
      module('h', 2, 2, 0, 0),
      module('n', 0, 1, 10, 5, 3),
      { ...module('w', 4, 2, 10, 5), headline: { ...DEFAULT_MODULE_HEADLINE, spanColumns: 3 } },
    ]);
    expect(findings.map((f) => [f.kind, f.moduleIds[0]])).toEqual([
      ['zero-size', 'z'],
      ['zero-size', 'h'],
      ['too-narrow', 'n'],
      ['headline-span', 'w'],
    ]);
    expect(textOf(findings[2])).toMatch(/跨 1 栏分成 3 栏，每栏只有 3 字/);
  });

  it('reports overlaps as warnings naming both modules, but not modules that merely touch', () => {
    const findings = validatePlacement(broadsheet, [module('a', 0, 3, 0, 20), module('b', 2, 2, 10, 10), module('c', 3, 2, 0, 10)]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'overlap', severity: 'warning', moduleIds: ['a', 'b'] });
    expect(textOf(findings[0])).toMatch(/重叠（从第3栏第11行起）/);
  });
});
