/** The desk list: live stories or the trash, filtered by title, state and author (stories.list). */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LOCK_HEARTBEAT_MS, type LockInfo, type StoryStatus, type StorySummary } from '../../shared/model';
import { invoke } from '../api/client';

export interface DeskQuery {
  inTrash: boolean;
  filter: string;
  status: StoryStatus | null;
  author: string | null;
  /** Only stories placed on this page / on pages of this section. */
  pageId: string | null;
  section: string | null;
}

export function useDeskList(fail: (message: string) => void) {
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [listLoaded, setListLoaded] = useState(false);
  const [query, setQuery] = useState<DeskQuery>({ inTrash: false, filter: '', status: null, author: null, pageId: null, section: null });
  /** Every author seen in a list so far (the author filter's choices). */
  const [authors, setAuthors] = useState<string[]>([]);
  /** Live edit locks of the desk ("being edited by …" on the rows), refreshed with the list and every heartbeat. */
  const [locks, setLocks] = useState<LockInfo[]>([]);
  const queryRef = useRef(query);
  queryRef.current = query;

  const refreshList = useCallback(async () => {
    const q = queryRef.current;
    const result = await invoke('stories.list', {
      trash: q.inTrash,
      filter: q.filter || undefined,
      status: q.status ?? undefined,
      author: q.author ?? undefined,
      pageId: q.pageId ?? undefined,
      section: q.section ?? undefined,
    });
    if (!result.ok) return fail(result.error.message);
    // A slower answer to an older query must not replace a newer one.
    if (queryRef.current !== q) return;
    setStories(result.value);
    setListLoaded(true);
    setAuthors((known) => {
      const names = new Set(known);
      for (const s of result.value) if (s.author) names.add(s.author);
      return names.size === known.length ? known : [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    });
  }, [fail]);

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
