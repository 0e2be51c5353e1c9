/**
 * Newsroom mode: when the feed changed something on this desk, refresh what shows it — the desk list, and the
 * open story when its text changed and nothing typed here is waiting (unsaved text is never replaced).
 */
import { useEffect, useMemo } from 'react';
import type { LockInfo } from '../../shared/model';
import type { NewsroomStatus } from '../../shared/api/contract-newsroom-desk';
import { remoteChanges } from './live';

export interface LiveRefreshDeps {
  refreshList: () => Promise<void>;
  openStoryId: string | null;
  hasUnsaved: () => boolean;
  reloadOpenStory: () => Promise<void>;
  /** The open story's lease changed (taken over, released): its lock session asks the desk now. */
  recheckLock: () => void;
}

export function useLiveRefresh({ refreshList, openStoryId, hasUnsaved, reloadOpenStory, recheckLock }: LiveRefreshDeps): void {
  useEffect(
    () =>
      remoteChanges.subscribe(() => {
        const { storyIds, kinds } = remoteChanges.get();
        void refreshList();
        if (openStoryId !== null && kinds.includes('story') && storyIds.includes(openStoryId) && !hasUnsaved()) {
          void reloadOpenStory();
        }
        if (openStoryId !== null && kinds.includes('lease') && storyIds.includes(openStoryId)) recheckLock();
      }),
    [refreshList, openStoryId, hasUnsaved, reloadOpenStory, recheckLock],
  );
}

/** Server leases held by other people, in the shape the desk rows show local locks in. */
export function useLeaseHolders(status: NewsroomStatus | null): Map<string, LockInfo> {
  return useMemo(() => {
    const held = new Map<string, LockInfo>();
    if (!status?.connected) return held;
    const now = Date.now();
    for (const lease of status.holders) {
      if (lease.holder === status.user || Date.parse(lease.expiresAt) < now) continue;
      held.set(lease.storyId, {
        storyId: lease.storyId,
        clientId: `newsroom:${lease.holder}`,
        holder: lease.holder,
        role: 'editor',
        since: lease.expiresAt,
        heartbeatAt: lease.expiresAt,
        expiresAt: lease.expiresAt,
      });
    }
    return held;
  }, [status]);
}
