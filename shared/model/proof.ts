/**
 * Proofreading (校对) as data: the rounds of 三审三校 with their ink colours, the GB/T 14706-1993 marks Folio
 * applies as edits, a proof mark anchored in a story's text, the sign-offs of a page, and what each role may do.
 * docs/typesetting.md §3. The services enforce PROOF_PERMISSIONS (a refused act is a 'forbidden' error); the UI uses
 * the same table to offer only what the person may do.
 */
import { z } from 'zod';
import type { Role } from './people';
import { RoleSchema } from './people';
import { IdSchema } from './story';

/** 一校, 二校, 三校 on the proofs, then 通读 of the clean proof (清样), in this order. */
export const ProofRounds = ['first', 'second', 'third', 'read-through'] as const;
export const ProofRoundSchema = z.enum(ProofRounds);
export type ProofRound = z.infer<typeof ProofRoundSchema>;

/** An ink: CMYK percentages for the printed proof, hex for the screen (a close sRGB rendering of the same ink). */
export interface ProofInk {
  cmyk: readonly [c: number, m: number, y: number, k: number];
  hex: string;
}

/**
 * One colour per round, fixed, so a mark's round reads at a glance on screen and on the proof. GB/T 14706 §5:
 * marks in colour ink, never grey pencil; leaders of one colour never cross, so each round draws in its own ink.
 * The hex values are the customary screen renderings of these process inks (e.g. 0/100/100/0 ≈ #E60012).
 */
export const ROUND_INKS: Readonly<Record<ProofRound, ProofInk>> = {
  first: { cmyk: [0, 100, 100, 0], hex: '#E60012' },
  second: { cmyk: [100, 60, 0, 0], hex: '#0068B7' },
  third: { cmyk: [85, 10, 100, 0], hex: '#009944' },
  'read-through': { cmyk: [50, 100, 0, 0], hex: '#920783' },
};

export const ROUND_LABELS_ZH: Readonly<Record<ProofRound, string>> = {
  first: '一校',
  second: '二校',
  third: '三校',
  'read-through': '通读',
};

/**
 * The GB/T 14706 marks (numbers as in the standard's table; docs/typesetting.md §3). The text marks become edits
 * when accepted; the layout marks (转正, 转移, 上下移, 左右移, 排齐, 着重号, 改字体字号) are instructions for the
 * layout desk: accepting one records the decision and changes no text. 着重号 and font/size changes are written
 * with the standard's 说明 (#21) and have no number of their own.
 */
export const MarkKinds = [
  'replace',
  'delete',
  'insert',
  'transpose',
  'run-on',
  'new-paragraph',
  'space-increase',
  'space-decrease',
  'stet',
  'note',
  'rotate',
  'move',
  'shift-vertical',
  'shift-horizontal',
  'align',
  'emphasis',
  'font-change',
] as const;
export const MarkKindSchema = z.enum(MarkKinds);
export type MarkKind = z.infer<typeof MarkKindSchema>;

export interface MarkKindInfo {
  /** Number in GB/T 14706-1993's table. */
  gbNumber: number;
  nameZh: string;
  nameEn: string;
  /** Whether marks.add needs `proposed` (the text to put in). */
  needsProposed: boolean;
  /** Whether accepting it changes the text (stet, note and the layout marks record a decision only). */
  editsText: boolean;
  /** Whether marks.add needs a note (where to move it, which face and size). */
  needsNote?: boolean;
}

export const MARK_KINDS: Readonly<Record<MarkKind, MarkKindInfo>> = {
  replace: { gbNumber: 1, nameZh: '改正', nameEn: 'correct', needsProposed: true, editsText: true },
  delete: { gbNumber: 2, nameZh: '删除', nameEn: 'delete', needsProposed: false, editsText: true },
  insert: { gbNumber: 3, nameZh: '增补', nameEn: 'insert', needsProposed: true, editsText: true },
  transpose: { gbNumber: 6, nameZh: '对调', nameEn: 'transpose', needsProposed: false, editsText: true },
  'run-on': { gbNumber: 7, nameZh: '接排', nameEn: 'run on', needsProposed: false, editsText: true },
  'new-paragraph': { gbNumber: 8, nameZh: '另起段', nameEn: 'new paragraph', needsProposed: false, editsText: true },
  'space-increase': { gbNumber: 15, nameZh: '加大空距', nameEn: 'increase space', needsProposed: false, editsText: true },
  'space-decrease': { gbNumber: 16, nameZh: '减小空距', nameEn: 'decrease space', needsProposed: false, editsText: true },
  stet: { gbNumber: 19, nameZh: '保留', nameEn: 'stet', needsProposed: false, editsText: false },
  note: { gbNumber: 21, nameZh: '说明', nameEn: 'note', needsProposed: false, editsText: false, needsNote: true },
  rotate: { gbNumber: 5, nameZh: '转正', nameEn: 'rotate upright', needsProposed: false, editsText: false },
  move: { gbNumber: 9, nameZh: '转移', nameEn: 'move', needsProposed: false, editsText: false, needsNote: true },
  'shift-vertical': { gbNumber: 10, nameZh: '上下移', nameEn: 'move up/down', needsProposed: false, editsText: false },
  'shift-horizontal': { gbNumber: 11, nameZh: '左右移', nameEn: 'move left/right', needsProposed: false, editsText: false },
  align: { gbNumber: 12, nameZh: '排齐', nameEn: 'align', needsProposed: false, editsText: false },
  emphasis: { gbNumber: 21, nameZh: '着重号', nameEn: 'emphasis dots', needsProposed: false, editsText: false },
  'font-change': { gbNumber: 21, nameZh: '改字体字号', nameEn: 'change face/size', needsProposed: false, editsText: false, needsNote: true },
};

/** The marks that say how the text is set, not what it says (accepting one changes no text). */
export const LAYOUT_MARK_KINDS: readonly MarkKind[] = ['rotate', 'move', 'shift-vertical', 'shift-horizontal', 'align', 'emphasis', 'font-change'];

/**
 * Where a mark sits: a range in one block's text (blockText: a figure's caption then its credit), in UTF-16
 * code units, plus the quoted text and a little context on each side so it can be found again after edits
 * (see shared/proof/anchor.ts). An insertion point is an empty range (start = end, quote '').
 */
export const MarkAnchorSchema = z.object({
  blockIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** blockText.slice(start, end) when anchored. */
  quote: z.string(),
  /** Up to ANCHOR_CONTEXT_UNITS of the block's text before `start` ('' at the block start). */
  prefix: z.string(),
  /** Up to ANCHOR_CONTEXT_UNITS of the block's text after `end` ('' at the block end). */
  suffix: z.string(),
});
export type MarkAnchor = z.infer<typeof MarkAnchorSchema>;

/** How much context an anchor keeps on each side (UTF-16 units): enough to tell repeated words apart. */
export const ANCHOR_CONTEXT_UNITS = 16;

/**
 * open: waiting for the editor; orphaned: its text was deleted or cannot be found (listed, never dropped);
 * withdrawn: taken back by the proofreader who made it before the editor decided (kept, shown struck out).
 */
export const MarkStatuses = ['open', 'accepted', 'rejected', 'orphaned', 'withdrawn'] as const;
export const MarkStatusSchema = z.enum(MarkStatuses);
export type MarkStatus = z.infer<typeof MarkStatusSchema>;

export const MARK_STATUS_LABELS_ZH: Readonly<Record<MarkStatus, string>> = {
  open: '待定',
  accepted: '已采纳',
  rejected: '未采纳',
  orphaned: '原文已删',
  withdrawn: '已撤回',
};

export const ProofMarkSchema = z.object({
  id: IdSchema,
  storyId: IdSchema,
  round: ProofRoundSchema,
  kind: MarkKindSchema,
  /** Who marked it (profile name) and in which role. */
  by: z.string(),
  byRole: RoleSchema,
  /** ISO-8601. */
  at: z.string(),
  /** Where it is now (re-anchored after every save). */
  anchor: MarkAnchorSchema,
  /** The story revision the anchor refers to. */
  anchorRevision: z.number().int().positive(),
  /** The text as the proofreader marked it (kept even when the anchored text changes later). */
  original: z.string(),
  /** The text to put in (replace, insert, transpose); null for the others. */
  proposed: z.string().nullable(),
  /** The proofreader's words (说明, or a comment on any mark); null when none. */
  note: z.string().nullable(),
  status: MarkStatusSchema,
  /** True when the anchored text now differs from `original` (someone edited inside the marked range). */
  drifted: z.boolean(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** Why it was rejected (required then); null otherwise. */
  reason: z.string().nullable(),
  /** The revision accepting it created; null when none (not accepted, or a stet/note). */
  appliedRevision: z.number().int().positive().nullable(),
});
export type ProofMark = z.infer<typeof ProofMarkSchema>;

/** Acts of proofreading, and the roles that may do each (enforced in electron/services/handlers-proof.ts). */
export const ProofActs = ['mark', 'decide', 'sign-round', 'sign-page', 'approve', 'withdraw', 'edit-terms', 'edit-policy'] as const;
export type ProofAct = (typeof ProofActs)[number];

/**
 * - mark: proofreaders, and editors too: a 责任编辑 reading the proof marks it in practice (the mark records the
 *   role, so the list shows who marked what). Layout staff fix composition, not text.
 * - decide (accept/reject): editors only; a proofreader proposes, the editor disposes.
 * - sign-round: the proofreader certifies the round done (校毕). sign-page: the 责任编辑. approve (签发) and
 *   withdraw (撤销签发): editors (the duty chief editor is an editor profile in this desk).
 * - edit-terms: the people who keep the 常错字表: editors and proofreaders. edit-policy: editors.
 */
export const PROOF_PERMISSIONS: Readonly<Record<ProofAct, readonly Role[]>> = {
  mark: ['proofreader', 'editor'],
  decide: ['editor'],
  'sign-round': ['proofreader'],
  'sign-page': ['editor'],
  approve: ['editor'],
  withdraw: ['editor'],
  'edit-terms': ['editor', 'proofreader'],
  'edit-policy': ['editor'],
};

export const PROOF_ACT_LABELS_ZH: Readonly<Record<ProofAct, string>> = {
  mark: '添加校对符号',
  decide: '采纳或退回校对意见',
  'sign-round': '校次签字',
  'sign-page': '责任编辑签字',
  approve: '签发',
  withdraw: '撤销签发',
  'edit-terms': '修改词表',
  'edit-policy': '修改校对制度设置',
};

export function mayProof(role: Role, act: ProofAct): boolean {
  return PROOF_PERMISSIONS[act].includes(role);
}

/** Kinds of sign-off rows: a round done, the page signed by its editor, 签发, and withdrawing a 签发. */
export const SignoffKinds = ['round', 'page', 'approve', 'withdraw'] as const;
export type SignoffKind = (typeof SignoffKinds)[number];

export const SignoffSchema = z.object({
  id: z.number().int().positive(),
  pageId: IdSchema,
  kind: z.enum(SignoffKinds),
  /** For kind 'round'. */
  round: ProofRoundSchema.nullable(),
  by: z.string(),
  byRole: RoleSchema,
  at: z.string(),
  /** The reason given for a withdraw; null otherwise. */
  note: z.string().nullable(),
  /**
   * True once it no longer stands: a later withdraw voids the page signature and the 签发; a later change to the
   * text of a story on the page voids the page signature (the editor signs again). Round signatures stand.
   */
  voided: z.boolean(),
});
export type Signoff = z.infer<typeof SignoffSchema>;

/** The sign-off state of a page: the signatures in force, and every row ever written (oldest first). */
export const PageSignoffsSchema = z.object({
  pageId: IdSchema,
  rounds: z.object({
    first: SignoffSchema.nullable(),
    second: SignoffSchema.nullable(),
    third: SignoffSchema.nullable(),
    'read-through': SignoffSchema.nullable(),
  }),
  page: SignoffSchema.nullable(),
  approved: SignoffSchema.nullable(),
  /** Marks on the page's stories still waiting for the editor (open or orphaned). */
  undecidedMarks: z.number().int().nonnegative(),
  history: z.array(SignoffSchema),
});
export type PageSignoffs = z.infer<typeof PageSignoffsSchema>;

/** The round a page is in: the first not yet signed (通读 once all are), where a round selector starts. */
export function currentRound(rounds: PageSignoffs['rounds']): ProofRound {
  return ProofRounds.find((r) => rounds[r] === null) ?? 'read-through';
}

/**
 * The paper's proofreading rules (one per desk). `lastRequiredRound`: the rounds up to and including this one
 * must be signed before the 责任编辑 may sign the page ('first' = 一校 only … 'read-through' = 三校一读).
 * `approvalRequiredForPlates`: export to plates refuses a page that is not 签发 (status 'approved').
 */
/**
 * The paper's house style for the automatic checks (shared/proof ProofStyle): other '其他' flags 其它;
 * arabicCounts flags counts in Chinese numerals (三十五人 → 35人). Absent: neither is checked.
 */
export const HouseStyleSchema = z
  .object({
    other: z.literal('其他').optional(),
    arabicCounts: z.boolean().optional(),
  })
  .strict();

export const ProofPolicySchema = z.object({
  lastRequiredRound: ProofRoundSchema,
  approvalRequiredForPlates: z.boolean(),
  houseStyle: HouseStyleSchema.optional(),
});
export type ProofPolicy = z.infer<typeof ProofPolicySchema>;

export const DEFAULT_PROOF_POLICY: ProofPolicy = { lastRequiredRound: 'first', approvalRequiredForPlates: true };
