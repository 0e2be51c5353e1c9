// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProofMark, Role } from '../../../shared/model';
import { ProofPanel } from '../../../renderer/proof/proof-panel';
import { proofView } from '../../../renderer/proof/proof-editor';
import { useProof, type ProofDeps } from '../../../renderer/proof/use-proof';
import { click, render, type Rendered } from './render-helpers';

const log: string[] = [];
let replies: Record<string, (params: Record<string, unknown>) => unknown> = {};
vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string, params: Record<string, unknown>) => {
    log.push(method);
    const reply = replies[method];
    return reply ? reply(params) : { ok: false, error: { code: 'internal', message: `unexpected ${method}` } };
  },
}));

const mark: ProofMark = {
  id: 'm1', storyId: 's1', round: 'first', kind: 'replace', by: '李校对', byRole: 'proofreader', at: '2026-11-25T08:00:00.000Z',
  anchor: { blockIndex: 0, start: 0, end: 2, quote: '实际', prefix: '', suffix: '' }, anchorRevision: 1,
  original: '实际', proposed: '真实', note: null, status: 'open', drifted: false, decidedBy: null, decidedAt: null, reason: null, appliedRevision: null,
};

function Harness({ role, deps }: { role: Role; deps: ProofDeps }) {
  const proof = useProof(deps);
  return <ProofPanel storyId={deps.storyId} role={role} proof={proof} page={null} formAt={null} setFormAt={() => {}} onSignoffs={() => {}} />;
}

let shown: Rendered | null = null;
const settle = () => act(async () => {});
beforeEach(() => {
  log.length = 0;
  replies = { 'marks.list': () => ({ ok: true, value: [mark] }) };
});
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function deps(overrides: Partial<ProofDeps> = {}): ProofDeps {
  return {
    storyId: 's1',
    revision: 1,
    clientId: 'c1',
    flush: vi.fn(async () => {
      log.push('flush');
      return true;
    }),
    reload: vi.fn(async () => {
      log.push('reload');
    }),
    ...overrides,
  };
}

describe('ProofPanel with useProof', () => {
  it('lists the marks and publishes them to the editor decorations', async () => {
    shown = await render(<Harness role="proofreader" deps={deps()} />);
    await settle();
    expect(shown.byTestId('mark-row')).toHaveLength(1);
    expect(proofView.get()).toMatchObject({ storyId: 's1', marks: [mark] });
    // A proofreader marks; deciding is the editor's.
    expect(shown.byTestId('mark-add')).toHaveLength(1);
    expect(shown.byTestId('mark-accept')).toHaveLength(0);
  });

  it('accepts by saving pending edits first, then the services, then loading the newest text', async () => {
    replies['marks.accept'] = (p) => {
      expect(p).toEqual({ id: 'm1', clientId: 'c1' });
      return { ok: true, value: { ...mark, status: 'accepted', appliedRevision: 2 } };
    };
    shown = await render(<Harness role="editor" deps={deps()} />);
    await settle();
    log.length = 0;
    await click(shown.byTestId('mark-accept')[0]);
    await settle();
    expect(log).toEqual(['flush', 'marks.accept', 'reload', 'marks.list']);
  });

  it('does not accept when the pending edits cannot be saved, and says so', async () => {
    shown = await render(<Harness role="editor" deps={deps({ flush: async () => false })} />);
    await settle();
    await click(shown.byTestId('mark-accept')[0]);
    await settle();
    expect(log).not.toContain('marks.accept');
    expect(shown.byTestId('proof-message')[0].textContent).toContain('未保存');
  });

  it('shows a refusal of the services plainly', async () => {
    replies['marks.accept'] = () => ({ ok: false, error: { code: 'forbidden', message: '校对不能采纳或退回校对意见，这需要编辑来做。' } });
    shown = await render(<Harness role="editor" deps={deps()} />);
    await settle();
    await click(shown.byTestId('mark-accept')[0]);
    await settle();
    const message = shown.byTestId('proof-message')[0];
    expect(message.dataset.kind).toBe('error');
    expect(message.textContent).toBe('不能这样做：校对不能采纳或退回校对意见，这需要编辑来做。');
  });

  it('offers layout staff neither marking nor deciding, and says why', async () => {
    shown = await render(<Harness role="layout" deps={deps()} />);
    await settle();
    expect(shown.byTestId('mark-add')).toHaveLength(0);
    expect(shown.byTestId('mark-accept')).toHaveLength(0);
    expect(shown.byTestId('proof-may-not')[0].textContent).toContain('版式');
  });

  it('asks for a selection before opening the mark form when no editor is attached', async () => {
    shown = await render(<Harness role="proofreader" deps={deps()} />);
    await settle();
    await click(shown.byTestId('mark-add')[0]);
    expect(shown.byTestId('proof-message')[0].textContent).toBe('稿件编辑器没有打开。');
  });
});
