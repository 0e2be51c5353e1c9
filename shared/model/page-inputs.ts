/**
 * What callers send to change the page plan: the API contract's params and the store's own check use these same
 * schemas, so both say the same thing about bad input.
 */
import { z } from 'zod';
import {
  ModuleBoxSchema,
  ModuleInsetSchema,
  ModuleShapeSchema,
  FurnitureKinds,
  IssueDateSchema,
  IssueFieldsSchema,
  ModuleBorders,
  ModuleHeadlineSchema,
  ModuleKinds,
  ModulePictureSchema,
  PagePeopleSchema,
  PageStatusSchema,
  PageTemplateSchema,
} from './page';
import { IdSchema } from './story';

const PresetSchema = z.enum(['broadsheet', 'tabloid']);

export const ListIssuesSchema = z
  .object({
    /** Inclusive ISO dates. */
    fromDate: IssueDateSchema.optional(),
    toDate: IssueDateSchema.optional(),
  })
  .strict();

export const CreateIssueSchema = IssueFieldsSchema.extend({
  publisher: IssueFieldsSchema.shape.publisher.default(''),
  serialNumber: IssueFieldsSchema.shape.serialNumber.default(null),
  registration: IssueFieldsSchema.shape.registration.default(''),
  /** Pages to create (第1版 … 第N版). */
  pageCount: z.number().int().min(1).max(64).default(1),
  preset: PresetSchema.default('broadsheet'),
  /** 版名 per page, in order (missing ones are ''). */
  sections: z.array(z.string().max(40)).max(64).default([]),
  /**
   * Give the pages their furniture: page 1 from `frontMasterId` (else the house 头版: 报头 and 责编行), the others
   * from `innerMasterId` (else the house 内页: 报眉 and 责编行). Off by default for callers that lay pages out
   * whole (the demo, imports); the desk's form always asks for it.
   */
  furnish: z.boolean().default(false),
  frontMasterId: IdSchema.optional(),
  innerMasterId: IdSchema.optional(),
}).strict();
export type CreateIssueInput = z.input<typeof CreateIssueSchema>;

export const UpdateIssueSchema = IssueFieldsSchema.partial().strict();
export type UpdateIssueInput = z.input<typeof UpdateIssueSchema>;

export const UpdatePageSchema = PagePeopleSchema.partial()
  .extend({
    section: z.string().max(40).optional(),
    status: PageStatusSchema.optional(),
    /** A whole template (every figure editable); refused when a placed module would fall off the page. */
    template: PageTemplateSchema.optional(),
    /** Take this 版式模板's template and furniture (its furniture replaces the page's); null: keep, unlinked. */
    masterId: IdSchema.nullable().optional(),
  })
  .strict();
export type UpdatePageInput = z.input<typeof UpdatePageSchema>;

export const AddPageSchema = z
  .object({
    issueId: IdSchema,
    /** Where the new page goes (第N版); later pages move up one. Default: after the last page. */
    number: z.number().int().min(1).optional(),
    section: z.string().max(40).optional(),
    /** Default: the preset of the issue's first page. */
    preset: PresetSchema.optional(),
    /**
     * The 版式模板 the page takes its template and furniture from. Default: the master of the page before it;
     * without one, the house inner page (报眉 and 责编行), so a new page is never bare.
     */
    masterId: IdSchema.optional(),
  })
  .strict();
export type AddPageInput = z.input<typeof AddPageSchema>;

/** Grid numbers may be out of range here: the store refuses them with a placement message, not a schema one. */
const gridInt = z.number().int().min(-10_000).max(10_000);

export const AddModuleSchema = z
  .object({
    pageId: IdSchema,
    kind: z.enum(ModuleKinds),
    storyId: IdSchema.nullable().optional(),
    column: gridInt,
    columnSpan: gridInt,
    topLine: gridInt,
    heightLines: gridInt,
    /** Default: one body column per base column for stories (no 破栏), 1 for pictures and furniture. */
    bodyColumns: z.number().int().min(1).max(40).optional(),
    headline: ModuleHeadlineSchema.partial().optional(),
    border: z.enum(ModuleBorders).optional(),
    /** Pictures: default image band = the module's height less 4 lines for the caption. */
    picture: ModulePictureSchema.partial().optional(),
    furniture: z.enum(FurnitureKinds).optional(),
  })
  .strict();
export type AddModuleInput = z.input<typeof AddModuleSchema>;

export const UpdateModuleSchema = z
  .object({
    /** Move to another page; the geometry is checked against that page. */
    pageId: IdSchema.optional(),
    storyId: IdSchema.nullable().optional(),
    column: gridInt.optional(),
    columnSpan: gridInt.optional(),
    topLine: gridInt.optional(),
    heightLines: gridInt.optional(),
    bodyColumns: z.number().int().min(1).max(40).optional(),
    headline: ModuleHeadlineSchema.partial().optional(),
    border: z.enum(ModuleBorders).optional(),
    picture: ModulePictureSchema.partial().optional(),
    furniture: z.enum(FurnitureKinds).optional(),
    /** 花边/底纹/反白; null takes the box away. */
    box: ModuleBoxSchema.nullable().optional(),
    /** 绕排 inset; null takes it away. */
    inset: ModuleInsetSchema.nullable().optional(),
    /** Irregular shape; null makes the module a rectangle again. */
    shape: ModuleShapeSchema.nullable().optional(),
    /** 竖排 head or block; null sets the module horizontally again. */
    vertical: z.enum(['head', 'block']).nullable().optional(),
    /** The module this story continues in (转版), or null to end it here. */
    continuesTo: IdSchema.nullable().optional(),
    /** 转版标题 of a continuation; '' or null takes it away. */
    jumpHead: z.string().max(40).nullable().optional(),
  })
  .strict();
export type UpdateModuleInput = z.input<typeof UpdateModuleSchema>;
