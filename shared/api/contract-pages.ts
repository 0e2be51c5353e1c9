/** Page composition (版面): issues, pages, modules — one domain of the API contract (see contract.ts). */
import { z } from 'zod';
import {
  AddModuleSchema,
  AddPageSchema,
  CreateIssueSchema,
  IdSchema,
  IssueSchema,
  ListIssuesSchema,
  PageSignoffsSchema,
  PageTemplateSchema,
  PageViewSchema,
  StorySchema,
  UpdateIssueSchema,
  UpdateModuleSchema,
  UpdatePageSchema,
} from '../model';

const ById = z.object({ id: IdSchema }).strict();

/** How a module's text fits its box: 超 N 字 (overset) or 差 N 行 (spare), from the composition engine. */
export const ModuleFitSchema = z.object({
  moduleId: IdSchema,
  kind: z.enum(['story', 'image', 'furniture']),
  /** Story title, or the furniture's name (报头 …). */
  label: z.string(),
  /** Body columns it is set in. */
  columns: z.number().int().positive(),
  /** Characters that do not fit; null when nothing is composed there (furniture, missing story). */
  oversetChars: z.number().int().nonnegative().nullable(),
  /** Empty lines left; null as above. */
  spareLines: z.number().int().nonnegative().nullable(),
});
export type ModuleFit = z.infer<typeof ModuleFitSchema>;

export const pageMethods = {
  /** Issues, newest date first, each with its pages. */
  'issues.list': { params: ListIssuesSchema, result: z.array(IssueSchema) },
  'issues.get': { params: ById, result: IssueSchema },
  /** Create an issue with pages 第1版 … 第N版 on a preset template. */
  'issues.create': { params: CreateIssueSchema, result: IssueSchema },
  /** Change the 报头 fields (paper name, date, 第N期, 总第N期 …). */
  'issues.update': { params: UpdateIssueSchema.extend({ id: IdSchema }).strict(), result: IssueSchema },
  /** 最近的期次: the issues last opened on this desk (kept in the desk file), most recent first. */
  'issues.recent': { params: z.object({}).strict(), result: z.array(IssueSchema) },
  /** Notes that an issue was opened (it goes first in issues.recent); returns the new list. */
  'issues.opened': { params: ById, result: z.array(IssueSchema) },

  /** The page templates Folio offers (对开 broadsheet, 四开 tabloid), all figures in pt. */
  'pages.presets': {
    params: z.object({}).strict(),
    result: z.object({ broadsheet: PageTemplateSchema, tabloid: PageTemplateSchema }),
  },
  /** A page as it opens: always, with missing stories, overlaps etc. as findings. */
  'pages.get': { params: ById, result: PageViewSchema },
  /**
   * An issue's pages as they open (pages.get of each, in page order) and every story they place (as stories.get,
   * each once; an id with no story in `missing`), in one answer: the plan's thumbnails read an issue with one
   * request instead of one per page and one for the stories. `version` names the desk's state the answer was read
   * in; asked again with `since` = that version while nothing at all was written to the desk since, the answer is
   * `unchanged: true` with no views or stories (the caller's copy is current). `revisions`: the newest revision
   * the caller holds of some stories; a placed story still at that revision is listed in `same`, not sent again.
   * `heads`: every placed story's newest revision and its content hash (sha256 of the canonical content, as the
   * store keeps it: what a stored thumbnail is keyed by, renderer/plan/thumb-codec.ts). `texts: false`: no story
   * is sent (`stories` and `same` empty), only the views and heads — the plan's stored thumbnails are looked up
   * with these at once and the texts read after. `signoffs`: each page's sign-off state (as signoff.list), in the
   * order of `views`: the plan's rows (校次, 签发) come with the same request.
   */
  'pages.ofIssue': {
    params: z
      .object({
        issueId: IdSchema,
        since: z.string().max(100).optional(),
        revisions: z.record(IdSchema, z.number().int().nonnegative()).refine((r) => Object.keys(r).length <= 5000, 'at most 5000 stories').optional(),
        texts: z.boolean().optional(),
      })
      .strict(),
    result: z
      .object({
        version: z.string(),
        unchanged: z.boolean(),
        views: z.array(PageViewSchema),
        stories: z.array(StorySchema),
        same: z.array(IdSchema),
        missing: z.array(IdSchema),
        heads: z.array(z.object({ id: IdSchema, revision: z.number().int().nonnegative(), hash: z.string() }).strict()),
        signoffs: z.array(PageSignoffsSchema),
      })
      .strict(),
  },
  'pages.update': { params: UpdatePageSchema.extend({ id: IdSchema }).strict(), result: PageViewSchema },
  'pages.add': { params: AddPageSchema, result: IssueSchema },
  /** Refused ('conflict') while the page holds modules, unless discardModules (stories are never touched). */
  'pages.remove': {
    params: z.object({ id: IdSchema, discardModules: z.boolean().optional() }).strict(),
    result: IssueSchema,
  },
  /** All the issue's page ids in their new order; they become 第1版 … 第N版. */
  'pages.reorder': {
    params: z.object({ issueId: IdSchema, pageIds: z.array(IdSchema).min(1).max(64) }).strict(),
    result: IssueSchema,
  },
  /** Compose every module of the page and report how its text fits (超/差). */
  'pages.fit': {
    params: ById,
    result: z.object({ modules: z.array(ModuleFitSchema), findings: PageViewSchema.shape.findings }),
  },

  /** Place a module; off the page / no size / too narrow is refused, an overlap comes back as a warning. */
  'modules.add': { params: AddModuleSchema, result: PageViewSchema },
  'modules.update': { params: UpdateModuleSchema.extend({ id: IdSchema }).strict(), result: PageViewSchema },
  /** Take a module off the page (the story stays in the desk). */
  'modules.remove': { params: ById, result: PageViewSchema },
} as const;
