// The one rule by which the server applies a desk's page-plan change (shared/newsroom/page-plan.ts).
import { describe, expect, it } from 'vitest';
import { completeModule } from '../../../shared/model/module-defaults';
import { presetTemplate } from '../../../shared/model';
import { diffPlan, inDrawingOrder, isEmptyPush, mergePlan, type PlanModule, type PlanPage, type PlanState } from '../../../shared/newsroom/page-plan';

const issue = { id: 'i1', paperName: '钢城日报', date: '2026-12-06', publisher: '', issueNumber: 1, serialNumber: null, registration: '' };
const page: PlanPage = { id: 'p1', issueId: 'i1', number: 1, section: '要闻', status: 'layout', template: presetTemplate('broadsheet'), editor: '', layoutBy: '', proofreader: '' };
const mod = (id: string, column: number, position: number): PlanModule => ({
  ...completeModule(id, 'p1', { kind: 'story', storyId: `s-${id}`, column, columnSpan: 2, topLine: 0, heightLines: 20 }),
  position,
});
const state = (over: Partial<PlanState> = {}): PlanState => ({ issues: [issue], pages: [page], modules: [mod('a', 0, 1), mod('b', 2, 2)], ...over });
const moved = (m: PlanModule, topLine: number): PlanModule => ({ ...m, topLine });

describe('diffPlan', () => {
  it('names only what changed, with the state it started from', () => {
    const before = state();
    const after = state({ modules: [moved(mod('a', 0, 1), 30), mod('b', 2, 2)] });
    const push = diffPlan(before, after);
    expect(push.issues).toEqual([]);
    expect(push.pages).toEqual([]);
    expect(push.modules).toEqual([{ id: 'a', before: mod('a', 0, 1), after: moved(mod('a', 0, 1), 30) }]);
    expect(isEmptyPush(diffPlan(before, state()))).toBe(true);
  });

  it('leaves the desk’s own 签发 out: approved and sent are the server’s', () => {
    const push = diffPlan(state(), state({ pages: [{ ...page, status: 'approved' }] }));
    expect(push.pages).toEqual([]);
    const both = diffPlan(state(), state({ pages: [{ ...page, status: 'approved', section: '综合' }] }));
    expect(both.pages[0].after).toMatchObject({ status: 'layout', section: '综合' });
  });
});

describe('mergePlan', () => {
  it('applies a change made on the current state', () => {
    const push = diffPlan(state(), state({ modules: [moved(mod('a', 0, 1), 30), mod('b', 2, 2)] }));
    const result = mergePlan(state(), push);
    expect(result.conflicts).toEqual([]);
    expect(result.next.modules.find((m) => m.id === 'a')!.topLine).toBe(30);
    expect(result.changed).toEqual({ issues: [], pages: ['p1'], modules: ['a'] });
  });

  it('two desks changing different modules of one page both apply', () => {
    const base = state();
    const deskA = diffPlan(base, state({ modules: [moved(mod('a', 0, 1), 30), mod('b', 2, 2)] }));
    const deskB = diffPlan(base, state({ modules: [mod('a', 0, 1), moved(mod('b', 2, 2), 40)] }));
    const afterA = mergePlan(base, deskA).next;
    const afterB = mergePlan(afterA, deskB);
    expect(afterB.conflicts).toEqual([]);
    expect(afterB.next.modules.map((m) => [m.id, m.topLine])).toEqual([['a', 30], ['b', 40]]);
  });

  it('the same module from a stale base: the current stays, the desk’s change is a conflict', () => {
    const base = state();
    const afterA = mergePlan(base, diffPlan(base, state({ modules: [moved(mod('a', 0, 1), 30), mod('b', 2, 2)] }))).next;
    const result = mergePlan(afterA, diffPlan(base, state({ modules: [moved(mod('a', 0, 1), 50), mod('b', 2, 2)] })));
    expect(result.next.modules.find((m) => m.id === 'a')!.topLine).toBe(30);
    expect(result.changed.modules).toEqual([]);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ entity: 'module', id: 'a', pageId: 'p1', reason: 'changed', mine: moved(mod('a', 0, 1), 50), theirs: moved(mod('a', 0, 1), 30) }),
    ]);
  });

  it('a replay, or the same move made twice, changes nothing and is no conflict', () => {
    const push = diffPlan(state(), state({ modules: [moved(mod('a', 0, 1), 30), mod('b', 2, 2)] }));
    const once = mergePlan(state(), push).next;
    const twice = mergePlan(once, push);
    expect(twice.conflicts).toEqual([]);
    expect(twice.changed.modules).toEqual([]);
  });

  it('merges page fields one by one; the same field changed both ways conflicts', () => {
    const base = state();
    const afterA = mergePlan(base, diffPlan(base, state({ pages: [{ ...page, section: '综合' }] }))).next;
    const b = mergePlan(afterA, diffPlan(base, state({ pages: [{ ...page, editor: '王编辑' }] })));
    expect(b.conflicts).toEqual([]);
    expect(b.next.pages[0]).toMatchObject({ section: '综合', editor: '王编辑' });
    const c = mergePlan(b.next, diffPlan(base, state({ pages: [{ ...page, section: '党建' }] })));
    expect(c.next.pages[0].section).toBe('综合');
    expect(c.conflicts).toEqual([expect.objectContaining({ entity: 'page', field: 'section', mine: '党建', theirs: '综合' })]);
  });

  it('a 签发 page refuses every change', () => {
    const signed = state({ pages: [{ ...page, status: 'approved' }] });
    const push = diffPlan(state(), state({ modules: [moved(mod('a', 0, 1), 30), mod('b', 2, 2)] }));
    const result = mergePlan(signed, push);
    expect(result.changed.modules).toEqual([]);
    expect(result.conflicts).toEqual([expect.objectContaining({ entity: 'module', id: 'a', reason: 'approved' })]);
  });

  it('creates an issue with its pages and modules, and removes a page only when nothing is left on it', () => {
    const empty: PlanState = { issues: [], pages: [], modules: [] };
    const made = mergePlan(empty, diffPlan(empty, state()));
    expect(made.conflicts).toEqual([]);
    expect(made.next).toEqual(state());
    const withoutPage = diffPlan(state(), { issues: [issue], pages: [], modules: [mod('a', 0, 1)] });
    // Module b leaves with the page, but module a (still on it) keeps the page.
    const kept = mergePlan(state(), { ...withoutPage, modules: withoutPage.modules });
    expect(kept.next.pages).toHaveLength(1);
    expect(kept.conflicts).toEqual([expect.objectContaining({ entity: 'page', reason: 'not-empty' })]);
  });

  it('two desks add a page with the same number: the second becomes a number conflict, never a double or an overwrite', () => {
    const base = state({ modules: [] });
    const p2 = (id: string, section: string): PlanPage => ({ ...page, id, number: 2, section });
    const deskA = diffPlan(base, state({ modules: [], pages: [page, p2('pa', '经济')] }));
    const deskB = diffPlan(base, state({ modules: [{ ...mod('x', 0, 1), pageId: 'pb' }], pages: [page, p2('pb', '体育')] }));
    const afterA = mergePlan(base, deskA).next;
    const result = mergePlan(afterA, deskB);
    const numbers = result.next.pages.map((p) => [p.id, p.number]);
    expect(numbers).toEqual([['p1', 1], ['pa', 2], ['pb', 3]]);
    // B's page and what it placed on it are kept; its wanted number waits for the person.
    expect(result.next.modules.map((m) => [m.id, m.pageId])).toEqual([['x', 'pb']]);
    expect(result.changed.pages).toContain('pb');
    expect(result.conflicts).toEqual([
      { entity: 'page', id: 'pb', pageId: 'pb', field: 'number', reason: 'number-taken', base: null, mine: 2, theirs: 3 },
    ]);
  });

  it('a page renumbered onto a number another desk took meanwhile goes back to its own, as a conflict', () => {
    const p2: PlanPage = { ...page, id: 'p2', number: 2, section: '经济' };
    const base = state({ modules: [], pages: [page, p2] });
    // Desk A adds 第3版; desk B, from the old base, moves p2 to 第3版 (as if after a removal elsewhere).
    const afterA = mergePlan(base, diffPlan(base, state({ modules: [], pages: [page, p2, { ...page, id: 'p3', number: 3, section: '体育' }] }))).next;
    const result = mergePlan(afterA, diffPlan(base, state({ modules: [], pages: [page, { ...p2, number: 3, section: '财经' }] })));
    expect(result.next.pages.map((p) => [p.id, p.number, p.section])).toEqual([['p1', 1, '要闻'], ['p2', 2, '财经'], ['p3', 3, '体育']]);
    expect(result.conflicts).toEqual([
      { entity: 'page', id: 'p2', pageId: 'p2', field: 'number', reason: 'number-taken', base: 2, mine: 3, theirs: 2 },
    ]);
  });

  it('draws modules in one order everywhere', () => {
    expect(inDrawingOrder([mod('b', 2, 1), mod('a', 0, 1), mod('c', 4, 0)]).map((m) => m.id)).toEqual(['c', 'a', 'b']);
  });
});
