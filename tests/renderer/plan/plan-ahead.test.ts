/**
 * The plan composed ahead (renderer/plan/plan-ahead.ts): nothing is read before an issue is opened; once one is
 * (issues.opened answered), its pages are read in one request and composed into the plan's IssueLayouts while
 * idle, and the snapshot the plan opens on is kept; after a write of this renderer that can change a page (a
 * story saved) the issue is read again and only the page placing the changed story is composed again; a call
 * that changes no page (a read) reads nothing.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readAllFontBytes } from '../../../electron/fonts';
import { fontBookFromBytes } from '../../../shared/compose';
import type { Issue } from '../../../shared/model';
import { setStoryId } from '../../../shared/model/page-placement';
import { issuePages, pagesOfIssueAnswer } from './plan-desk-fixture';

const book = fontBookFromBytes(readAllFontBytes());
const ISSUE = 'issue-ahead';

const desk = issuePages(ISSUE, 3);
const calls: string[] = [];
type Listener = (method: string, params: unknown, ok: boolean) => void;
const listeners = new Set<Listener>();

vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string) => {
    calls.push(method);
    if (method === 'issues.list') {
      const issue = { id: ISSUE, pages: desk.views.map((v) => v.page) } as unknown as Issue;
      return { ok: true, value: [issue] };
    }
    // As the host answers: new objects every time (JSON), each placed story once.
    if (method === 'pages.ofIssue') return { ok: true, value: pagesOfIssueAnswer(desk, String(calls.length)) };
    return { ok: false, error: { code: 'internal', text: { key: 'x', params: {} }, message: method } };
  },
  onAnswered: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
}));
vi.mock('../../../renderer/common/page-fonts', () => ({
  loadPageFonts: async () => ({ book, missing: [] }),
  loadedPageFonts: () => ({ book, missing: [] }),
}));

const answered = (method: string, params: unknown) => {
  for (const listener of listeners) listener(method, params, true);
};
const aheadRuns = () => performance.getEntriesByName('folio:plan-ahead', 'measure') as PerformanceMeasure[];
const lastComposed = () => (aheadRuns().at(-1)!.detail as { composed: number }).composed;

describe('plan-ahead', () => {
  let ahead: typeof import('../../../renderer/plan/plan-ahead');
  beforeAll(async () => {
    ahead = await import('../../../renderer/plan/plan-ahead');
  });

  it('reads and composes nothing before an issue is opened', async () => {
    ahead.startPlanAhead();
    answered('stories.save', { id: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    expect(ahead.planSnapshot()).toBeNull();
  });

  it('composes the issue opened while idle and keeps the snapshot the plan opens on', async () => {
    answered('issues.opened', { id: ISSUE });
    await vi.waitFor(() => expect(aheadRuns()).toHaveLength(1));
    expect(calls.filter((c) => c === 'pages.ofIssue')).toHaveLength(1);
    expect(lastComposed()).toBe(3);
    expect(ahead.issueLayouts.composedPages).toBe(3);
    const snap = ahead.planSnapshot()!;
    expect(snap.issueId).toBe(ISSUE);
    expect(snap.placed.views.map((v) => v.page.id)).toEqual(['page-1', 'page-2', 'page-3']);
    expect(ahead.issueInWork()).toBe(ISSUE);
    for (const view of snap.placed.views) expect(ahead.issueLayouts.upToDate(view, snap.placed.texts, book, ahead.thumbScale(view))).toBe(true);
  });

  it('after a story saved, reads the issue again and composes only the page that places it', async () => {
    const storyId = desk.views[1].modules.map(setStoryId).find((id) => id !== null)!;
    desk.texts.set(storyId, { blocks: [{ type: 'paragraph', runs: [{ text: '提前排好的缩略图，改过一句。' }] }] });
    answered('stories.save', { id: storyId });
    await vi.waitFor(() => expect(aheadRuns()).toHaveLength(2));
    expect(lastComposed()).toBe(1);
    expect(ahead.issueLayouts.composedPages).toBe(4);
    const snap = ahead.planSnapshot()!;
    expect(snap.placed.texts.get(storyId)).toEqual(desk.texts.get(storyId));
    expect(ahead.issueLayouts.hasCache('page-2')).toBe(true);
  });

  it('reads nothing again after a call that changes no page', async () => {
    const before = calls.length;
    answered('stories.get', { id: 'x' });
    answered('signoff.list', { pageId: 'page-1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.length).toBe(before);
  });
});
