/**
 * The plan composed ahead with a thumbnail worker (renderer/plan/plan-ahead.ts, thumbs-composer.ts): once the desk
 * has settled and the worker is ready, the newest issue's plan is composed ahead in the worker — nothing on the
 * main thread — and the plan's snapshot is kept, so a plan opened a moment after the desk's start opens on marks
 * already made. Without a worker nothing is read before an issue is opened (plan-ahead.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../shared/model';
import { issuePages, pagesOfIssueAnswer } from './plan-desk-fixture';
import { IssueLayouts } from '../../../renderer/plan/issue-layouts';
import { ThumbsComposer } from '../../../renderer/plan/thumbs-composer';
import { InProcessWorker, testFontBook as book } from './in-process-thumbs-worker';

const NEWEST = 'issue-newest';

const desk = issuePages(NEWEST, 2);
const calls: string[] = [];
const worker = vi.hoisted(() => ({ composer: null as unknown }));

vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string) => {
    calls.push(method);
    if (method === 'issues.list') return { ok: true, value: [{ id: NEWEST, pages: desk.views.map((v) => v.page) } as unknown as Issue, { id: 'issue-older', pages: [] } as unknown as Issue] };
    // As the host answers: new objects every time (JSON), each placed story once.
    if (method === 'pages.ofIssue') return { ok: true, value: pagesOfIssueAnswer(desk, String(calls.length)) };
    return { ok: false, error: { code: 'internal', text: { key: 'x', params: {} }, message: method } };
  },
  onAnswered: () => () => undefined,
}));
vi.mock('../../../renderer/common/page-fonts', () => ({
  loadPageFonts: async () => ({ book, missing: [] }),
  loadedPageFonts: () => ({ book, missing: [] }),
}));
vi.mock('../../../renderer/plan/thumbs-composer', async (original) => ({
  ...(await original<typeof import('../../../renderer/plan/thumbs-composer')>()),
  startThumbsComposer: () => worker.composer,
  thumbsComposer: () => worker.composer,
}));

describe('plan-ahead with a thumbnail worker', () => {
  it('composes the newest issue ahead in the worker once it is ready, and keeps the snapshot the plan opens on', async () => {
    const inProcess = new InProcessWorker();
    worker.composer = new ThumbsComposer(inProcess);
    const ahead = await import('../../../renderer/plan/plan-ahead');
    ahead.startPlanAhead();
    expect(calls).toEqual([]); // nothing read at the desk's start itself
    await vi.waitFor(() => expect(performance.getEntriesByName('folio:plan-ahead', 'measure')).toHaveLength(1), { timeout: 15_000 });
    expect((performance.getEntriesByName('folio:plan-ahead', 'measure')[0] as PerformanceMeasure).detail).toMatchObject({ composed: 2 });
    expect(ahead.issueInWork()).toBe(NEWEST);
    const snap = ahead.planSnapshot()!;
    expect(snap.issueId).toBe(NEWEST);
    // Both pages composed in the worker (one request), none on the main thread; the marks are the main thread's.
    expect(inProcess.requests.filter((r) => r.kind === 'compose').map((r) => r.kind === 'compose' && r.pageIds)).toEqual([['page-1', 'page-2']]);
    const here = new IssueLayouts();
    for (const view of snap.placed.views) {
      expect(ahead.issueLayouts.upToDate(view, snap.placed.texts, book, ahead.thumbScale(view))).toBe(true);
      expect(ahead.issueLayouts.sourceOf(view.page.id)).toBe('composed');
      expect(ahead.issueLayouts.marksOf(view.page.id)!.marks.length).toBe(here.thumbOf(view, snap.placed.views, snap.placed.texts, book, ahead.thumbScale(view)).marks.length);
    }
  });
});
