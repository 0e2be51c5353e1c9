/**
 * The workspace's state and what the user can do with it: the desk list (or trash) and the open story.
 * Every call goes through api/client; errors become plain-language messages.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/api/contract';
import type { StorySummary } from '../../shared/model';
import { flushOnClose, invoke } from '../api/client';
import { newClientId } from '../workflow/lock-session';
import { useDeskList } from './use-desk-list';
import { useOpenStory } from './use-open-story';

export function useWorkspace() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [demoDismissed, setDemoDismissed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** This page's editing session: locks and saves are made in its name. */
  const clientId = useMemo(newClientId, []);

  const fail = useCallback((message: string) => setError(t('errors.generic', { message })), [t]);
  const desk = useDeskList(fail);
  const { setStories, refreshList } = desk;
  const onSummary = useCallback(
    (saved: StorySummary) => setStories((list) => list.map((s) => (s.id === saved.id ? saved : s))),
    [setStories],
  );
  const story = useOpenStory({ clientId, fail, setError, onSummary, refreshList });
  const { openRef, closeCurrent, clear, openLoaded, updateSummary } = story;

  useEffect(() => {
    void (async () => {
      const result = await invoke('app.info', {});
      if (result.ok) setInfo(result.value);
      else setError(t('errors.offline'));
    })();
  }, [t]);

  const closeHookRegistered = useRef(false);
  useEffect(() => {
    // Once per page (StrictMode runs effects twice): the open story's unsaved text goes out on close, and
    // its lock is released (best effort: an unreleased lock expires by itself).
    if (closeHookRegistered.current) return;
    closeHookRegistered.current = true;
    flushOnClose(
      () => openRef.current?.saver.pendingSave() ?? null,
      () => (openRef.current ? { id: openRef.current.story.id, clientId } : null),
    );
  }, [openRef, clientId]);

  const createStory = useCallback(async () => {
    if (!(await closeCurrent())) return;
    const result = await invoke('stories.create', {});
    if (!result.ok) return fail(result.error.message);
    desk.showLive();
    await openLoaded(result.value);
    await refreshList();
  }, [closeCurrent, openLoaded, refreshList, fail, desk]);

  const renameStory = useCallback(
    async (id: string, title: string) => {
      const result = await invoke('stories.rename', { id, title });
      if (!result.ok) return fail(result.error.message);
      onSummary(result.value);
      updateSummary(result.value);
      await refreshList();
    },
    [refreshList, fail, onSummary, updateSummary],
  );

  const deleteStory = useCallback(
    async (id: string) => {
      // A story on a page leaves a hole in the layout: say where, and ask first.
      const placements = await invoke('stories.placements', { id });
      if (!placements.ok) return fail(placements.error.message);
      if (placements.value.length > 0) {
        const title = desk.stories.find((s) => s.id === id)?.title || t('desk.untitled');
        const where = placements.value
          .map((p) => t(p.section ? 'desk.placedAtSection' : 'desk.placedAt', { paper: p.paperName, date: p.date, n: p.pageNumber, section: p.section }))
          .join(t('desk.placedSeparator'));
        if (!window.confirm(t('desk.deletePlacedConfirm', { title, where }))) return;
      }
      if (openRef.current?.story.id === id) {
        if (!(await closeCurrent())) return;
        clear();
      }
      const result = await invoke('stories.delete', { id });
      if (!result.ok) return fail(result.error.message);
      await refreshList();
    },
    [closeCurrent, clear, refreshList, fail, openRef, desk.stories, t],
  );

  const restoreStory = useCallback(
    async (id: string) => {
      const result = await invoke('stories.undelete', { id });
      if (!result.ok) return fail(result.error.message);
      await refreshList();
    },
    [refreshList, fail],
  );

  const createDemo = useCallback(async () => {
    const result = await invoke('demo.create', {});
    if (!result.ok) return fail(result.error.message);
    setInfo((i) => (i ? { ...i, empty: false } : i));
    await refreshList();
  }, [refreshList, fail]);

  return {
    info,
    clientId,
    showDemoOffer: !!info?.empty && !demoDismissed && desk.stories.length === 0 && !desk.query.inTrash,
    dismissDemo: () => setDemoDismissed(true),
    createDemo,
    desk,
    story,
    error,
    clearError: () => setError(null),
    createStory,
    renameStory,
    deleteStory,
    restoreStory,
    retrySave: () => void openRef.current?.saver.flush(),
  };
}
