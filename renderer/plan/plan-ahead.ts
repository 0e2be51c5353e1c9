/**
 * The plan composed ahead of its opening (issue #15: the plan's 16 thumbnails painted without waiting for 16
 * compositions). Once an issue is in work on this desk (opened in the page view, or shown in the plan), its pages
 * and placed texts are read in one request (pages.ofIssue) and composed into the plan's IssueLayouts while the
 * renderer is idle (requestIdleCallback, one page per idle period long enough for it, so typing is never held up
 * by more than one page), and read again after every write of this renderer that can change a page (a story
 * saved, a module moved …) or a newsroom change: only a page whose view or placed text changed is composed again.
 *
 * The plan then opens from the last snapshot (planSnapshot: the issue list, the issue, its views and texts as last
 * read), its thumbnails drawn from marks already made, and reads the issue again at once: a thumbnail whose page
 * changed meanwhile (a write this renderer did not see: another process on the desk file) is composed and drawn
 * again when that answer comes; `data-current` on the thumbnails says when they are known to be current.
 */
import type { Method } from '../../shared/api/contract';
import type { Issue, PageView } from '../../shared/model';
import { invoke, onAnswered } from '../api/client';
import { loadPageFonts, type PageFonts } from '../common/page-fonts';
import { remoteChanges } from '../newsroom/live';
import { IssueLayouts } from './issue-layouts';
import { fetchIssuePages, type IssueHeads, type PlacedTexts } from './placed-texts';
import { adoptStored, storeComposed, warmThumbStore, within } from './thumb-store';
import { startThumbsComposer, thumbsComposer } from './thumbs-composer';

/** The plan's thumbnail width, CSS px. */
export const THUMB_PX = 96;

/** The thumbnails' scale, CSS px per pt, for a page of this width. */
export const thumbScale = (view: PageView): number => THUMB_PX / view.page.template.widthPt;

/** One per renderer: the plan opens and closes, the pages' marks and composer caches stay. */
export const issueLayouts = new IssueLayouts();

/** What the plan last knew: it opens on this at once and reads the issue again. */
export interface PlanSnapshot {
  /** issues.list as last read. */
  issues: Issue[];
  issueId: string;
  /** The issue's page views (in page order) and placed texts, as last read. */
  placed: PlacedTexts;
}

let snapshot: PlanSnapshot | null = null;
/** Reads of the issue are numbered as they start: an older read answering late never replaces a newer snapshot. */
let reads = 0;
let snapshotRead = 0;
/** The issue whose plan is kept composed (null: none opened yet in this renderer). */
let inWork: string | null = null;
/** issues.list as prepareNewest read it (with its read's number), for run()'s next pass; null: that pass reads it. */
let listedAhead: { issues: Issue[]; read: number } | null = null;
let stale = false;
let running = false;
let listening = false;

/** Calls whose success can change what a page's thumbnail composes (its view, a placed story's text, the furniture). */
const CHANGES_PAGES: ReadonlySet<Method> = new Set<Method>([
  'stories.save', 'stories.delete', 'stories.undelete', 'stories.restoreRevision', 'marks.accept', 'marks.acceptMany',
  'demo.create', 'issues.update', 'pages.update', 'pages.add', 'pages.remove', 'pages.reorder',
  'modules.add', 'modules.update', 'modules.remove', 'modules.continueOnPage', 'styles.set', 'styles.importFile',
  'masters.save', 'masters.remove', 'backup.restore', 'newsroom.mergeConflict', 'newsroom.resolveConflict', 'newsroom.resolvePlanConflict',
]);

/**
 * The stored thumbnails of pages read with their stories' heads (a fresh start), taken into the plan's
 * IssueLayouts before the rows are drawn, so rows and thumbnails are drawn in one render; a store slower than
 * `waitMs` is not waited for (the thumbnails' own lookup takes what it finds later). The same heads, once done.
 */
export async function withStoredThumbs(heads: IssueHeads | null, waitMs: number): Promise<IssueHeads | null> {
  if (heads) await within(adoptStored(issueLayouts, heads.views, { texts: null, hashOf: heads.hashOf }, thumbScale), waitMs, []);
  return heads;
}

/** The plan as last read (by the plan or ahead of it), or null. */
export function planSnapshot(): PlanSnapshot | null {
  return snapshot;
}

/** The issue in work on this desk (the plan opens on it), or null. */
export function issueInWork(): string | null {
  return inWork;
}

/** A read of the issue starts: its number, for keep(). */
export function startRead(): number {
  return ++reads;
}

/**
 * The plan's own reads keep the snapshot current (`read`: startRead() before the read); the issue shown is then
 * the one kept composed after later writes.
 */
export function rememberPlan(next: PlanSnapshot, read: number): void {
  listen();
  inWork = next.issueId;
  keep(next, read);
}

function keep(next: PlanSnapshot, read: number): void {
  if (read < snapshotRead) return;
  snapshot = next;
  snapshotRead = read;
}

/** Keep this issue's plan composed while the renderer is idle (it was opened in the page view or the plan). */
export function prepareIssue(issueId: string): void {
  listen();
  inWork = issueId;
  markStale();
}

function listen(): void {
  if (listening) return;
  listening = true;
  onAnswered((method, params, ok) => {
    if (!ok) return;
    if (method === 'issues.opened') prepareIssue((params as { id: string }).id);
    else if (CHANGES_PAGES.has(method)) markStale();
  });
  remoteChanges.subscribe(markStale);
}

/**
 * Called once at the desk's start: from then on an issue opened in the page view (issues.opened, 最近的期次) is
 * the one whose plan is composed ahead; the stored thumbnails' database is opened (thumb-store.ts). Once the desk
 * has settled with no issue in work, the thumbnail worker is started and, when it is ready, the newest issue's
 * plan is composed ahead in it (the plan opens on it: WoodWing's and Méthode's page previews are made in the
 * background too). Without a worker nothing is composed before an issue is opened (the main thread's time is the
 * desk's).
 */
export function startPlanAhead(): void {
  listen();
  // The thumbnails' store opened (and the fonts' identity read) at start, not on the way of the plan's first opening.
  void warmThumbStore();
  // The thumbnail worker once the desk has settled (its warm-up takes a core for a moment: not from the desk's own
  // start, nor from a plan opened at once — a fresh start's stored thumbnails, or pages composed here meanwhile),
  // when no issue is in work yet: one opened meanwhile is composed ahead here, where the page view's composing has
  // made the composer's code fast already.
  setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => void prepareNewest(), { timeout: 2000 }) : void prepareNewest()), WORKER_AFTER_MS);
}

/**
 * The newest issue's plan composed ahead in the thumbnail worker, started for it, when no issue is in work yet (the
 * plan would open on it). A desk without issues starts no worker.
 */
async function prepareNewest(): Promise<void> {
  if (inWork !== null) return;
  const read = startRead();
  const list = await invoke('issues.list', {});
  const issues = list.ok ? list.value : [];
  const newest = issues[0];
  if (!newest || inWork !== null) return;
  const ready = await startThumbsComposer()?.whenReady();
  if (!ready || inWork !== null) return;
  // The list just read serves the first pass: issues.list is not asked twice in a row.
  listedAhead = { issues, read };
  prepareIssue(newest.id);
}

async function listIssues(): Promise<Issue[] | null> {
  const list = await invoke('issues.list', {});
  return list.ok ? list.value : null;
}

/** How long after the desk's start the thumbnail worker is started (then in an idle period). */
const WORKER_AFTER_MS = 1000;

function markStale(): void {
  if (inWork === null) return;
  stale = true;
  if (!running) void run();
}

/** Composing a page cold takes ≈ 3–20 ms here: wait for an idle period at least this long. */
const MIN_IDLE_MS = 12;

function idle(): Promise<IdleDeadline> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve);
    else setTimeout(() => resolve({ didTimeout: false, timeRemaining: () => MIN_IDLE_MS }), 0);
  });
}

async function idleFor(ms: number): Promise<void> {
  while ((await idle()).timeRemaining() < ms) {
    /* a busy frame: the next idle period */
  }
}

/**
 * Composes these pages in the thumbnail worker (thumbs-composer.ts) when there is one, taking each page as it
 * comes; answers how many it took (pages left over are composed here by the caller, in idle periods).
 */
async function composeInWorker(placed: PlacedTexts, pages: readonly PageView[], fonts: PageFonts, wanted: () => boolean): Promise<number> {
  const composer = thumbsComposer();
  // A worker still warming up is not waited for: this thread composes in idle periods meanwhile.
  if (!composer?.ready || pages.length === 0) return 0;
  let taken = 0;
  const byId = new Map(pages.map((v) => [v.page.id, v]));
  const job = composer.compose(placed.views, pages, placed.texts, fonts.missing, thumbScale, (pageId, thumb) => {
    // Another issue in work meanwhile (the plan shows it): the rest of this one is not wanted.
    if (!wanted()) return job?.cancel();
    const view = byId.get(pageId)!;
    issueLayouts.adoptComposed(view, placed.texts, fonts.book, thumbScale(view), thumb.marks, thumb.fits);
    taken++;
  });
  if (!job) return 0;
  await job.done;
  return taken;
}

async function run(): Promise<void> {
  running = true;
  try {
    while (stale && inWork !== null) {
      stale = false;
      const issueId = inWork;
      await idleFor(1);
      const listed = listedAhead;
      listedAhead = null;
      const read = listed?.read ?? startRead();
      const [issues, placed, fonts] = await Promise.all([listed?.issues ?? listIssues(), fetchIssuePages(issueId), loadPageFonts().catch(() => null)]);
      if (!issues || !placed || !fonts || !issues.some((i) => i.id === issueId)) continue;
      if (issueId !== inWork) continue;
      const start = performance.now();
      // One issue's pages kept: those of issues no longer in work are forgotten (as the plan does for its issue).
      issueLayouts.keepOnly(placed.views.map((v) => v.page.id));
      // Pages whose thumbnails are stored (a fresh start: thumb-store.ts) are not composed.
      const stored = (await adoptStored(issueLayouts, placed.views, { texts: placed.texts }, thumbScale)).length;
      if (issueId !== inWork) continue;
      // As the plan does: a page composed on this thread before (an edit) is composed here again, with its cache.
      const stalePages = placed.views.filter((view) => !issueLayouts.upToDate(view, placed.texts, fonts.book, thumbScale(view)) && !issueLayouts.composedHere(view.page.id));
      const fromWorker = await composeInWorker(placed, stalePages, fonts, () => issueId === inWork);
      let composed = fromWorker;
      for (const view of placed.views) {
        const scale = thumbScale(view);
        if (!issueLayouts.upToDate(view, placed.texts, fonts.book, scale)) {
          await idleFor(MIN_IDLE_MS);
          if (issueId !== inWork) break; // another issue is in work now (the plan shows it)
          composed++;
        }
        issueLayouts.thumbOf(view, placed.views, placed.texts, fonts.book, scale);
      }
      if (issueId === inWork) keep({ issues, issueId, placed }, read);
      performance.measure('folio:plan-ahead', { start, detail: { composed, stored, fromWorker } });
      if (composed > 0) void storeComposed(issueLayouts, placed.views, placed.texts, fonts.book, fonts.missing.length, thumbScale);
    }
  } finally {
    running = false;
  }
}
