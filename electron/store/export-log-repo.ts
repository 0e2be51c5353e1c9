/**
 * The export log (migration 0300) and the desk's export settings (settings key 'export'). Append only: rows are
 * inserted, never changed.
 */
import { z } from 'zod';
import type { ReadableDb, WritableDb } from './db';
import { guardStorage } from './errors';

export const ExportLogActions = ['export', 'force', 'acknowledge', 'failed', 'cancelled'] as const;
export type ExportLogAction = (typeof ExportLogActions)[number];

export interface ExportLogFile {
  file: string;
  bytes: number;
  sha256: string;
  ink?: string;
}

export interface ExportLogEntry {
  id: number;
  at: string;
  actor: string;
  action: ExportLogAction;
  issueId: string;
  pageId: string | null;
  pageNumber: number | null;
  jobId: string | null;
  codes: string[];
  files: ExportLogFile[];
  outDir: string | null;
  detail: string;
}

export type NewExportLogEntry = Omit<ExportLogEntry, 'id' | 'codes' | 'files' | 'pageId' | 'pageNumber' | 'jobId' | 'outDir' | 'detail'> &
  Partial<Pick<ExportLogEntry, 'codes' | 'files' | 'pageId' | 'pageNumber' | 'jobId' | 'outDir' | 'detail'>>;

interface Row {
  id: number;
  at: string;
  actor: string;
  action: ExportLogAction;
  issue_id: string;
  page_id: string | null;
  page_number: number | null;
  job_id: string | null;
  codes: string;
  files: string;
  out_dir: string | null;
  detail: string;
}

export function appendExportLog(db: WritableDb, entry: NewExportLogEntry): ExportLogEntry {
  return guardStorage(() => {
    const info = db
      .prepare(
        `INSERT INTO export_log (at, actor, action, issue_id, page_id, page_number, job_id, codes, files, out_dir, detail)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        entry.at,
        entry.actor,
        entry.action,
        entry.issueId,
        entry.pageId ?? null,
        entry.pageNumber ?? null,
        entry.jobId ?? null,
        JSON.stringify(entry.codes ?? []),
        JSON.stringify(entry.files ?? []),
        entry.outDir ?? null,
        entry.detail ?? '',
      );
    return listExportLog(db, { id: Number(info.lastInsertRowid) })[0];
  });
}

/** Log rows, oldest first, of an issue, a page, or one row by id. */
export function listExportLog(db: ReadableDb, filter: { issueId?: string; pageId?: string; id?: number } = {}): ExportLogEntry[] {
  return guardStorage(() => {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.issueId) (where.push('issue_id = ?'), args.push(filter.issueId));
    if (filter.pageId) (where.push('page_id = ?'), args.push(filter.pageId));
    if (filter.id !== undefined) (where.push('id = ?'), args.push(filter.id));
    const sql = `SELECT * FROM export_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`;
    return db.prepare<(string | number)[], Row>(sql).all(...args).map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      issueId: r.issue_id,
      pageId: r.page_id,
      pageNumber: r.page_number,
      jobId: r.job_id,
      codes: JSON.parse(r.codes) as string[],
      files: JSON.parse(r.files) as ExportLogFile[],
      outDir: r.out_dir,
      detail: r.detail,
    }));
  });
}

/** Warning codes acknowledged for a page at or after `sinceIso` (an acknowledgment older than the page's last change is stale). */
export function acknowledgedCodes(db: ReadableDb, pageId: string, sinceIso: string): Set<string> {
  const codes = new Set<string>();
  for (const row of listExportLog(db, { pageId })) if (row.action === 'acknowledge' && row.at >= sinceIso) row.codes.forEach((c) => codes.add(c));
  return codes;
}

/** The paper's export settings (what the printer agreed); every field optional, defaults live in export/. */
export const ExportSettingsSchema = z.object({
  requireSignOff: z.boolean().optional(),
  inkLimitPct: z.number().min(100).max(400).optional(),
  platePattern: z.string().min(1).max(200).optional(),
  pdfPattern: z.string().min(1).max(200).optional(),
  plateDpi: z.number().int().min(72).max(4000).optional(),
  /** The paper's severity per preflight code (error, warning or off), over the defaults. */
  preflightSeverity: z.record(z.string().regex(/^[a-z-]{1,40}$/), z.enum(['error', 'warning', 'off'])).optional(),
  /** An empty area of the grid this share or more is a preflight finding, %. */
  emptyAreaPct: z.number().min(0.5).max(100).optional(),
});
export type ExportSettings = z.infer<typeof ExportSettingsSchema>;

const EXPORT_SETTINGS_KEY = 'export';

export function getExportSettings(db: ReadableDb): ExportSettings {
  return guardStorage(() => {
    const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(EXPORT_SETTINGS_KEY);
    const parsed = ExportSettingsSchema.safeParse(row ? JSON.parse(row.value) : {});
    return parsed.success ? parsed.data : {};
  });
}

export function setExportSettings(db: WritableDb, settings: ExportSettings): ExportSettings {
  const valid = ExportSettingsSchema.parse(settings);
  guardStorage(() =>
    db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(EXPORT_SETTINGS_KEY, JSON.stringify(valid)),
  );
  return valid;
}
