/**
 * Print export (出版): preflight, the export queue (PDF + plates to a hot folder), acknowledging warnings. One
 * domain of the API contract (see contract.ts); handlers in electron/services/handlers-export.ts.
 */
import { z } from 'zod';
import { ErrorMessageSchema } from '../errors';
import { IdSchema } from '../model';

/** Page numbers to act on: [1, 2, 3] or a range text "1-4" / "1,3,5-6"; absent = every page of the issue. */
const PagesSchema = z.union([z.array(z.number().int().min(1).max(999)).min(1).max(500), z.string().regex(/^[\d,\s-]+$/).max(200)]).optional();

export const PreflightFindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  /** What is wrong, where, what to do: a coded message the renderer says in the desk's language. */
  text: ErrorMessageSchema,
  /** The same words in zh-CN (the export log keeps these). */
  message: z.string(),
  module: z.string().optional(),
  page: z.number().int(),
});

export const PagePreflightSchema = z.object({
  page: z.number().int(),
  pageId: IdSchema,
  /** Block plate output (unless forced, which is logged). */
  errors: z.array(PreflightFindingSchema),
  /** Must be acknowledged (export.acknowledge, logged) before export. */
  warnings: z.array(PreflightFindingSchema),
  /** Whether total ink was measured (needs the PDF writer and Ghostscript). */
  inkMeasured: z.boolean(),
});

const DeliveredFileSchema = z.object({
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  /** C/M/Y/K for a plate, null for the page PDF. */
  ink: z.string().nullable(),
});

export const ExportJobSchema = z.object({
  jobId: z.string(),
  issueId: IdSchema,
  /** 'cancelled' as soon as cancel is asked; `ended` turns true when the job has actually stopped. */
  state: z.enum(['running', 'finished', 'cancelled']),
  ended: z.boolean(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  outDir: z.string(),
  pages: z.array(
    z.object({
      page: z.number().int(),
      pageId: IdSchema,
      status: z.enum(['queued', 'running', 'done', 'blocked', 'failed', 'cancelled']),
      text: ErrorMessageSchema.nullable(),
      message: z.string().nullable(),
      files: z.array(DeliveredFileSchema),
      errors: z.array(PreflightFindingSchema),
      warnings: z.array(PreflightFindingSchema),
      forcedCodes: z.array(z.string()),
    }),
  ),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

const JobRef = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const exportMethods = {
  /** Check pages before plate output: errors block, warnings need acknowledging. */
  'export.preflight': {
    params: z.object({ issueId: IdSchema, pages: PagesSchema }).strict(),
    result: z.object({ pages: z.array(PagePreflightSchema) }),
  },
  /** Start exporting (page PDF, optionally C/M/Y/K plates) into outDir off the UI thread; returns at once. */
  'export.start': {
    params: z
      .object({
        issueId: IdSchema,
        pages: PagesSchema,
        /** Absolute path of the hot folder or local folder. */
        outDir: z.string().min(1).max(4096),
        plates: z.boolean().optional(),
        dpi: z.number().int().min(36).max(4000).optional(),
        marks: z.boolean().optional(),
        /** Export past preflight errors and unacknowledged warnings (logged). */
        force: z.boolean().optional(),
      })
      .strict(),
    result: z.object({ jobId: z.string() }),
  },
  /** Progress and per-page status of a job. */
  'export.status': { params: JobRef, result: ExportJobSchema },
  /** Stop a job: the page in flight is aborted, the rest are reported cancelled. */
  'export.cancel': { params: JobRef, result: ExportJobSchema },
  /** Acknowledge a page's preflight warnings (logged with who and when). */
  'export.acknowledge': {
    params: z.object({ issueId: IdSchema, page: z.number().int().min(1), codes: z.array(z.string().min(1).max(64)).min(1).max(50) }).strict(),
    result: z.object({ page: z.number().int(), codes: z.array(z.string()), at: z.string() }),
  },
} as const;
