// @vitest-environment jsdom
// The plan's first read (renderer/plan/use-plan.ts): with nothing read yet in this renderer, the issue the plan will
// most likely show (the newest issues.list answered on this desk, kept in localStorage) is read as the plan mounts,
// beside issues.list, and that read is the one the rows are built from when the list picks that issue; a wrong guess
// is read for nothing and the issue picked is read as before; a guess whose pages differ from the list's is read again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Issue } from '../../../shared/model';
import type { Rendered } from '../proof/render-helpers';

// The plan-ahead snapshot, the issue in work and the last read are per renderer (module state): each test starts
// with fresh modules (React with them, so the hook and the renderer share one).
type Modules = { act: typeof import('react').act; render: typeof import('../proof/render-helpers').render; usePlan: typeof import('../../../renderer/plan/use-plan').usePlan };
let mods: Modules;

/** The stored thumbnails' lookup (thumb-store adoptStored): answers at once unless a test holds it. */
let storedLookup: (read: { texts: unknown }) => Promise<string[]> = async () => [];
vi.mock('../../../renderer/plan/thumb-store', () => ({
  storeMayHold: () => true,
  adoptStored: (_layouts: unknown, _views: unknown, read: { texts: unknown }) => storedLookup(read),
  storeComposed: async () => undefined,
  warmThumbStore: async () => undefined,
  within: <T,>(p: Promise<T>) => p,
}));

interface Call { method: string; params: Record<string, unknown>; listed: boolean }
const calls: Call[] = [];
let listAnswer: (issues: Issue[]) => void = () => undefined;
let listed = false;
/** Each issue's pages as pages.ofIssue answers them (may differ from issues.list's, as after a write in between). */
let pagesOf: Record<string, string[]> = {};

const issue = (id: string, pages: string[]): Issue => ({
  id, paperName: '晚报', date: '2026-12-07', issueNumber: 1, updatedAt: id,
  pages: pages.map((p, i) => ({ id: p, issueId: id, number: i + 1, section: '', status: 'draft', moduleCount: 0, updatedAt: '' })),
} as unknown as Issue);
const view = (pageId: string, n: number) => ({ page: { id: pageId, number: n, template: {} }, modules: [] });
/** A page's sign-offs: 一校 signed by 李校 on p1, nothing on the others. */
const signoffsOf = (pageId: string) => {
  const first = pageId === 'p1' ? { id: 1, pageId, kind: 'round', round: 'first', by: '李校', byRole: 'proofreader', at: '2026-12-07T05:00:00Z', note: null, voided: false } : null;
  return { pageId, rounds: { first, second: null, third: null, 'read-through': null }, page: null, approved: null, undecidedMarks: 0, history: first ? [first] : [] };
};
/** pages.ofIssue refuses (the plan then reads each page, its texts and its sign-offs one by one). */
let ofIssueFails = false;

vi.mock('../../../renderer/api/client', () => ({
  onAnswered: () => undefined,
  invoke: async (method: string, params: Record<string, unknown>) => {
    calls.push({ method, params, listed });
    if (method === 'issues.list') return { ok: true, value: await new Promise<Issue[]>((resolve) => (listAnswer = resolve)) };
    if (method === 'pages.ofIssue') {
      const pages = pagesOf[String(params.issueId)];
      if (!pages || ofIssueFails) return { ok: false, error: { code: 'not_found', message: 'no issue' } };
      return { ok: true, value: { views: pages.map((p, i) => view(p, i + 1)), stories: [], heads: [], same: [], missing: [], unchanged: false, version: 'v1', signoffs: pages.map(signoffsOf) } };
    }
    if (method === 'pages.get') return { ok: true, value: view(String(params.id), 1) };
    if (method === 'stories.getMany') return { ok: true, value: { stories: [], missing: [] } };
    if (method === 'signoff.list') return { ok: true, value: signoffsOf(String(params.pageId)) };
    return { ok: false, error: { code: 'internal', message: method } };
  },
}));

function Probe() {
  const plan = mods.usePlan();
  return <div data-testid="probe" data-issue={plan.issue?.id ?? ''} data-rows={plan.rows.map((r) => `${r.page.id}:${r.view ? 'v' : '-'}`).join(',')} data-proof={plan.rows.map((r) => r.proof?.roundBy ?? '-').join(',')} data-current={String(plan.current)} data-loaded={String(plan.loaded)} />;
}

let shown: Rendered | null = null;
beforeEach(async () => {
  vi.resetModules();
  const [{ act }, { render }, { usePlan }] = await Promise.all([import('react'), import('../proof/render-helpers'), import('../../../renderer/plan/use-plan')]);
  mods = { act, render, usePlan };
  calls.length = 0;
  listed = false;
  ofIssueFails = false;
  storedLookup = async () => [];
  localStorage.clear();
});
afterEach(() => {
  shown?.unmount();
  shown = null;
});

async function answerList(issues: Issue[]): Promise<void> {
  listed = true;
  await mods.act(async () => listAnswer(issues));
  // The rows' read done: the heads, then after the next frame the texts and sign-offs.
  await vi.waitFor(() => expect(shown!.byTestId('probe')[0].dataset.loaded).toBe('true'));
  expect(shown!.byTestId('probe')[0].dataset.current).toBe('true');
}

const reads = (issueId: string) => calls.filter((c) => c.method === 'pages.ofIssue' && c.params.issueId === issueId);

describe('the plan’s first read', () => {
  it('reads the newest issue seen on this desk beside issues.list, and builds the rows from that read', async () => {
    localStorage.setItem('folio.plan.newestIssue', 'i1');
    pagesOf = { i1: ['p1', 'p2'] };
    shown = await mods.render(<Probe />);
    expect(reads('i1').map((c) => [c.params.texts, c.listed])).toEqual([[false, false]]); // the heads, before the list answered
    await answerList([issue('i1', ['p1', 'p2'])]);
    expect(reads('i1').map((c) => c.params.texts)).toEqual([false, undefined]); // the heads once (early), then the texts
    expect(shown.byTestId('probe')[0].dataset.rows).toBe('p1:v,p2:v');
    // Each page's sign-offs came with the texts: no request per page.
    expect(shown.byTestId('probe')[0].dataset.proof).toBe('李校,-');
    expect(calls.filter((c) => c.method === 'signoff.list')).toEqual([]);
  });

  it('draws the rows of a fresh start once their stored thumbnails are looked up: rows and thumbnails in one render', async () => {
    localStorage.setItem('folio.plan.newestIssue', 'i1');
    pagesOf = { i1: ['p1', 'p2'] };
    let answer: (adopted: string[]) => void = () => undefined;
    const lookups: { texts: unknown }[] = [];
    storedLookup = (read) => {
      lookups.push(read);
      return new Promise((resolve) => (answer = resolve));
    };
    shown = await mods.render(<Probe />);
    listed = true;
    await mods.act(async () => listAnswer([issue('i1', ['p1', 'p2'])]));
    await vi.waitFor(() => expect(lookups).toHaveLength(1));
    expect(lookups[0].texts).toBeNull(); // looked up with the heads, before any text
    expect(shown.byTestId('probe')[0].dataset.rows).toBe('p1:-,p2:-');
    await mods.act(async () => answer(['p1', 'p2']));
    await vi.waitFor(() => expect(shown!.byTestId('probe')[0].dataset.rows).toBe('p1:v,p2:v'));
    await vi.waitFor(() => expect(shown!.byTestId('probe')[0].dataset.loaded).toBe('true')); // the texts' read after
  });

  it('reads each page, its texts and its sign-offs one by one when the issue cannot be read in one request', async () => {
    localStorage.setItem('folio.plan.newestIssue', 'i1');
    pagesOf = { i1: ['p1', 'p2'] };
    ofIssueFails = true;
    shown = await mods.render(<Probe />);
    await answerList([issue('i1', ['p1', 'p2'])]);
    expect(calls.filter((c) => c.method === 'pages.get').map((c) => c.params.id)).toEqual(['p1', 'p2']);
    expect(calls.filter((c) => c.method === 'signoff.list').map((c) => c.params.pageId)).toEqual(['p1', 'p2']);
    expect(shown.byTestId('probe')[0].dataset).toMatchObject({ rows: 'p1:v,p2:v', proof: '李校,-' });
  });

  it('reads the issue issues.list picks when the guess was another one, and remembers the newest for the next start', async () => {
    localStorage.setItem('folio.plan.newestIssue', 'i0');
    pagesOf = { i0: ['q1'], i2: ['p1'] };
    shown = await mods.render(<Probe />);
    await answerList([issue('i2', ['p1']), issue('i0', ['q1'])]);
    expect(reads('i0')).toHaveLength(1);
    expect(reads('i2').map((c) => c.params.texts)).toEqual([false, undefined]);
    expect(shown.byTestId('probe')[0].dataset).toMatchObject({ issue: 'i2', rows: 'p1:v' });
    expect(localStorage.getItem('folio.plan.newestIssue')).toBe('i2');
  });

  it('reads the issue again when the early read lacks a page the list has (a page added in between)', async () => {
    localStorage.setItem('folio.plan.newestIssue', 'i1');
    pagesOf = { i1: ['p1'] };
    shown = await mods.render(<Probe />);
    pagesOf = { i1: ['p1', 'p2'] };
    await answerList([issue('i1', ['p1', 'p2'])]);
    expect(reads('i1').map((c) => [c.params.texts, c.listed])).toEqual([[false, false], [false, true], [undefined, true]]);
    expect(shown.byTestId('probe')[0].dataset.rows).toBe('p1:v,p2:v');
  });

  it('waits for issues.list when no issue was seen on this desk', async () => {
    pagesOf = { i1: ['p1'] };
    shown = await mods.render(<Probe />);
    expect(reads('i1')).toHaveLength(0);
    await answerList([issue('i1', ['p1'])]);
    expect(reads('i1').map((c) => [c.params.texts, c.listed])).toEqual([[false, true], [undefined, true]]);
  });
});
