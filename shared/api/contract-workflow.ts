/**
 * The issue desk workflow: the local profile (who is acting, in which role), state transitions and their log,
 * edit locks, revision diffs and backups. One domain of the API contract (see contract.ts).
 */
import { z } from 'zod';
import {
  ClientIdSchema,
  IdSchema,
  LockInfoSchema,
  LockResultSchema,
  LockTakeoverSchema,
  ProfileSchema,
  StatusChangeSchema,
  StoryStatusSchema,
  StorySummarySchema,
  TextDiffSchema,
} from '../model';

const Empty = z.object({}).strict();
const StoryRef = z.object({ id: IdSchema }).strict();
const StoryClient = z.object({ id: IdSchema, clientId: ClientIdSchema }).strict();

export const BackupInfoSchema = z.object({
  /** File name inside <dataDir>/backups (what backup.restore takes). */
  file: z.string(),
  /** ISO-8601 time the backup was made. */
  createdAt: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const workflowMethods = {
  /** The local profile of this desk; null until someone sets it (the services then act as an editor named ''). */
  'profile.get': { params: Empty, result: ProfileSchema.nullable() },
  'profile.set': { params: ProfileSchema.strict(), result: ProfileSchema },

  /** Move a story to another workflow state; 'forbidden' when the profile's role may not (shared/model/workflow). */
  'stories.transition': {
    params: z.object({ id: IdSchema, to: StoryStatusSchema }).strict(),
    result: StorySummarySchema,
  },
  /** Every state change of a story, oldest first. */
  'stories.statusLog': { params: StoryRef, result: z.array(StatusChangeSchema) },

  /**
   * Acquire the edit lock, or refresh it (the heartbeat: call every LOCK_HEARTBEAT_MS while editing).
   * kind 'locked' means another client holds it: open the story read-only and name lock.holder and lock.since.
   */
  'stories.lock': { params: StoryClient, result: LockResultSchema },
  /** Release this client's lock (released false when it did not hold it). */
  'stories.unlock': { params: StoryClient, result: z.object({ released: z.boolean() }) },
  /** Take the lock from whoever holds it: an explicit act, logged with both names. */
  'stories.takeOverLock': {
    params: StoryClient,
    result: z.object({ lock: LockInfoSchema, previous: LockInfoSchema.nullable() }),
  },
  /** The live locks of the desk (for the desk view's "being edited by …"). */
  'stories.locks': { params: Empty, result: z.array(LockInfoSchema) },
  /** Logged takeovers of a story's lock, oldest first. */
  'stories.lockTakeovers': { params: StoryRef, result: z.array(LockTakeoverSchema) },

  /**
   * Diff between two revisions (blocks joined by '\n'): segments spell `from` then `to`. By character inside
   * changed paragraphs, in bounded time, off the request thread; `notice` says when a stretch was too different
   * to compare by character (shown as whole paragraphs) or the text too large to compare (no segments).
   */
  'stories.diff': {
    params: z
      .object({ id: IdSchema, from: z.number().int().positive(), to: z.number().int().positive() })
      .strict(),
    result: TextDiffSchema,
  },

  /** A consistent copy of the live database in <dataDir>/backups (the oldest beyond the last N are removed). */
  'backup.create': { params: Empty, result: BackupInfoSchema },
  /** Backups, newest first. */
  'backup.list': { params: Empty, result: z.array(BackupInfoSchema) },
  /**
   * Copy a backup into a NEW desk file and point the desk at it from the next open (restart). The live file is
   * never written; it stays where it is, so nothing saved after the backup is lost.
   */
  'backup.restore': {
    params: z.object({ file: z.string().min(1).max(200) }).strict(),
    result: z.object({
      /** The new desk file (absolute path), used from the next open. */
      dbFile: z.string(),
      /** The desk file in use until then, left exactly as it is. */
      previousDbFile: z.string(),
      takesEffect: z.literal('next-open'),
    }),
  },
} as const;
