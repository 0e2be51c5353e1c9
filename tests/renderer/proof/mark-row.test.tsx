// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProofMark } from '../../../shared/model';
import { MarkRow } from '../../../renderer/proof/mark-row';
import { click, render, typeInto, type Rendered } from './render-helpers';

const base: ProofMark = {
  id: 'm1',
  storyId: 's1',
  round: 'second',
  kind: 'replace',
  by: '李校对',
  byRole: 'proofreader',
  at: '2026-11-25T08:00:00.000Z',
  anchor: { blockIndex: 1, start: 2, end: 4, quote: '实际', prefix: '', suffix: '' },
  anchorRevision: 1,
  original: '实际',
  proposed: '真实',
  note: null,
  status: 'open',
  drifted: false,
  decidedBy: null,
  decidedAt: null,
  reason: null,
  appliedRevision: null,
};

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function row(mark: ProofMark, mayDecide: boolean) {
  const handlers = { onSelect: vi.fn(), onAccept: vi.fn(), onReject: vi.fn() };
  return { handlers, node: <MarkRow mark={mark} selected={false} mayDecide={mayDecide} busy={false} {...handlers} /> };
}

describe('MarkRow', () => {
  it('shows the GB number and name, the round, original → proposed and who marked it', async () => {
    const { node } = row(base, false);
    shown = await render(node);
    const li = shown.byTestId('mark-row')[0];
    expect(li.textContent).toContain('1改正');
    expect(li.textContent).toContain('二校');
    expect(shown.byTestId('mark-change')[0].textContent).toBe('实际 → 真实');
    expect(li.textContent).toContain('李校对（校对）');
    expect(shown.byTestId('mark-status')[0].textContent).toBe('待处理');
    // The round's ink (二校 = #0068B7) colours the row.
    expect(li.style.getPropertyValue('--proof-ink')).toBe('#0068B7');
    // A proofreader cannot decide.
    expect(shown.byTestId('mark-accept')).toHaveLength(0);
    expect(shown.byTestId('mark-reject')).toHaveLength(0);
  });

  it('shows an insertion point with the characters either side', async () => {
    const insert = { ...base, kind: 'insert' as const, original: '', proposed: '切实', anchor: { ...base.anchor, start: 3, end: 3, quote: '', prefix: '按照原则，厂党委', suffix: '把支部书记述职' } };
    shown = await render(row(insert, false).node);
    expect(shown.byTestId('mark-change')[0].textContent).toBe('，厂党委‸把支部书 → 切实');
  });

  it('lets an editor accept, and reject only with a reason', async () => {
    const { node, handlers } = row(base, true);
    shown = await render(node);
    await click(shown.byTestId('mark-accept')[0]);
    expect(handlers.onAccept).toHaveBeenCalledOnce();
    await click(shown.byTestId('mark-reject')[0]);
    const confirm = shown.byTestId('mark-reject-confirm')[0] as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await typeInto(shown.byTestId('mark-reject-reason')[0] as HTMLInputElement, '  固定提法 ');
    expect(confirm.disabled).toBe(false);
    await click(confirm);
    expect(handlers.onReject).toHaveBeenCalledWith('固定提法');
  });

  it('shows orphaned and drifted marks distinctly; an orphaned one can be rejected, not accepted', async () => {
    const orphan = row({ ...base, status: 'orphaned' }, true);
    shown = await render(orphan.node);
    expect(shown.byTestId('mark-status')[0].textContent).toBe('失去锚点');
    expect(shown.byTestId('mark-row')[0].className).toContain('status-orphaned');
    expect(shown.byTestId('mark-accept')).toHaveLength(0);
    expect(shown.byTestId('mark-reject')).toHaveLength(1);
    await shown.rerender(row({ ...base, drifted: true }, true).node);
    expect(shown.byTestId('mark-drifted')[0].textContent).toBe('原文已改');
    expect(shown.byTestId('mark-row')[0].dataset.drifted).toBe('true');
  });

  it('shows the decision: who, the reason of a rejection, the revision an acceptance made', async () => {
    const rejected = row({ ...base, status: 'rejected', decidedBy: '王编辑', decidedAt: base.at, reason: '不改' }, true);
    shown = await render(rejected.node);
    const text = shown.byTestId('mark-row')[0].textContent;
    expect(text).toContain('王编辑 已退回');
    expect(text).toContain('理由：不改');
    expect(shown.byTestId('mark-reject')).toHaveLength(0);
    await shown.rerender(row({ ...base, status: 'accepted', decidedBy: '王编辑', decidedAt: base.at, appliedRevision: 7 }, true).node);
    expect(shown.byTestId('mark-row')[0].textContent).toContain('已改入第 7 版');
  });

  it("offers the author edit and withdraw (confirmed in place) while the mark is undecided, and nobody else", async () => {
    const handlers = { onSelect: vi.fn(), onAccept: vi.fn(), onReject: vi.fn(), onWithdraw: vi.fn(), onEdit: vi.fn(async () => true) };
    const node = (mark: ProofMark, mine: boolean) => <MarkRow mark={mark} selected={false} mayDecide={false} busy={false} mine={mine} {...handlers} />;
    shown = await render(node(base, false));
    expect(shown.byTestId('mark-withdraw')).toHaveLength(0);
    expect(shown.byTestId('mark-edit')).toHaveLength(0);
    await shown.rerender(node(base, true));
    await click(shown.byTestId('mark-withdraw')[0]);
    expect(handlers.onWithdraw).not.toHaveBeenCalled();
    await click(shown.byTestId('mark-withdraw-confirm')[0]);
    expect(handlers.onWithdraw).toHaveBeenCalledOnce();

    await click(shown.byTestId('mark-edit')[0]);
    await typeInto(shown.byTestId('mark-edit-proposed')[0] as HTMLInputElement, '确实');
    await typeInto(shown.byTestId('mark-edit-note')[0] as HTMLInputElement, ' 用词 ');
    await click(shown.byTestId('mark-edit-save')[0]);
    expect(handlers.onEdit).toHaveBeenCalledWith({ proposed: '确实', note: '用词' });
    expect(shown.byTestId('mark-edit-form')).toHaveLength(0);

    for (const status of ['accepted', 'rejected', 'withdrawn'] as const) {
      await shown.rerender(node({ ...base, status, decidedBy: '李校对', decidedAt: base.at }, true));
      expect(shown.byTestId('mark-withdraw')).toHaveLength(0);
      expect(shown.byTestId('mark-edit')).toHaveLength(0);
    }
  });

  it('keeps a withdrawn mark listed, struck out, with who withdrew it and when', async () => {
    shown = await render(row({ ...base, status: 'withdrawn', decidedBy: '李校对', decidedAt: base.at }, true).node);
    const li = shown.byTestId('mark-row')[0];
    expect(li.className).toContain('status-withdrawn');
    expect(shown.byTestId('mark-status')[0].textContent).toBe('已撤回');
    expect(li.textContent).toContain('李校对 已撤回');
    expect(shown.byTestId('mark-accept')).toHaveLength(0);
    expect(shown.byTestId('mark-reject')).toHaveLength(0);
  });

  it('previews a 接排 before accepting, and cannot accept one that would swallow an intertitle', async () => {
    const content = {
      blocks: [
        { type: 'headline' as const, runs: [{ text: '标题' }] },
        { type: 'paragraph' as const, runs: [{ text: '第一段说完了。' }] },
        { type: 'paragraph' as const, runs: [{ text: '第二段接着说。' }] },
        { type: 'intertitle' as const, runs: [{ text: '小标题' }] },
      ],
    };
    const runOn = { ...base, kind: 'run-on' as const, proposed: null, original: '。', anchor: { blockIndex: 1, start: 6, end: 7, quote: '。', prefix: '', suffix: '' } };
    const handlers = { onSelect: vi.fn(), onAccept: vi.fn(), onReject: vi.fn() };
    shown = await render(<MarkRow mark={runOn} selected={false} mayDecide busy={false} content={content} {...handlers} />);
    const preview = shown.byTestId('mark-preview')[0];
    expect(preview.dataset.preview).toBe('join');
    expect(preview.dataset.blocks).toBe('1,2');
    expect(preview.textContent).toContain('第 2 段与第 3 段接排为一段');
    expect(shown.byTestId('mark-preview-text')[0].textContent).toBe('第一段说完了。⁀第二段接着说。');
    expect((shown.byTestId('mark-accept')[0] as HTMLButtonElement).disabled).toBe(false);
    shown.unmount();

    const intoHeading = { ...runOn, anchor: { ...runOn.anchor, blockIndex: 2 } , original: '。', };
    shown = await render(<MarkRow mark={{ ...intoHeading, anchor: { ...intoHeading.anchor, start: 6, end: 7 } }} selected={false} mayDecide busy={false} content={content} {...handlers} />);
    expect(shown.byTestId('mark-preview')[0].dataset.preview).toBe('refused');
    expect(shown.byTestId('mark-preview')[0].textContent).not.toBe('');
    expect((shown.byTestId('mark-accept')[0] as HTMLButtonElement).disabled).toBe(true);
  });
});

