/** Pages and modules as rows: the SELECTs, their mapping to the model, and the store's check of inputs. */
import type { z } from 'zod';
import {
  ModuleSettingsSchema,
  PageTemplateSchema,
  type Module,
  type ModuleKind,
  type ModuleSettings,
  type PageStatus,
  type PageSummary,
  type Page,
} from '../../shared/model';
import type { ReadableDb } from './db';
import { StoreError } from './errors';
import { errorMessage, zodIssueReason, type ErrorMessage } from '../../shared/errors';

/** Validate input with a model schema; the first problem becomes StoreError('invalid') naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: ErrorMessage): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.map(String).join('.');
  throw new StoreError('invalid', errorMessage('field-invalid', { what, field: field || errorMessage('input-whole'), why: zodIssueReason(issue) }), {
    field: field || undefined,
  });
}

export interface PageRow {
  id: string;
  issue_id: string;
  number: number;
  section: string;
  editor: string;
  layout_by: string;
  proofreader: string;
  status: PageStatus;
  template: string;
  updated_at: string;
  module_count: number;
  master_id: string | null;
}

export const PAGE_SELECT = `
  SELECT p.id, p.issue_id, p.number, p.section, p.editor, p.layout_by, p.proofreader, p.status, p.template,
         p.updated_at, (SELECT count(*) FROM modules m WHERE m.page_id = p.id) AS module_count, p.master_id
  FROM pages p`;

export function toPageSummary(row: PageRow): PageSummary {
  return {
    id: row.id,
    issueId: row.issue_id,
    number: row.number,
    section: row.section,
    editor: row.editor,
    layoutBy: row.layout_by,
    proofreader: row.proofreader,
    status: row.status,
    moduleCount: row.module_count,
    updatedAt: row.updated_at,
    masterId: row.master_id,
  };
}

export function toPage(row: PageRow): Page {
  return { ...toPageSummary(row), template: PageTemplateSchema.parse(JSON.parse(row.template)) };
}

export function pageNotFound(id: string): StoreError {
  return new StoreError('not-found', errorMessage('page-not-found', { id }));
}

export function requirePage(db: ReadableDb, id: string): Page {
  const row = db.prepare<[string], PageRow>(`${PAGE_SELECT} WHERE p.id = ?`).get(id);
  if (!row) throw pageNotFound(id);
  return toPage(row);
}

export interface ModuleRow {
  id: string;
  page_id: string;
  kind: ModuleKind;
  story_id: string | null;
  column_index: number;
  column_span: number;
  top_line: number;
  height_lines: number;
  body_columns: number;
  settings: string;
  continues_to: string | null;
}

export const MODULE_COLUMNS =
  'id, page_id, kind, story_id, column_index, column_span, top_line, height_lines, body_columns, settings, continues_to';

/** The JSON part of the settings (the rest has columns of its own). */
export type StoredSettings = Pick<ModuleSettings, 'headline' | 'border' | 'picture' | 'furniture' | 'box' | 'inset' | 'shape' | 'vertical' | 'jumpHead'>;
const StoredSettingsSchema = ModuleSettingsSchema.pick({ headline: true, border: true, picture: true, furniture: true, box: true, inset: true, shape: true, vertical: true, jumpHead: true });

export function toModule(row: ModuleRow): Module {
  const settings = StoredSettingsSchema.parse(JSON.parse(row.settings));
  return {
    id: row.id,
    pageId: row.page_id,
    kind: row.kind,
    storyId: row.story_id,
    column: row.column_index,
    columnSpan: row.column_span,
    topLine: row.top_line,
    heightLines: row.height_lines,
    bodyColumns: row.body_columns,
    ...settings,
    continuesTo: row.continues_to,
  };
}

export function storedSettings(m: Module): string {
  const settings: StoredSettings = { headline: m.headline, border: m.border, picture: m.picture, furniture: m.furniture, ...(m.box ? { box: m.box } : {}), ...(m.inset ? { inset: m.inset } : {}), ...(m.shape ? { shape: m.shape } : {}), ...(m.vertical ? { vertical: m.vertical } : {}), ...(m.jumpHead ? { jumpHead: m.jumpHead } : {}) };
  return JSON.stringify(settings);
}

export function moduleNotFound(id: string): StoreError {
  return new StoreError('not-found', errorMessage('module-not-found', { id }));
}

export function pageModules(db: ReadableDb, pageId: string): Module[] {
  return db
    .prepare<[string], ModuleRow>(`SELECT ${MODULE_COLUMNS} FROM modules WHERE page_id = ? ORDER BY position, rowid`)
    .all(pageId)
    .map(toModule);
}

export function requireModule(db: ReadableDb, id: string): Module {
  const row = db.prepare<[string], ModuleRow>(`SELECT ${MODULE_COLUMNS} FROM modules WHERE id = ?`).get(id);
  if (!row) throw moduleNotFound(id);
  return toModule(row);
}

/** A module as the named parameters of the modules table's INSERT/UPDATE statements. */
export function moduleParams(m: Module) {
  return {
    id: m.id,
    pageId: m.pageId,
    kind: m.kind,
    storyId: m.storyId,
    column: m.column,
    columnSpan: m.columnSpan,
    topLine: m.topLine,
    heightLines: m.heightLines,
    bodyColumns: m.bodyColumns,
    settings: storedSettings(m),
  };
}
