import { describe, expect, it } from 'vitest';
import { broadsheetTemplate, gridLineCount, largestEmptyArea } from '../../../shared/model';

const t = broadsheetTemplate();
const lines = gridLineCount(t);
const cols = t.grid.columnCount;
const full = { column: 0, columnSpan: cols, topLine: 0, heightLines: lines };

describe('largestEmptyArea', () => {
  it('is the whole grid on an empty page and nothing on a full one', () => {
    expect(largestEmptyArea(t, [])).toEqual({ column: 0, columnSpan: cols, topLine: 0, heightLines: lines, share: 1 });
    expect(largestEmptyArea(t, [full])).toBeNull();
  });

  it('finds the biggest hole between modules, by cells', () => {
    // Top full; below, two columns free on the left (tall) and four on the right (10 lines at the foot).
    const modules = [
      { column: 0, columnSpan: cols, topLine: 0, heightLines: 50 },
      { column: 2, columnSpan: 2, topLine: 50, heightLines: lines - 50 },
      { column: 4, columnSpan: 4, topLine: 50, heightLines: lines - 60 },
    ];
    // 2 columns × the lower lines beat 4 columns × 10 lines.
    expect(largestEmptyArea(t, modules)).toMatchObject({ column: 0, columnSpan: 2, topLine: 50, heightLines: lines - 50 });
    const tall = largestEmptyArea(t, modules.slice(0, 2));
    expect(tall).toMatchObject({ column: 4, columnSpan: 4, topLine: 50, heightLines: lines - 50 });
    expect(tall!.share).toBeCloseTo((4 * (lines - 50)) / (cols * lines), 6);
  });

  it('ignores the parts of modules off the grid', () => {
    expect(largestEmptyArea(t, [{ column: -2, columnSpan: cols + 4, topLine: -5, heightLines: lines + 10 }])).toBeNull();
  });
});
