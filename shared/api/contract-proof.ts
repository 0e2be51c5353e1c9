/**
 * Proofreading (校对): proof marks in rounds, the automatic checks, the paper's term list, and page sign-offs
 * up to 签发. One domain of the API contract (see contract.ts). Who may do what is PROOF_PERMISSIONS in
 * shared/model/proof.ts, enforced by the services ('forbidden').
 */
import { z } from 'zod';
import {
  ClientIdSchema,
  IdSchema,
  MarkKindSchema,
  PageSignoffsSchema,
  ProofPolicySchema,
  ProofMarkSchema,
  ProofRoundSchema,
  WellFormedTextSchema,
} from '../model';
import { FINDING_CODES } from '../proof/codes';
import { errorMessage, issueError } from '../errors';

const PageRef = z.object({ pageId: IdSchema }).strict();
const offset = z.number().int().nonnegative().max(1_000_000);
const proposedText = WellFormedTextSchema.max(2_000);
const noteText = WellFormedTextSchema.max(2_000);

/** A finding of proof.check (shared/proof StoryFinding): offsets are UTF-16 units into the block's text or part. */
export const StoryFindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  start: offset,
  end: offset,
  text: z.string().max(2_000),
  suggestion: z.string().max(2_000).optional(),
  message: z.string().max(2_000),
  severity: z.enum(['error', 'warning', 'info']),
  args: z.object({ found: z.string(), expected: z.string().optional(), note: z.string().optional() }),
  block: z.number().int().nonnegative(),
  part: z.enum(['caption', 'credit']).optional(),
});
export type StoryFindingDto = z.infer<typeof StoryFindingSchema>;

export const TermRuleSchema = z.object({
  wrong: z.string().max(100),
  right: z.string().max(100),
  note: z.string().max(500).optional(),
});
export const BannedWordSchema = z.object({ word: z.string().max(100), note: z.string().max(500).optional() });
export const TermListSchema = z.object({
  rules: z.array(TermRuleSchema.strict()).max(20_000),
  banned: z.array(BannedWordSchema.strict()).max(20_000),
});
export const StoredTermsSchema = TermListSchema.extend({
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

export const proofMethods = {
  /**
   * Add a mark on the newest text of a story. Range: UTF-16 units into the block's text (blockText; a figure's
   * caption then its credit); an insertion point is start = end. `quote`: the text the client saw there — a
   * mismatch is 'conflict' (reload and mark again). `proposed`: required for replace and insert; for transpose
   * optional when two characters swap. Refused on a 签发 page ('forbidden') and for a round already signed on the
   * story's page ('conflict'). Proofreaders and editors.
   */
  'marks.add': {
    params: z
      .object({
        storyId: IdSchema,
        round: ProofRoundSchema,
        kind: MarkKindSchema,
        blockIndex: z.number().int().nonnegative(),
        start: offset,
        end: offset,
        quote: z.string().max(20_000).optional(),
        proposed: proposedText.nullable().optional(),
        note: noteText.nullable().optional(),
      })
      .strict(),
    result: ProofMarkSchema,
  },
  /**
   * Marks of one story, or of every story on a page (both: that story if it is on the page), oldest first, all
   * statuses; anchors are re-found in the newest text first, so `anchor` is where to jump to.
   */
  'marks.list': {
    params: z
      .object({ storyId: IdSchema.optional(), pageId: IdSchema.optional() })
      .strict()
      .refine((p) => p.storyId !== undefined || p.pageId !== undefined, { message: 'storyId or pageId is needed', params: issueError(errorMessage('story-or-page-needed')) }),
    result: z.array(ProofMarkSchema),
  },
  /**
   * Accept: the change is applied to the newest text as a new revision by the deciding editor (appliedRevision);
   * stet and note record the decision only. Orphaned or no-longer-applicable marks: 'conflict'. Editors only.
   * `clientId`: the deciding editor's session, for the edit-lock check (as stories.save). A mark whose text
   * changed since it was made (drifted) is refused with 'conflict', field 'confirmDrift', until the call is
   * repeated with confirmDrift: true (the editor has seen both texts).
   */
  'marks.accept': {
    params: z.object({ id: IdSchema, clientId: ClientIdSchema.optional(), confirmDrift: z.boolean().optional() }).strict(),
    result: ProofMarkSchema,
  },
  /**
   * Accept several marks at once (采纳 in one batch): each story gets exactly one new revision with all their
   * changes, and every mark names it (appliedRevision; null for stet/note). All or nothing, with marks.accept's
   * refusals: an orphaned mark or one no longer applicable is 'conflict'; a drifted one 'conflict' with field
   * 'confirmDrift' until repeated with confirmDrift: true. Editors only. One revision on the desk, and the batch travels to
   * the newsroom as one marks.acceptMany, where the server makes the same single revision.
   */
  'marks.acceptMany': {
    params: z.object({ ids: z.array(IdSchema).min(1).max(500), clientId: ClientIdSchema.optional(), confirmDrift: z.boolean().optional() }).strict(),
    result: z.array(ProofMarkSchema),
  },
  /**
   * Change what an undecided mark asks for (proposed text, note; the range and kind stay). Only the person who
   * made it ('forbidden' for anyone else); a decided mark: 'conflict'.
   */
  'marks.edit': {
    params: z.object({ id: IdSchema, proposed: proposedText.nullable().optional(), note: noteText.nullable().optional() }).strict(),
    result: ProofMarkSchema,
  },
  /**
   * Take back an undecided mark: only the person who made it ('forbidden' for anyone else), only while its round
   * is not signed on the story's page and the editor has not decided it ('conflict'). The mark stays in the
   * history with status 'withdrawn'.
   */
  'marks.withdraw': {
    params: z.object({ id: IdSchema }).strict(),
    result: ProofMarkSchema,
  },
  /** Reject with a reason (required, kept in the history). Editors only. */
  'marks.reject': {
    params: z.object({ id: IdSchema, reason: z.string().trim().min(1).max(2_000) }).strict(),
    result: ProofMarkSchema,
  },

  /**
   * The automatic checks (shared/proof checkStory) on the newest text, with the desk's term list merged with the
   * built-in wording list, and the house style of proof.policy. Anyone.
   */
  'proof.check': {
    params: z.object({ storyId: IdSchema }).strict(),
    result: z.object({ revision: z.number().int().positive(), findings: z.array(StoryFindingSchema) }),
  },
  /** One click: a finding becomes a mark (改正/删除/增补 with the suggestion, else 说明). As marks.add. */
  'proof.markFromFinding': {
    params: z.object({ storyId: IdSchema, round: ProofRoundSchema, finding: StoryFindingSchema }).strict(),
    result: ProofMarkSchema,
  },

  /** The paper's term list and banned words. */
  'terms.get': { params: z.object({}).strict(), result: StoredTermsSchema },
  /** Replace the whole list (a bad entry refuses it all, naming the field). Editors and proofreaders. */
  'terms.set': { params: TermListSchema.strict(), result: StoredTermsSchema },

  /** The paper's proofreading rules: rounds required before the page signature; 签发 required for plates. */
  'proof.policy': { params: z.object({}).strict(), result: ProofPolicySchema },
  /** Change them. Editors only. */
  'proof.setPolicy': { params: ProofPolicySchema.strict(), result: ProofPolicySchema },

  /** The proofreader signs a round done, in order 一校 → 二校 → 三校 → 通读. Proofreaders only. */
  'signoff.round': { params: PageRef.extend({ round: ProofRoundSchema }).strict(), result: PageSignoffsSchema },
  /** The 责任编辑 signs the page: needs the policy's rounds signed (default 一校) and no undecided mark. Editors only. */
  'signoff.page': { params: PageRef, result: PageSignoffsSchema },
  /** 签发: needs the page signature; locks the stories' text; page status → 'approved'. Editors only. */
  'signoff.approve': { params: PageRef, result: PageSignoffsSchema },
  /** 撤销签发 with a reason: page back to 'proofing', page signature and 签发 voided. Editors only. */
  'signoff.withdraw': {
    params: PageRef.extend({ reason: z.string().trim().min(1).max(2_000) }).strict(),
    result: PageSignoffsSchema,
  },
  /** The signatures in force, the undecided mark count, and every sign-off row. Anyone. */
  'signoff.list': { params: PageRef, result: PageSignoffsSchema },
} as const;
