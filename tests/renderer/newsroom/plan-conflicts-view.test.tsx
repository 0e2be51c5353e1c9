// @vitest-environment jsdom
// The page-plan conflicts view: each conflict with where, what, why and base / server's / mine, resolved through
// the desk contract only (newsroom.planConflicts, pages.get, newsroom.resolvePlanConflict).
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeModule } from '../../../shared/model/module-defaults';
import { PlanConflictsView } from '../../../renderer/newsroom/plan-conflicts-view';
import { describePlanConflict } from '../../../renderer/newsroom/plan-conflict-text';
import { initI18n } from '../../../renderer/i18n';
import { click, render, type Rendered } from '../proof/render-helpers';

const calls: { method: string; params: unknown }[] = [];
const module = (topLine: number) => ({ ...completeModule('m1', 'p2', { kind: 'story', storyId: 's1', column: 0, columnSpan: 4, topLine, heightLines: 20 }), position: 1 });
let open = [
  { conflictId: 7, entity: 'module', id: 'm1', pageId: 'p2', field: null, reason: 'changed', base: module(0), mine: module(30), theirs: module(20), createdAt: '2026-12-06T08:00:00Z' },
  { conflictId: 8, entity: 'page', id: 'p3', pageId: 'p3', field: 'number', reason: 'number-taken', base: null, mine: 2, theirs: 3, createdAt: '2026-12-06T08:00:01Z' },
  { conflictId: 9, entity: 'page', id: 'p2', pageId: 'p2', field: 'section', reason: 'approved', base: '经济', mine: '财经', theirs: '经济', createdAt: '2026-12-06T08:00:02Z' },
];
vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string, params: { id?: unknown }) => {
    calls.push({ method, params });
    if (method === 'newsroom.planConflicts') return { ok: true, value: open };
    if (method === 'pages.get') {
      const pages: Record<string, { number: number; section: string }> = { p2: { number: 2, section: '经济' }, p3: { number: 3, section: '体育' } };
      return { ok: true, value: { page: pages[String(params.id)] } };
    }
    if (method === 'newsroom.resolvePlanConflict') {
      open = open.filter((c) => c.conflictId !== params.id);
      return { ok: true, value: { resolved: true } };
    }
    return { ok: false, error: { code: 'internal', message: method } };
  },
}));

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
  calls.length = 0;
});
const settle = () => act(async () => {});

describe('PlanConflictsView', () => {
  it('shows each conflict: page, module or field, why, and base / server’s / mine', async () => {
    shown = await render(<PlanConflictsView onResolved={() => undefined} onClose={() => undefined} />);
    await settle();
    const cards = shown.byTestId('plan-conflict');
    expect(cards).toHaveLength(3);
    const text = (card: HTMLElement, id: string) => card.querySelector(`[data-testid="${id}"]`)!.textContent;
    expect(text(cards[0], 'plan-conflict-where')).toBe('第2版 经济');
    expect(text(cards[0], 'plan-conflict-what')).toBe('稿件块');
    expect(text(cards[0], 'plan-conflict-reason')).toBe('别人同时改了这里');
    expect(text(cards[0], 'plan-conflict-base')).toBe('第1–4栏，第1–20行');
    expect(text(cards[0], 'plan-conflict-theirs')).toBe('第1–4栏，第21–40行');
    expect(text(cards[0], 'plan-conflict-mine')).toBe('第1–4栏，第31–50行');
    expect(text(cards[1], 'plan-conflict-what')).toBe('版号');
    expect(text(cards[1], 'plan-conflict-reason')).toBe('这个版号已被别人的版占用');
    expect([text(cards[1], 'plan-conflict-base'), text(cards[1], 'plan-conflict-theirs'), text(cards[1], 'plan-conflict-mine')]).toEqual(['（无）', '第3版', '第2版']);
    // A 签发 page cannot take mine: only the server's is offered.
    expect(cards[2].querySelector('[data-testid="plan-keep-mine"]')).toBeNull();
    expect(cards[2].querySelector('[data-testid="plan-keep-theirs"]')).not.toBeNull();
  });

  it('keeps mine or the server’s through the desk contract, then shows what is left', async () => {
    const onResolved = vi.fn();
    shown = await render(<PlanConflictsView onResolved={onResolved} onClose={() => undefined} />);
    await settle();
    await click(shown.byTestId('plan-conflict')[0].querySelector<HTMLElement>('[data-testid="plan-keep-mine"]')!);
    await settle();
    expect(calls.filter((c) => c.method === 'newsroom.resolvePlanConflict').map((c) => c.params)).toEqual([{ id: 7, keep: 'mine' }]);
    expect(onResolved).toHaveBeenCalledOnce();
    expect(shown.byTestId('plan-conflict')).toHaveLength(2);
    await click(shown.byTestId('plan-keep-theirs')[0]);
    await click(shown.byTestId('plan-keep-theirs')[0]);
    await settle();
    expect(calls.filter((c) => c.method === 'newsroom.resolvePlanConflict').map((c) => c.params)).toEqual([
      { id: 7, keep: 'mine' },
      { id: 8, keep: 'theirs' },
      { id: 9, keep: 'theirs' },
    ]);
    expect(shown.byTestId('plan-conflicts-none')[0].textContent).toBe('没有版面冲突。');
  });

  it('says every conflict in English too, with no Han characters', async () => {
    const i18n = initI18n();
    await i18n.changeLanguage('en');
    const t = i18n.getFixedT('en');
    const reasons = ['changed', 'approved', 'gone', 'not-empty', 'number-taken'] as const;
    for (const reason of reasons) {
      for (const c of [
        { entity: 'module' as const, id: 'm1', pageId: 'p2', field: null, reason, base: module(0), mine: null, theirs: module(20) },
        { entity: 'page' as const, id: 'p2', pageId: 'p2', field: 'layoutBy', reason, base: '', mine: 'Li', theirs: 'Wang' },
        { entity: 'page' as const, id: 'p2', pageId: 'p2', field: null, reason, base: null, mine: null, theirs: { number: 4, section: '' } },
        { entity: 'issue' as const, id: 'i1', pageId: null, field: 'issueNumber', reason, base: 1, mine: 2, theirs: 3 },
      ]) {
        const d = describePlanConflict(c, { number: 2, section: '' });
        for (const phrase of [d.where, d.what, d.reason, d.base, d.theirs, d.mine]) {
          expect(i18n.exists(phrase.key, { lng: 'en' }), phrase.key).toBe(true);
          const said = t(phrase.key, phrase.params ?? {});
          expect(said.length).toBeGreaterThan(0);
          if (!phrase.params?.text) expect(said, phrase.key).not.toMatch(/\p{Script=Han}/u);
        }
      }
    }
    await i18n.changeLanguage('zh-CN');
  });
});
