// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSignoffs, Signoff } from '../../../shared/model';
import { SignoffPanel } from '../../../renderer/proof/signoff-panel';
import { click, render, typeInto, type Rendered } from './render-helpers';

const calls: { method: string; params: unknown }[] = [];
let state: PageSignoffs;
vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string, params: Record<string, unknown>) => {
    calls.push({ method, params });
    if (method === 'proof.policy') return { ok: true, value: { lastRequiredRound: 'first', approvalRequiredForPlates: true } };
    if (method === 'signoff.list') return { ok: true, value: state };
    if (method === 'signoff.round') {
      state = { ...state, rounds: { ...state.rounds, [params.round as 'first']: row('round', '李校对') } };
      return { ok: true, value: state };
    }
    if (method === 'signoff.page') return { ok: false, error: { code: 'conflict', message: '一校还没有签字。' } };
    if (method === 'signoff.withdraw') {
      state = { ...state, approved: null, page: null };
      return { ok: true, value: state };
    }
    return { ok: false, error: { code: 'internal', message: method } };
  },
}));

function row(kind: Signoff['kind'], by: string): Signoff {
  return { id: 1, pageId: 'p1', kind, round: kind === 'round' ? 'first' : null, by, byRole: 'editor', at: '2026-11-25T08:00:00.000Z', note: null, voided: false };
}
const empty: PageSignoffs = {
  pageId: 'p1',
  rounds: { first: null, second: null, third: null, 'read-through': null },
  page: null,
  approved: null,
  undecidedMarks: 2,
  history: [],
};

let shown: Rendered | null = null;
const settle = () => act(async () => {});
beforeEach(() => {
  calls.length = 0;
  state = empty;
});
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('SignoffPanel', () => {
  it('lets the proofreader sign the next round, and only that', async () => {
    const onChange = vi.fn();
    shown = await render(<SignoffPanel pageId="p1" role="proofreader" label="第1版 要闻" onChange={onChange} />);
    await settle();
    expect(shown.container.textContent).toContain('第1版 要闻 签字');
    expect(shown.byTestId('signoff-undecided')[0].textContent).toBe('还有 2 个校对符号没有处理。');
    expect(shown.byTestId('signoff-sign-page')).toHaveLength(0);
    const sign = shown.byTestId('signoff-sign-round')[0];
    expect(sign.dataset.round).toBe('first');
    await click(sign);
    await settle();
    expect(calls.at(-1)).toEqual({ method: 'signoff.round', params: { pageId: 'p1', round: 'first' } });
    expect(shown.byTestId('signoff-round-first')[0].dataset.signed).toBe('true');
    expect(shown.byTestId('signoff-sign-round')[0].dataset.round).toBe('second');
    expect(onChange).toHaveBeenLastCalledWith(state);
  });

  it("shows the services' reason when the page cannot be signed yet", async () => {
    shown = await render(<SignoffPanel pageId="p1" role="editor" />);
    await settle();
    expect(shown.byTestId('signoff-sign-round')).toHaveLength(0);
    expect(shown.byTestId('signoff-approve')).toHaveLength(0); // no page signature yet
    await click(shown.byTestId('signoff-sign-page')[0]);
    await settle();
    expect(shown.byTestId('signoff-error')[0].textContent).toBe('没有成功：一校还没有签字。');
  });

  it('withdraws an approval only with a reason', async () => {
    state = { ...empty, undecidedMarks: 0, page: row('page', '王编辑'), approved: row('approve', '王编辑') };
    shown = await render(<SignoffPanel pageId="p1" role="editor" />);
    await settle();
    expect(shown.byTestId('signoff-panel')[0].dataset.approved).toBe('true');
    await click(shown.byTestId('signoff-withdraw')[0]);
    const confirm = shown.byTestId('signoff-withdraw-confirm')[0] as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await typeInto(shown.byTestId('signoff-withdraw-reason')[0] as HTMLInputElement, '标题有误');
    await act(async () => confirm.form!.requestSubmit());
    await settle();
    expect(calls.at(-1)).toEqual({ method: 'signoff.withdraw', params: { pageId: 'p1', reason: '标题有误' } });
    expect(shown.byTestId('signoff-panel')[0].dataset.approved).toBe('false');
  });
});
