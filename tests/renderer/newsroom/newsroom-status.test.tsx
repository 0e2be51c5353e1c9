// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewsroomStatus } from '../../../shared/api/contract-newsroom-desk';
import { NewsroomStatusCell } from '../../../renderer/newsroom/newsroom-status';
import { newsroomEn, newsroomZhCN } from '../../../renderer/newsroom/i18n-newsroom';
import { click, render, type Rendered } from '../proof/render-helpers';

const online: NewsroomStatus = {
  connected: true,
  state: 'online',
  server: 'http://127.0.0.1:4800',
  user: '编辑甲',
  role: 'editor',
  outbox: 0,
  lastSeq: 12,
  holders: [],
  conflicts: 0,
  planConflicts: 0,
  rejected: [],
  lastError: null,
};

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('newsroom status cell', () => {
  it('says 单机 in single-desk mode and offers to connect', async () => {
    const onOpen = vi.fn();
    shown = await render(<NewsroomStatusCell status={{ ...online, connected: false }} onOpen={onOpen} />);
    expect(shown.byTestId('newsroom-status')[0].dataset.state).toBe('single');
    expect(shown.container.textContent).toContain('单机');
    await click(shown.byTestId('newsroom-open')[0]);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('says plainly when the desk is offline, with what waits to be sent and what was refused', async () => {
    shown = await render(
      <NewsroomStatusCell
        status={{ ...online, state: 'offline', outbox: 3, conflicts: 1, lastError: 'ECONNREFUSED', rejected: [{ method: 'stories.save', code: 'forbidden', message: '校对不能改稿', at: '' }] }}
        onOpen={() => undefined}
      />,
    );
    const cell = shown.byTestId('newsroom-status')[0];
    expect(cell.dataset.state).toBe('offline');
    expect(cell.textContent).toContain('离线');
    expect(shown.byTestId('newsroom-outbox')[0].textContent).toBe('待发送 3');
    expect(shown.byTestId('newsroom-conflicts')[0].textContent).toBe('冲突 1');
    expect(shown.byTestId('newsroom-rejected')[0].title).toContain('校对不能改稿');
    expect(cell.title).toContain('ECONNREFUSED');
  });

  it('counts page-plan conflicts apart from story conflicts, each opening its own view', async () => {
    const onMerge = vi.fn();
    const onPlanConflicts = vi.fn();
    shown = await render(<NewsroomStatusCell status={{ ...online, conflicts: 3, planConflicts: 2 }} onOpen={() => undefined} onMerge={onMerge} onPlanConflicts={onPlanConflicts} />);
    expect(shown.byTestId('newsroom-conflicts')[0].textContent).toBe('冲突 1');
    expect(shown.byTestId('newsroom-plan-conflicts')[0].textContent).toBe('版面冲突 2');
    await click(shown.byTestId('newsroom-plan-conflicts')[0]);
    expect(onPlanConflicts).toHaveBeenCalledOnce();
    expect(onMerge).not.toHaveBeenCalled();
    await shown.rerender(<NewsroomStatusCell status={{ ...online, conflicts: 2, planConflicts: 2 }} onOpen={() => undefined} />);
    expect(shown.byTestId('newsroom-conflicts')).toHaveLength(0);
  });

  it('has every string in English too', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(newsroomEn)).toEqual(keys(newsroomZhCN));
    expect(newsroomEn.state.offline).toBe('Offline');
  });
});
