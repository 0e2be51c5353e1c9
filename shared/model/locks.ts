/**
 * Edit locks: while one window edits a story, everyone else sees it read-only. A lock lives only as long as its
 * holder heartbeats; a crashed or closed window stops heartbeating and its lock expires by itself.
 */
import { z } from 'zod';
import { RoleSchema } from './people';
import { IdSchema } from './story';

/** A lock not refreshed for this long is dead: anyone may take the story. */
export const LOCK_TTL_MS = 30_000;
/** How often the holder refreshes its lock (stories.lock again); three beats fit in one TTL, so one lost beat is harmless. */
export const LOCK_HEARTBEAT_MS = 10_000;

/** One editing session (a window or editor instance); made by the renderer, e.g. crypto.randomUUID(). */
export const ClientIdSchema = z.string().min(1).max(64);

export const LockInfoSchema = z.object({
  storyId: IdSchema,
  clientId: ClientIdSchema,
  /** Profile name of the holder ('' when no profile was set). */
  holder: z.string(),
  role: RoleSchema,
  /** ISO-8601: when this client took the lock. */
  since: z.string(),
  /** ISO-8601: the last heartbeat. */
  heartbeatAt: z.string(),
  /** ISO-8601: when the lock dies unless refreshed. */
  expiresAt: z.string(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

/** stories.lock: either this client holds the lock now, or somebody else does (the story is read-only here). */
export const LockResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('held'), lock: LockInfoSchema }),
  z.object({ kind: z.literal('locked'), lock: LockInfoSchema }),
]);
export type LockResult = z.infer<typeof LockResultSchema>;

/** A logged takeover: who took the lock from whom. */
export const LockTakeoverSchema = z.object({
  storyId: IdSchema,
  at: z.string(),
  by: z.string(),
  role: RoleSchema,
  clientId: ClientIdSchema,
  previousHolder: z.string(),
  previousClientId: ClientIdSchema,
  /** ISO-8601: when the previous holder had taken the lock. */
  previousSince: z.string(),
});
export type LockTakeover = z.infer<typeof LockTakeoverSchema>;
