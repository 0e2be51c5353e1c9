import { describe, expect, it } from 'vitest';
import type { ModuleLayout } from '../../../shared/compose/page-types';
import { broadsheetTemplate, type ModuleView } from '../../../shared/model';
import { copyfitOf } from '../../../renderer/page/copyfit';
import { dropGeometry } from '../../../renderer/page/page-canvas';

const grid = broadsheetTemplate().grid;
const module = (over: Partial<ModuleView> = {}) =>
  ({ kind: 'story', storyId: 's', story: { state: 'live' }, columnSpan: 3, bodyColumns: 2, ...over }) as ModuleView;
const layout = (oversetChars: number, spareLines: number) => ({ oversetChars, spareLines }) as ModuleLayout;

describe('copyfitOf', () => {
  it('says 超 N 字 when text is left over', () => {
    expect(copyfitOf(module(), layout(37, 0), grid)).toEqual({ kind: 'overset', chars: 37 });
  });
  it('counts 差 N 字 from the empty lines of the (破栏) body columns: 三破二 = 20 字 a line', () => {
    expect(copyfitOf(module(), layout(0, 3), grid)).toEqual({ kind: 'underset', lines: 3, chars: 60 });
  });
  it('shows nothing for furniture or a story that no longer exists', () => {
    expect(copyfitOf(module({ kind: 'furniture', storyId: null }), layout(0, 0), grid).kind).toBe('none');
    expect(copyfitOf(module({ story: { state: 'missing' } as ModuleView['story'] }), layout(5, 0), grid).kind).toBe('none');
  });
});

describe('dropGeometry', () => {
  it('places a dropped story on the page: 2 columns, pulled back inside the right and bottom edges', () => {
    const t = broadsheetTemplate();
    expect(dropGeometry(t, 7, 100, 400)).toMatchObject({ column: 6, columnSpan: 2 });
    const g = dropGeometry(t, 0, 100, 400);
    expect(g.topLine + g.heightLines).toBeLessThanOrEqual(105);
    expect(dropGeometry(t, -3, -5, 400)).toMatchObject({ column: 0, topLine: 0 });
  });
});
