/**
 * The plan composed ahead with a thumbnail worker (renderer/plan/plan-ahead.ts, thumbs-composer.ts): once the desk
 * has settled and the worker is ready, the newest issue's plan is composed ahead in the worker — nothing on the
 * main thread — and the plan's snapshot is kept, so a plan opened a moment after the desk's start opens on marks
 * already made; after a save a page the worker composed is composed there again (its cache is there; only the
 * changed texts cross), one composed on the main thread stays there. Without a worker nothing is read before an
 * issue is opened (plan-ahead.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Issue, PageView } from '../../../shared/model';
import { setStoryId } from '../../../shared/model/page-placement';
import { issuePages, pagesOfIssueAnswer } from './plan-desk-fixture';
import { IssueLayouts } from '../../../renderer/plan/issue-layouts';
import { ThumbsComposer } from '../../../renderer/plan/thumbs-composer';
import { InProcessWorker, testFontBook as book } from './in-process-thumbs-worker';

const NEWEST = 'issue-newest';

const desk = issuePages(NEWEST, 2);
const calls: string[] = [];
const worker = vi.hoisted(() => ({ composer: null as unknown, listeners: [] as ((method: string, params: unknown, ok: boolean) => void)[] }));

vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string) => {
    calls.push(method);
    if (method === 'issues.list') return { ok: true, value: [{ id: NEWEST, pages: desk.views.map((v) => v.page) } as unknown as Issue, { id: 'issue-older', pages: [] } as unknown as Issue] };
    // As the host answers: new objects every time (JSON), each placed story once.
    if (method === 'pages.ofIssue') return { ok: true, value: pagesOfIssueAnswer(desk, String(calls.length)) };
    return { ok: false, error: { code: 'internal', text: { key: 'x', params: {} }, message: method } };
  },
  onAnswered: (listener: (method: string, params: unknown, ok: boolean) => void) => {
    worker.listeners.push(listener);
    return () => undefined;
  },
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

const aheadRuns = () => performance.getEntriesByName('folio:plan-ahead', 'measure') as PerformanceMeasure[];

describe('plan-ahead with a thumbnail worker', () => {
  let inProcess: InProcessWorker;
  let ahead: typeof import('../../../renderer/plan/plan-ahead');

  it('composes the newest issue ahead in the worker once it is ready, and keeps the snapshot the plan opens on', async () => {
    inProcess = new InProcessWorker();
    worker.composer = new ThumbsComposer(inProcess);
    ahead = await import('../../../renderer/plan/plan-ahead');
    ahead.startPlanAhead();
    expect(calls).toEqual([]); // nothing read at the desk's start itself
    await vi.waitFor(() => expect(performance.getEntriesByName('folio:plan-ahead', 'measure')).toHaveLength(1), { timeout: 15_000 });
    expect((performance.getEntriesByName('folio:plan-ahead', 'measure')[0] as PerformanceMeasure).detail).toMatchObject({ composed: 2 });
    expect(ahead.issueInWork()).toBe(NEWEST);
    // The list read to find the newest issue is the one the pass keeps: issues.list asked once, the issue read once.
    expect(calls).toEqual(['issues.list', 'pages.ofIssue']);
    const snap = ahead.planSnapshot()!;
    expect(snap.issueId).toBe(NEWEST);
    expect(snap.issues.map((i) => i.id)).toEqual([NEWEST, 'issue-older']);
    // Both pages composed in the worker (one request), none on the main thread; the marks are the main thread's.
    expect(inProcess.requests.filter((r) => r.kind === 'compose').map((r) => r.kind === 'compose' && r.pageIds)).toEqual([['page-1', 'page-2']]);
    const here = new IssueLayouts();
    for (const view of snap.placed.views) {
      expect(ahead.issueLayouts.upToDate(view, snap.placed.texts, book, ahead.thumbScale(view))).toBe(true);
      expect(ahead.issueLayouts.sourceOf(view.page.id)).toBe('composed');
      expect(ahead.issueLayouts.marksOf(view.page.id)!.marks.length).toBe(here.thumbOf(view, snap.placed.views, snap.placed.texts, book, ahead.thumbScale(view)).marks.length);
    }
  });

  it('after a save, composes a page the worker composed in the worker again (that text alone sent), one composed here here', async () => {
    const [one, two] = desk.views;
    const storyOf = (view: PageView) => view.modules.map(setStoryId).find((id) => id !== null)!;
    // Page 1 composed on this thread meanwhile (as the plan does with a page it composed before).
    const snap = ahead.planSnapshot()!;
    const editedOne = new Map(snap.placed.texts).set(storyOf(one), { blocks: [{ type: 'paragraph', runs: [{ text: '这一版在主线程上排过。' }] }] });
    ahead.issueLayouts.thumbOf(snap.placed.views[0], snap.placed.views, editedOne, book, ahead.thumbScale(one));
    expect(ahead.issueLayouts.composedHere('page-1')).toBe(true);

    desk.texts.set(storyOf(one), { blocks: [{ type: 'paragraph', runs: [{ text: '第一版的稿子改过了。' }] }] });
    desk.texts.set(storyOf(two), { blocks: [{ type: 'paragraph', runs: [{ text: '第二版的稿子也改过了。' }] }] });
    const asked = inProcess.requests.length;
    for (const listener of worker.listeners) listener('stories.save', { id: storyOf(two) }, true);
    await vi.waitFor(() => expect(aheadRuns()).toHaveLength(2), { timeout: 15_000 });
    expect((aheadRuns()[1].detail as { composed: number; fromWorker: number })).toMatchObject({ composed: 2, fromWorker: 1 });
    // A later pass reads the list again (the one read ahead served the first pass only).
    expect(calls.filter((c) => c === 'issues.list')).toHaveLength(2);
    const request = inProcess.requests.slice(asked).find((r) => r.kind === 'compose')!;
    expect(request.kind === 'compose' && request.pageIds).toEqual(['page-2']);
    expect(request.kind === 'compose' && request.texts.filter(([, , content]) => content !== null).map(([id]) => id).sort()).toEqual([storyOf(one), storyOf(two)].sort());
    expect(ahead.issueLayouts.composedHere('page-1')).toBe(true);
    expect(ahead.issueLayouts.composedHere('page-2')).toBe(false);
  });
});
