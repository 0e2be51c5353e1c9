/**
 * The issue plan's state: issues by date, the chosen issue's page rows (each with its proof state and
 * continuation links: the pages' views, placed texts and sign-offs in one request, pages.ofIssue), and the plan's
 * actions. The plan opens on what was last read (plan-ahead.ts's snapshot, kept composed
 * while the desk is idle) and reads the issue again at once (`current` says when that read is in). A row's fill
 * is read off the thumbnails' composition of its page (plan-view.tsx, issue-layouts.ts), not asked of the host:
 * pages.fit would compose every page there a second time. On a fresh start (the issue not read yet in this
 * renderer, thumbnails possibly stored) the views and the placed stories' content hashes are read first, without
 * the texts (`heads`: the stored thumbnails are looked up and drawn with them), and the texts after.
 * With no snapshot to open on, the issue the plan will most likely show (the one in work, else the newest that
 * issues.list last answered on this desk, kept in localStorage) is read as the plan mounts, beside issues.list: the
 * rows take that read when the list picks that issue (a guess that was wrong is read for nothing).
 * A refused write comes back as a message; the plan then shows what the services hold.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreateIssueInput, Issue, PageSignoffs, PageSummary, PageView } from '../../shared/model';
import type { Envelope } from '../../shared/api/contract';
import { invoke } from '../api/client';
import { readSetting, writeSetting } from '../common/local-setting';
import { remoteChanges } from '../newsroom/live';
import { fetchIssueHeads, fetchIssuePages, fetchPlacedTexts, issueReadBefore, type IssueHeads, type PlacedTexts } from './placed-texts';
import { storeMayHold } from './thumb-store';
import { issueInWork, planSnapshot, rememberPlan, startRead, withStoredThumbs } from './plan-ahead';
import { continuationLinks, proofState, storyCount, type ContinuationLinks, type PageFill, type ProofState } from './plan-rows';

/** One 版 row of the plan. Figures stay null while they load (or when the page could not be read). */
export interface PlanRow {
  page: PageSummary;
  stories: number | null;
  /** Null here: plan-view.tsx fills it in from the thumbnails' composition of the page (moduleFits). */
  fill: PageFill | null;
  proof: ProofState | null;
  links: ContinuationLinks;
  /** The page as pages.get gave it (the thumbnails compose it); null while loading or unreadable. */
  view: PageView | null;
}

const NO_LINKS: ContinuationLinks = { to: [], from: [] };

/** The issue's rows from its views (in its page order; null: unreadable) and each page's sign-offs as read. */
function rowsOf(target: Issue, views: readonly (PageView | null)[], signoffs: ReadonlyMap<string, PageSignoffs> | undefined): PlanRow[] {
  const links = continuationLinks(views.flatMap((v) => (v ? [v] : [])));
  return target.pages.map((page, i): PlanRow => {
    const signed = signoffs?.get(page.id);
    const view = views[i];
    return { page, stories: view ? storyCount(view) : null, fill: null, proof: signed ? proofState(signed) : null, links: links.get(page.id) ?? NO_LINKS, view };
  });
}

/** The plan as last read (plan-ahead.ts): rows with their views and the placed texts, drawn at once on opening. */
function initialPlan(): { issues: Issue[]; issueId: string | null; rows: PlanRow[]; placed: PlacedTexts | null } {
  const snap = planSnapshot();
  const issue = snap?.issues.find((i) => i.id === snap.issueId);
  if (!snap || !issue) return { issues: snap?.issues ?? [], issueId: null, rows: [], placed: null };
  const byId = new Map(snap.placed.views.map((v) => [v.page.id, v]));
  const views = issue.pages.map((page) => byId.get(page.id) ?? null);
  return { issues: snap.issues, issueId: issue.id, rows: rowsOf(issue, views, snap.placed.signoffs), placed: snap.placed };
}

/**
 * An issue's views (in its page order; null: unreadable), placed texts and pages' sign-offs: one request, else one
 * per page (and one per thousand texts).
 */
async function readIssuePages(target: Issue, early?: Promise<PlacedTexts | null> | null): Promise<{ views: (PageView | null)[]; placed: PlacedTexts }> {
  const all = (early ? await early : null) ?? await fetchIssuePages(target.id);
  if (all) {
    const byId = new Map(all.views.map((v) => [v.page.id, v]));
    const views = target.pages.map((page) => byId.get(page.id) ?? null);
    return { views, placed: { views: views.flatMap((v) => (v ? [v] : [])), texts: all.texts, signoffs: all.signoffs } };
  }
  const [views, signoffs] = await Promise.all([
    Promise.all(target.pages.map(async (page) => {
      const view = await invoke('pages.get', { id: page.id });
      return view.ok ? (view.value as PageView) : null;
    })),
    readSignoffs(target.pages),
  ]);
  return { views, placed: { ...(await fetchPlacedTexts(views.flatMap((v) => (v ? [v] : [])))), signoffs } };
}

/**
 * A read of the issue the plan will most likely show, started as the plan mounts beside issues.list (else it waits
 * for the list's answer and a render: ≈ 50–60 ms after the click). Which read, and its number (plan-ahead.ts
 * startRead), as loadRows would start it then: the views and heads first on a fresh start whose thumbnails may be
 * stored, else the views and texts.
 */
interface EarlyRead {
  issueId: string;
  read: number;
  heads: Promise<IssueHeads | null> | null;
  pages: Promise<PlacedTexts | null> | null;
}

/** The newest issue as issues.list last answered on this desk (localStorage): the plan of a fresh start shows it. */
const NEWEST_ISSUE_KEY = 'folio.plan.newestIssue';

function newestIssueSeen(): string | null {
  return readSetting(NEWEST_ISSUE_KEY);
}

/**
 * How long the rows wait for the stored thumbnails of a fresh start (≈ 5–15 ms when the store answers), to be drawn
 * in one render with them; longer, the rows are drawn first.
 */
const STORED_WITH_ROWS_MS = 40;

/** The views and heads of a fresh start, with the stored thumbnails looked up (withStoredThumbs). */
const headsAndStored = (issueId: string) => fetchIssueHeads(issueId).then((heads) => withStoredThumbs(heads, STORED_WITH_ROWS_MS));

function startEarlyRead(issueId: string): EarlyRead {
  const read = startRead();
  return !issueReadBefore(issueId) && storeMayHold()
    ? { issueId, read, heads: headsAndStored(issueId), pages: null }
    : { issueId, read, heads: null, pages: fetchIssuePages(issueId) };
}

/** Whether a read's views are those of every page of the issue as listed (a page added meanwhile: read again). */
function coversPages(target: Issue, views: readonly PageView[] | undefined): boolean {
  if (!views) return false;
  const ids = new Set(views.map((v) => v.page.id));
  return target.pages.every((p) => ids.has(p.id));
}

/** Each page's sign-offs, one signoff.list per page (when the issue could not be read in one request). */
async function readSignoffs(pages: readonly PageSummary[]): Promise<Map<string, PageSignoffs>> {
  const answers = await Promise.all(pages.map((page) => invoke('signoff.list', { pageId: page.id })));
  return new Map(answers.flatMap((a) => (a.ok ? [[a.value.pageId, a.value] as const] : [])));
}

/** After the next frame is painted (the stored thumbnails drawn before the texts' read takes the main thread). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export function usePlan() {
  const [initial] = useState(initialPlan);
  const [issues, setIssues] = useState<Issue[]>(initial.issues);
  const [issueId, setIssueId] = useState<string | null>(initial.issueId);
  const [rows, setRows] = useState<PlanRow[]>(initial.rows);
  const [loaded, setLoaded] = useState(false);
  const [placed, setPlaced] = useState<PlacedTexts | null>(initial.placed);
  const [heads, setHeads] = useState<IssueHeads | null>(null);
  /** The rows' views and texts come from a read made since the plan opened (not only the last snapshot). */
  const [current, setCurrent] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const loadToken = useRef(0);
  /** The read started at mount (startEarlyRead), until loadRows takes it for its issue or another issue is loaded. */
  const early = useRef<EarlyRead | null>(null);
  const issuesNow = useRef(issues);
  issuesNow.current = issues;

  const issue = issues.find((i) => i.id === issueId) ?? null;

  /** Rows at once from the summary, then the figures as the pages answer. */
  const loadRows = useCallback(async (target: Issue) => {
    const token = ++loadToken.current;
    setCurrent(false);
    setRows((old) => target.pages.map((page) => {
      const last = old.find((r) => r.page.id === page.id);
      return { page, stories: last?.stories ?? null, fill: null, proof: last?.proof ?? null, links: last?.links ?? NO_LINKS, view: last?.view ?? null };
    }));
    // The views, the placed stories' text and the pages' sign-offs in one request (the thumbnails compose from the
    // first two). A fresh start whose thumbnails may be stored: the views, the stories' heads and the sign-offs
    // first (the rows and the stored thumbnails drawn from them at once), the texts once that is painted.
    // The read started at mount, when it is of this issue and of the kind this load would start now.
    const headsFirst = !issueReadBefore(target.id) && storeMayHold();
    const ahead = early.current?.issueId === target.id && (early.current.heads !== null) === headsFirst ? early.current : null;
    early.current = null;
    const read = ahead?.read ?? startRead();
    if (headsFirst) {
      const earlyHeads = ahead?.heads ? await ahead.heads : null;
      const first = earlyHeads && coversPages(target, earlyHeads.views) ? earlyHeads : await headsAndStored(target.id);
      if (token !== loadToken.current) return;
      if (first) {
        const byId = new Map(first.views.map((v) => [v.page.id, v]));
        const views = target.pages.map((page) => byId.get(page.id) ?? null);
        setRows(rowsOf(target, views, first.signoffs));
        setPlaced(null);
        setHeads({ ...first, views: views.flatMap((v) => (v ? [v] : [])) });
        setCurrent(true);
        await afterPaint();
        if (token !== loadToken.current) return;
      }
    }
    const earlyPages = ahead?.pages?.then((all) => (all && coversPages(target, all.views) ? all : null)) ?? null;
    const { views, placed: texts } = await readIssuePages(target, earlyPages);
    if (token !== loadToken.current) return;
    setRows(rowsOf(target, views, texts.signoffs));
    setPlaced(texts);
    setHeads(null);
    setCurrent(true);
    setLoaded(true);
    rememberPlan({ issues: issuesNow.current.some((i) => i.id === target.id) ? issuesNow.current : [target], issueId: target.id, placed: texts }, read);
  }, []);

  const refresh = useCallback(async (select?: string) => {
    const result = await invoke('issues.list', {});
    if (!result.ok) return setMessage(result.error.message);
    setIssues(result.value);
    writeSetting(NEWEST_ISSUE_KEY, result.value[0]?.id ?? null);
    // The issue asked for, else the one shown, else the one in work on this desk, else the newest.
    const known = (id: string | null) => (id && result.value.some((i) => i.id === id) ? id : null);
    setIssueId((id) => select ?? known(id) ?? known(issueInWork()) ?? result.value[0]?.id ?? null);
  }, []);

  useEffect(() => {
    // No issue to show before issues.list answers (no snapshot): the one it will most likely choose — the issue in
    // work, else the newest seen — is read meanwhile; loadRows takes that read when it loads that issue.
    const likely = initial.issueId === null ? (issueInWork() ?? newestIssueSeen()) : null;
    if (likely && early.current?.issueId !== likely) early.current = startEarlyRead(likely);
    void refresh();
  }, [refresh, initial.issueId]);

  useEffect(() => {
    if (issue) void loadRows(issue);
    else setRows([]);
    // Reload when the issue or its pages change (reorder, add, remove answer with the new Issue).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [issue?.id, issue?.updatedAt, issue?.pages.map((p) => `${p.id}:${p.number}:${p.section}`).join(',')]);

  // Newsroom mode: sign-offs and pages changed on another desk show in the rows (who signed which round).
  useEffect(
    () => remoteChanges.subscribe(() => {
      const { kinds } = remoteChanges.get();
      if (issue && (kinds.includes('signoff') || kinds.includes('page'))) void loadRows(issue);
    }),
    [issue, loadRows],
  );

  /** Takes an answer carrying the issue: put it in the list (the rows reload from it). */
  const settle = (result: Envelope<Issue>): boolean => {
    if (!result.ok) {
      setMessage(result.error.message);
      return false;
    }
    const next = result.value;
    setIssues((list) => (list.some((i) => i.id === next.id) ? list.map((i) => (i.id === next.id ? next : i)) : [next, ...list]));
    setMessage(null);
    return true;
  };

  return {
    issues,
    issue,
    rows,
    /** The text of the stories the rows' views place (for the thumbnails). */
    placed,
    /** Before the texts are read on a fresh start: the rows' views and their stories' content hashes (stored thumbnails). */
    heads,
    /** Whether rows and texts were read since the plan opened (else they are the last snapshot, being read again). */
    current,
    loaded,
    message,
    clearMessage: () => setMessage(null),
    selectIssue: setIssueId,
    refresh,
    async createIssue(input: CreateIssueInput): Promise<boolean> {
      const result = await invoke('issues.create', input);
      if (!settle(result)) return false;
      if (result.ok) await refresh(result.value.id); // keeps the list in date order
      return true;
    },
    async addPage(section: string, masterId?: string): Promise<boolean> {
      if (!issue) return false;
      return settle(await invoke('pages.add', { issueId: issue.id, section: section.trim() || undefined, ...(masterId ? { masterId } : {}) }));
    },
    /** Give a page a 版式模板 (its template and furniture); the issue reloads with it. */
    async pickMaster(pageId: string, masterId: string): Promise<boolean> {
      if (!issue) return false;
      const result = await invoke('pages.update', { id: pageId, masterId });
      if (!result.ok) {
        setMessage(result.error.message);
        return false;
      }
      return settle(await invoke('issues.get', { id: issue.id }));
    },
    /**
     * Remove a page; when it holds content (the store refuses: furniture alone does not count), ask first and
     * then remove it with its modules.
     */
    async removePageAsking(pageId: string, ask: () => boolean): Promise<boolean> {
      const first = await invoke('pages.remove', { id: pageId, discardModules: false });
      if (first.ok || first.error.code !== 'conflict') return settle(first);
      if (!ask()) return false;
      return settle(await invoke('pages.remove', { id: pageId, discardModules: true }));
    },
    async removePage(pageId: string, discardModules: boolean): Promise<boolean> {
      return settle(await invoke('pages.remove', { id: pageId, discardModules }));
    },
    async reorder(pageIds: string[]): Promise<boolean> {
      if (!issue) return false;
      return settle(await invoke('pages.reorder', { issueId: issue.id, pageIds }));
    },
  };
}
export type Plan = ReturnType<typeof usePlan>;
