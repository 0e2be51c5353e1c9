/**
 * The story open in the editor: its autosaver (with clientId and baseRevision), its edit lock, its revisions
 * and status log, and what the user does when saving is refused (compare with the newest revision, save over
 * it, load it, or save the text as a new story). Unsaved text is never dropped without the user choosing to.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffSegment, RevisionSummary, StatusChange, Story, StoryStatus, StorySummary } from '../../shared/model';
import { countContent, diffContent } from '../../shared/model';
import { invoke } from '../api/client';
import { StorySaver, type SaveState } from '../editor/story-saver';
import { LockSession, type LockState } from '../workflow/lock-session';
import type { CharCount } from '../../shared/model';
import { observable } from '../common/observable';

export interface OpenStory {
  story: Story;
  saver: StorySaver;
  lock: LockSession;
  /** Changes when the editor must start over from `story` (opened, reloaded, a revision restored). */
  editorKey: string;
}

export type Compare =
  | { kind: 'revisions'; from: number; to: number }
  | { kind: 'conflict'; newest: Story; segments: DiffSegment[] };

export interface OpenStoryDeps {
  clientId: string;
  fail: (message: string) => void;
  setError: (message: string | null) => void;
  /** A story's summary changed (saved, moved): the desk row shows it. */
  onSummary: (summary: StorySummary) => void;
  refreshList: () => Promise<void>;
}

const lockCalls = {
  lock: (p: { id: string; clientId: string }) => invoke('stories.lock', p),
  unlock: (p: { id: string; clientId: string }) => invoke('stories.unlock', p),
  takeOver: (p: { id: string; clientId: string }) => invoke('stories.takeOverLock', p),
  locks: () => invoke('stories.locks', {}),
};

export function useOpenStory({ clientId, fail, setError, onSummary, refreshList }: OpenStoryDeps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OpenStory | null>(null);
  const [summary, setSummary] = useState<StorySummary | null>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [statusLog, setStatusLog] = useState<StatusChange[]>([]);
  const [compare, setCompare] = useState<Compare | null>(null);
  const saveState = useMemo(() => observable<SaveState | null>(null), []);
  const counts = useMemo(() => observable<CharCount | null>(null), []);
  const lockState = useMemo(() => observable<LockState | null>(null), []);
  const openRef = useRef<OpenStory | null>(null);
  openRef.current = open;
  const shown = useRef(0);

  const refreshRevisions = useCallback(async (id: string) => {
    const result = await invoke('stories.revisions', { id });
    if (result.ok && openRef.current?.story.id === id) setRevisions(result.value);
  }, []);

  const refreshStatusLog = useCallback(async (id: string) => {
    const result = await invoke('stories.statusLog', { id });
    if (result.ok && openRef.current?.story.id === id) setStatusLog(result.value);
  }, []);

  // Back in the window: the open story's lock is checked at once, not at the next heartbeat.
  useEffect(() => {
    const onFocus = () => void openRef.current?.lock.checkNow();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, []);

  const startLock = useCallback(
    async (storyId: string) => {
      const lock = new LockSession({
        storyId,
        clientId,
        calls: lockCalls,
        // A released lock is silent, so only the open story's lock speaks here.
        onState: (state) => lockState.set(state),
      });
      await lock.start();
      return lock;
    },
    [clientId, lockState],
  );

  const show = useCallback(
    (story: Story, lock: LockSession) => {
      const saver = new StorySaver({
        storyId: story.id,
        clientId,
        baseRevision: story.revision,
        save: (params) => invoke('stories.save', params),
        onState: (state) => {
          saveState.set(state);
          // Someone took the story over between two heartbeats: read-only now, the text stays.
          if (state.kind === 'error' && state.code === 'locked') void lock.lostBySave();
        },
        onSaved: ({ story: saved }) => {
          setSummary(saved);
          onSummary(saved);
          void refreshRevisions(saved.id);
        },
      });
      const { content, ...rest } = story;
      const next = { story, saver, lock, editorKey: `${story.id}:${story.revision}:${++shown.current}` };
      openRef.current = next;
      setOpen(next);
      setSummary(rest);
      setCompare(null);
      saveState.set({ kind: 'saved', at: null });
      counts.set(countContent(content));
      setRevisions([]);
      setStatusLog([]);
      void refreshRevisions(story.id);
      void refreshStatusLog(story.id);
    },
    [clientId, saveState, counts, onSummary, refreshRevisions, refreshStatusLog],
  );

  /** Leaves the open story; false (and it stays open) when its unsaved text could not be saved. */
  const closeCurrent = useCallback(async (): Promise<boolean> => {
    const current = openRef.current;
    if (!current) return true;
    if (!(await current.saver.flush())) {
      setError(t('errors.unsavedKept'));
      return false;
    }
    current.saver.dispose();
    current.lock.release();
    return true;
  }, [setError, t]);

  const clear = useCallback(() => {
    openRef.current = null;
    setOpen(null);
    setSummary(null);
    setCompare(null);
    saveState.set(null);
    counts.set(null);
    lockState.set(null);
  }, [saveState, counts, lockState]);

  /** Opens a story (after leaving the current one): locked for editing here, or read-only if someone else holds it. */
  const openLoaded = useCallback(
    async (story: Story) => {
      const lock = await startLock(story.id);
      show(story, lock);
    },
    [startLock, show],
  );

  const openStory = useCallback(
    async (id: string) => {
      if (openRef.current?.story.id === id) return;
      if (!(await closeCurrent())) return;
      const result = await invoke('stories.get', { id });
      if (!result.ok) return setError(t('errors.load', { message: result.error.message }));
      setError(null);
      await openLoaded(result.value);
    },
    [closeCurrent, openLoaded, setError, t],
  );

  const reloadNewest = useCallback(async (current: OpenStory) => {
    const result = await invoke('stories.get', { id: current.story.id });
    if (!result.ok) return fail(result.error.message);
    current.saver.dispose();
    show(result.value, current.lock);
  }, [fail, show]);

  const takeOver = useCallback(async () => {
    const current = openRef.current;
    if (!current) return;
    const state = await current.lock.takeOver();
    if (state.kind !== 'held') return fail(state.kind === 'error' ? state.message : t('lock.takeOverFailed'));
    // Own unsaved text stays and is saved next (a newer revision then shows as a conflict to resolve);
    // with nothing unsaved, the newest text is loaded so the editing starts from it.
    if (current.saver.hasUnsaved()) {
      current.saver.unblock();
      void current.saver.flush();
    } else await reloadNewest(current);
  }, [fail, reloadNewest, t]);

  const compareConflict = useCallback(async () => {
    const current = openRef.current;
    if (!current) return;
    const result = await invoke('stories.get', { id: current.story.id });
    if (!result.ok) return fail(result.error.message);
    const mine = current.saver.currentContent() ?? current.story.content;
    setCompare({ kind: 'conflict', newest: result.value, segments: diffContent(result.value.content, mine).segments });
  }, [fail]);

  /** Resolves a conflict by saving this text as the newest revision (the other one stays in the history). */
  const saveMine = useCallback(async () => {
    const current = openRef.current;
    if (!current) return;
    const result = await invoke('stories.get', { id: current.story.id });
    if (!result.ok) return fail(result.error.message);
    current.saver.setBaseRevision(result.value.revision);
    current.saver.unblock();
    setCompare(null);
    await current.saver.flush();
  }, [fail]);

  /** Resolves a conflict by dropping this text and loading the newest revision (the user chose so). */
  const loadNewest = useCallback(async () => {
    const current = openRef.current;
    if (current) await reloadNewest(current);
  }, [reloadNewest]);

  /** Keeps text that cannot go into this story (taken over, conflict) as a new story of its own. */
  const saveAsNew = useCallback(async () => {
    const current = openRef.current;
    if (!current) return;
    const content = current.saver.currentContent() ?? current.story.content;
    const result = await invoke('stories.create', { content });
    if (!result.ok) return fail(result.error.message);
    current.saver.dispose();
    current.lock.release();
    await openLoaded(result.value);
    await refreshList();
  }, [fail, openLoaded, refreshList]);

  const setStatus = useCallback(
    async (to: StoryStatus) => {
      const id = openRef.current?.story.id;
      if (!id) return;
      const result = await invoke('stories.transition', { id, to });
      if (!result.ok) return fail(result.error.message);
      setSummary(result.value);
      onSummary(result.value);
      await refreshStatusLog(id);
      await refreshList();
    },
    [fail, onSummary, refreshStatusLog, refreshList],
  );

  const restoreRevision = useCallback(
    async (number: number) => {
      const current = openRef.current;
      if (!current) return;
      // Unsaved edits are saved first, so the restore never races them (and they stay in the history).
      if (!(await current.saver.flush())) return;
      const result = await invoke('stories.restoreRevision', { id: current.story.id, number, clientId });
      if (!result.ok) return fail(result.error.message);
      current.saver.dispose();
      show(result.value, current.lock);
      saveState.set({ kind: 'saved', at: new Date() });
      await refreshList();
    },
    [clientId, show, refreshList, fail, saveState],
  );

  /** A change made elsewhere (e.g. a rename in the desk) shows in the inspector when it is the open story. */
  const updateSummary = useCallback((changed: StorySummary) => {
    if (openRef.current?.story.id === changed.id) setSummary(changed);
  }, []);

  return {
    open,
    openRef,
    updateSummary,
    summary,
    revisions,
    statusLog,
    compare,
    setCompare,
    saveState,
    counts,
    lockState,
    closeCurrent,
    clear,
    openStory,
    openLoaded,
    takeOver,
    compareConflict,
    saveMine,
    loadNewest,
    saveAsNew,
    setStatus,
    restoreRevision,
  };
}
