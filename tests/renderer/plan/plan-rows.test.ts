/** The plan's arithmetic: page fill, proof state, continuation links, row ordering. */
import { describe, expect, it } from 'vitest';
import type { ModuleFit } from '../../../shared/api/contract-pages';
import { broadsheetTemplate, type Issue, type ModuleView, type PageSignoffs, type PageView, type Signoff } from '../../../shared/model';
import { computePageFill, continuationLinks, fillPercent, moveBy, moveRow, proofState, sameOrder, storyCount } from '../../../renderer/plan/plan-rows';

const template = broadsheetTemplate(); // 8 columns × 105 lines = 840 column-lines

function page(id: string, number: number, modules: Partial<ModuleView>[]): Pick<PageView, 'page' | 'modules'> {
  return {
    page: { id, number, template } as PageView['page'],
    modules: modules.map((m, i) => ({ id: `${id}-m${i}`, column: 0, columnSpan: 1, topLine: 0, heightLines: 10, bodyColumns: 1, storyId: null, continuesTo: null, continuesFrom: null, ...m }) as ModuleView),
  };
}
const fit = (moduleId: string, columns: number, spareLines: number | null, oversetChars: number | null = 0): ModuleFit =>
  ({ moduleId, kind: 'story', label: '', columns, spareLines, oversetChars });

describe('computePageFill', () => {
  it('counts the available column-lines of the grid', () => {
    const fill = computePageFill(page('p', 1, []), []);
    expect(fill).toEqual({ usedLines: 0, availableLines: 840, ratio: 0, oversetChars: 0 });
  });

  it('takes a module’s spare body lines off its area, scaled for 破栏', () => {
    // 4 base columns × 30 lines = 120, set in 2 body columns: each body line is 2 base columns wide.
    const view = page('p', 1, [{ columnSpan: 4, heightLines: 30, bodyColumns: 2, storyId: 's' }]);
    const fill = computePageFill(view, [fit('p-m0', 2, 5)]);
    expect(fill.usedLines).toBe(120 - 5 * 2);
    expect(fillPercent(fill)).toBe(Math.round((110 / 840) * 100));
  });

  it('counts furniture and overset modules whole, and sums the overset characters', () => {
    const view = page('p', 1, [
      { columnSpan: 8, heightLines: 10 }, // 报头: 80
      { columnSpan: 2, heightLines: 20, storyId: 's', topLine: 10 }, // overset: 40
    ]);
    const fill = computePageFill(view, [fit('p-m0', 8, null, null), fit('p-m1', 2, 0, 37)]);
    expect(fill.usedLines).toBe(120);
    expect(fill.oversetChars).toBe(37);
  });

  it('clips modules reaching off the grid, so fill never passes 100 %', () => {
    const view = page('p', 1, [{ column: 6, columnSpan: 4, topLine: 100, heightLines: 20 }]);
    expect(computePageFill(view, []).usedLines).toBe(2 * 5);
    const full = page('p', 1, [{ columnSpan: 8, heightLines: 105 }, { columnSpan: 8, heightLines: 105 }]);
    expect(fillPercent(computePageFill(full, []))).toBe(100);
  });
});

describe('proofState', () => {
  const signed = (voided = false) => ({ voided }) as Signoff;
  const rounds = (r: Partial<PageSignoffs['rounds']>) => ({ first: null, second: null, third: null, 'read-through': null, ...r });
  it('names the last round in force and the 签发', () => {
    expect(proofState({ rounds: rounds({}), approved: null })).toEqual({ lastRound: null, roundLabel: '未校', approved: false, roundBy: null, pageBy: null });
    expect(proofState({ rounds: rounds({ first: signed(), second: signed() }), approved: signed() })).toEqual({ lastRound: 'second', roundLabel: '二校', approved: true, roundBy: null, pageBy: null });
    expect(proofState({ rounds: rounds({ first: signed() }), approved: signed(true) }).approved).toBe(false);
  });
  it('names who signed the last round and the page, a voided page signature not', () => {
    const by = (name: string, voided = false) => ({ by: name, voided }) as Signoff;
    const state = proofState({ rounds: rounds({ first: by('校对丙'), second: by('校对丁') }), approved: null, page: by('编辑甲') });
    expect([state.roundBy, state.pageBy]).toEqual(['校对丁', '编辑甲']);
    expect(proofState({ rounds: rounds({ first: by('校对丙') }), approved: null, page: by('编辑甲', true) }).pageBy).toBeNull();
  });
});

describe('continuation links and story count', () => {
  it('maps 下转/上接 to page numbers across pages only', () => {
    const p1 = page('a', 1, [{ storyId: 's1', continuesTo: 'b-m0' }, { storyId: 's1', continuesTo: 'a-m0' }]);
    const p2 = page('b', 2, [{ storyId: 's1', continuesFrom: 'a-m0' }]);
    const links = continuationLinks([p1, p2]);
    expect(links.get('a')).toEqual({ to: [2], from: [] });
    expect(links.get('b')).toEqual({ to: [], from: [1] });
    expect(storyCount(p1)).toBe(1);
  });
});

describe('row ordering', () => {
  const ids = ['p1', 'p2', 'p3', 'p4'];
  it('moves a dragged row to the drop index', () => {
    expect(moveRow(ids, 0, 2)).toEqual(['p2', 'p3', 'p1', 'p4']);
    expect(moveRow(ids, 3, 0)).toEqual(['p4', 'p1', 'p2', 'p3']);
    expect(moveRow(ids, 1, 9)).toEqual(ids);
  });
  it('moves up and down, stopping at the ends', () => {
    expect(moveBy(ids, 'p2', -1)).toEqual(['p2', 'p1', 'p3', 'p4']);
    expect(moveBy(ids, 'p4', 1)).toEqual(ids);
    expect(moveBy(ids, 'p1', -1)).toEqual(ids);
    expect(sameOrder(moveBy(ids, 'p1', -1), ids)).toBe(true);
    expect(sameOrder(moveBy(ids, 'p1', 1), ids)).toBe(false);
  });
});

describe('sectionsOf (the desk’s 按版名 choices)', () => {
  it('lists each non-empty section once, newest issue first', async () => {
    const { sectionsOf } = await import('../../../renderer/plan/placement-filter');
    const issue = (sections: string[]) => ({ pages: sections.map((section) => ({ section })) }) as unknown as Issue;
    expect(sectionsOf([issue(['要闻', '党建', '']), issue(['党建', '副刊'])])).toEqual(['要闻', '党建', '副刊']);
  });
});
