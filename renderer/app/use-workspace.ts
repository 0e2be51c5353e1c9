/**
 * The workspace's state and what the user can do with it: the desk list (or trash), the open story with its
 * autosaver, its revisions. Every call goes through api/client; errors become plain-language messages.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/api/contract';
import type { CharCount, RevisionSummary, Story, StoryStatus, StorySummary } from '../../shared/model';
import { countContent } from '../../shared/model';
import { flushOnClose, invoke } from '../api/client';
import { StorySaver, type SaveState } from '../editor/story-saver';
import { observable } from './observable';

export interface OpenStory {
  story: Story;
  saver: StorySaver;
  /** Changes when the editor must start over from `story` (opened, or a revision restored). */
  editorKey: string;
}

export function useWorkspace() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [demoDismissed, setDemoDismissed] = useState(false);
  const [stories, setStories] = useState<StorySummary[]>([]);
  const [listLoaded, setListLoaded] = useState(false);
  const [inTrash, setInTrash] = useState(false);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<OpenStory | null>(null);
  const [summary, setSummary] = useState<StorySummary | null>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const saveState = useMemo(() => observable<SaveState | null>(null), []);
  const counts = useMemo(() => observable<CharCount | null>(null), []);
  const openRef = useRef<OpenStory | null>(null);
  openRef.current = open;
  const listQuery = useRef({ inTrash, filter });
  listQuery.current = { inTrash, filter };

  const fail = useCallback((message: string) => setError(t('errors.generic', { message })), [t]);

  const refreshList = useCallback(async () => {
    const { inTrash: trash, filter: f } = listQuery.current;
    const result = await invoke('stories.list', { trash, filter: f || undefined });
    if (result.ok) {
      setStories(result.value);
      setListLoaded(true);
    } else fail(result.error.message);
  }, [fail]);

  const refreshRevisions = useCallback(async (id: string) => {
    const result = await invoke('stories.revisions', { id });
    if (result.ok && openRef.current?.story.id === id) setRevisions(result.value);
  }, []);

  useEffect(() => {
    void (async () => {
      const result = await invoke('app.info', {});
      if (result.ok) setInfo(result.value);
      else setError(t('errors.offline'));
    })();
  }, [t]);

  const closeHookRegistered = useRef(false);
  useEffect(() => {
    // Once per page (StrictMode runs effects twice): the open story's unsaved text goes out on close.
    if (closeHookRegistered.current) return;
    closeHookRegistered.current = true;
    flushOnClose(() => openRef.current?.saver.pendingSave() ?? null);
  }, []);

  useEffect(() => {
    void refreshList();
  }, [inTrash, filter, refreshList]);

  /** Leaves the open story; false (and the story stays open) when its unsaved text could not be saved. */
  const closeCurrent = useCallback(async (): Promise<boolean> => {
    const current = openRef.current;
    if (!current) return true;
    const saved = await current.saver.flush();
    if (!saved) return false;
    current.saver.dispose();
    return true;
  }, []);

  const show = useCallback(
    (story: Story, reason: string) => {
      const saver = new StorySaver({
        storyId: story.id,
        save: (params) => invoke('stories.save', params),
        onState: (state) => saveState.set(state),
        onSaved: ({ story: saved }) => {
          setSummary(saved);
          setStories((list) => list.map((s) => (s.id === saved.id ? saved : s)));
          void refreshRevisions(saved.id);
        },
      });
      const { content, ...rest } = story;
      setOpen({ story, saver, editorKey: `${story.id}:${story.revision}:${reason}` });
      setSummary(rest);
      saveState.set({ kind: 'saved', at: null });
      counts.set(countContent(content));
      setRevisions([]);
      void refreshRevisions(story.id);
    },
    [saveState, counts, refreshRevisions],
  );

  const openStory = useCallback(
    async (id: string) => {
      if (openRef.current?.story.id === id) return;
      if (!(await closeCurrent())) return;
      const result = await invoke('stories.get', { id });
      if (!result.ok) return setError(t('errors.load', { message: result.error.message }));
      setError(null);
      show(result.value, 'open');
    },
    [closeCurrent, show, t],
  );

  const createStory = useCallback(async () => {
    if (!(await closeCurrent())) return;
    const result = await invoke('stories.create', {});
    if (!result.ok) return fail(result.error.message);
    setInTrash(false);
    setFilter('');
    show(result.value, 'create');
    await refreshList();
  }, [closeCurrent, show, refreshList, fail]);

  const renameStory = useCallback(
    async (id: string, title: string) => {
      const result = await invoke('stories.rename', { id, title });
      if (!result.ok) return fail(result.error.message);
      if (openRef.current?.story.id === id) setSummary(result.value);
      await refreshList();
    },
    [refreshList, fail],
  );

  const deleteStory = useCallback(
    async (id: string) => {
      if (openRef.current?.story.id === id) {
        if (!(await closeCurrent())) return;
        setOpen(null);
        setSummary(null);
        saveState.set(null);
        counts.set(null);
      }
      const result = await invoke('stories.delete', { id });
      if (!result.ok) return fail(result.error.message);
      await refreshList();
    },
    [closeCurrent, refreshList, fail, saveState, counts],
  );

  const restoreStory = useCallback(
    async (id: string) => {
      const result = await invoke('stories.undelete', { id });
      if (!result.ok) return fail(result.error.message);
      await refreshList();
    },
    [refreshList, fail],
  );

  const setStatus = useCallback(
    async (status: StoryStatus) => {
      const id = openRef.current?.story.id;
      if (!id) return;
      const result = await invoke('stories.setStatus', { id, status });
      if (!result.ok) return fail(result.error.message);
      setSummary(result.value);
      await refreshList();
    },
    [refreshList, fail],
  );

  const restoreRevision = useCallback(
    async (number: number) => {
      const current = openRef.current;
      if (!current) return;
      // Unsaved edits are saved first, so the restore never races them (and they stay in the history).
      if (!(await current.saver.flush())) return;
      const result = await invoke('stories.restoreRevision', { id: current.story.id, number });
      if (!result.ok) return fail(result.error.message);
      current.saver.dispose();
      show(result.value, `restore-${number}`);
      saveState.set({ kind: 'saved', at: new Date() });
      await refreshList();
    },
    [show, refreshList, fail, saveState],
  );

  const createDemo = useCallback(async () => {
    const result = await invoke('demo.create', {});
    if (!result.ok) return fail(result.error.message);
    setInfo((i) => (i ? { ...i, empty: false } : i));
    await refreshList();
  }, [refreshList, fail]);

  return {
    info,
    showDemoOffer: !!info?.empty && !demoDismissed && stories.length === 0 && !inTrash,
    dismissDemo: () => setDemoDismissed(true),
    createDemo,
    stories,
    listLoaded,
    inTrash,
    toggleTrash: () => setInTrash((v) => !v),
    filter,
    setFilter,
    open,
    summary,
    revisions,
    saveState,
    counts,
    error,
    clearError: () => setError(null),
    openStory,
    createStory,
    renameStory,
    deleteStory,
    restoreStory,
    setStatus,
    restoreRevision,
    retrySave: () => void openRef.current?.saver.flush(),
  };
}
