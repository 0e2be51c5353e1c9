/**
 * Handlers of the workflow domain (shared/api/contract-workflow.ts): profile, state transitions, edit locks,
 * revision diffs and backups. Who is acting comes from the desk's profile (see actingAs).
 */
import type { workflowMethods } from '../../shared/api/contract-workflow';
import { blockText, diffParagraphs, type DiffLimits, type StoryContent } from '../../shared/model';
import {
  ANONYMOUS_EDITOR,
  acquireLock,
  getProfile,
  getRevision,
  listBackups,
  listLiveLocks,
  listLockTakeovers,
  listStatusLog,
  releaseLock,
  setProfile,
  takeOverLock,
  transitionStory,
  type Actor,
  type Desk,
} from '../store';
import type { Handler } from './handler';
import type { JobRunner } from './jobs/job-runner';
import { asStoreJob } from './jobs/store-job';
import { makeBackup } from './daily-backup';

/** What the workflow handlers need besides the desk; tests inject the clock to expire locks without sleeping. */
export interface WorkflowContext {
  /** Epoch milliseconds. */
  clock: () => number;
  /** How many backups to keep. */
  backupsKept: number;
  /** Runs long jobs (diff, backup, export …) off the request thread. */
  jobs: JobRunner;
  /** Bounds of stories.diff; default DIFF_LIMITS (tests raise them to make a slow job). */
  diffLimits?: DiffLimits;
}

/**
 * Texts this short are diffed on the request thread: even compared wholly by character that takes a few
 * milliseconds, less than starting a job's thread.
 */
export const INLINE_DIFF_CHARS = 2_000;

/** The desk's profile, or an editor named '' while none is set (see store/actor.ts for why). */
export function actingAs(desk: Desk): Actor {
  return getProfile(desk.db) ?? ANONYMOUS_EDITOR;
}

export function createWorkflowHandlers(
  desk: Desk,
  context: WorkflowContext,
): { [M in keyof typeof workflowMethods]: Handler<M> } {
  const { db } = desk;
  const lockRequest = (p: { id: string; clientId: string }) => ({
    storyId: p.id,
    clientId: p.clientId,
    actor: actingAs(desk),
    nowMs: context.clock(),
  });
  return {
    'profile.get': () => getProfile(db),
    'profile.set': (p) => setProfile(db, p),

    'stories.transition': (p) => transitionStory(db, { id: p.id, to: p.to, actor: actingAs(desk) }),
    'stories.statusLog': (p) => listStatusLog(db, p.id),

    'stories.lock': (p) => acquireLock(db, lockRequest(p)),
    'stories.unlock': (p) => ({ released: releaseLock(db, { storyId: p.id, clientId: p.clientId }) }),
    'stories.takeOverLock': (p) => takeOverLock(db, lockRequest(p)),
    'stories.locks': () => listLiveLocks(db, context.clock()),
    'stories.lockTakeovers': (p) => listLockTakeovers(db, p.id),

    'stories.diff': (p) => {
      const paragraphs = (content: StoryContent) => content.blocks.map(blockText);
      const before = paragraphs(getRevision(db, p.id, p.from).content);
      const after = paragraphs(getRevision(db, p.id, p.to).content);
      const chars = [...before, ...after].reduce((n, text) => n + text.length, 0);
      if (chars <= INLINE_DIFF_CHARS) return diffParagraphs(before, after, context.diffLimits);
      return context.jobs.run('diff', { before, after, limits: context.diffLimits });
    },

    // Backup and restore read whole files (VACUUM INTO, integrity_check, quick_check): jobs, off this thread.
    'backup.create': () => makeBackup(desk, context),
    'backup.list': () => listBackups(desk.dataDir),
    'backup.restore': async (p) => ({
      ...(await asStoreJob(context.jobs.run('backup-restore', { dataDir: desk.dataDir, file: p.file, nowMs: context.clock() }))),
      previousDbFile: desk.dbFile,
      takesEffect: 'next-open' as const,
    }),
  };
}
