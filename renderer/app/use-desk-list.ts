/**
 * The desk list: live stories or the trash, filtered by title, state and author (stories.list), fetched a page of
 * rows at a time as the list scrolls, so a desk of 10,000 stories does not hand them all to the window at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LOCK_HEARTBEAT_MS, type LockInfo, type StoryStatus, type StorySummary } from '../../shared/model';
import { invoke } from '../api/client';
import { DESK_LIST_PAGE_ROWS } from '../../shared/api/contract-stories';

export interface DeskQuery {
  inTrash: boolean;
  filter: string;
  status: StoryStatus | null;
  author: string | null;
  /** Only stories placed on this page / on pages of this section. */
  pageId: string | null;
  section: string | null;
}

/** Rows fetched at a time (issue #15): many screens' worth, so scrolling seldom waits. */
export const DESK_PAGE_ROWS = DESK_LIST_PAGE_ROWS;

const listParams = (q: DeskQuery) => ({
  trash: q.inTrash,
  filter: q.filter || undefined,
  status: q.status ?? undefined,
  author: q.author ?? undefined,
  pageId: q.pageId ?? undefined,
  section: q.section ?? undefined,
});

export function useDeskList(fail: (message: string) => void) {
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [listLoaded, setListLoaded] = useState(false);
  /** The list has rows beyond those fetched (the last page came back full). */
  const [hasMore, setHasMore] = useState(false);
  const [query, setQuery] = useState<DeskQuery>({ inTrash: false, filter: '', status: null, author: null, pageId: null, section: null });
  /** Every author seen in a list so far (the author filter's choices). */
  const [authors, setAuthors] = useState<string[]>([]);
  /** Live edit locks of the desk ("being edited by …" on the rows), refreshed with the list and every heartbeat. */
  const [locks, setLocks] = useState<LockInfo[]>([]);
  const queryRef = useRef(query);
  queryRef.current = query;
  const storiesRef = useRef(stories);
  storiesRef.current = stories;
  /** The query the fetched rows answer, and a count of the lists applied (a page fetched across one is dropped). */
  const loadedFor = useRef<DeskQuery | null>(null);
  const listsApplied = useRef(0);
  const fetchingMore = useRef(false);

  const noteAuthors = useCallback((rows: StorySummary[]) => {
    setAuthors((known) => {
      const names = new Set(known);
      for (const s of rows) if (s.author) names.add(s.author);
      return names.size === known.length ? known : [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    });
  }, []);

  const refreshList = useCallback(async () => {
    const q = queryRef.current;
    // A refresh of the same query keeps as many rows as were fetched, so the list does not shrink under the reader.
    const limit = loadedFor.current === q ? Math.max(DESK_PAGE_ROWS, storiesRef.current.length) : DESK_PAGE_ROWS;
    const result = await invoke('stories.list', { ...listParams(q), limit });
    if (!result.ok) return fail(result.error.message);
    // A slower answer to an older query must not replace a newer one.
    if (queryRef.current !== q) return;
    listsApplied.current++;
    loadedFor.current = q;
    setStories(result.value);
    setHasMore(result.value.length === limit);
    setListLoaded(true);
    noteAuthors(result.value);
  }, [fail, noteAuthors]);

  /** Fetch the next page of rows (the list scrolled or the keyboard moved near its end); one fetch at a time. */
  const loadMore = useCallback(async () => {
    const q = queryRef.current;
    const last = storiesRef.current.at(-1);
    if (fetchingMore.current || !last || loadedFor.current !== q) return;
    fetchingMore.current = true;
    const applied = listsApplied.current;
    try {
      const result = await invoke('stories.list', { ...listParams(q), limit: DESK_PAGE_ROWS, after: { updatedAt: last.updatedAt, id: last.id } });
      if (!result.ok) return fail(result.error.message);
      if (queryRef.current !== q || listsApplied.current !== applied) return;
      setStories((rows) => {
        const seen = new Set(rows.map((s) => s.id));
        return [...rows, ...result.value.filter((s) => !seen.has(s.id))];
      });
      setHasMore(result.value.length === DESK_PAGE_ROWS);
      noteAuthors(result.value);
    } finally {
      fetchingMore.current = false;
    }
  }, [fail, noteAuthors]);

  const refreshLocks = useCallback(async () => {
    const result = await invoke('stories.locks', {});
    // Best effort: a desk without lock indicators still works.
    if (result.ok) setLocks(result.value);
  }, []);

  useEffect(() => {
    void refreshList();
    void refreshLocks();
  }, [query, refreshList, refreshLocks]);

  useEffect(() => {
    const timer = setInterval(() => void refreshLocks(), LOCK_HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [refreshLocks]);

  const patch = (change: Partial<DeskQuery>) => setQuery((q) => ({ ...q, ...change }));

  return {
    stories,
    setStories,
    listLoaded,
    hasMore,
    loadMore,
    query,
    authors,
    locks,
    refreshLocks,
    refreshList,
    setFilter: (filter: string) => patch({ filter }),
    setStatusFilter: (status: StoryStatus | null) => patch({ status }),
    setAuthorFilter: (author: string | null) => patch({ author }),
    setPageFilter: (pageId: string | null) => patch({ pageId }),
    setSectionFilter: (section: string | null) => patch({ section }),
    toggleTrash: () => setQuery((q) => ({ ...q, inTrash: !q.inTrash })),
    showLive: () => patch({ inTrash: false, filter: '', status: null, author: null, pageId: null, section: null }),
  };
}
