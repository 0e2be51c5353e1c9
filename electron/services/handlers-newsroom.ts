/** Handlers of the desk's newsroom methods (shared/api/contract-newsroom-desk.ts): the Newsroom connection. */
import type { newsroomDeskMethods } from '../../shared/api/contract-newsroom-desk';
import type { NewsroomConflict } from '../../shared/api/contract-newsroom-desk';
import type { Newsroom } from '../newsroom/newsroom';
import { listConflicts, resolveConflict } from '../newsroom/sync-state';
import { mergeConflict } from '../newsroom/merge-conflict';
import { listPlanConflicts } from '../newsroom/plan-sync';
import type { WritableDb } from '../store';
import type { Handler } from './handler';

export function createNewsroomHandlers(
  db: WritableDb,
  newsroom: Newsroom,
): { [M in keyof typeof newsroomDeskMethods]: Handler<M> } {
  return {
    'newsroom.connect': (p) => newsroom.connect(p),
    'newsroom.disconnect': () => newsroom.disconnect(),
    'newsroom.status': () => newsroom.status(),
    'newsroom.events': (p) => newsroom.eventsSince(p.since, p.waitMs ?? 0),
    'newsroom.conflicts': (p) => listConflicts(db, p.storyId) as NewsroomConflict[],
    'newsroom.mergeConflict': (p) => mergeConflict(db, p.id, newsroom.fetch),
    'newsroom.resolveConflict': (p) => ({ resolved: resolveConflict(db, p.id) }),
    'newsroom.planConflicts': (p) => listPlanConflicts(db, p.pageId),
    'newsroom.resolvePlanConflict': (p) => newsroom.resolvePlanConflict(p.id, p.keep),
  };
}
