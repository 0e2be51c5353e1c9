/**
 * The newsroom's page plan: issues, their pages, and the modules on each page. On the server a page is one
 * validated JSON document with a version: every change names the version it was made on, and a stale version is
 * refused ('conflict') so two layout desks never silently undo each other. 签发 of a page is signoff.approve.
 */
import { z } from 'zod';
import {
  AddModuleSchema,
  IssueDateSchema,
  PageStatusSchema,
  PageTemplateSchema,
  ProofRoundSchema,
  SignoffKinds,
  UpdateModuleSchema,
} from '../model';
import { IdSchema } from '../model/story';
import { NewsroomRoleSchema } from '../newsroom/roles';

const ById = z.object({ id: IdSchema }).strict();
const Version = z.number().int().positive();

/** A module as the server keeps it; desks' pushes (plan.push) also record the continuation and drawing order. */
export const NewsroomModuleSchema = AddModuleSchema.omit({ pageId: true }).extend({
  id: IdSchema,
  continuesTo: IdSchema.nullable().optional(),
  position: z.number().int().optional(),
});
export type NewsroomModule = z.infer<typeof NewsroomModuleSchema>;

export const NewsroomPageSchema = z.object({
  id: IdSchema,
  issueId: IdSchema,
  number: z.number().int().positive(),
  section: z.string().max(40),
  status: PageStatusSchema,
  template: PageTemplateSchema,
  modules: z.array(NewsroomModuleSchema).max(500),
  version: Version,
  /** The page's people (本版责编/版式/校对), as desks set them. */
  editor: z.string().max(40).optional(),
  layoutBy: z.string().max(40).optional(),
  proofreader: z.string().max(40).optional(),
});
export type NewsroomPage = z.infer<typeof NewsroomPageSchema>;

export const NewsroomIssueSchema = z.object({
  id: IdSchema,
  date: IssueDateSchema,
  paperName: z.string().min(1).max(40),
  pages: z.array(NewsroomPageSchema.pick({ id: true, number: true, section: true, status: true, version: true })),
});
export type NewsroomIssue = z.infer<typeof NewsroomIssueSchema>;

export const NewsroomSignoffSchema = z.object({
  id: z.number().int().positive(),
  pageId: IdSchema,
  kind: z.enum(SignoffKinds),
  /** For kind 'round': which round was signed done. */
  round: ProofRoundSchema.nullable(),
  by: z.string(),
  role: NewsroomRoleSchema,
  at: z.string(),
  note: z.string().nullable(),
  /** No longer in force (shared/model/signoff-rules.ts signatureVoided). */
  voided: z.boolean(),
});
export type NewsroomSignoff = z.infer<typeof NewsroomSignoffSchema>;
export const NewsroomPageSignoffsSchema = z.object({
  pageId: IdSchema,
  /** The round signatures in force (一校 … 通读). */
  rounds: z.object({
    first: NewsroomSignoffSchema.nullable(),
    second: NewsroomSignoffSchema.nullable(),
    third: NewsroomSignoffSchema.nullable(),
    'read-through': NewsroomSignoffSchema.nullable(),
  }),
  /** The 责任编辑's page signature in force. */
  page: NewsroomSignoffSchema.nullable(),
  /** The 签发 in force, null when none (never signed, or withdrawn since). */
  approved: NewsroomSignoffSchema.nullable(),
  /** Marks on the page's stories still waiting for the editor. */
  undecidedMarks: z.number().int().nonnegative(),
  history: z.array(NewsroomSignoffSchema),
});
export type NewsroomPageSignoffs = z.infer<typeof NewsroomPageSignoffsSchema>;

export const ExportKinds = ['pdf', 'plates', 'proof'] as const;

export const newsroomPageMethods = {
  'issues.list': { params: z.object({}).strict(), result: z.array(NewsroomIssueSchema) },
  'issues.get': { params: ById, result: NewsroomIssueSchema },
  'issues.create': {
    params: z
      .object({
        date: IssueDateSchema,
        paperName: z.string().trim().min(1).max(40),
        pageCount: z.number().int().min(1).max(64).default(1),
        preset: z.enum(['broadsheet', 'tabloid']).default('broadsheet'),
        sections: z.array(z.string().max(40)).max(64).default([]),
      })
      .strict(),
    result: NewsroomIssueSchema,
  },
  'pages.get': { params: ById, result: NewsroomPageSchema },
  /** Section and status; 签发 ('approved') and 'sent' are only reached through signoff.approve and export. */
  'pages.update': {
    params: z
      .object({ id: IdSchema, version: Version, section: z.string().max(40).optional(), status: z.enum(['planning', 'layout', 'proofing']).optional() })
      .strict(),
    result: NewsroomPageSchema,
  },
  'modules.add': { params: AddModuleSchema.extend({ version: Version }).strict(), result: NewsroomPageSchema },
  'modules.update': {
    params: UpdateModuleSchema.omit({ pageId: true }).extend({ id: IdSchema, pageId: IdSchema, version: Version }).strict(),
    result: NewsroomPageSchema,
  },
  'modules.remove': { params: z.object({ id: IdSchema, pageId: IdSchema, version: Version }).strict(), result: NewsroomPageSchema },
  /** Record that a desk exported the page (PDF, plates or the marked proof); plates need the page 签发. */
  'pages.recordExport': {
    params: z.object({ pageId: IdSchema, kind: z.enum(ExportKinds), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(),
    result: z.object({ pageId: IdSchema, kind: z.enum(ExportKinds), at: z.string() }),
  },
  /** As the desk's: the proofreader signs a round done, in order 一校 → 二校 → 三校 → 通读. */
  'signoff.round': { params: z.object({ pageId: IdSchema, round: ProofRoundSchema }).strict(), result: NewsroomPageSignoffsSchema },
  /** As the desk's: the 责任编辑 signs the page (the rounds up to the default policy's, every mark decided). */
  'signoff.page': { params: z.object({ pageId: IdSchema }).strict(), result: NewsroomPageSignoffsSchema },
  'signoff.approve': { params: z.object({ pageId: IdSchema }).strict(), result: NewsroomPageSignoffsSchema },
  'signoff.withdraw': {
    params: z.object({ pageId: IdSchema, reason: z.string().trim().min(1).max(2_000) }).strict(),
    result: NewsroomPageSignoffsSchema,
  },
  'signoff.list': { params: z.object({ pageId: IdSchema }).strict(), result: NewsroomPageSignoffsSchema },
} as const;
