/**
 * 版式模板 (page masters): a paper's page designs — template (grid, 栏线, credit words) and furniture (报头, 报眉,
 * 责编行). One domain of the API contract (see contract.ts). A page picks one with pages.update { masterId } or
 * pages.add { masterId }; saving a master re-applies it to the pages that use it. `paper` omitted: the paper of
 * the desk's newest issue.
 */
import { z } from 'zod';
import { IdSchema, PageMasterFieldsSchema, PageMasterSchema, PageViewSchema } from '../model';

const MasterListSchema = z.object({ paper: z.string(), masters: z.array(PageMasterSchema) });

export const masterMethods = {
  'masters.list': { params: z.object({ paper: z.string().max(40).optional() }).strict(), result: MasterListSchema },
  /** Create (no id) or replace a master whole; the pages using it take the new template and furniture. */
  'masters.save': {
    params: z.object({ id: IdSchema.optional(), paper: z.string().max(40), fields: PageMasterFieldsSchema }).strict(),
    result: PageMasterSchema,
  },
  /** Delete a master; its pages keep their template and furniture, unlinked. */
  'masters.remove': { params: z.object({ id: IdSchema }).strict(), result: MasterListSchema },
  /** 下转 to a page in one step: the story is placed in that page's largest empty area and continued there. */
  'modules.continueOnPage': {
    params: z.object({ id: IdSchema, pageId: IdSchema }).strict(),
    result: PageViewSchema,
  },
  /** Mark a story as meant for a page (安排在第N版), or for none: preflight flags it when it is placed nowhere. */
  'stories.setPlannedPage': {
    params: z.object({ id: IdSchema, pageId: IdSchema.nullable() }).strict(),
    result: z.object({ id: IdSchema, plannedPageId: IdSchema.nullable() }),
  },
  /** The live stories meant for a page, and whether each is placed. */
  'pages.plannedStories': {
    params: z.object({ id: IdSchema }).strict(),
    result: z.array(z.object({ id: IdSchema, title: z.string(), placed: z.boolean() })),
  },
} as const;
