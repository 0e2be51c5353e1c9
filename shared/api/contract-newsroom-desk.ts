/**
 * The desk's own newsroom methods (the renderer asks its desk, never the server): connect this desk to a Folio
 * server, see the connection, wait for changes the feed brought, and see what the server answered with a
 * conflict or refused. Single-desk mode answers status {connected:false} and nothing else changes.
 */
import { z } from 'zod';
import { BlockSchema, StoryContentSchema } from '../model/story';
import { PlanConflictSchema } from '../newsroom/page-plan';

export const NewsroomStateSchema = z.enum(['offline', 'connecting', 'online']);

export const NewsroomStatusSchema = z.object({
  /** False in single-desk mode (no server configured). */
  connected: z.boolean(),
  state: NewsroomStateSchema,
  server: z.string().nullable(),
  user: z.string().nullable(),
  role: z.string().nullable(),
  /** Mutations made on this desk not yet acknowledged by the server. */
  outbox: z.number().int().nonnegative(),
  lastSeq: z.number().int().nonnegative(),
  /** Story leases as the feed last reported them: who holds which story. */
  holders: z.array(z.object({ storyId: z.string(), holder: z.string(), expiresAt: z.string() })),
  /** Saves the server stored as conflict revisions (or refused) that the editor has not merged yet. */
  conflicts: z.number().int().nonnegative(),
  /** Of those, page-plan changes the server did not apply (newsroom.planConflicts). */
  planConflicts: z.number().int().nonnegative(),
  /** Mutations the server refused (forbidden, locked …): kept, never dropped silently. */
  rejected: z.array(z.object({ method: z.string(), code: z.string(), message: z.string(), at: z.string() })),
  /** Why the desk is offline, in the server's or the network's words. */
  lastError: z.string().nullable(),
});
export type NewsroomStatus = z.infer<typeof NewsroomStatusSchema>;

export const NewsroomConflictSchema = z.object({
  id: z.number().int(),
  storyId: z.string(),
  content: StoryContentSchema,
  baseRevision: z.number().int().nullable(),
  serverRevision: z.number().int().nullable(),
  currentRevision: z.number().int().nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type NewsroomConflict = z.infer<typeof NewsroomConflictSchema>;

/**
 * One stretch of the merge view, named for the person merging: `current` is the story's current text (the
 * revision that won), `mine` the text this desk saved that became the conflict revision. A clean stretch says
 * where it comes from ('both' = unchanged or changed alike); a conflicting one shows all three versions.
 */
export const MergeViewChunkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('clean'), from: z.enum(['both', 'current', 'mine']), blocks: z.array(BlockSchema) }),
  z.object({ kind: z.literal('conflict'), base: z.array(BlockSchema), current: z.array(BlockSchema), mine: z.array(BlockSchema) }),
]);
export type MergeViewChunk = z.infer<typeof MergeViewChunkSchema>;

export const newsroomDeskMethods = {
  'newsroom.connect': {
    params: z
      .object({
        url: z.string().url().max(500),
        name: z.string().trim().min(1).max(100),
        password: z.string().min(1).max(500),
      })
      .strict(),
    result: NewsroomStatusSchema,
  },
  'newsroom.disconnect': { params: z.object({}).strict(), result: NewsroomStatusSchema },
  'newsroom.status': { params: z.object({}).strict(), result: NewsroomStatusSchema },
  /**
   * Wait (at most waitMs, ≤ 25 s) until the feed applied something after event `since`; returns at once when it
   * already has. The renderer refreshes the stories named (or the whole desk list when any).
   */
  'newsroom.events': {
    params: z.object({ since: z.number().int().nonnegative(), waitMs: z.number().int().min(0).max(25_000).optional() }).strict(),
    result: z.object({
      last: z.number().int().nonnegative(),
      storyIds: z.array(z.string()),
      kinds: z.array(z.enum(['story', 'marks', 'lease', 'page', 'signoff', 'status'])),
    }),
  },
  'newsroom.conflicts': {
    params: z.object({ storyId: z.string().optional() }).strict(),
    result: z.array(NewsroomConflictSchema),
  },
  /**
   * The three-way paragraph merge of a conflict (shared/newsroom/merge.ts): base = the server revision both sides
   * started from, ours = this desk's current text, theirs = the text the server kept as a conflict. The editor
   * saves the merged content as usual, then resolves the conflict. Needs the server (to read the base).
   * `chunks` are the merge view's stretches; `currentRevision` is the desk revision a merged save stands on.
   */
  'newsroom.mergeConflict': {
    params: z.object({ id: z.number().int() }).strict(),
    result: z.object({
      clean: z.boolean(),
      content: StoryContentSchema,
      conflictingStretches: z.number().int().nonnegative(),
      storyId: z.string(),
      currentRevision: z.number().int().nonnegative(),
      chunks: z.array(MergeViewChunkSchema),
    }),
  },
  /** The editor merged (or discarded) a conflict: it leaves the list; its text stays in the outbox history. */
  'newsroom.resolveConflict': { params: z.object({ id: z.number().int() }).strict(), result: z.object({ resolved: z.boolean() }) },
  /** Page-plan changes the server did not apply (a module moved meanwhile, a 签发 page …), of one page when given. */
  'newsroom.planConflicts': {
    params: z.object({ pageId: z.string().optional() }).strict(),
    result: z.array(PlanConflictSchema.extend({ conflictId: z.number().int(), createdAt: z.string() })),
  },
  /** Keep the server's state ('theirs'), or send this desk's again on top of it ('mine'). */
  'newsroom.resolvePlanConflict': {
    params: z.object({ id: z.number().int(), keep: z.enum(['mine', 'theirs']) }).strict(),
    result: z.object({ resolved: z.boolean() }),
  },
} as const;
