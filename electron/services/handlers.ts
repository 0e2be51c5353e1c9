/**
 * One handler per contract method, typed against the contract: a method added to shared/api/contract.ts without a
 * handler here fails the typecheck. Handlers receive params already validated (zod output) and return plain
 * results; errors are thrown as StoreError and turned into envelopes by dispatch.
 */
import type { z } from 'zod';
import type { AppInfo, Contract, Method, Result } from '../../shared/api/contract';
import {
  createDemoStories,
  createStory,
  getRevision,
  getStory,
  listRevisions,
  listStories,
  renameStory,
  restoreRevision,
  saveStory,
  setStoryStatus,
  trashStory,
  untrashStory,
  type Desk,
} from '../store';

export type Handler<M extends Method> = (params: z.output<Contract[M]['params']>) => Result<M> | Promise<Result<M>>;
export type Handlers = { [M in Method]: Handler<M> };

export function createHandlers(desk: Desk, info: () => AppInfo): Handlers {
  const { db } = desk;
  return {
    'app.info': () => info(),

    'stories.list': (p) => listStories(db, p),
    'stories.get': (p) => getStory(db, p.id),
    'stories.create': (p) => createStory(db, p),
    'stories.save': (p) => saveStory(db, p),
    'stories.rename': (p) => renameStory(db, p.id, p.title),
    'stories.setStatus': (p) => setStoryStatus(db, p.id, p.status),
    'stories.delete': (p) => trashStory(db, p.id),
    'stories.undelete': (p) => untrashStory(db, p.id),
    'stories.revisions': (p) => listRevisions(db, p.id),
    'stories.revision': (p) => getRevision(db, p.id, p.number),
    'stories.restoreRevision': (p) => {
      const { story, content } = restoreRevision(db, p);
      return { ...story, content };
    },

    'demo.create': () => ({ stories: createDemoStories(db).map((d) => toSummaryOnly(d.story)) }),
  };
}

/** A Story minus its content: result schemas are not strict, so leaking content would pass silently. */
function toSummaryOnly<T extends { content: unknown }>(story: T): Omit<T, 'content'> {
  const { content: _content, ...summary } = story;
  return summary;
}
