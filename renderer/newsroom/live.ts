/**
 * What the newsroom feed changed on this desk, for the views that show it: the desk list, the open story and its
 * marks subscribe here instead of polling the desk themselves.
 */
import { observable } from '../common/observable';

export interface RemoteChange {
  /** Increases with every batch of changes. */
  n: number;
  storyIds: readonly string[];
  kinds: readonly string[];
}

export const remoteChanges = observable<RemoteChange>({ n: 0, storyIds: [], kinds: [] });
