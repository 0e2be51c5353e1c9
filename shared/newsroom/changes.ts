/** The change feed: one row per committed change, numbered in commit order (see docs/newsroom.md). */
import { z } from 'zod';

export const ChangeEntities = ['story', 'revision', 'mark', 'lease', 'issue', 'page', 'module', 'signoff'] as const;
export const ChangeEntitySchema = z.enum(ChangeEntities);

export const ChangeOps = ['create', 'update', 'delete', 'conflict', 'lock', 'unlock', 'takeover', 'decide'] as const;
export const ChangeOpSchema = z.enum(ChangeOps);

/** Sequence numbers are PostgreSQL bigints; they stay below 2^53 for any newsroom's lifetime. */
export const SeqSchema = z.number().int().nonnegative();

export const ChangeSchema = z.object({
  seq: SeqSchema,
  entity: ChangeEntitySchema,
  id: z.string(),
  op: ChangeOpSchema,
  /** ISO-8601 time of the writing transaction. */
  at: z.string(),
  /** Account name of the writer. */
  by: z.string(),
  storyId: z.string().optional(),
  data: z.unknown().optional(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** What a writer records; the store adds seq, at and by. */
export type ChangeDraft = Omit<Change, 'seq' | 'at' | 'by'>;

/** The WebSocket message of /api/live. */
export const LiveMessageSchema = z.object({ type: z.literal('change'), change: ChangeSchema });
export type LiveMessage = z.infer<typeof LiveMessageSchema>;

/** The most changes one GET /api/changes returns. */
export const CHANGES_PAGE_MAX = 1_000;
