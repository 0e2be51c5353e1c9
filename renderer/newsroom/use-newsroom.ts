/**
 * The desk's newsroom connection as the UI sees it: the status (polled after every event), connect/disconnect,
 * and a long-poll loop on newsroom.events that publishes what the feed changed (live.ts) within a second.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewsroomStatus } from '../../shared/api/contract-newsroom-desk';
import { invoke } from '../api/client';
import { remoteChanges } from './live';

/** Under the browser host's and the desk's request limits; an idle wait just comes back empty. */
const LONG_POLL_MS = 20_000;

export function useNewsroom() {
  const [status, setStatus] = useState<NewsroomStatus | null>(null);
  const alive = useRef(true);

  const refreshStatus = useCallback(async () => {
    const result = await invoke('newsroom.status', {});
    if (result.ok && alive.current) setStatus(result.value);
    return result.ok ? result.value : null;
  }, []);

  const connected = status?.connected ?? false;
  useEffect(() => {
    alive.current = true;
    void refreshStatus();
    return () => {
      alive.current = false;
    };
  }, [refreshStatus]);

  useEffect(() => {
    if (!connected) return;
    let stop = false;
    void (async () => {
      let since = 0;
      const first = await invoke('newsroom.events', { since });
      if (first.ok) since = first.value.last;
      // What happened before the loop started (e.g. going online right after connect) is read once here.
      await refreshStatus();
      while (!stop) {
        const result = await invoke('newsroom.events', { since, waitMs: LONG_POLL_MS });
        if (stop) return;
        if (!result.ok) {
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          continue;
        }
        // The desk restarted under the window: its counter began again.
        if (result.value.last < since) since = 0;
        if (result.value.last === since) continue;
        since = result.value.last;
        const { storyIds, kinds } = result.value;
        if (kinds.some((k) => k !== 'status')) {
          remoteChanges.set({ n: remoteChanges.get().n + 1, storyIds, kinds });
        }
        await refreshStatus();
      }
    })();
    return () => {
      stop = true;
    };
  }, [connected, refreshStatus]);

  const connect = useCallback(
    async (input: { url: string; name: string; password: string }): Promise<string | null> => {
      const result = await invoke('newsroom.connect', input);
      if (!result.ok) return result.error.message;
      setStatus(result.value);
      return null;
    },
    [],
  );

  const disconnect = useCallback(async () => {
    const result = await invoke('newsroom.disconnect', {});
    if (result.ok) setStatus(result.value);
  }, []);

  return { status, connect, disconnect, refreshStatus };
}
