/**
 * E-paper (数字报): an issue exported as a self-contained folder a paper's website serves — each page as an image
 * with clickable article regions, each article as clean HTML with its pictures. One domain of the API contract
 * (see contract.ts); handlers in electron/services/handlers-epaper.ts; the work runs as a job of the desk's one
 * runner (kind 'epaper'), so jobs.list shows it too.
 */
import { z } from 'zod';
import { ErrorMessageSchema } from '../errors';
import { IdSchema } from '../model';

const PagesSchema = z.union([z.array(z.number().int().min(1).max(999)).min(1).max(500), z.string().regex(/^[\d,\s-]+$/).max(200)]).optional();

export const EpaperJobSchema = z.object({
  jobId: z.string(),
  issueId: IdSchema,
  state: z.enum(['queued', 'running', 'cancelling', 'done', 'failed', 'cancelled']),
  /** Pages drawn plus articles written, out of their total (0/0 until the job reports). */
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** Why it failed or was cancelled, as a coded message; null otherwise. */
  text: ErrorMessageSchema.nullable(),
  /** When done: the e-paper folder and its index.html (absolute paths), and what it holds. */
  folder: z.string().nullable(),
  index: z.string().nullable(),
  pages: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  pictures: z.number().int().nonnegative(),
});
export type EpaperJob = z.infer<typeof EpaperJobSchema>;

const JobRef = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const epaperMethods = {
  /** Start exporting the issue's e-paper into outDir/epaper-<date>/ off the UI thread; returns at once. */
  'epaper.start': {
    params: z
      .object({
        issueId: IdSchema,
        pages: PagesSchema,
        /** Absolute path of the folder the e-paper folder is written into. */
        outDir: z.string().min(1).max(4096),
        /** Page image resolution (default 150). */
        dpi: z.number().int().min(36).max(600).optional(),
      })
      .strict(),
    result: z.object({ jobId: z.string() }),
  },
  /** Progress and outcome of an e-paper job. */
  'epaper.status': { params: JobRef, result: EpaperJobSchema },
  /** Stop an e-paper job: nothing of it is left in the folder. */
  'epaper.cancel': { params: JobRef, result: EpaperJobSchema },
} as const;
