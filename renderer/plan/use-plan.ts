/**
 * The issue plan's state: issues by date, the chosen issue's page rows (each with its proof state and
 * continuation links, fetched per page from pages.get and signoff.list), and the plan's actions. A row's fill is
 * read off the thumbnails' composition of its page (plan-view.tsx, issue-layouts.ts), not asked of the host:
 * pages.fit would compose every page there a second time.
 * A refused write comes back as a message; the plan then shows what the services hold.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreateIssueInput, Issue, PageSummary, PageView } from '../../shared/model';
import type { Envelope } from '../../shared/api/contract';
import { invoke } from '../api/client';
import { remoteChanges } from '../newsroom/live';
import { fetchPlacedTexts, type PlacedTexts } from './placed-texts';
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

export function usePlan() {
  const [issues, setIssues] = useState<Issue[]>([]);
  const [issueId, setIssueId] = useState<string | null>(null);
  const [rows, setRows] = useState<PlanRow[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [placed, setPlaced] = useState<PlacedTexts | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const loadToken = useRef(0);

  const issue = issues.find((i) => i.id === issueId) ?? null;

  /** Rows at once from the summary, then the figures as the pages answer. */
  const loadRows = useCallback(async (target: Issue) => {
    const token = ++loadToken.current;
    setRows((old) => target.pages.map((page) => ({ page, stories: null, fill: null, proof: null, links: NO_LINKS, view: old.find((r) => r.page.id === page.id)?.view ?? null })));
    // The views first, then the placed stories' text (the thumbnails compose from both), then each page's fit and
    // sign-offs (pages.fit composes on the host: the slow part, asked last so the thumbnails do not wait behind it).
    const views = await Promise.all(target.pages.map(async (page) => {
      const view = await invoke('pages.get', { id: page.id });
      return view.ok ? (view.value as PageView) : null;
    }));
    if (token !== loadToken.current) return;
    const shown = views.flatMap((v) => (v ? [v] : []));
    setRows((old) => target.pages.map((page, i) => ({ ...(old.find((r) => r.page.id === page.id) ?? { page, stories: null, fill: null, proof: null, links: NO_LINKS }), page, view: views[i] })));
    const texts = await fetchPlacedTexts(shown);
    if (token !== loadToken.current) return;
    setPlaced(texts);
    const details = await Promise.all(
      target.pages.map(async (page, i) => {
        const signoffs = await invoke('signoff.list', { pageId: page.id });
        return { page, view: views[i], proof: signoffs.ok ? proofState(signoffs.value) : null };
      }),
    );
    if (token !== loadToken.current) return; // a newer issue or order was asked for meanwhile
    const links = continuationLinks(views.flatMap((v) => (v ? [v] : [])));
    setRows(
      details.map((d) => ({
        page: d.page,
        stories: d.view ? storyCount(d.view) : null,
        fill: null,
        proof: d.proof,
        links: links.get(d.page.id) ?? NO_LINKS,
        view: d.view,
      })),
    );
    setLoaded(true);
  }, []);

  const refresh = useCallback(async (select?: string) => {
    const result = await invoke('issues.list', {});
    if (!result.ok) return setMessage(result.error.message);
    setIssues(result.value);
    setIssueId((id) => select ?? (id && result.value.some((i) => i.id === id) ? id : (result.value[0]?.id ?? null)));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

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
