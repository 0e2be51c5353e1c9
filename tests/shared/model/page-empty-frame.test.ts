import { describe, expect, it } from 'vitest';
import { broadsheetTemplate, emptyFramePlacement, gridLineCount, largestEmptyArea } from '../../../shared/model';

const t = broadsheetTemplate();
const lines = gridLineCount(t);
const cols = t.grid.columnCount;

describe('emptyFramePlacement (新建文字框 / 新建图片框)', () => {
  it('takes the largest free area whole, for either kind, without a story', () => {
    const modules = [
      { column: 0, columnSpan: cols, topLine: 0, heightLines: 50 },
      { column: 2, columnSpan: 2, topLine: 50, heightLines: lines - 50 },
    ];
    const area = largestEmptyArea(t, modules)!;
    for (const kind of ['story', 'image'] as const) {
      expect(emptyFramePlacement(t, modules, kind)).toEqual({ kind, storyId: null, column: area.column, columnSpan: area.columnSpan, topLine: area.topLine, heightLines: area.heightLines });
    }
    expect(emptyFramePlacement(t, modules, 'image')).toMatchObject({ column: 4, columnSpan: cols - 4, topLine: 50, heightLines: lines - 50 });
  });

  it('overlaps no module, and is null on a full page', () => {
    const modules = [{ column: 0, columnSpan: 3, topLine: 10, heightLines: 40 }];
    const at = emptyFramePlacement(t, modules, 'story')!;
    const overlaps = (a: typeof at, b: (typeof modules)[number]) =>
      a.column < b.column + b.columnSpan && b.column < a.column + a.columnSpan && a.topLine < b.topLine + b.heightLines && b.topLine < a.topLine + a.heightLines;
    expect(overlaps(at, modules[0])).toBe(false);
    expect(emptyFramePlacement(t, [{ column: 0, columnSpan: cols, topLine: 0, heightLines: lines }], 'image')).toBeNull();
  });
});
