/**
 * The page view's state and actions: issues, the open page (PageView), the placed stories' saved content, and
 * layout edits through the undo history. Refusals from the services come back as a message to show; the page
 * stays as the services hold it (a refused drag snaps back), nothing is lost.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Envelope, Method } from '../../shared/api/contract';
import type { Issue, ModuleView, PageView, StoryContent } from '../../shared/model';
import { invoke, onAnswered } from '../api/client';
import { remoteChanges } from '../newsroom/live';
import { readSetting, writeSetting } from '../common/local-setting';
import { savedPageMasters } from '../common/style-sheets';
import { LayoutHistory, type LayoutEdit, type ModuleChange, type ModulePatch } from './layout-history';
import { errorText } from '../api/error-text';

/** What the plan view writes that changes the issues or a page (the page view's own writes settle themselves). */
const PLAN_WRITES: ReadonlySet<Method> = new Set<Method>(['demo.create', 'issues.create', 'issues.update', 'pages.add', 'pages.remove', 'pages.reorder', 'pages.update']);


export type PageMessage = { kind: 'error' | 'warning'; text: string } | null;

/** The params that would place `m` again as it is (for undoing a removal). */
export function moduleAddParams(m: ModuleView): LayoutEdit & { kind: 'remove' } {
  return {
    kind: 'remove',
    moduleId: m.id,
    params: {
      pageId: m.pageId,
      kind: m.kind,
      storyId: m.storyId,
      column: m.column,
      columnSpan: m.columnSpan,
      topLine: m.topLine,
      heightLines: m.heightLines,
      bodyColumns: m.bodyColumns,
      headline: m.headline,
      border: m.border,
      ...(m.picture ? { picture: m.picture } : {}),
      ...(m.furniture ? { furniture: m.furniture } : {}),
    },
  };
}

/** A layout history writing through the services; `moduleIds` lists the open page's modules. */
function newHistory(moduleIds: () => string[]): LayoutHistory {
  return new LayoutHistory(
    {
      update: (id, patch) => invoke('modules.update', { id, ...patch }),
      add: (params) => invoke('modules.add', params),
      remove: (id) => invoke('modules.remove', { id }),
    },
    moduleIds,
  );
}

export function usePageDesk() {
  const [issues, setIssues] = useState<Issue[]>([]);
  const [issueId, setIssueId] = useState<string | null>(null);
  const [view, setView] = useState<PageView | null>(null);
  const [contents, setContents] = useState<ReadonlyMap<string, StoryContent>>(new Map());
  const [message, setMessage] = useState<PageMessage>(null);
  const [busy, setBusy] = useState(false);
  const [historyTick, setHistoryTick] = useState(0);
  const viewRef = useRef<PageView | null>(null);
  viewRef.current = view;

  // One undo history per page, kept while the view lives: switching pages and back keeps each page's steps.
  const histories = useRef(new Map<string, LayoutHistory>());
  const emptyHistory = useMemo(() => newHistory(() => []), []);
  const historyOf = useCallback((pageId: string | undefined): LayoutHistory => {
    if (!pageId) return emptyHistory;
    let found = histories.current.get(pageId);
    if (!found) histories.current.set(pageId, (found = newHistory(() => viewRef.current?.modules.map((m) => m.id) ?? [])));
    return found;
  }, [emptyHistory]);
  /** The open page's history (read at the moment of use: the page may have changed since the callback was made). */
  const history = useMemo(() => ({
    apply: (edit: LayoutEdit) => historyOf(viewRef.current?.page.id).apply(edit),
    undo: () => historyOf(viewRef.current?.page.id).undo(),
    redo: () => historyOf(viewRef.current?.page.id).redo(),
  }), [historyOf]);

  const refreshIssues = useCallback(async () => {
    const result = await invoke('issues.list', {});
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setIssues(result.value);
    // The issue worked on last (remembered across restarts) while it still exists, else the newest.
    const last = lastIssue();
    setIssueId((id) => id ?? (last && result.value.some((i) => i.id === last) ? last : result.value[0]?.id) ?? null);
  }, []);

  useEffect(() => {
    void refreshIssues();
  }, [refreshIssues]);

  /** Fetches the saved text of every placed live story (missing ones are drawn as such). */
  const loadContents = useCallback(async (page: PageView) => {
    const ids = [...new Set(page.modules.flatMap((m) => (m.storyId && m.story?.state !== 'missing' ? [m.storyId] : [])))];
    const loaded = await Promise.all(ids.map(async (id) => [id, await invoke('stories.get', { id })] as const));
    setContents((old) => {
      const next = new Map(old);
      for (const [id, result] of loaded) if (result.ok) next.set(id, result.value.content);
      return next;
    });
  }, []);

  const showFindings = (page: PageView) => {
    const warnings = page.findings.filter((f) => f.severity === 'warning' && f.kind === 'overlap');
    return warnings.length > 0 ? ({ kind: 'warning', text: warnings.map((w) => errorText(w.text)).join(' ') } as const) : null;
  };

  const openPage = useCallback(
    async (pageId: string) => {
      performance.mark('folio:page-open:start');
      setBusy(true);
      const result = await invoke('pages.get', { id: pageId });
      if (!result.ok) {
        setBusy(false);
        return setMessage({ kind: 'error', text: result.error.message });
      }
      // 最近的期次 (kept in the desk file); a failure only means the list misses this one.
      void invoke('issues.opened', { id: result.value.page.issueId });
      await loadContents(result.value);
      setHistoryTick((n) => n + 1);
      setView(result.value);
      setMessage(showFindings(result.value));
      setBusy(false);
    },
    [loadContents],
  );

  /** Takes a result of a layout write: the new page, or the refusal's message (the page stays as it was). */
  const settle = useCallback(
    async (result: Envelope<PageView> | null) => {
      setHistoryTick((n) => n + 1);
      if (!result) return false;
      if (!result.ok) {
        setMessage({ kind: 'error', text: result.error.message });
        return false;
      }
      const known = new Set(viewRef.current?.modules.map((m) => m.storyId));
      viewRef.current = result.value; // the next queued write starts from here, before React re-renders
      setView(result.value);
      setMessage(showFindings(result.value));
      if (result.value.modules.some((m) => m.storyId && !known.has(m.storyId))) await loadContents(result.value);
      return true;
    },
    [loadContents],
  );

  // Layout writes go one at a time, in order: a held arrow key sends many nudges, each from where the last left it.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const apply = useCallback((edit: LayoutEdit) => enqueue(async () => settle(await history.apply(edit))), [enqueue, history, settle]);

  /**
   * The open page as the desk now holds it, after this desk's own queued writes, without losing the undo history:
   * with its placed stories' text read again when that may have changed (`texts`), else the view alone, taken only
   * when it differs from the one shown (a write of the page view itself is settled already). A page removed
   * meanwhile gives way to its issue's first page.
   */
  const reloadOpenPage = useCallback((texts: boolean) => {
    const open = viewRef.current;
    if (open === null) return;
    void enqueue(async () => {
      const result = await invoke('pages.get', { id: open.page.id });
      if (viewRef.current?.page.id !== open.page.id) return;
      if (!result.ok) {
        if (result.error.code !== 'not-found') return;
        const issue = await invoke('issues.get', { id: open.page.issueId });
        const first = issue.ok ? issue.value.pages[0] : undefined;
        viewRef.current = null;
        setView(null);
        if (first) await openPage(first.id);
        return;
      }
      if (texts) await loadContents(result.value);
      else if (JSON.stringify(result.value) === JSON.stringify(viewRef.current)) return;
      viewRef.current = result.value;
      setView(result.value);
    });
  }, [enqueue, loadContents, openPage]);

  // Newsroom mode: another desk changed the plan (or a placed story): the issues and the open page as now held.
  useEffect(
    () =>
      remoteChanges.subscribe(() => {
        const { kinds, storyIds } = remoteChanges.get();
        const open = viewRef.current;
        const placed = open?.modules.some((m) => m.storyId !== null && storyIds.includes(m.storyId)) ?? false;
        if (kinds.includes('page')) void refreshIssues();
        if (kinds.includes('page') || (kinds.includes('story') && placed)) reloadOpenPage(true);
      }),
    [reloadOpenPage, refreshIssues],
  );

  // The plan's writes on this desk (the page view is kept under the plan while it is shown): the issues and the
  // open page's view (no text changes there).
  useEffect(
    () =>
      onAnswered((method, _params, ok) => {
        if (!ok || !PLAN_WRITES.has(method)) return;
        void refreshIssues();
        reloadOpenPage(false);
      }),
    [reloadOpenPage, refreshIssues],
  );

  // A 版式模板 saved in this session may have changed this page's template and furniture: show it as stored.
  useEffect(() => savedPageMasters.subscribe(() => reloadOpenPage(false)), [reloadOpenPage]);

  /** Changes a module as it is when the change's turn comes (an earlier change may still be on its way). */
  const updateModule = useCallback(
    (m: ModuleView, change: ModuleChange) =>
      enqueue(async () => {
        const current = viewRef.current?.modules.find((x) => x.id === m.id) ?? m;
        const after = typeof change === 'function' ? change(current) : change;
        const before: ModulePatch = {};
        for (const key of Object.keys(after) as (keyof ModulePatch)[]) (before as Record<string, unknown>)[key] = current[key as keyof ModuleView] ?? null; // no box yet: undo takes it away
        return settle(await history.apply({ kind: 'update', moduleId: m.id, before, after }));
      }),
    [enqueue, history, settle],
  );

  /** Moves a module by whole columns/lines from wherever it is when the move's turn comes. */
  const nudgeModule = useCallback(
    (id: string, columns: number, lines: number) =>
      enqueue(async () => {
        const m = viewRef.current?.modules.find((x) => x.id === id);
        if (!m) return false;
        const after = { column: m.column + columns, topLine: m.topLine + lines };
        return settle(await history.apply({ kind: 'update', moduleId: id, before: { column: m.column, topLine: m.topLine }, after }));
      }),
    [enqueue, history, settle],
  );

  const updatePage = useCallback(
    async (patch: { section?: string; editor?: string; layoutBy?: string; proofreader?: string }) => {
      const page = viewRef.current?.page;
      if (!page) return false;
      const result = await invoke('pages.update', { id: page.id, ...patch });
      return settle(result);
    },
    [settle],
  );

  const issue = issues.find((i) => i.id === issueId) ?? null;

  return {
    issues,
    issue,
    selectIssue: (id: string) => {
      rememberIssue(id);
      setIssueId(id);
      void invoke('issues.opened', { id }); // 最近的期次, as for a page opened
    },
    refreshIssues,
    view,
    contents,
    busy,
    message,
    clearMessage: () => setMessage(null),
    /** Shows a refusal found in the page view itself (a dropped file it does not take). */
    showError: useCallback((text: string) => setMessage({ kind: 'error', text }), []),
    /** The open page's modules as they are now (after writes not yet rendered). */
    currentModules: useCallback(() => viewRef.current?.modules ?? [], []),
    openPage,
    updateModule,
    updatePage,
    addModule: (params: LayoutEdit & { kind: 'add' }) => apply(params),
    removeModule: (m: ModuleView) => apply(moduleAddParams(m)),
    nudgeModule,
    /** 下转 to a page without the story: the services place the continuation there (not on the undo history). */
    continueOnPage: (m: ModuleView, pageId: string) => enqueue(async () => settle(await invoke('modules.continueOnPage', { id: m.id, pageId }))),
    undo: () => enqueue(async () => settle(await history.undo())),
    redo: () => enqueue(async () => settle(await history.redo())),
    canUndo: historyOf(view?.page.id).canUndo(),
    canRedo: historyOf(view?.page.id).canRedo(),
    historyTick,
  };
}

const LAST_ISSUE_KEY = 'folio.lastIssue';

/** The issue chosen last in the page view (localStorage), or null. */
function lastIssue(): string | null {
  return readSetting(LAST_ISSUE_KEY);
}

function rememberIssue(id: string): void {
  writeSetting(LAST_ISSUE_KEY, id);
}
