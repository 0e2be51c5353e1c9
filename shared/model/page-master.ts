/**
 * 版式模板 (page masters): a paper's named page designs. A master holds the page template (trim, margins, grid,
 * 栏线 on or off, the credit line's role words) and where its furniture sits (报头, 报眉, 责编行). A page that
 * picks a master takes a copy of its template and its furniture modules; saving the master again re-applies it
 * to every page that uses it (pages already 签发 keep what they printed). The composer reads only the page
 * (its template and modules), so the page view, the proof and the PDF set the same furniture.
 */
import { z } from 'zod';
import { FurnitureKinds, PageTemplateSchema, type FurnitureKind, type ModuleGeometry, type PageTemplate } from './page';
import { gridLineCount, presetTemplate } from './page-grid';
import { IdSchema } from './story';

/** One furniture module of a master, on the master's grid (0-based columns and lines, like modules). */
export const MasterFurnitureSchema = z
  .object({
    furniture: z.enum(FurnitureKinds),
    column: z.number().int().min(0).max(19),
    columnSpan: z.number().int().min(1).max(20),
    topLine: z.number().int().min(0).max(2_000),
    heightLines: z.number().int().min(1).max(200),
  })
  .strict();
export type MasterFurniture = z.infer<typeof MasterFurnitureSchema>;

/** What a person edits: the name, the template and the furniture. */
export const PageMasterFieldsSchema = z
  .object({
    /** 头版, 要闻版, 内页 … unique within the paper. */
    name: z.string().trim().min(1).max(40),
    template: PageTemplateSchema,
    furniture: z.array(MasterFurnitureSchema).max(8),
  })
  .strict();
export type PageMasterFields = z.infer<typeof PageMasterFieldsSchema>;

export const PageMasterSchema = PageMasterFieldsSchema.extend({
  id: IdSchema,
  /** 报名 of the paper it belongs to. */
  paper: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  /** Pages using it now (in any issue). */
  pageCount: z.number().int().nonnegative(),
});
export type PageMaster = z.infer<typeof PageMasterSchema>;

/** The credit line's words when a master sets none: 本版责编 / 版式 / 校对. */
export const DEFAULT_CREDIT_LABELS = { editor: '本版责编', layoutBy: '版式', proofreader: '校对' } as const;

/** Furniture height in grid lines: a 报头 of 12 lines on a broadsheet, a 2-line 报眉, a 1-line 责编行. */
const HEIGHTS: Record<FurnitureKind, number> = { masthead: 12, 'running-head': 2, 'credit-line': 1 };

/** Where a furniture kind sits on a template by default: 报头/报眉 across the top, 责编行 on the last line, right. */
export function defaultFurnitureAt(t: PageTemplate, furniture: FurnitureKind, heightLines = HEIGHTS[furniture]): MasterFurniture {
  const columns = t.grid.columnCount;
  const lines = gridLineCount(t);
  if (furniture === 'credit-line') {
    const span = Math.min(3, columns);
    return { furniture, column: columns - span, columnSpan: span, topLine: Math.max(0, lines - heightLines), heightLines };
  }
  return { furniture, column: 0, columnSpan: columns, topLine: 0, heightLines: Math.min(heightLines, lines) };
}

/**
 * The house masters a paper starts from (the templates panel offers them, and a page added where no master
 * is in use gets the inner one): 头版 with the 报头, 内页 with the 报眉; both with the 责编行 and 栏线.
 */
export function houseMaster(kind: 'front' | 'inner', preset: 'broadsheet' | 'tabloid' = 'broadsheet'): PageMasterFields {
  const template: PageTemplate = { ...presetTemplate(preset), columnRules: true, creditLabels: { ...DEFAULT_CREDIT_LABELS } };
  const head: FurnitureKind = kind === 'front' ? 'masthead' : 'running-head';
  return {
    name: kind === 'front' ? '头版' : '内页',
    template,
    furniture: [defaultFurnitureAt(template, head), defaultFurnitureAt(template, 'credit-line')],
  };
}

/** A master's furniture as module geometry for the page (the store adds ids and settings). */
export function masterModules(fields: PageMasterFields): Array<ModuleGeometry & { furniture: FurnitureKind }> {
  return fields.furniture.map((f) => ({ furniture: f.furniture, column: f.column, columnSpan: f.columnSpan, topLine: f.topLine, heightLines: f.heightLines }));
}
