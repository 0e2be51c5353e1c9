/**
 * The newsroom server's contract (docs/newsroom.md, notes/NEWSROOM-PROTOCOL.md): the desk contract's methods it
 * serves, unchanged where they mean the same, widened where a shared newsroom needs more (lease tokens, conflict
 * revisions), plus session.* and changes. The server validates every call with these schemas; the desk's sync
 * client builds its calls from the same types.
 */
import { z } from 'zod';
import { IdSchema, RevisionSummarySchema, StoryContentSchema, StorySchema, StoryStatusSchema, StorySummarySchema } from '../model/story';
import { ChangeSchema, CHANGES_PAGE_MAX, SeqSchema } from '../newsroom/changes';
import { LeaseSchema } from '../newsroom/lease';
import { NewsroomRoleSchema } from '../newsroom/roles';
import { storyMethods } from './contract-stories';
import { workflowMethods } from './contract-workflow';
import { proofMethods } from './contract-proof';
import { newsroomPageMethods } from './contract-newsroom-pages';
import { newsroomPlanMethods } from './contract-newsroom-plan';

const Empty = z.object({}).strict();
const StoryClient = z.object({ id: IdSchema, clientId: z.string().min(1).max(64) }).strict();

export const NewsroomUserSchema = z.object({ name: z.string(), role: NewsroomRoleSchema });

/** Account names: what people type at login and what revisions record. */
export const AccountNameSchema = z.string().trim().min(1).max(100);
/** Passwords: 8–1024 characters (argon2 hashes any length; the cap keeps a request small). */
export const PasswordSchema = z.string().min(8).max(1024);

export const RevisionReasons = ['create', 'edit', 'restore', 'import', 'demo', 'conflict', 'mark'] as const;

/** A revision on the server: as the desk's, plus conflict revisions (kept beside the current one, never current). */
export const NewsroomRevisionSummarySchema = RevisionSummarySchema.extend({
  reason: z.enum(RevisionReasons),
  /** For reason 'conflict': the revision the writer started from and the one that was current instead. */
  conflict: z.object({ baseRevision: z.number().int().positive(), currentRevision: z.number().int().positive() }).nullable(),
});
export type NewsroomRevisionSummary = z.infer<typeof NewsroomRevisionSummarySchema>;

export const SaveConflictSchema = z.object({
  /** The conflict revision holding the saved text. */
  revision: z.number().int().positive(),
  baseRevision: z.number().int().positive(),
  currentRevision: z.number().int().positive(),
});

export const newsroomStoryMethods = {
  'stories.list': {
    params: z
      .object({
        filter: z.string().max(200).optional(),
        trash: z.boolean().optional(),
        status: z.union([StoryStatusSchema, z.array(StoryStatusSchema).min(1)]).optional(),
        author: z.string().max(100).optional(),
      })
      .strict(),
    result: z.array(StorySummarySchema),
  },
  'stories.get': storyMethods['stories.get'],
  'stories.create': storyMethods['stories.create'],
  /**
   * As the desk's, plus: `leaseToken` (the fencing token of the caller's lease; an older token than the story's
   * newest is refused with 'locked'), and a stale `baseRevision` stores a conflict revision instead of refusing:
   * `conflict` then names it, `revision` is that conflict revision and `story` is unchanged.
   */
  'stories.save': {
    params: storyMethods['stories.save'].params.extend({ leaseToken: z.number().int().positive().optional() }).strict(),
    result: z.object({
      story: StorySummarySchema,
      revision: NewsroomRevisionSummarySchema.nullable(),
      conflict: SaveConflictSchema.nullable(),
    }),
  },
  'stories.rename': storyMethods['stories.rename'],
  'stories.revisions': { params: z.object({ id: IdSchema }).strict(), result: z.array(NewsroomRevisionSummarySchema) },
  'stories.revision': {
    params: storyMethods['stories.revision'].params,
    result: z.object({ revision: NewsroomRevisionSummarySchema, content: StoryContentSchema }),
  },
  'stories.transition': workflowMethods['stories.transition'],

  /** Take or renew the lease; kind 'locked': somebody else holds it (lease names them). */
  'stories.lock': {
    params: StoryClient,
    result: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('held'), lease: LeaseSchema }),
      z.object({ kind: z.literal('locked'), lease: LeaseSchema }),
    ]),
  },
  'stories.unlock': { params: StoryClient, result: z.object({ released: z.boolean() }) },
  /** Chief (or the holder's own account): a new lease with a new token; the old holder learns it from the feed. */
  'stories.takeOverLock': { params: StoryClient, result: z.object({ lease: LeaseSchema, previous: LeaseSchema.nullable() }) },
  'stories.locks': { params: Empty, result: z.array(LeaseSchema) },
} as const;

export const newsroomSessionMethods = {
  'session.login': {
    params: z.object({ name: AccountNameSchema, password: z.string().min(1).max(1024) }).strict(),
    result: z.object({ token: z.string(), user: NewsroomUserSchema, expiresAt: z.string() }),
  },
  'session.logout': { params: Empty, result: z.object({ revoked: z.boolean() }) },
  'session.me': { params: Empty, result: NewsroomUserSchema },
  /** Also served as GET /api/changes?since=SEQ&limit=N. */
  changes: {
    params: z.object({ since: SeqSchema.default(0), limit: z.number().int().min(1).max(CHANGES_PAGE_MAX).optional() }).strict(),
    result: z.object({ changes: z.array(ChangeSchema), last: SeqSchema }),
  },
} as const;

export const newsroomProofMethods = {
  'marks.add': proofMethods['marks.add'],
  'marks.list': { params: z.object({ storyId: IdSchema }).strict(), result: proofMethods['marks.list'].result },
  'marks.accept': {
    params: z.object({ id: IdSchema, clientId: z.string().min(1).max(64).optional(), leaseToken: z.number().int().positive().optional() }).strict(),
    result: proofMethods['marks.accept'].result,
  },
  /** 采纳 in one batch: one revision per story for all the marks (shared/proof applyMarks), all or nothing. */
  'marks.acceptMany': {
    params: z
      .object({ ids: z.array(IdSchema).min(1).max(500), clientId: z.string().min(1).max(64).optional(), leaseToken: z.number().int().positive().optional() })
      .strict(),
    result: proofMethods['marks.acceptMany'].result,
  },
  'marks.reject': proofMethods['marks.reject'],
  'marks.withdraw': proofMethods['marks.withdraw'],
  'marks.edit': proofMethods['marks.edit'],
} as const;

export const newsroomContract = {
  ...newsroomSessionMethods,
  ...newsroomStoryMethods,
  ...newsroomProofMethods,
  ...newsroomPageMethods,
  ...newsroomPlanMethods,
} as const;

export type NewsroomContract = typeof newsroomContract;
export type NewsroomMethod = keyof NewsroomContract;
export type NewsroomParams<M extends NewsroomMethod> = z.input<NewsroomContract[M]['params']>;
export type NewsroomResult<M extends NewsroomMethod> = z.output<NewsroomContract[M]['result']>;

export function isNewsroomMethod(name: string): name is NewsroomMethod {
  return Object.prototype.hasOwnProperty.call(newsroomContract, name);
}

/** Methods that change nothing: no Idempotency-Key needed, served on any instance without a transaction. */
export const NEWSROOM_READS: ReadonlySet<NewsroomMethod> = new Set<NewsroomMethod>([
  'session.me',
  'changes',
  'stories.list',
  'stories.get',
  'stories.revisions',
  'stories.revision',
  'stories.locks',
  'marks.list',
  'issues.list',
  'issues.get',
  'pages.get',
  'signoff.list',
  'plan.get',
  'assets.get',
]);

export { StorySchema };
