/**
 * One handler per contract method, typed against the contract: a method added to shared/api/contract.ts without a
 * handler here fails the typecheck. Handlers receive params already validated (zod output) and return plain
 * results; errors are thrown as StoreError and turned into envelopes by dispatch.
 */
import type { AppInfo } from '../../shared/api/contract';
import { errorMessage } from '../../shared/errors';
import { mayStory, STORY_PERMISSIONS } from '../../shared/model';
import {
  createDemoIssue,
  createStory,
  getRevision,
  getStory,
  listRevisions,
  listStories,
  renameStory,
  restoreRevision,
  saveStory,
  transitionStory,
  storyPlacements,
  trashStory,
  untrashStory,
  DEFAULT_BACKUPS_KEPT,
  StoreError,
  type Desk,
} from '../store';
import { actingAs, createWorkflowHandlers, type WorkflowContext } from './handlers-workflow';
import { createPageHandlers } from './handlers-pages';
import { createLibraryHandlers } from './handlers-library';
import { createExportHandlers } from './handlers-export';
import { createProofHandlers } from './handlers-proof';
import { createSeparationHandlers } from './handlers-separations';
import { createProofPdfHandlers } from './handlers-proof-pdf';
import { createNewsroomHandlers } from './handlers-newsroom';
import { createStyleHandlers } from './handlers-styles';
import { createMasterHandlers } from './handlers-masters';
import { createJobHandlers } from './handlers-jobs';
import { createEpaperHandlers } from './handlers-epaper';
import { createPageDiffHandlers } from './handlers-page-diff';
import { JobRunner } from './jobs/job-runner';
import { Newsroom } from '../newsroom/newsroom';

import type { Handlers } from './handler';


export function createHandlers(
  desk: Desk,
  info: () => AppInfo,
  options: Partial<WorkflowContext> = {},
  newsroom: Newsroom = new Newsroom(desk.db),
): Handlers {
  const { db } = desk;
  const context: WorkflowContext = { clock: Date.now, backupsKept: DEFAULT_BACKUPS_KEPT, jobs: options.jobs ?? new JobRunner(), ...options };
  // Authorship defaults to the profile's name; without a profile the store keeps its old default (the story's author).
  const profileName = () => actingAs(desk).name || undefined;
  return {
    ...createWorkflowHandlers(desk, context),
    ...createLibraryHandlers(desk, { author: profileName, jobs: context.jobs }),
    ...createPageHandlers(desk),
    ...createExportHandlers(desk, context),
    ...createProofHandlers(desk, context),
    ...createSeparationHandlers(desk, context),
    ...createProofPdfHandlers(desk),
    ...createNewsroomHandlers(db, newsroom),
    ...createStyleHandlers(desk),
    ...createMasterHandlers(desk),
    ...createJobHandlers(desk, context.jobs),
    ...createEpaperHandlers(desk, context),
    ...createPageDiffHandlers(desk, context),
    'app.info': () => info(),

    'stories.list': (p) => listStories(db, p),
    'stories.get': (p) => getStory(db, p.id),
    'stories.getMany': (p) => getStories(db, p.ids),
    'stories.create': (p) => createStory(db, { ...p, author: p.author ?? profileName() }),
    'stories.save': (p) => (refuseTextChange(desk), saveStory(db, { ...p, author: p.author ?? profileName(), nowMs: context.clock() })),
    'stories.rename': (p) => renameStory(db, p.id, p.title),
    // The old way in goes through the same role check and log as stories.transition.
    'stories.setStatus': (p) => transitionStory(db, { id: p.id, to: p.status, actor: actingAs(desk) }),
    'stories.placements': (p) => storyPlacements(db, p.id),
    'stories.delete': (p) => trashStory(db, p.id),
    'stories.undelete': (p) => untrashStory(db, p.id),
    'stories.revisions': (p) => listRevisions(db, p.id),
    'stories.revision': (p) => getRevision(db, p.id, p.number),
    'stories.restoreRevision': (p) => {
      refuseTextChange(desk);
      const { story, content } = restoreRevision(db, { ...p, author: p.author ?? profileName(), nowMs: context.clock() });
      return { ...story, content };
    },

    'demo.create': () => {
      const demo = createDemoIssue(db);
      return { stories: demo.stories.map((d) => toSummaryOnly(d.story)), issue: demo.issueId, pages: demo.pages };
    },
  };
}

/**
 * A story's text is changed (saved, or an old revision restored) only by a role STORY_PERMISSIONS allows: a
 * proofreader proposes changes as proof marks and never saves text (the editor refuses their typing too).
 */
function refuseTextChange(desk: Desk): void {
  const { role } = actingAs(desk);
  if (mayStory(role, 'write-text')) return;
  const allowed = STORY_PERMISSIONS['write-text'].map((r) => errorMessage(`role-${r}`));
  throw new StoreError('forbidden', errorMessage('proof-act-forbidden', { role: errorMessage(`role-${role}`), act: errorMessage('act-write-text'), allowed }));
}

/** A Story minus its content: result schemas are not strict, so leaking content would pass silently. */
function toSummaryOnly<T extends { content: unknown }>(story: T): Omit<T, 'content'> {
  const { content: _content, ...summary } = story;
  return summary;
}

/** Each story asked for that exists, in order; the ids of those that do not. */
function getStories(db: Desk['db'], ids: readonly string[]): { stories: ReturnType<typeof getStory>[]; missing: string[] } {
  const stories: ReturnType<typeof getStory>[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    try {
      stories.push(getStory(db, id));
    } catch (err) {
      if (!(err instanceof StoreError) || err.kind !== 'not-found') throw err;
      missing.push(id);
    }
  }
  return { stories, missing };
}
